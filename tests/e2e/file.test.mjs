// The session file: a real download, a real upload into a fresh profile, merge, drop, and every
// bad file refused with its own message while localStorage stays byte-identical.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, newContext, BoardPage, QUADRANTS, download } from './app.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});


async function importFile(app, files) {
  await app.page.getByTestId('import-file').setInputFiles(files);
}

test('export downloads a file that a fresh profile imports to the same board', async () => {
  const one = await newContext(env);
  const app = await BoardPage.open(one.context, env.server.url);
  await app.page.getByTestId('open-example').click();
  await app.title().waitFor();
  await app.type('threats', 'Een nieuwe zorg, met “aanhalingstekens” en é ü ✓');
  await app.saved();
  const original = await app.allTexts();

  const first = await download(app.page, 'export-json');
  assert.match(first.name, /^Voorbeeld-focusgroep-Waterdam-\d{4}-\d{2}-\d{2}\.swot\.json$/);
  const parsed = JSON.parse(first.text);
  assert.equal(parsed.kind, 'swot-board');
  assert.equal(parsed.version, 2);
  assert.equal(parsed.boards.length, 1);
  const second = await download(app.page, 'export-json');
  assert.equal(second.text, first.text, 'two exports of the same board are byte-identical');
  await app.page.getByTestId('storage-health').filter({ hasText: 'Laatst geëxporteerd' }).waitFor();

  // A fresh profile: nothing stored, then the file comes in as a new board.
  const two = await newContext(env);
  const other = await BoardPage.open(two.context, env.server.url);
  await importFile(other, { name: first.name, mimeType: 'application/json', buffer: Buffer.from(first.text) });
  await other.page.getByTestId('import-dialog').waitFor();
  assert.match(await other.page.getByTestId('import-dialog').innerText(), /Voorbeeld: focusgroep Waterdam/);
  await other.page.getByTestId('import-confirm').click();
  await other.title().waitFor();
  assert.deepEqual(await other.allTexts(), original);
  const again = await download(other.page, 'export-json');
  assert.equal(again.text, first.text, 'the re-imported board exports to the same bytes');
  await other.reload();
  assert.deepEqual(await other.allTexts(), original);
  for (const watched of [one, two]) {
    assert.deepEqual(watched.problems, []);
    assert.deepEqual(watched.foreign, []);
    await watched.context.close();
  }
});

test('importing the same file twice never replaces: it comes in as a copy', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  const fixture = `${FIXTURES}v1-waterdam.swot.json`;
  for (let i = 0; i < 2; i++) {
    await importFile(app, fixture);
    await app.page.getByTestId('import-confirm').click();
    await app.title().waitFor();
    await app.goHome();
  }
  assert.equal(await app.boardItems().count(), 2);
  await watched.context.close();
});

