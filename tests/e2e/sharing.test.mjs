// Sharing a sensitive session safely, and notes from elsewhere: a session file locked with a
// passphrase (nothing of the board in the clear; a wrong passphrase or a changed file changes
// nothing), the known-answer file locked by a second implementation, a paste of several lines,
// and CSVs of notes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { start, newContext, BoardPage, download } from './app.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const PASSPHRASE = 'Waterdam wijkteam najaar';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

async function importBuffer(app, name, text, mimeType = 'application/json') {
  await app.page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
}

test('a locked export holds nothing of the board, and opens only with its passphrase', async () => {
  const one = await newContext(env);
  const app = await BoardPage.open(one.context, env.server.url);
  const { page } = app;
  await page.getByTestId('open-example').click();
  await app.title().waitFor();
  await app.type('threats', 'Zorgen over een groep jongeren bij het station');
  await app.saved();
  const original = await app.allTexts();

  // The dialog says what the passphrase protects, and refuses a short or unequal one.
  await page.getByTestId('export-locked').click();
  const dialog = page.getByTestId('passphrase-dialog');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /ziet niets van het bord.*nooit meer openen/s);
  await page.getByTestId('passphrase').fill('kort');
  await page.getByTestId('passphrase-again').fill('kort');
  await page.getByTestId('passphrase-ok').click();
  await page.getByTestId('passphrase-problem').filter({ hasText: 'te kort' }).waitFor();
  await page.getByTestId('passphrase').fill(PASSPHRASE);
  await page.getByTestId('passphrase-again').fill(`${PASSPHRASE}!`);
  await page.getByTestId('passphrase-ok').click();
  await page.getByTestId('passphrase-problem').filter({ hasText: 'niet gelijk' }).waitFor();
  await page.getByTestId('passphrase-again').fill(PASSPHRASE);
  const locked = await download(page, 'passphrase-ok');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.getByTestId('passphrase').inputValue(), '', 'the passphrase is not kept');

  assert.match(locked.name, /^Voorbeeld-focusgroep-Waterdam-\d{4}-\d{2}-\d{2}\.swot\.json$/);
  const envelope = JSON.parse(locked.text);
  assert.equal(envelope.kind, 'swot-board-locked');
  assert.equal(envelope.kdf.iterations, 600000);
  for (const secret of ['Waterdam', 'station', 'Zorgen', ...Object.values(original).flat().map((t) => t.slice(0, 12))]) {
    assert.ok(!locked.text.includes(secret), `“${secret}” is not in the locked file`);
  }

  // A fresh profile: a wrong passphrase changes nothing and may be tried again.
  const two = await newContext(env);
  const other = await BoardPage.open(two.context, env.server.url);
  const before = await other.storage();
  await importBuffer(other, locked.name, locked.text);
  await other.page.getByTestId('passphrase-dialog').waitFor();
  assert.match(await other.page.getByTestId('passphrase-dialog').innerText(), /is vergrendeld/);
  assert.equal(await other.page.getByTestId('passphrase-again').isVisible(), false, 'opening asks once');
  await other.unlock('verkeerd wachtwoord');
  await other.page.getByTestId('passphrase-problem').filter({ hasText: 'opent het bestand niet' }).waitFor();
  assert.deepEqual(await other.storage(), before, 'storage is byte-identical after a wrong passphrase');
  await other.unlock(PASSPHRASE);
  await other.page.getByTestId('import-dialog').waitFor();
  await other.page.getByTestId('import-confirm').click();
  await other.title().waitFor();
  assert.deepEqual(await other.allTexts(), original);
  for (const watched of [one, two]) await watched.context.close();
});

test('by keyboard: cancel with Escape, split a paste, lock and download', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  const { page } = app;
  await page.getByTestId('open-example').click();
  await app.title().waitFor();

  // Enter opens the dialog with focus in the passphrase; Escape closes it without a download,
  // and focus is back on the button that opened it.
  await app.tabTo('[data-testid="export-locked"]');
  await page.keyboard.press('Enter');
  await app.focused('[data-testid="passphrase"]');
  await page.keyboard.type('half getypt');
  await page.keyboard.press('Escape');
  await page.getByTestId('passphrase-dialog').waitFor({ state: 'hidden' });
  await app.focused('[data-testid="export-locked"]');

  // A paste's offer is the next stop after the field; Enter on it adds the lines as notes and
  // focus returns to the field for the next note.
  const before = (await app.texts('opportunities')).length;
  await app.paste('opportunities', '- Ouders willen meedoen\n- Sportclub biedt ruimte');
  await page.getByTestId('paste-as-notes').waitFor();
  await page.keyboard.press('Tab');
  await app.focused('[data-testid="paste-as-notes"]');
  await page.keyboard.press('Enter');
  await app.focused('#input-opportunities');
  const after = await app.texts('opportunities');
  assert.equal(after.length, before + 2);
  assert.deepEqual(after.slice(-2), ['Ouders willen meedoen', 'Sportclub biedt ruimte']);

  // Tab reaches the second field; Enter locks and downloads, and focus goes back to the button.
  await app.tabTo('[data-testid="export-locked"]', { back: true });
  await page.keyboard.press('Enter');
  await app.focused('[data-testid="passphrase"]');
  assert.equal(await page.getByTestId('passphrase').inputValue(), '', 'what was typed before is gone');
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Tab');
  await app.focused('[data-testid="passphrase-again"]');
  await page.keyboard.type(PASSPHRASE);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const locked = JSON.parse(await readFile(await file.path(), 'utf8'));
  assert.equal(locked.kind, 'swot-board-locked');
  await page.getByTestId('passphrase-dialog').waitFor({ state: 'hidden' });
  await app.focused('[data-testid="export-locked"]');
  await watched.context.close();
});

