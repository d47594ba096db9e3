// Works in every browser a facilitator has, and never fails silently: a browser that blocks
// storage, a fault inside the app, and the guard that fails every test on a page error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { start, newContext, BoardPage, assertClean, download, ENGINE } from './app.mjs';

const FIXTURE = fileURLToPath(new URL('../fixtures/v2-waterdam.swot.json', import.meta.url));

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/// A browser profile whose site storage is blocked, the way each engine does it for real where
/// its driver allows: Firefox by its preference `dom.storage.enabled`, WebKit by MiniBrowser's
/// setting for local storage; in Chromium, blocking site data makes reading `localStorage`
/// throw a SecurityError, which an init script reproduces (Playwright cannot set the profile's
/// content settings).
async function withoutStorage() {
  if (ENGINE === 'chromium') {
    const watched = await newContext(env);
    await watched.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
        },
      });
    });
    return { watched, close: () => watched.context.close() };
  }
  const own = await start(
    ENGINE === 'firefox' ? { prefs: { 'dom.storage.enabled': false } } : { args: ['--enable-html5-local-storage=false'] },
  );
  const watched = await newContext(own);
  return { watched, server: own.server, close: () => own.close() };
}

test('where the browser blocks storage the app starts, says so, works in memory and exports', async () => {
  const blocked = await withoutStorage();
  const url = (blocked.server ?? env.server).url;
  const app = await BoardPage.open(blocked.watched.context, url);
  const { page } = app;
  const alert = page.getByTestId('storage-blocked');
  await alert.waitFor();
  assert.equal(await alert.getAttribute('role'), 'alert');
  assert.match(await alert.innerText(), /bewaart niets.*Exporteer je werk als bestand voordat je het tabblad sluit/s);

  // Work goes on as usual, in memory.
  await app.newBoard();
  await app.title().waitFor();
  await app.type('strengths', 'Korte lijnen in de wijk');
  await app.type('threats', 'Verloop van personeel');
  await page.getByTestId('save-status').filter({ hasText: 'Alleen in dit tabblad' }).waitFor();
  await app.report.open();
  await app.report.document().filter({ hasText: 'Korte lijnen in de wijk' }).waitFor();

  // The language switch follows, and the export holds the work.
  await page.getByTestId('lang-en').click();
  assert.match(await alert.innerText(), /keeps nothing.*Export your work as a file before you close the tab/s);
  const file = await download(page, 'export-everything');
  const parsed = JSON.parse(file.text);
  assert.equal(parsed.kind, 'swot-board');
  assert.deepEqual(
    parsed.boards[0].notes.map((n) => n.text),
    ['Korte lijnen in de wijk', 'Verloop van personeel'],
  );
  await blocked.close();
});

test('a fault inside the app shows the recovery screen, and its download keeps every board', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  const { page } = app;
  await page.getByTestId('open-example').click();
  await app.title().waitFor();
  await app.type('strengths', 'Vlak voor de fout bewaard');
  await app.saved();

  // A browser whose random numbers fail: the next new id makes the app panic, for real. The
  // release build stops at once on a panic (a WebAssembly trap, worded by each engine: Chromium
  // 'unreachable', Firefox 'unreachable executed', WebKit 'Unreachable code should not be
  // executed'), and the loader draws the recovery screen.
  watched.expect(/unreachable/i);
  await page.evaluate(() => {
    crypto.getRandomValues = () => {
      throw new Error('forced fault');
    };
  });
  await app.type('strengths', 'Deze notitie vraagt een nieuwe id');
  const screen = page.getByTestId('fault');
  await screen.waitFor();
  assert.equal(await screen.getAttribute('role'), 'alert');
  assert.match(await screen.innerText(), /Er ging iets mis in SWOT Board.*borden die in deze browser bewaard zijn, zijn veilig/s);
  assert.match(await page.getByTestId('fault-details').textContent(), /unreachable/i);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'fault-heading');
  assert.equal(await page.getByTestId('board-title').count(), 0, 'nothing half-working is left on the page');

  // What it downloads is a session file, readable without the app, that imports again.
  const file = await download(page, 'fault-download');
  assert.match(file.name, /^swot-board-recovery-\d{4}-\d{2}-\d{2}\.swot\.json$/);
  const parsed = JSON.parse(file.text);
  assert.equal(parsed.kind, 'swot-board');
  assert.equal(parsed.boards.length, 1);
  assert.ok(parsed.boards[0].notes.some((n) => n.text === 'Vlak voor de fout bewaard'));
  await watched.context.flush?.();
  assertClean(watched);
  watched.problems.length = 0;
  watched.expected.length = 0;

  const fresh = await newContext(env);
  const other = await BoardPage.open(fresh.context, env.server.url);
  await other.page.getByTestId('import-file').setInputFiles(file.path);
  await other.page.getByTestId('import-confirm').click();
  await other.title().waitFor();
  assert.ok((await other.texts('strengths')).includes('Vlak voor de fout bewaard'));

  // Reload brings the app back with the board as it was saved.
  await page.getByTestId('fault-reload').click();
  await app.title().waitFor();
  assert.ok((await app.texts('strengths')).includes('Vlak voor de fout bewaard'));
  await watched.context.close();
  await fresh.context.close();
});

test('importing while an empty board is open, with focus in its field, raises no page error', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  await app.page.getByTestId('new-board').click();
  await app.focused('#input-strengths');
  await app.page.getByTestId('import-file').setInputFiles(FIXTURE);
  await app.page.getByTestId('import-confirm').click();
  await app.title().filter({ hasText: 'Waterdam' }).waitFor();
  const fixture = JSON.parse(await readFile(FIXTURE, 'utf8'));
  assert.equal(await app.title().innerText(), fixture.boards[0].title);
  assert.equal(await app.page.getByTestId('fault').count(), 0);
  await watched.context.close();
});

test('the guard sees a page error, an unhandled rejection and a console error', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  await app.page.evaluate(() => {
    console.error('planted console error');
    setTimeout(() => {
      throw new Error('planted page error');
    });
    Promise.reject(new Error('planted rejection'));
  });
  await app.page.getByTestId('fault').waitFor();
  await app.page.waitForTimeout(300);
  await watched.context.flush?.();
  assert.throws(() => assertClean(watched), /planted console error/);
  for (const planted of ['planted page error', 'planted rejection']) {
    assert.ok(watched.problems.some((p) => p.includes(planted)), `${planted} in ${watched.problems}`);
  }
  watched.problems.length = 0;
  await watched.context.close();
});
