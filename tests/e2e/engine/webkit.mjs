// WebKit (Safari's engine): WebKitGTK's MiniBrowser driven by Debian's WebKitWebDriver over W3C
// WebDriver, behind the shim's Playwright-like API. MiniBrowser needs a display: the test command
// runs this engine under xvfb-run.
//
// W3C WebDriver has no init scripts: an init script here runs right after each page has loaded,
// before the test goes on. That serves the tests' patches of globals the app looks up when it
// uses them (an audio context, a timer); a patch that must come before the app starts cannot run
// in WebKit here.
//
// What W3C WebDriver cannot see, the page tells: WebDriver has no console or page-error events,
// so each tab runs a small watcher (installed after every navigation, before the test acts) that
// records uncaught errors, unhandled rejections, console errors and warnings, and requests to
// other origins, and the driver collects them after every step.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { Context, RESOLVE, sleep, tempDir, until } from './shim.mjs';

export const name = 'webkit';

const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/// WebKitGTK takes the page's language (navigator.language) from the process's locale, which
/// must exist: the locales the tests use are compiled once into a folder of their own
/// (LOCPATH), so the machine's locale settings stay as they are.
const LOCALES = join(tmpdir(), 'swot-board-locales');

function localeEnv(locale) {
  const name = `${locale.replace('-', '_')}.UTF-8`;
  if (!existsSync(join(LOCALES, name))) {
    mkdirSync(LOCALES, { recursive: true });
    execFileSync('localedef', ['-i', locale.replace('-', '_'), '-f', 'UTF-8', join(LOCALES, name)]);
  }
  return { LOCPATH: LOCALES, LC_ALL: name, LANG: name, LANGUAGE: locale.replace('-', '_') };
}

/// W3C WebDriver's codes for the keys the tests press.
const KEYS = {
  Enter: '\uE007',
  Tab: '\uE004',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  Delete: '\uE017',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  F2: '\uE032',
};