test('merge into the open board keeps both versions of a note changed on both sides', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  await importFile(app, `${FIXTURES}v1-waterdam.swot.json`);
  await app.page.getByTestId('import-confirm').click();
  await app.title().waitFor();
  // Change a note here, and the same note differently in the file.
  await app.note('strengths', 'Korte lijnen').focus();
  await app.page.keyboard.press('Enter');
  await app.page.waitForFunction(() => document.activeElement?.dataset.testid === 'note-editor');
  await app.page.keyboard.press('Control+A');
  await app.page.keyboard.type('Korte lijnen, versie van de zaal');
  await app.page.keyboard.press('Enter');
  const file = JSON.parse(await readFile(`${FIXTURES}v1-waterdam.swot.json`, 'utf8'));
  file.boards[0].notes[2].text = 'Korte lijnen, versie uit het bestand';
  file.boards[0].notes.push({
    id: 'b0000000-0000-4000-8000-0000000000ff',
    quadrant: 'opportunities',
    text: 'Alleen in het bestand',
    created_at: '2026-11-21T10:00:00.000Z',
    updated_at: '2026-11-21T10:00:00.000Z',
  });
  await importFile(app, { name: 'ander.swot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await app.page.getByTestId('import-merge').check();
  await app.page.getByTestId('import-confirm').click();
  await app.message().filter({ hasText: 'Samengevoegd' }).waitFor();
  const strengths = await app.texts('strengths');
  assert.ok(strengths.includes('Korte lijnen, versie van de zaal'));
  assert.ok(strengths.includes('Korte lijnen, versie uit het bestand'));
  assert.equal(strengths.length, 4);
  assert.ok((await app.texts('opportunities')).includes('Alleen in het bestand'));
  await app.goHome();
  assert.equal(await app.boardItems().count(), 1, 'a merge adds no board');
  await watched.context.close();
});

test('a file dropped anywhere on the page is imported', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  const text = await readFile(`${FIXTURES}v1-waterdam.swot.json`, 'utf8');
  // A file dragged in from the desktop: no driver here drags from outside the browser, so the
  // page gets the events such a drag sends, carrying the file.
  await app.page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'gesleept.swot.json', { type: 'application/json' }));
    const main = document.querySelector('main');
    for (const type of ['dragover', 'drop']) {
      main.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, text);
  await app.page.getByTestId('import-dialog').waitFor();
  await app.page.getByTestId('import-confirm').click();
  assert.equal(await app.title().innerText(), 'Focusgroep Waterdam, 20 november');
  await watched.context.close();
});

test('every bad file gets its own message and changes nothing stored', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  await app.page.getByTestId('open-example').click();
  await app.title().waitFor();
  await app.saved();
  const before = await app.storage();
  const manifest = (await readFile(`${FIXTURES}bad/expected.txt`, 'utf8'))
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));
  assert.ok(manifest.length >= 15);
  for (const [file, , phrase] of manifest) {
    await importFile(app, `${FIXTURES}bad/${file}`);
    const message = app.page.locator('[data-testid="message"][role="alert"]');
    await message.filter({ hasText: file }).waitFor();
    const text = await message.innerText();
    assert.ok(text.includes(phrase), `${file}: ${text}`);
    assert.match(text, /Er is niets veranderd/);
    assert.deepEqual(await app.storage(), before, `${file} changed nothing stored`);
  }
  // A huge file is refused before it is read.
  await importFile(app, { name: 'enorm.swot.json', mimeType: 'application/json', buffer: Buffer.alloc(26_000_000, 32) });
  const huge = app.page.locator('[data-testid="message"][role="alert"]').filter({ hasText: 'enorm' });
  await huge.waitFor();
  assert.match(await huge.innerText(), /26,0 MB groot; bestanden tot 25,0 MB/);
  assert.deepEqual(await app.storage(), before);
  await watched.context.close();
});

