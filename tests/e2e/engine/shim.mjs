// The part of Playwright's API that the end-to-end tests use (pages, locators, keyboard, mouse,
// downloads), built over a small driver, so the same tests run in engines Playwright cannot
// drive here: Gecko through puppeteer-core over WebDriver BiDi (firefox.mjs) and WebKit through
// WebKitWebDriver over W3C WebDriver (webkit.mjs).
//
// Locators resolve in the page on every use, and actions wait for their element to be there,
// visible and enabled, as Playwright's do. Clicks, keys and drags go through the driver as real
// input, so focus, :focus-visible and default actions behave as they do for a user.
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, writeFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIMEOUT = 10_000;
const POLL = 50;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/// Runs in the page: the elements a chain of locator steps points at (`resolve`), and whether an
/// element is shown (`shown`: it has a size and is not hidden), as Playwright means visible.
export const RESOLVE = `function shown(e) {
  const r = e.getBoundingClientRect();
  return (r.width > 0 || r.height > 0) && getComputedStyle(e).visibility !== 'hidden';
}
function resolve(steps) {
  const norm = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
  const matches = (text, m) =>
    m.regex ? new RegExp(m.regex, m.flags).test(norm(text)) : norm(text).toLowerCase().includes(norm(m.text).toLowerCase());
  const uniq = (list) => [...new Set(list)];
  const within = (roots, css) => uniq(roots.flatMap((r) => [...r.querySelectorAll(css)]));
  const name = (e) => norm(e.getAttribute('aria-label') || e.innerText || e.value || '');
  let set = [document];
  for (const s of steps) {
    if (s.css) set = within(set, s.css);
    else if (s.testid) set = within(set, '[data-testid="' + s.testid + '"]');
    else if (s.role) {
      const css = { button: 'button, [role=button]', link: 'a[href], [role=link]', checkbox: 'input[type=checkbox], [role=checkbox]' }[s.role] ?? '[role=' + s.role + ']';
      set = within(set, css).filter((e) => !s.name || matches(name(e), s.name));
    } else if (s.text) {
      const all = within(set, '*').filter((e) => matches(e.innerText, s.text));
      set = all.filter((e) => ![...e.children].some((c) => all.includes(c)));
    } else if (s.hasText) set = set.filter((e) => matches(e.innerText, s.hasText));
    else if (s.has) set = set.filter((e) => resolveFrom(e, s.has).length > 0);
    else if ('nth' in s) set = s.nth < 0 ? (set.length + s.nth >= 0 ? [set[set.length + s.nth]] : []) : set[s.nth] ? [set[s.nth]] : [];
  }
  return set;
  function resolveFrom(root, steps) {
    let set = [root];
    for (const s of steps) if (s.css) set = within(set, s.css); else if (s.testid) set = within(set, '[data-testid="' + s.testid + '"]');
    return set;
  }
}`;

const textMatcher = (m) => (m instanceof RegExp ? { regex: m.source, flags: m.flags } : { text: String(m) });

/// A fresh temporary folder.
export const tempDir = (name) => mkdtemp(join(tmpdir(), `swot-${name}-`));