/// Runs in the page after each navigation: records what WebDriver cannot report. A fault before
/// it is installed still shows, as the app's recovery screen, which it reports too.
const WATCHER = `async () => {
  if (!window.__swotWatch) {
    const seen = (window.__swotWatch = []);
    // Input reaches the page a moment after WebDriver's actions return: give it two frames (or
    // 100 ms, with the timer saved before any fake clock replaces it).
    const timeout = window.setTimeout.bind(window);
    seen.settle = () => new Promise((r) => { requestAnimationFrame(() => requestAnimationFrame(r)); timeout(r, 100); });
    const text = (x) => (x && x.message) || String(x);
    addEventListener('error', (e) => seen.push(['pageerror', text(e.error || e.message)]));
    addEventListener('unhandledrejection', (e) => seen.push(['pageerror', text(e.reason)]));
    addEventListener('securitypolicyviolation', (e) =>
      seen.push(['error', 'Content-Security-Policy blocked ' + (e.blockedURI || 'an inline script') + ' (' + e.violatedDirective + ')']),
    );
    for (const [level, type] of [['error', 'error'], ['warn', 'warning']]) {
      const original = console[level];
      console[level] = (...args) => {
        seen.push([type, args.map(text).join(' ')]);
        original.apply(console, args);
      };
    }
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.name.startsWith(location.origin)) seen.push(['request', e.name]);
    }).observe({ type: 'resource', buffered: true });
    const fault = document.querySelector('[data-testid=fault-details]');
    if (fault) seen.push(['pageerror', 'the recovery screen shows: ' + fault.textContent]);
  }
  await window.__swotWatch.settle();
  return window.__swotWatch.splice(0);
}`;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/// One WebDriver session: one MiniBrowser, whose windows are the context's tabs.
class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
    this.queue = Promise.resolve();
  }
  async call(method, path, body) {
    // One command at a time: the windows of a session share it.
    const run = async () => {
      if (process.env.E2E_TRACE) console.log(`# webdriver ${method} ${path} ${JSON.stringify(body ?? '').slice(0, 160)}`);
      const response = await fetch(`${this.base}/session/${this.id}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        // The driver's own script timeout is off (see newContext): this one stands in for it.
        signal: AbortSignal.timeout(60_000),
      });
      const json = await response.json();
      if (json.value?.error) throw new Error(`WebDriver ${path}: ${json.value.error}: ${json.value.message}`);
      return json.value;
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }
}

class TabDriver {
  constructor(session, handle, context) {
    this.session = session;
    this.handle = handle;
    this.context = context;
    this.nativeDrag = false;
    this.handlers = [];
    this.initScripts = [...context.initScripts];
  }
  onEvent(fn) {
    this.handlers.push(fn);
  }
  send(kind, value) {
    for (const h of this.handlers) h(kind, value);
  }
  async call(method, path, body) {
    if (this.context.active !== this.handle) {
      await this.session.call('POST', '/window', { handle: this.handle });
      this.context.active = this.handle;
    }
    return this.session.call(method, path, body);
  }
  async goto(url) {
    await this.navigate(() => this.call('POST', '/url', { url }));
  }
  async reload() {
    await this.navigate(() => this.call('POST', '/refresh', {}));
  }
  /// The session does not wait for page loads (a download started by a click counts as a
  /// navigation that never ends, and every later command would wait for it): after `go`, this
  /// waits for the next document to be complete.
  async navigate(go) {
    await this.collect();
    const before = await this.evaluate('() => performance.timeOrigin', []).catch(() => null);
    await go();
    await until(
      () => this.evaluate('(o) => performance.timeOrigin !== o && document.readyState === "complete"', [before]),
      'the page to load',
    );
    await this.loaded();
  }
  /// After a navigation: the init scripts, then what the page said while loading.
  async loaded() {
    for (const [source, arg] of this.initScripts) await this.evaluate(source, [arg]);
    await this.collect();
  }
  async url() {
    return this.call('GET', '/url');
  }
  async close() {
    await this.collect();
    // Closing the last window would end the WebDriver session, and with it the profile: a blank
    // tab is opened first, which the profile's next page then takes.
    if (this.context.pages.length === 1 && !this.context.spare) {
      this.context.spare = (await this.session.call('POST', '/window/new', { type: 'window' })).handle;
    }
    await this.call('DELETE', '/window');
    this.context.active = null;
  }
  async evaluate(source, args) {
    const result = await this.call('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${source})(...arguments[0]))
          .then((value) => done(value === undefined ? { undefined: true } : { value }), (e) => done({ error: String(e && e.stack || e) }));`,
      args: [args],
    });
    if (result?.error) throw new Error(`in the page: ${result.error}`);
    return result?.undefined ? undefined : result?.value;
  }
  async keys(actions) {
    await this.call('POST', '/actions', {
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: actions.map((a) => ({ type: a.type === 'down' ? 'keyDown' : 'keyUp', value: KEYS[a.key] ?? a.key })),
        },
      ],
    });
    await this.collect();
  }
  async type(text) {
    // WebKitWebDriver drops characters outside the Basic Multilingual Plane (emoji): those go in
    // as text through the page, the rest as key presses.
    for (const part of text.match(/[\u{10000}-\u{10FFFF}]+|[^\u{10000}-\u{10FFFF}]+/gu) ?? []) {
      if (/[\u{10000}-\u{10FFFF}]/u.test(part)) {
        await this.evaluate('(t) => document.execCommand("insertText", false, t)', [part]);
      } else {
        const keys = [...part].flatMap((c) => [
          { type: 'keyDown', value: c },
          { type: 'keyUp', value: c },
        ]);
        await this.call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: keys }] });
      }
    }
    await this.collect();
  }
  async pointer(actions) {
    await this.call('POST', '/actions', {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: actions.map((a) =>
            a.type === 'move'
              ? { type: 'pointerMove', x: a.x, y: a.y, origin: 'viewport', duration: (a.steps ?? 1) > 1 ? 100 : 0 }
              : { type: a.type === 'down' ? 'pointerDown' : 'pointerUp', button: 0 },
          ),
        },
      ],
    });
    await this.collect();
  }
  /// WebDriver's element click: scrolls the element into view and clicks its centre as it is
  /// then; refused (and retried until the locator's timeout) while another element covers it.
  async click(locator) {
    await until(async () => {
      const element = await this.call('POST', '/execute/sync', {
        script: `${RESOLVE}; return resolve(arguments[0])[0];`,
        args: [locator.steps],
      });
      try {
        await this.call('POST', `/element/${Object.values(element)[0]}/click`, {});
        return true;
      } catch (error) {
        if (/intercepted|not interactable|stale/.test(error.message)) return false;
        throw error;
      }
    }, `click ${JSON.stringify(locator.steps)}`);
    await this.collect();
  }
  async upload(locator, paths) {
    const element = await this.call('POST', '/execute/sync', {
      script: `${RESOLVE}; return resolve(arguments[0])[0];`,
      args: [locator.steps],
    });
    await this.call('POST', `/element/${Object.values(element)[0]}/value`, { text: paths.join('\n') });
    await this.collect();
  }
  async screenshot() {
    return Buffer.from(await this.call('GET', '/screenshot'), 'base64');
  }
  async pdf() {
    throw new Error('WebKitWebDriver has no print command (POST /print answers "unknown command")');
  }
  async addInitScript(source, arg) {
    this.initScripts.push([source, arg ?? null]);
  }
  async waitForLoad(timeout) {
    // The next page: another time origin, loaded.
    const origin = await this.evaluate('() => performance.timeOrigin', []);
    await until(
      async () => (await this.evaluate('(o) => performance.timeOrigin !== o && document.readyState === "complete"', [origin])),
      'the next page to load',
      timeout,
    );
    await this.loaded();
  }
  /// Collects what the page's watcher recorded since last time (see the top of this file).
  async collect() {
    let seen;
    try {
      seen = await this.evaluate(WATCHER, []);
    } catch {
      return; // between two pages
    }
    for (const [type, text] of seen ?? []) {
      if (type === 'pageerror') this.send('pageerror', { message: text });
      else if (type === 'request') this.context.emit('request', { url: () => text, method: () => 'GET', serviceWorker: () => null });
      else this.send('console', { type: () => type, text: () => text });
    }
  }
}