test('the file locked by a second implementation opens in the browser', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  await app.page.getByTestId('import-file').setInputFiles(`${FIXTURES}locked/waterdam-locked.swot.json`);
  await app.unlock('correct paard batterij niet');
  await app.page.getByTestId('import-dialog').filter({ hasText: 'Focusgroep Waterdam, vertrouwelijk' }).waitFor();
  await app.page.getByTestId('import-confirm').click();
  await app.title().waitFor();
  assert.equal(await app.title().innerText(), 'Focusgroep Waterdam, vertrouwelijk');
  assert.ok((await app.texts('strengths')).includes('Korte lijnen tussen wijkteam en politie'));
  await watched.context.close();
});

test('a file dropped while a passphrase is tried replaces the locked one, whichever ends last', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  // Counts the decryptions that ended, the last step of an unlock, so that the test can wait
  // for the unlock to be over before it reads what the dialog shows.
  await app.page.evaluate(() => {
    const subtle = window.crypto.subtle;
    const decrypt = subtle.decrypt.bind(subtle);
    window.__decrypted = 0;
    subtle.decrypt = (...args) => decrypt(...args).finally(() => { window.__decrypted += 1; });
  });
  await app.page.getByTestId('import-file').setInputFiles(`${FIXTURES}locked/waterdam-locked.swot.json`);
  await app.unlock('correct paard batterij niet');
  // While the browser makes the key, another file is dropped: the newer request, read at once.
  const text = await readFile(`${FIXTURES}v2-waterdam.swot.json`, 'utf8');
  await app.page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'later.swot.json', { type: 'application/json' }));
    const main = document.querySelector('main');
    for (const type of ['dragover', 'drop']) {
      main.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, text);
  const dialog = app.page.getByTestId('import-dialog');
  await dialog.filter({ hasText: 'later.swot.json' }).waitFor();
  // The unlock ends after the drop (its key takes about a quarter of a second); what it opened
  // must not come in after it, two frames after its decryption at the latest.
  await app.page.waitForFunction(() => window.__decrypted > 0);
  await app.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const said = await dialog.innerText();
  assert.match(said, /later\.swot\.json/);
  assert.doesNotMatch(said, /waterdam-locked|vertrouwelijk/);
  assert.equal(await app.page.getByTestId('passphrase-dialog').isVisible(), false);
  await app.page.getByTestId('import-confirm').click();
  await app.title().waitFor();
  assert.equal(await app.title().innerText(), 'Focusgroep Waterdam, 27 november');
  await watched.context.close();
});

test('a changed or cut-off locked file is refused with its own message, and nothing changes', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  const { page } = app;
  await page.getByTestId('open-example').click();
  await app.title().waitFor();
  await app.saved();
  const before = await app.storage();
  const text = await readFile(`${FIXTURES}locked/waterdam-locked.swot.json`, 'utf8');
  const envelope = JSON.parse(text);

  // One character of the ciphertext changed: the passphrase is right, the file is not.
  const at = 40;
  const flipped = envelope.ciphertext[at] === 'A' ? 'B' : 'A';
  const changed = { ...envelope, ciphertext: envelope.ciphertext.slice(0, at) + flipped + envelope.ciphertext.slice(at + 1) };
  await importBuffer(app, 'veranderd.swot.json', JSON.stringify(changed));
  await app.unlock('correct paard batterij niet');
  await app.message().filter({ hasText: 'veranderd.swot.json' }).filter({ hasText: 'veranderd nadat het werd vergrendeld' }).waitFor();
  assert.equal(await page.getByTestId('import-dialog').isVisible(), false);
  assert.deepEqual(await app.storage(), before);

  // Cut off halfway: said at once, no passphrase asked.
  await importBuffer(app, 'half.swot.json', text.slice(0, Math.floor(text.length / 2)));
  await app.message().filter({ hasText: 'half.swot.json' }).filter({ hasText: 'te vroeg op' }).waitFor();
  assert.equal(await page.getByTestId('passphrase-dialog').isVisible(), false);
  assert.deepEqual(await app.storage(), before);
  await watched.context.close();
});

