// Gecko: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, behind the shim's
// Playwright-like API. (Playwright's own Firefox support needs BiDi commands ESR 153 lacks.)
import puppeteer from 'puppeteer-core';
import { Context, RESOLVE, tempDir } from './shim.mjs';

export const name = 'firefox';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/// A driver for one puppeteer page.
class TabDriver {
  constructor(page, context) {
    this.page = page;
    this.context = context;
    this.nativeDrag = false;
    this.handlers = [];
    page.on('console', (m) => this.send('console', { type: () => m.type(), text: () => m.text() }));
    page.on('pageerror', (e) => this.send('pageerror', e));
    // Requests of the page; a service worker's own fetches are not reported under BiDi.
    page.on('request', (r) =>
      context.emit('request', { url: () => r.url(), method: () => r.method(), serviceWorker: () => null }),
    );
  }
  send(kind, value) {
    for (const h of this.handlers) h(kind, value);
  }
  onEvent(fn) {
    this.handlers.push(fn);
  }
  async goto(url) {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }
  url() {
    return this.page.url();
  }
  async close() {
    await this.page.close();
  }
  async evaluate(source, args) {
    return this.page.evaluate(`(async () => (${source})(...${JSON.stringify(args)}))()`);
  }
  async keys(actions) {
    for (const a of actions) {
      // Puppeteer's BiDi keyboard knows the space bar as ' '.
      const key = a.key === 'Space' ? ' ' : a.key;
      if (a.type === 'down') await this.page.keyboard.down(key);
      else await this.page.keyboard.up(key);
    }
  }
  async type(text) {
    await this.page.keyboard.type(text);
  }
  async pointer(actions) {
    for (const a of actions) {
      if (a.type === 'move') await this.page.mouse.move(a.x, a.y, { steps: a.steps ?? 1 });
      else if (a.type === 'down') await this.page.mouse.down();
      else await this.page.mouse.up();
    }
  }
  async upload(locator, paths) {
    const handle = await this.page.evaluateHandle(
      `(() => { ${RESOLVE}; return resolve(${JSON.stringify(locator.steps)})[0]; })()`,
    );
    await handle.asElement().uploadFile(...paths);
    await handle.dispose();
  }
  async setOffline(offline) {
    await this.page.setOfflineMode(offline);
  }
  async screenshot() {
    return Buffer.from(await this.page.screenshot());
  }
  async pdf(options) {
    return Buffer.from(await this.page.pdf(options));
  }
  async addInitScript(source, arg) {
    await this.page.evaluateOnNewDocument(`(${source})(${JSON.stringify(arg ?? null)})`);
  }
  async waitForLoad(timeout) {
    await this.page.waitForNavigation({ waitUntil: 'load', timeout });
  }
}

class FirefoxContext extends Context {
  constructor(browser, options, bidi, downloads) {
    super(browser, options);
    this.bidi = bidi;
    this.downloads = downloads;
    // The page's language, as Playwright's `locale` sets it per profile.
    this.initScripts = options.locale
      ? [[`(locale) => { Object.defineProperty(navigator, 'language', { get: () => locale }); Object.defineProperty(navigator, 'languages', { get: () => [locale] }); }`, options.locale]]
      : [];
  }
  async openTab() {
    const page = await this.bidi.newPage();
    const viewport = this.options.viewport ?? { width: 1440, height: 1080 };
    await page.setViewport(viewport);
    const driver = new TabDriver(page, this);
    for (const [source, arg] of this.initScripts) await driver.addInitScript(source, arg);
    return driver;
  }
  async addInitScript(fn, arg) {
    this.initScripts.push([String(fn), arg]);
    for (const p of this.pages) await p.addInitScript(fn, arg);
  }
  async close() {
    await this.bidi.close();
  }
}

/// Starts Firefox; `prefs` are extra about:config preferences (e.g. storage switched off).
export async function launch({ prefs = {} } = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // A command that hangs fails the test within the test's own patience, not after 3 minutes.
    protocolTimeout: 30_000,
    extraPrefsFirefox: {
      'intl.accept_languages': 'nl-NL, nl',
      // A download opens no panel: the panel takes the window's focus, and the page's next key
      // presses went nowhere (a test typing after an export lost its keys).
      'browser.download.alwaysOpenPanel': false,
      ...prefs,
    },
  });
  return {
    async newContext(options = {}) {
      // Each profile downloads into a folder of its own, without asking.
      const downloadPath = await tempDir('downloads');
      const bidi = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath } });
      return new FirefoxContext(this, options, bidi, downloadPath);
    },
    async close() {
      await browser.close();
    },
  };
}