/// Waits until `check` gives something truthy, polling; fails with `what` after `timeout`.
export async function until(check, what, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms: ${what}${last ? ` (${last.message})` : ''}`);
    await sleep(POLL);
  }
}

/// Playwright's key names, split into the keys pressed together: 'Shift+Tab' → ['Shift', 'Tab'].
export const chord = (keys) => (keys === '+' ? ['+'] : keys.split('+').map((k) => (k === '' ? '+' : k)));

export class Locator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }

  #with(step) {
    return new Locator(this.page, [...this.steps, step]);
  }

  locator(css) {
    return this.#with({ css });
  }
  getByTestId(testid) {
    return this.#with({ testid });
  }
  getByText(text) {
    return this.#with({ text: textMatcher(text) });
  }
  getByRole(role, { name } = {}) {
    return this.#with({ role, name: name === undefined ? undefined : textMatcher(name) });
  }
  filter({ hasText, has } = {}) {
    let l = this;
    if (hasText !== undefined) l = l.#with({ hasText: textMatcher(hasText) });
    if (has) l = l.#with({ has: has.steps.slice(1) });
    return l;
  }
  nth(n) {
    return this.#with({ nth: n });
  }
  first() {
    return this.nth(0);
  }
  last() {
    return this.nth(-1);
  }

  /// Runs `fn(elements, arg)` in the page on what this locator points at now.
  run(fn, arg) {
    return this.page.driver.evaluate(`(steps, arg) => { ${RESOLVE}; return (${fn})(resolve(steps), arg); }`, [
      this.steps,
      arg,
    ]);
  }

  /// Runs `fn(element, arg)` on the one element once it is there (and, unless `attached`,
  /// visible), again until it gives something other than null.
  async #one(fn, arg, { attached = false, what = 'act on' } = {}) {
    const result = await until(async () => {
      const r = await this.run(
        `async (found, [arg, attached]) => {
          if (found.length !== 1) return found.length > 1 ? { many: found.length } : null;
          const e = found[0];
          if (!attached && !shown(e)) return null;
          const value = await (${fn})(e, arg);
          return value === null ? null : { value };
        }`,
        [arg, attached],
      );
      if (r?.many) throw new Error(`strict mode: ${r.many} elements match`);
      return r;
    }, `${what} ${JSON.stringify(this.steps)}`);
    return result.value;
  }

  /// The centre of the element in the viewport, scrolled into view, once it can take input.
  point() {
    return this.#one(
      `async (e) => {
        if (e.disabled) return null;
        e.scrollIntoView({ block: 'center', inline: 'center' });
        // As Playwright waits for an element to be stable: the same place two frames later.
        // Firefox scrolls a field that was just typed in back into view a frame after an edit,
        // and a click sent at once then landed on whatever had moved under the point.
        const was = e.getBoundingClientRect();
        if (document.visibilityState === 'visible') {
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        }
        const r = e.getBoundingClientRect();
        if (r.left !== was.left || r.top !== was.top) return null;
        const x = Math.round(r.left + r.width / 2);
        const y = Math.round(r.top + r.height / 2);
        // As Playwright checks: the point must reach this element, not one that has moved over
        // it (the page still settling) or covers it.
        const hit = document.elementFromPoint(x, y);
        const reaches = (h) => h === e || e.contains(h) || [...(e.labels ?? [])].some((l) => l === h || l.contains(h));
        return hit && reaches(hit) ? { x, y } : null;
      }`,
      null,
      { what: 'find a point to click on' },
    );
  }

  async count() {
    return this.run('(found) => found.length');
  }
  async all() {
    const n = await this.count();
    return Array.from({ length: n }, (_, i) => this.nth(i));
  }
  async click(options = {}) {
    const { x, y } = await this.point();
    // A driver with an element click (WebDriver's, for WebKit) finds the element's point and
    // clicks there in one command, so a page still moving between the two cannot take the
    // click elsewhere; the point above still waits until the element can take it.
    if (this.page.driver.click && !options.clickCount) {
      await this.page.driver.click(this);
      this.page.mouse.at = { x, y };
      return;
    }
    await this.page.mouse.click(x, y, options);
  }
  async hover() {
    const { x, y } = await this.point();
    // WebKit's driver takes a move to where its own last pointer action ended for no move at
    // all, even when an element click has taken the mouse elsewhere since: the page then hears
    // nothing. A step beside the point first makes it a move.
    await this.page.mouse.move(x + 1, y);
    await this.page.mouse.move(x, y);
  }
  async focus() {
    await this.#one('(e) => { e.focus(); return true; }', null, { attached: true, what: 'focus' });
  }
  async fill(text) {
    // As Playwright does: select what is there and insert the text in one input event.
    await this.#one(
      `(e, text) => {
        e.focus();
        const setValue = () => {
          Object.getOwnPropertyDescriptor(Object.getPrototypeOf(e), 'value').set.call(e, text);
          e.dispatchEvent(new Event('input', { bubbles: true }));
        };
        // Fields without a text selection (number, date, ...) take the value as Playwright
        // gives it them: set, with input and change.
        if (e.tagName === 'INPUT' && !/^(text|search|url|tel|password|email)$/.test(e.type)) {
          setValue();
          e.dispatchEvent(new Event('change', { bubbles: true }));
          return true;
        }
        if (e.select) e.select();
        else document.getSelection().selectAllChildren(e);
        if (!(text === '' ? document.execCommand('delete') : document.execCommand('insertText', false, text))) setValue();
        return true;
      }`,
      text,
      { what: 'fill' },
    );
  }
  async press(keys) {
    await this.focus();
    await this.page.keyboard.press(keys);
  }
  async type(text) {
    await this.focus();
    await this.page.keyboard.type(text);
  }
  async check() {
    if (!(await this.isChecked())) await this.click();
    await until(() => this.isChecked(), 'the box to be checked');
  }
  async uncheck() {
    if (await this.isChecked()) await this.click();
  }
  async selectOption(value) {
    const values = [value].flat().map((v) => (typeof v === 'object' ? v.value ?? v.label : v));
    await this.#one(
      `(e, values) => {
        for (const o of e.options) o.selected = values.includes(o.value) || values.includes(o.label);
        e.dispatchEvent(new Event('input', { bubbles: true }));
        e.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      }`,
      values,
      { what: 'select an option of' },
    );
  }
  async setInputFiles(files) {
    const paths = [];
    for (const f of [files].flat()) {
      if (typeof f === 'string') paths.push(f);
      else {
        const dir = await tempDir('upload');
        const path = join(dir, f.name);
        await writeFile(path, f.buffer);
        paths.push(path);
      }
    }
    await this.#one('() => true', null, { attached: true, what: 'find the file field' });
    await this.page.driver.upload(this, paths);
  }
  async dragTo(target, options) {
    await this.page.drag(this, target, options);
  }
  async waitFor({ state = 'visible', timeout = TIMEOUT } = {}) {
    await until(
      () =>
        this.run(
          `(found, state) => {
            if (state === 'attached') return found.length > 0;
            if (state === 'detached') return found.length === 0;
            if (state === 'hidden') return found.every((e) => !shown(e));
            return found.some(shown);
          }`,
          state,
        ),
      `${JSON.stringify(this.steps)} to be ${state}`,
      timeout,
    );
  }
  innerText() {
    return this.#one('(e) => e.innerText', null, { attached: true, what: 'read' });
  }
  textContent() {
    return this.#one('(e) => e.textContent', null, { attached: true, what: 'read' });
  }
  inputValue() {
    return this.#one('(e) => e.value', null, { attached: true, what: 'read the value of' });
  }
  getAttribute(name) {
    return this.#one('(e, name) => e.getAttribute(name)', name, { attached: true, what: 'read an attribute of' });
  }
  isChecked() {
    return this.#one('(e) => e.checked', null, { attached: true, what: 'read' });
  }
  isDisabled() {
    return this.#one('(e) => e.disabled === true', null, { attached: true, what: 'read' });
  }
  async isVisible() {
    return this.run(
      '(found) => found.some(shown)',
    );
  }
  allInnerTexts() {
    return this.run('(found) => found.map((e) => e.innerText)');
  }
  allTextContents() {
    return this.run('(found) => found.map((e) => e.textContent)');
  }
  evaluateAll(fn, arg) {
    return this.run(`(found, arg) => (${fn})(found, arg)`, arg);
  }
  async evaluate(fn, arg) {
    return this.#one(`(e, arg) => (${fn})(e, arg)`, arg, { attached: true, what: 'evaluate on' });
  }
  async dispatchEvent(type, init = {}) {
    await this.#one(
      `(e, [type, init]) => { e.dispatchEvent(new Event(type, { bubbles: true, cancelable: true, ...init })); return true; }`,
      [type, init],
      { attached: true, what: 'dispatch on' },
    );
  }
}

class Keyboard {
  constructor(page) {
    this.page = page;
  }
  async press(keys) {
    const parts = chord(keys);
    await this.page.driver.keys([...parts.map((key) => ({ type: 'down', key })), ...parts.reverse().map((key) => ({ type: 'up', key }))]);
  }
  async down(key) {
    await this.page.driver.keys([{ type: 'down', key }]);
  }
  async up(key) {
    await this.page.driver.keys([{ type: 'up', key }]);
  }
  async type(text) {
    await this.page.driver.type(text);
  }
  async insertText(text) {
    await this.page.driver.evaluate('(t) => document.execCommand("insertText", false, t)', [text]);
  }
}

class Mouse {
  constructor(page) {
    this.page = page;
  }
  async move(x, y, { steps = 1 } = {}) {
    await this.page.driver.pointer([{ type: 'move', x, y, steps }]);
    this.at = { x, y };
  }
  async down() {
    await this.page.driver.pointer([{ type: 'down' }]);
  }
  async up() {
    await this.page.driver.pointer([{ type: 'up' }]);
  }
  async click(x, y, { clickCount = 1 } = {}) {
    const actions = [{ type: 'move', x, y }];
    for (let i = 0; i < clickCount; i++) actions.push({ type: 'down' }, { type: 'up' });
    await this.page.driver.pointer(actions);
    this.at = { x, y };
  }
}

/// A tab, with Playwright's names.
export class Page {
  constructor(context, driver) {
    this.context = context;
    this.driver = driver;
    this.keyboard = new Keyboard(this);
    this.mouse = new Mouse(this);
    this.listeners = { console: [], pageerror: [], download: [] };
    driver.onEvent((kind, value) => this.emit(kind, value));
    this.clock = new Clock(this);
  }

  emit(kind, value) {
    for (const fn of this.listeners[kind] ?? []) fn(value);
  }
  on(kind, fn) {
    (this.listeners[kind] ??= []).push(fn);
  }
  off(kind, fn) {
    this.listeners[kind] = (this.listeners[kind] ?? []).filter((f) => f !== fn);
  }

  locator(css) {
    return new Locator(this, [{ css }]);
  }
  getByTestId(testid) {
    return new Locator(this, [{ testid }]);
  }
  getByText(text) {
    return new Locator(this, [{ text: textMatcher(text) }]);
  }
  getByRole(role, options) {
    return new Locator(this, []).getByRole(role, options);
  }

  async goto(url) {
    await this.driver.goto(url);
    this.currentUrl = url;
  }
  async reload() {
    await this.driver.reload();
  }
  url() {
    return this.driver.url();
  }
  async close() {
    await this.driver.close();
    this.context.pages = this.context.pages.filter((p) => p !== this);
  }
  async evaluate(fn, arg) {
    if (typeof fn === 'string') return this.driver.evaluate(`() => { ${fn}\n}`, []);
    return this.driver.evaluate(String(fn), arg === undefined ? [] : [arg]);
  }
  async waitForFunction(fn, arg, { timeout = TIMEOUT } = {}) {
    return until(() => this.evaluate(fn, arg), `the page function ${String(fn).slice(0, 80)}`, timeout);
  }
  async waitForTimeout(ms) {
    await sleep(ms);
  }
  async screenshot({ path } = {}) {
    const png = await this.driver.screenshot();
    if (path) await writeFile(path, png);
    return png;
  }
  async pdf(options) {
    return this.driver.pdf(options);
  }
  async addInitScript(fn, arg) {
    await this.driver.addInitScript(String(fn), arg);
  }

  /// The next download after this call: its suggested name and where it was saved.
  async waitForEvent(kind, { timeout = TIMEOUT } = {}) {
    if (kind === 'download') return this.context.nextDownload(timeout);
    if (kind === 'load') return this.driver.waitForLoad(timeout);
    throw new Error(`waitForEvent('${kind}') is not built for this engine`);
  }

  /// A drag from one element to another (at `targetPosition` within it, else its centre): the
  /// driver's native drag where it has one, else the events a browser sends during a drag,
  /// dispatched in the page with a DataTransfer of their own (see each driver for why).
  async drag(source, target, { targetPosition } = {}) {
    if (this.driver.nativeDrag) {
      const from = await source.point();
      await this.mouse.move(from.x, from.y);
      await this.mouse.down();
      await this.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
      const to = await target.point();
      const at = targetPosition ? await target.run(`(f, p) => { const r = f[0].getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; }`, targetPosition) : to;
      await this.mouse.move(at.x, at.y, { steps: 5 });
      await this.mouse.up();
      return;
    }
    await source.waitFor();
    await target.waitFor();
    await this.driver.evaluate(
      `(from, to, position) => {
        ${RESOLVE};
        const source = resolve(from)[0];
        const target = resolve(to)[0];
        target.scrollIntoView({ block: 'center' });
        const r = target.getBoundingClientRect();
        const x = r.left + (position ? position.x : r.width / 2);
        const y = r.top + (position ? position.y : r.height / 2);
        const over = document.elementFromPoint(x, y) ?? target;
        const s = source.getBoundingClientRect();
        const data = new DataTransfer();
        const fire = (e, type, px, py) =>
          e.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true, clientX: px, clientY: py }));
        fire(source, 'dragstart', s.left + s.width / 2, s.top + s.height / 2);
        fire(over, 'dragenter', x, y);
        fire(over, 'dragover', x, y);
        fire(over, 'drop', x, y);
        fire(source, 'dragend', x, y);
      }`,
      [source.steps, target.steps, targetPosition ?? null],
    );
  }
}

/// Fake timers, as Playwright's `page.clock`: `install()` replaces Date, performance.now and the
/// timer functions of the page as it is (the app looks them up on each call, so this works after
/// it has started). Time goes on flowing as usual; `runFor(ms)` moves it on at once, running each
/// timer that falls due on the way, in order.
class Clock {
  constructor(page) {
    this.page = page;
  }
  async install() {
    await this.page.evaluate(() => {
      const realPerf = performance.now.bind(performance);
      const realInterval = window.setInterval.bind(window);
      const RealDate = Date;
      const clock = { offset: 0, timers: new Map(), next: 1 };
      // One time base for Date and performance.now (the page's performance clock, moved on by
      // the offset), so that a timer due at a moment finds both clocks exactly there: their own
      // bases differ by a jittering fraction of a millisecond (Firefox rounds them apart).
      const origin = RealDate.now() - realPerf();
      const perf = () => realPerf() + clock.offset;
      const now = () => origin + perf();
      window.__clock = clock;
      window.Date = class extends RealDate {
        constructor(...a) {
          super(...(a.length ? a : [Math.floor(now())]));
        }
        static now() {
          return Math.floor(now());
        }
      };
      performance.now = perf;
      const add = (fn, ms, every) => {
        const id = clock.next++;
        clock.timers.set(id, { at: now() + Math.max(0, Number(ms) || 0), fn, every });
        return id;
      };
      window.setTimeout = (fn, ms) => add(fn, ms, 0);
      window.setInterval = (fn, ms) => add(fn, ms, Math.max(1, Number(ms) || 0));
      window.clearTimeout = window.clearInterval = (id) => clock.timers.delete(id);
      const runUntil = (end, jump) => {
        for (;;) {
          let due = null;
          for (const [id, t] of clock.timers) if (t.at <= end && (!due || t.at < due[1].at)) due = [id, t];
          if (!due) break;
          const [id, t] = due;
          if (jump && t.at > now()) clock.offset += t.at - now();
          if (t.every) t.at += t.every;
          else clock.timers.delete(id);
          if (typeof t.fn === 'function') t.fn();
        }
      };
      realInterval(() => runUntil(now(), false), 10);
      clock.runFor = (ms) => {
        const end = now() + ms;
        runUntil(end, true);
        clock.offset += end - now();
      };
    });
  }
  async runFor(ms) {
    await this.page.evaluate((ms) => window.__clock.runFor(ms), ms);
  }
}

/// A browser profile: its pages share storage, and its downloads land in one folder.
export class Context {
  constructor(browser, options) {
    this.browser = browser;
    this.options = options;
    this.pages = [];
    this.listeners = { page: [], request: [] };
  }
  on(kind, fn) {
    (this.listeners[kind] ??= []).push(fn);
  }
  emit(kind, value) {
    for (const fn of this.listeners[kind] ?? []) fn(value);
  }
  /// Hands on what the pages' drivers have not reported yet (WebKit's watcher).
  async flush() {
    for (const p of this.pages) await p.driver.collect?.().catch(() => {});
  }

  /// Cuts the profile off the network (or back on), as Playwright's does.
  async setOffline(offline) {
    this.offline = offline;
    for (const p of this.pages) await p.driver.setOffline(offline);
  }

  async newPage() {
    const driver = await this.openTab();
    if (this.offline) await driver.setOffline(true);
    const page = new Page(this, driver);
    this.pages.push(page);
    this.emit('page', page);
    return page;
  }

  /// Waits for a file that is new in the downloads folder, or written again (WebKit overwrites a
  /// file of the same name), and complete.
  async nextDownload(timeout) {
    const dir = this.downloads;
    const stamp = async (f) => (await stat(join(dir, f))).mtimeMs;
    const before = new Map();
    for (const f of await readdir(dir)) before.set(f, await stamp(f));
    const name = await until(
      async () => {
        for (const f of await readdir(dir)) {
          if (/\.(part|download|crdownload)$/.test(f) || before.get(f) === (await stamp(f))) continue;
          const size = (await stat(join(dir, f))).size;
          await sleep(150);
          if ((await stat(join(dir, f))).size === size && size > 0) return f;
        }
        return null;
      },
      'a download',
      timeout,
    );
    const path = join(dir, name);
    return {
      suggestedFilename: () => name,
      path: async () => path,
      createReadStream: async () => createReadStream(path),
    };
  }
}
