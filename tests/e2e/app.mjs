// Shared set-up of the end-to-end tests: the built dist/ served on 127.0.0.1 under a sub-path,
// a browser of the engine E2E_ENGINE names (see engine/), and a page object for the board.
//
// The guard: every browser profile a test opens through `newContext` is watched, and after each
// test (node:test's afterEach, registered here for every file that imports this one) the test
// fails if any page showed a page error, an unhandled rejection, a console error or warning, or
// made a request to another origin, unless the test said it expects exactly that.
import assert from 'node:assert/strict';
import { afterEach } from 'node:test';
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ENGINE, launch } from './engine/index.mjs';
import { DIST, serve } from './server.mjs';
import {
  ActionsStep,
  ContextStep,
  GlossaryStep,
  ReportStep,
  RolesStep,
  Step,
  Timer,
  TowsStep,
  VotesStep,
} from './steps.mjs';

export { DIST, ENGINE };
const AXE = fileURLToPath(new URL('./node_modules/axe-core/axe.min.js', import.meta.url));

export const QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'];

/// Starts the server and the browser; `close` stops both. `options` go to the engine's launch
/// (e.g. Firefox preferences).
export async function start(options) {
  const server = await serve(DIST);
  const started = Date.now();
  const browser = await launch(options);
  if (process.env.E2E_VERBOSE) console.log(`# ${ENGINE} started in ${Date.now() - started} ms`);
  return {
    server,
    browser,
    engine: ENGINE,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

const watchedThisTest = [];

afterEach(async () => {
  for (const watched of watchedThisTest.splice(0)) {
    await watched.context.flush?.().catch(() => {});
    // Said here too: a test that failed first (a wait that timed out) reports only its own
    // error, and a page error behind it would otherwise stay unseen.
    for (const p of [...watched.problems, ...watched.foreign]) console.log(`# ${ENGINE} page: ${p}`);
    assertClean(watched);
  }
});

/// A fresh browser profile (its own localStorage), watched for page errors, console errors and
/// any request to another origin until the end of the test.
export async function newContext(env, options = {}) {
  const context = await env.browser.newContext({
    viewport: { width: 1440, height: 1080 },
    locale: 'nl-NL',
    acceptDownloads: true,
    ...options,
  });
  const watched = {
    context,
    problems: [],
    foreign: [],
    expected: [],
    /// Says that a problem matching `pattern` is what this test causes on purpose; the guard then
    /// requires it to have happened.
    expect(pattern) {
      this.expected.push(pattern);
    },
    /// Waits until a problem matching `pattern` has been heard (browsers report some, such as a
    /// blocked inline script, a moment after the fact).
    async seen(pattern, timeout = 5000) {
      const end = Date.now() + timeout;
      for (;;) {
        await context.flush?.().catch(() => {});
        if (this.problems.some((p) => pattern.test(p))) return;
        if (Date.now() > end) throw new Error(`no problem matching ${pattern} within ${timeout} ms`);
        await new Promise((done) => setTimeout(done, 50));
      }
    },
  };
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(env.server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      watched.foreign.push(url);
    }
  });
  context.on('page', (page) => watch(page, watched.problems));
  watchedThisTest.push(watched);
  return watched;
}

/// Takes the network away from a profile (or gives it back): the browser's own offline mode
/// where its driver has one (Chromium, Firefox), and the server stops answering too, which is
/// what a page sees when the network is gone (for WebKit, whose WebDriver has no offline mode,
/// and for what Firefox's offline mode leaves out: its service worker's own requests).
export async function setOffline(env, watched, offline) {
  env.server.control.offline = offline;
  if (ENGINE !== 'webkit') await watched.context.setOffline(offline);
}

/// Fails when the console showed an error or warning, a page error happened, or a request left
/// the app's origin, other than what the test expects; and when an expected problem did not
/// happen.
export function assertClean({ problems, foreign, expected = [] }) {
  const unexpected = problems.filter((p) => !expected.some((e) => e.test(p)));
  assert.deepEqual(unexpected, [], 'no page error, unhandled rejection, console error or warning');
  for (const e of expected) assert.ok(problems.some((p) => e.test(p)), `the expected problem ${e} happened`);
  assert.deepEqual(foreign, [], 'no request leaves the app’s own origin');
}