test('five pasted lines become five notes, or stay one note', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  const { page } = app;
  await app.newBoard();
  await app.title().waitFor();
  const list = '• Korte lijnen met de wijkagent\n• Jongerenwerk kent de groep\n\n1. Sportclub doet mee\n2) Ouders willen praten\n- Moskee biedt ruimte aan\n';
  await app.paste('strengths', list);
  await page.getByTestId('paste-as-notes').filter({ hasText: 'Als 5 notities toevoegen' }).waitFor();
  await page.getByTestId('paste-as-notes').click();
  assert.deepEqual(await app.texts('strengths'), [
    'Korte lijnen met de wijkagent',
    'Jongerenwerk kent de groep',
    'Sportclub doet mee',
    'Ouders willen praten',
    'Moskee biedt ruimte aan',
  ]);
  assert.equal(await app.input('strengths').inputValue(), '');
  // One undo takes all five back.
  await page.getByTestId('undo-change').click();
  assert.deepEqual(await app.texts('strengths'), []);

  // Or kept as one note, as pasted.
  await app.paste('threats', 'Eerste regel\nTweede regel');
  await page.getByTestId('paste-as-one').click();
  await app.input('threats').press('Enter');
  assert.deepEqual(await app.texts('threats'), ['Eerste regel\nTweede regel']);
  await watched.context.close();
});

test('the notes CSV re-imports into an equal board; a two-column CSV imports; a bad one is refused with its line', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  const { page } = app;
  await page.getByTestId('open-example').click();
  await app.title().waitFor();
  await app.notes('threats').nth(2).waitFor();
  const original = await app.allTexts();
  await app.report.open();
  const csv = await download(page, 'download-notes-csv');

  const fresh = await newContext(env);
  const other = await BoardPage.open(fresh.context, env.server.url);
  await importBuffer(other, csv.name, csv.text, 'text/csv');
  await other.page.getByTestId('import-dialog').waitFor();
  await other.page.getByTestId('import-confirm').click();
  await other.title().waitFor();
  await other.notes('threats').nth(2).waitFor();
  assert.equal(await other.title().innerText(), csv.name.replace(/\.csv$/, ''));
  assert.deepEqual(await other.allTexts(), original);
  await other.report.open();
  const again = await download(other.page, 'download-notes-csv');
  assert.equal(again.text, csv.text, 'quadrants, texts, themes, votes and tags are the same');

  // Only a text and a quadrant column, English names and letters, comma-separated.
  await other.goHome();
  await importBuffer(other, 'flipover.csv', 'text,quadrant\r\nShared language,S\r\n"Budget cuts, again",threats\r\n', 'text/csv');
  await other.page.getByTestId('import-confirm').click();
  await other.title().waitFor();
  await other.step('notes');
  assert.deepEqual(await other.texts('strengths'), ['Shared language']);
  assert.deepEqual(await other.texts('threats'), ['Budget cuts, again']);

  // A quadrant nobody knows, on line 3: said with its line, nothing changed (compared once the
  // import before it is saved, which the autosave does after a pause).
  await other.saved();
  const before = await other.storage();
  await importBuffer(other, 'fout.csv', 'Tekst;Kwadrant\nGoed;Kansen\nNiet goed;Misschien\n', 'text/csv');
  await other.message().filter({ hasText: 'fout.csv' }).filter({ hasText: '3' }).waitFor();
  assert.deepEqual(await other.storage(), before);
  for (const w of [watched, fresh]) await w.context.close();
});

test('the synthesis asks once for locked files that share a passphrase', async () => {
  const one = await newContext(env);
  const app = await BoardPage.open(one.context, env.server.url);
  const { page } = app;
  // Two sessions, each exported locked with the same passphrase.
  const files = [];
  for (const title of ['Waterdam', 'Zeedorp']) {
    await app.newBoard();
    await app.title().waitFor();
    await page.getByTestId('rename-current').click();
    await page.getByTestId('title-input').fill(`Focusgroep ${title}`);
    await page.getByTestId('title-input').press('Enter');
    // The app gives focus back to the rename button a frame after the title is saved; keys typed
    // before that frame would go to the button. Waiting for it, and for each note before the
    // export, names the step that went wrong if this test (flaky once in Firefox) fails again.
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'rename-current');
    await app.type('threats', 'Polarisatie op sociale media');
    await app.type('strengths', `Sterk netwerk in ${title}`);
    await app.note('threats', 'Polarisatie op sociale media').waitFor();
    await app.note('strengths', `Sterk netwerk in ${title}`).waitFor();
    files.push(await app.exportLocked(PASSPHRASE));
    await app.goHome();
  }
  const two = await newContext(env);
  const other = await BoardPage.open(two.context, env.server.url);
  await other.page.getByTestId('open-synthesis').click();
  await other.page.getByTestId('synthesis-file').setInputFiles(files.map((f) => f.path));
  await other.unlock(PASSPHRASE);
  await other.page.getByTestId('synthesis-files').locator('li').nth(1).waitFor();
  const recurring = other.page.getByTestId('synthesis-report-view').getByTestId('recurring');
  await recurring.filter({ hasText: 'Polarisatie op sociale media' }).waitFor();
  assert.equal(await other.page.getByTestId('passphrase-dialog').isVisible(), false, 'asked once');
  for (const watched of [one, two]) await watched.context.close();
});