class WebKitContext extends Context {
  constructor(browser, options, session) {
    super(browser, options);
    this.session = session;
    this.active = null;
    this.first = true;
    this.initScripts = [];
  }
  /// A page of its own: a window rather than a tab, as each Playwright page is shown on its own
  /// (in one window a tab in the background is hidden, and the app saves as it goes out of view).
  async openTab() {
    let handle;
    if (this.first) {
      this.first = false;
      handle = await this.session.call('GET', '/window');
    } else if (this.spare) {
      handle = this.spare;
      this.spare = null;
    } else {
      handle = (await this.session.call('POST', '/window/new', { type: 'window' })).handle;
    }
    const driver = new TabDriver(this.session, handle, this);
    const { width, height } = this.options.viewport ?? { width: 1440, height: 1080 };
    await driver.call('POST', '/window/rect', { width, height });
    return driver;
  }
  async addInitScript(fn, arg) {
    this.initScripts.push([String(fn), arg ?? null]);
    for (const p of this.pages) await p.driver.addInitScript(String(fn), arg);
  }
  async close() {
    await this.flush();
    await this.session.call('DELETE', '', undefined).catch(() => {});
    this.driver.kill();
  }
}

/// WebKit's browser: each context is a WebKitWebDriver and its session of its own, so a
/// MiniBrowser with its own storage, in the language of `locale` (WebKitGTK takes the page's
/// language from the process's). `args` go to every MiniBrowser (e.g. a setting switched off).
export async function launch({ args = [] } = {}) {
  const drivers = new Set();
  return {
    async newContext(options = {}) {
      const port = await freePort();
      // WebKitGTK saves downloads, without asking, in GLib's download folder, which is $HOME
      // where no user-dirs file says otherwise: each profile gets a folder of its own.
      const downloads = await tempDir('downloads');
      const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
        stdio: 'ignore',
        env: { ...process.env, HOME: downloads, ...localeEnv(options.locale ?? 'nl-NL') },
      });
      drivers.add(driver);
      const base = `http://127.0.0.1:${port}`;
      await until(() => fetch(`${base}/status`).then((r) => r.ok), 'WebKitWebDriver to start');
      const response = await fetch(`${base}/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          capabilities: {
            alwaysMatch: {
              browserName: 'MiniBrowser',
              pageLoadStrategy: 'none',
              'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...args] },
            },
          },
        }),
      });
      const json = await response.json();
      if (!json.value?.sessionId) throw new Error(`WebKitWebDriver: ${JSON.stringify(json.value)}`);
      const session = new Session(base, json.value.sessionId);
      // WebKitWebDriver times a script out with a timer in the page, which a test's fake clock
      // would run early: no script timeout there (the client's own applies).
      await session.call('POST', '/timeouts', { script: null });
      const context = new WebKitContext(this, options, session);
      context.downloads = downloads;
      context.driver = driver;
      return context;
    },
    async close() {
      for (const d of drivers) d.kill();
      await sleep(100);
    },
  };
}