/// How many pages a PDF has: its page objects, counted in the file and in its compressed object
/// streams (Chromium writes them plainly, Firefox inside streams).
export function pdfPages(pdf) {
  const text = pdf.toString('latin1');
  const count = (t) => (t.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  let pages = count(text);
  for (const m of text.matchAll(/\/Filter\s*\/FlateDecode[^>]*>>\s*stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      pages += count(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not every stream is complete zlib data (a trailing line end); such a one holds no pages.
    }
  }
  return pages;
}

/// Clicks the button with this test id and returns the file the browser downloads: its
/// suggested name, its text and where it was saved.
export async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

function watch(page, problems) {
  const note = (problem) => {
    problems.push(problem);
    if (process.env.E2E_VERBOSE) console.log(`# ${ENGINE} page problem: ${problem}`);
  };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning' || message.type() === 'warn') {
      note(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => note(`pageerror: ${error.message ?? error}`));
}

/// The app as its user sees it, found by data-testid only.
export class BoardPage {
  constructor(page, url) {
    this.page = page;
    this.url = url;
    this.context = new ContextStep(page);
    this.votes = new VotesStep(page);
    this.tows = new TowsStep(page);
    this.roles = new RolesStep(page);
    this.glossary = new GlossaryStep(page);
    this.actions = new ActionsStep(page);
    this.report = new ReportStep(page);
    this.timer = new Timer(page);
  }

  static async open(context, url) {
    const page = await context.newPage();
    const app = new BoardPage(page, url);
    await app.load();
    return app;
  }

  async load() {
    await this.page.goto(this.url);
    await this.page.locator('[data-testid="new-board"], [data-testid="board-title"]').first().waitFor();
  }

  async reload() {
    await this.page.reload();
    await this.page.locator('[data-testid="new-board"], [data-testid="board-title"]').first().waitFor();
  }

  quadrant(name) {
    return this.page.getByTestId(`quadrant-${name}`);
  }

  input(name) {
    return this.quadrant(name).getByTestId('note-input');
  }

  notes(name) {
    return this.quadrant(name).getByTestId('note');
  }

  note(name, text) {
    return this.notes(name).filter({ hasText: text });
  }

  async texts(name) {
    return this.quadrant(name).getByTestId('note-text').allInnerTexts();
  }

  async allTexts() {
    const all = {};
    for (const q of QUADRANTS) all[q] = await this.texts(q);
    return all;
  }

  /// Types a note as a scribe does: into the field, then Enter.
  async type(name, text) {
    const input = this.input(name);
    await input.focus();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) await this.page.keyboard.press('Shift+Enter');
      await this.page.keyboard.type(lines[i]);
    }
    await this.page.keyboard.press('Enter');
  }

  /// Waits until keyboard focus is on a note that reads `text`.
  async focusOn(text) {
    await this.page.waitForFunction(
      (t) => document.activeElement?.dataset.testid === 'note' && document.activeElement.innerText.includes(t),
      text,
      { timeout: 2000 },
    );
  }

  /// Waits until the note at `index` of a quadrant reads `text` and has keyboard focus.
  async movedTo(name, index, text) {
    await this.page.waitForFunction(
      ([q, i, t]) => {
        const notes = document.querySelectorAll(`[data-testid="quadrant-${q}"] [data-testid="note"]`);
        const at = i < 0 ? notes[notes.length + i] : notes[i];
        return at?.innerText.includes(t) && document.activeElement === at;
      },
      [name, index, text],
      { timeout: 2000 },
    );
  }

  title() {
    return this.page.getByTestId('board-title');
  }

  /// Shows a step of the session by its tab, as its page object's open() does (the notes step has
  /// no page object of its own).
  async step(name) {
    await new Step(this.page, name).open();
  }

  /// Presses Tab (or Shift+Tab) until focus is on an element that matches `selector` (and shows
  /// `text`), as a
  /// keyboard user would; fails after `limit` presses.
  async tabTo(selector, { back = false, limit = 80, text = '' } = {}) {
    for (let i = 0; i < limit; i++) {
      const there = await this.page.evaluate(
        ([s, t]) => (document.activeElement?.matches(s) && document.activeElement.innerText.includes(t)) ?? false,
        [selector, text],
      );
      if (there) return;
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`focus never reached ${selector}`);
  }

  /// Opens a step by keyboard from inside the board: Shift+Tab back to its tab, Enter, and waits
  /// until the app has put focus on the step's heading, where the next Tab starts.
  async openStepByKeyboard(step) {
    await this.tabTo(`[data-testid="step-${step}-tab"]`, { back: true });
    await this.page.keyboard.press('Enter');
    await this.focused(`#step-${step}`);
  }

  /// Waits until focus is on the element matching `selector`.
  async focused(selector) {
    await this.page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selector, { timeout: 2000 });
  }

  /// The stored board once it passes `check` (autosave waits for a pause in typing).
  async storedBoardSoon(check, timeout = 5000) {
    const until = Date.now() + timeout;
    for (;;) {
      const board = await this.storedBoard();
      if (board && check(board)) return board;
      if (Date.now() > until) throw new Error(`the stored board never passed the check: ${JSON.stringify(board)}`);
      await this.page.waitForTimeout(100);
    }
  }

  /// The board as stored in this browser, parsed.
  async storedBoard() {
    return this.page.evaluate(() => {
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (key.startsWith('swot-board/board/')) return JSON.parse(localStorage.getItem(key)).boards[0];
      }
      return null;
    });
  }

  boardItems() {
    return this.page.getByTestId('board-item');
  }

  message() {
    return this.page.getByTestId('message');
  }

  /// Exports with a passphrase from `control` (the board's `export-locked`, or the list's
  /// `export-all-locked`): types it in both fields and returns the downloaded file.
  async exportLocked(passphrase, { again = passphrase, control = 'export-locked' } = {}) {
    await this.page.getByTestId(control).click();
    await this.page.getByTestId('passphrase-dialog').waitFor();
    await this.page.getByTestId('passphrase').fill(passphrase);
    await this.page.getByTestId('passphrase-again').fill(again);
    return download(this.page, 'passphrase-ok');
  }

  /// Types the passphrase locked files ask for, and opens them.
  async unlock(passphrase) {
    await this.page.getByTestId('passphrase-dialog').waitFor();
    await this.page.getByTestId('passphrase').fill(passphrase);
    await this.page.getByTestId('passphrase-ok').click();
  }

  /// Pastes text into a quadrant's field as the clipboard does: a paste event, then the text.
  async paste(name, text) {
    await this.input(name).focus();
    await this.page.evaluate((t) => {
      const field = document.activeElement;
      const data = new DataTransfer();
      data.setData('text/plain', t);
      field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      document.execCommand('insertText', false, t);
    }, text);
  }

  /// Makes a new board and waits until it is ready to type in: the app puts focus in the
  /// strengths field a frame later, and keys typed elsewhere before then would follow it there.
  async newBoard() {
    await this.page.getByTestId('new-board').click();
    await this.focused('#input-strengths');
  }

  async goHome() {
    await this.page.getByTestId('all-boards').click();
    await this.page.getByTestId('new-board').waitFor();
  }

  async storage() {
    return this.page.evaluate(() => {
      const all = {};
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        all[key] = localStorage.getItem(key);
      }
      return all;
    });
  }

  /// Waits until no change waits to be saved.
  async saved() {
    await this.page.getByTestId('save-status').filter({ hasText: /bewaard|kept/ }).waitFor();
  }

  /// Runs axe-core on the page as it is and returns its violations.
  async axe() {
    const source = await readFile(AXE, 'utf8');
    // Evaluated through the DevTools protocol: the page's CSP stays as strict as it is.
    await this.page.evaluate(source);
    return this.page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
      }));
    });
  }
}