test('script in an imported file is shown as text and never run', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  const file = JSON.parse(await readFile(`${FIXTURES}v1-waterdam.swot.json`, 'utf8'));
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  file.boards[0].title = `Titel ${payload}`;
  file.boards[0].notes[0].text = payload;
  await importFile(app, { name: 'aanval.swot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await app.page.getByTestId('import-confirm').click();
  await app.title().waitFor();
  assert.equal(await app.title().innerText(), `Titel ${payload}`);
  assert.ok((await app.texts('strengths')).includes(payload));
  assert.equal(await app.page.evaluate(() => window.__pwned), undefined);
  assert.equal(await app.page.locator('main img, main script').count(), 0);
  await watched.context.close();
});

test('export all boards, then import them all into a fresh profile', async () => {
  const one = await newContext(env);
  const app = await BoardPage.open(one.context, env.server.url);
  await app.page.getByTestId('open-example').click();
  await app.title().waitFor();
  await app.goHome();
  await app.newBoard();
  await app.type('weaknesses', 'Tweede bord, één notitie');
  await app.goHome();
  const all = await download(app.page, 'export-all');
  assert.match(all.name, /^swot-board-all-\d{4}-\d{2}-\d{2}\.swot\.json$/);
  assert.equal(JSON.parse(all.text).boards.length, 2);

  const two = await newContext(env);
  const other = await BoardPage.open(two.context, env.server.url);
  await importFile(other, { name: all.name, mimeType: 'application/json', buffer: Buffer.from(all.text) });
  await other.page.getByTestId('import-confirm').click();
  await other.message().filter({ hasText: 'Geïmporteerd' }).waitFor();
  assert.equal(await other.boardItems().count(), 2);
  await one.context.close();
  await two.context.close();
});

test('a board of 5,000 notes exports and imports whole (timings printed)', async () => {
  const file = JSON.parse(await readFile(`${FIXTURES}v1-waterdam.swot.json`, 'utf8'));
  const board = file.boards[0];
  const quadrants = ['strengths', 'weaknesses', 'opportunities', 'threats'];
  board.notes = Array.from({ length: 5000 }, (_, i) => ({
    id: `b${String(i).padStart(7, '0')}-0000-4000-8000-000000000000`,
    quadrant: quadrants[i % 4],
    text: `Notitie ${i}: samenwerking tussen wijkteam, school en wijkagent — café ☕`,
    created_at: '2026-11-20T14:05:00.000Z',
    updated_at: '2026-11-20T14:05:00.000Z',
  }));
  board.actions[0].links = [];
  const text = JSON.stringify(file, null, 2);
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  const started = Date.now();
  await importFile(app, { name: 'groot.swot.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await app.page.getByTestId('import-dialog').waitFor();
  const read = Date.now() - started;
  await app.page.getByTestId('import-confirm').click();
  await app.notes('threats').nth(1249).waitFor();
  const shown = Date.now() - started;
  assert.equal(await app.notes('strengths').count(), 1250);
  await app.saved();
  const exportStarted = Date.now();
  const out = await download(app.page, 'export-json');
  const exported = Date.now() - exportStarted;
  assert.equal(JSON.parse(out.text).boards[0].notes.length, 5000);
  console.log(
    `5,000 notes (${(text.length / 1e6).toFixed(2)} MB): read and checked in ${read} ms, on screen after ${shown} ms, exported in ${exported} ms`,
  );
  await watched.context.close();
});

test('a bad file is explained wholly in the language on screen, also after a switch', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  await app.newBoard();
  await app.type('strengths', 'Eén notitie');
  await app.saved();
  const good = JSON.parse((await download(app.page, 'export-json')).text);
  const before = await app.storage();

  // The title as a number, in a file whose name holds a placeholder of the message.
  good.boards[0].title = 42;
  const dir = await mkdtemp(join(tmpdir(), 'swot-board-'));
  const path = join(dir, 'a{reason}.swot.json');
  await writeFile(path, JSON.stringify(good));
  await importFile(app, path);
  const message = app.page.getByTestId('message');
  await message.filter({ hasText: 'hier hoort tekst' }).waitFor();
  const dutch = await message.innerText();
  assert.match(dutch, /‘a\{reason\}\.swot\.json’ kon niet worden geïmporteerd/, dutch);
  assert.match(dutch, /boards\[0\]\.title: verkeerd soort waarde: hier hoort tekst\./, dutch);
  assert.doesNotMatch(dutch, /invalid|expected/, 'no English from the file reader');
  assert.deepEqual(await app.storage(), before, 'a refused file changes nothing');

  await app.page.getByTestId('lang-en').click();
  await message.filter({ hasText: 'this takes text' }).waitFor();
  const english = await message.innerText();
  assert.match(english, /‘a\{reason\}\.swot\.json’ could not be imported/, english);
  assert.match(english, /boards\[0\]\.title: wrong kind of value: this takes text\./, english);

  // One note is one note, in either language.
  await app.goHome();
  assert.match(await app.boardItems().first().innerText(), /\b1 note\b/);
  await app.page.getByTestId('lang-nl').click();
  await app.page.getByTestId('board-item').filter({ hasText: '1 notitie' }).waitFor();
  await watched.context.close();
});
