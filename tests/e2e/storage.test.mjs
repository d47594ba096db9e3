// Storage that is corrupt, full, or shared with a second tab: the user is told, and nothing is lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, BoardPage, ENGINE } from './app.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const CORRUPT_KEY = 'swot-board/board/0b7a4f5e-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
const CORRUPT_TEXT = '{"kind": "swot-board", "version": 1, "boards": [{"title": "Half bewaard';

test('corrupt stored data: the app starts, says so, keeps the text and offers it', async () => {
  const watched = await newContext(env);
  const first = await BoardPage.open(watched.context, env.server.url);
  await first.page.getByTestId('open-example').click();
  await first.title().waitFor();
  await first.saved();
  await first.page.evaluate(([k, v]) => localStorage.setItem(k, v), [CORRUPT_KEY, CORRUPT_TEXT]);
  await first.page.close();

  const app = await BoardPage.open(watched.context, env.server.url);
  await app.page.getByTestId('download-unreadable').waitFor();
  assert.match(await app.message().first().innerText(), /niet worden gelezen/);
  // The readable board is still there and usable.
  await app.page.getByTestId('all-boards').click();
  assert.equal(await app.boardItems().count(), 1);
  await app.page.getByTestId('new-board').click();
  await app.type('strengths', 'Gewoon doorwerken');
  await app.saved();

  const download = app.page.waitForEvent('download');
  await app.page.getByTestId('download-unreadable').click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray();
  assert.ok(Buffer.concat(text).toString('utf8').includes(CORRUPT_TEXT));

  await app.reload();
  const stored = await app.storage();
  assert.equal(stored[CORRUPT_KEY], CORRUPT_TEXT, 'the unreadable text is never overwritten');
  await watched.context.close();
});

test('a full storage gives a lasting warning, and saving resumes when there is room', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  await app.page.getByTestId('new-board').click();
  await app.type('strengths', 'Al bewaard');
  await app.saved();
  const before = await app.storage();

  // Really full: another page of this site filled the browser's quota (about 5 MB of text in
  // each engine), until the browser refused.
  const refused = await app.page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 19);
    for (let i = 0; chunk.length > 16; ) {
      try {
        localStorage.setItem(`other-page/filler-${i++}`, chunk);
      } catch (e) {
        if (chunk.length <= 32) return e.name;
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
    return 'never refused';
  });
  assert.equal(refused, 'QuotaExceededError', 'the browser says its storage is full');
  await app.type('strengths', 'Past niet meer');
  const warning = app.page.locator('[data-testid="message"][role="alert"]');
  await warning.waitFor();
  assert.match(await warning.innerText(), /vol/);
  const full = await app.storage();
  for (const [key, value] of Object.entries(before)) assert.equal(full[key], value, `${key} is not damaged`);
  // The warning stays while typing goes on.
  await app.type('strengths', 'Nog een');
  await app.page.waitForTimeout(700);
  assert.equal(await warning.count(), 1);
  assert.deepEqual(await app.texts('strengths'), ['Al bewaard', 'Past niet meer', 'Nog een']);

  await app.page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('other-page/')) localStorage.removeItem(key);
  });
  await app.type('strengths', 'Weer ruimte');
  await app.saved();
  assert.equal(await warning.count(), 0);
  await app.reload();
  assert.deepEqual(await app.texts('strengths'), ['Al bewaard', 'Past niet meer', 'Nog een', 'Weer ruimte']);
  await watched.context.close();
});

