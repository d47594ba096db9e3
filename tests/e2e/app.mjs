// Shared set-up of the end-to-end tests: the built dist/ served on 127.0.0.1 under a sub-path,
// Debian's Chromium driven by playwright-core, and a page object for the board.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const AXE = fileURLToPath(new URL('./node_modules/axe-core/axe.min.js', import.meta.url));

export const QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The browser's own language fixes the order of a date field's parts (mm/dd/yyyy); the
  // page's language comes from each context's locale.
  '--lang=en-US',
];

/// Starts the server and the browser; `close` stops both.
export async function start() {
  const server = await serve(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/// A fresh browser profile (its own localStorage), watched for console errors and for any
/// request to another origin.
export async function newContext(env, options = {}) {
  const context = await env.browser.newContext({
    viewport: { width: 1440, height: 1080 },
    locale: 'nl-NL',
    acceptDownloads: true,
    ...options,
  });
  const problems = [];
  const foreign = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(env.server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      foreign.push(url);
    }
  });
  context.on('page', (page) => watch(page, problems));
  return { context, problems, foreign };
}

/// Fails when the console showed an error or warning, or a request left the app's origin.
export function assertClean({ problems, foreign }) {
  assert.deepEqual(problems, [], 'the console shows no error or warning');
  assert.deepEqual(foreign, [], 'no request leaves the app’s own origin');
}

/// Clicks the button with this test id and returns the file the browser downloads: its
/// suggested name, its text and where it was saved.
export async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

function watch(page, problems) {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
}

/// The app as its user sees it, found by data-testid only.
export class BoardPage {
  constructor(page, url) {
    this.page = page;
    this.url = url;
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

  /// Shows a step of the session by its tab.
  async step(name) {
    await this.page.getByTestId(`step-${name}-tab`).click();
    await this.page.locator(`#step-${name}`).waitFor({ state: 'attached' });
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