test('two tabs: a change in one shows in the other, and changes made in both at once are both kept', async () => {
  const watched = await newContext(env);
  const a = await BoardPage.open(watched.context, env.server.url);
  await a.page.getByTestId('new-board').click();
  await a.type('opportunities', 'Uit tab A');
  await a.saved();

  const bPage = await watched.context.newPage();
  // Tab B's timers can be held back, so that tab A surely writes first.
  await bPage.addInitScript(() => {
    const setTimeout = window.setTimeout.bind(window);
    window.setTimeout = (fn, ms, ...rest) => setTimeout(fn, window.__hold ? 3000 : ms, ...rest);
  });
  const b = new BoardPage(bPage, env.server.url);
  await b.load();
  // B waits for A's note rather than reading at once: asserting at once failed once in Firefox
  // in a full run on a loaded machine (B showed no note yet) and never in six runs alone. Web
  // storage gives no promise of when one tab's write is seen by another's start (Firefox keeps a
  // snapshot of it per process); B takes a later write in from the storage event, as below.
  await b.note('opportunities', 'Uit tab A').waitFor();
  assert.deepEqual(await b.texts('opportunities'), ['Uit tab A']);

  // A change in A appears in B.
  await a.type('opportunities', 'Nog een uit tab A');
  await a.saved();
  await b.note('opportunities', 'Nog een uit tab A').waitFor();

  // B types, and before B has saved, A saves: B takes A's note in beside its own, and its held
  // save keeps both; nothing is refused, so no warning.
  await b.page.evaluate(() => {
    window.__hold = true;
  });
  await b.type('threats', 'Uit tab B');
  await a.type('threats', 'Uit tab A, later');
  await a.saved();
  await b.note('threats', 'Uit tab A, later').waitFor();
  assert.ok(await b.note('threats', 'Uit tab B').count(), 'B still shows what was typed there');
  await b.saved();
  await a.note('threats', 'Uit tab B').waitFor();
  const board = await a.storedBoard();
  const stored = board.notes.map((n) => n.text);
  assert.ok(stored.includes('Uit tab A, later'), "the other tab's note is kept");
  assert.ok(stored.includes('Uit tab B'), 'the note typed here is kept too');
  assert.equal(await b.page.locator('[data-testid="message"][role="alert"]').count(), 0, 'no warning');
  await watched.context.close();
});

test('two tabs typing into one board at once, many times: after a reload every note is there', async () => {
  const watched = await newContext(env);
  const a = await BoardPage.open(watched.context, env.server.url);
  await a.page.getByTestId('new-board').click();
  await a.type('strengths', 'Begin');
  await a.saved();
  const b = await BoardPage.open(watched.context, env.server.url);
  await b.note('strengths', 'Begin').waitFor();
  // The saves take the Web Lock, which every engine tested here has.
  assert.ok(await a.page.evaluate(() => typeof navigator.locks?.request === 'function'), 'Web Locks');

  const quadrants = ['strengths', 'weaknesses', 'opportunities', 'threats'];
  const typed = [];
  const ROUNDS = 20;
  for (let round = 0; round < ROUNDS; round++) {
    const inA = [quadrants[round % 4], `A${round}`];
    const inB = [quadrants[Math.floor(round / 2) % 4], `B${round}`];
    typed.push(inA, inB);
    if (ENGINE === 'webkit') {
      // One WebDriver session drives one window at a time: keys sent to both at once would mix
      // in one field. Typed one after the other, the two saves still fall in the same moment.
      await a.type(...inA);
      await b.type(...inB);
    } else {
      await Promise.all([a.type(...inA), b.type(...inB)]);
    }
    // Every other round both tabs save at the same moment (the same pause after typing);
    // between them the next notes are typed while the other tab's save arrives.
    if (round % 2 === 1) await Promise.all([a.saved(), b.saved()]);
  }
  await Promise.all([a.saved(), b.saved()]);
  for (const app of [a, b]) {
    const warning = app.page.locator('[data-testid="message"][role="alert"]');
    assert.equal(await warning.count(), 0, 'no tab says a change was not kept');
  }
  for (const app of [a, b]) {
    await app.reload();
    const shown = await app.allTexts();
    for (const [q, text] of typed) {
      const times = shown[q].filter((t) => t === text).length;
      assert.equal(times, 1, `${text} is in ${q} once after a reload: ${JSON.stringify(shown)}`);
    }
    assert.equal(await app.message().count(), 0, 'no warning and no message');
  }
  const stored = (await a.storedBoard()).notes.map((n) => n.text).sort();
  assert.deepEqual(stored, ['Begin', ...typed.map(([, t]) => t)].sort());
  await watched.context.close();
});
