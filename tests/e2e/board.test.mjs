// A facilitator's whole session against the built release, by keyboard and by mouse.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, BoardPage, QUADRANTS, assertClean } from './app.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const SESSION = {
  strengths: ['Sterk netwerk met gevoel van urgentie', 'Korte lijnen dankzij de wijkaanpak 👍'],
  weaknesses: ['We vinden elkaar pas bij crisissituaties', 'Geen gedeelde taal:\n‘signaal’ betekent overal iets anders'],
  opportunities: ['Sportclubs en ouders willen meedoen ⚽', 'Landelijk ondersteuningsaanbod'],
  threats: ['Bezuinigingen in het sociaal domein', 'Polarisatie via sociale media — snel en zichtbaar 📱'],
};


test('a first-time visitor sees what the app is for and where the data lives', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  await assert.doesNotReject(app.page.getByTestId('privacy-note').waitFor());
  assert.match(await app.page.getByTestId('privacy-note').innerText(), /blijft in deze browser/);
  assert.equal(await app.boardItems().count(), 0);
  assert.equal(await app.page.locator('html').getAttribute('lang'), 'nl');

  await app.page.getByTestId('lang-en').click();
  assert.match(await app.page.getByTestId('privacy-note').innerText(), /stays in this browser/);
  assert.equal(await app.page.locator('html').getAttribute('lang'), 'en');
  await app.reload();
  assert.match(await app.page.getByTestId('privacy-note').innerText(), /stays in this browser/, 'the language is remembered');

  await app.page.getByTestId('open-example').click();
  await app.title().waitFor();
  assert.match(await app.title().innerText(), /Waterdam/);
  assert.match(await app.page.locator('.board-head .badge').innerText(), /fictional/);
  for (const q of QUADRANTS) assert.ok((await app.notes(q).count()) >= 3, q);
  assertClean(watched);
  await watched.context.close();
});

test('a whole session by keyboard: type, edit, reorder, move, delete, undo, reload', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  const { page } = app;

  // Start a board with the keyboard alone.
  await page.getByTestId('new-board').focus();
  await page.keyboard.press('Enter');
  await app.title().waitFor();
  // Focus lands in the first field, ready for the scribe.
  await page.waitForFunction(() => document.activeElement?.id === 'input-strengths');

  // The scribe types note after note; the field keeps focus.
  for (const q of QUADRANTS) {
    for (const text of SESSION[q]) await app.type(q, text);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'note-input');
  }
  await app.type('strengths', 'Jongerenwerkers kennen de ouders');
  assert.match(await page.getByTestId('announcement').innerText(), /Notitie toegevoegd aan Krachten/);
  assert.deepEqual(await app.texts('strengths'), [...SESSION.strengths, 'Jongerenwerkers kennen de ouders']);
  assert.deepEqual(await app.texts('weaknesses'), SESSION.weaknesses);
  assert.equal(await app.input('strengths').inputValue(), '', 'the field is empty again');

  // Enter on an empty field adds nothing.
  await app.input('threats').focus();
  await page.keyboard.press('Enter');
  assert.equal(await app.notes('threats').count(), 2);

  // Edit in place: Enter opens the editor, Enter saves.
  // Each card is marked, to see after the edit that none was built anew.
  const strengths = '[data-testid="quadrant-strengths"] li.note';
  await page.evaluate((cards) => document.querySelectorAll(cards).forEach((li) => (li.keptAcrossEdit = true)), strengths);
  await app.note('strengths', 'Jongerenwerkers').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'note-editor');
  await page.keyboard.press('End');
  await page.keyboard.type(' en leerlingen');
  await page.keyboard.press('Enter');
  assert.equal((await app.texts('strengths'))[2], 'Jongerenwerkers kennen de ouders en leerlingen');
  await app.focusOn('Jongerenwerkers');
  // The edit changed the card in place and built no card anew, the edited one included.
  const kept = await page.evaluate((cards) => [...document.querySelectorAll(cards)].map((li) => li.keptAcrossEdit === true), strengths);
  assert.deepEqual(kept, [true, true, true], 'a card was built anew');

  // Escape cancels an edit.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'note-editor');
  await page.keyboard.type(' WEG');
  await page.keyboard.press('Escape');
  await app.focusOn('Jongerenwerkers');
  assert.equal((await app.texts('strengths'))[2], 'Jongerenwerkers kennen de ouders en leerlingen');

  // Reorder with Alt+Up; focus stays on the moved note.
  await page.keyboard.press('Alt+ArrowUp');
  await app.movedTo('strengths', 1, 'Jongerenwerkers');
  await page.keyboard.press('Alt+ArrowUp');
  await app.movedTo('strengths', 0, 'Jongerenwerkers');
  assert.match(await page.getByTestId('announcement').innerText(), /Notitie staat nu op plaats 1/);
  assert.equal((await app.texts('strengths'))[0], 'Jongerenwerkers kennen de ouders en leerlingen');

  // Move to the next quadrant with Alt+Right.
  await page.keyboard.press('Alt+ArrowRight');
  await app.movedTo('weaknesses', -1, 'Jongerenwerkers');
  assert.match(await page.getByTestId('announcement').innerText(), /Notitie verplaatst naar Zwaktes/);
  assert.deepEqual(await app.texts('strengths'), SESSION.strengths);
  assert.equal((await app.texts('weaknesses')).at(-1), 'Jongerenwerkers kennen de ouders en leerlingen');
  await page.keyboard.press('Alt+ArrowLeft');
  await app.movedTo('strengths', -1, 'Jongerenwerkers');
  assert.equal((await app.texts('strengths')).at(-1), 'Jongerenwerkers kennen de ouders en leerlingen');

  // Delete with the Delete key, then undo.
  await app.note('strengths', 'Jongerenwerkers').focus();
  await page.keyboard.press('Delete');
  assert.deepEqual(await app.texts('strengths'), SESSION.strengths);
  assert.match(await app.message().innerText(), /verwijderd/);
  assert.equal(await app.message().getAttribute('role'), 'status', 'the delete is announced');
  await page.getByTestId('undo').click();
  assert.equal((await app.texts('strengths')).at(-1), 'Jongerenwerkers kennen de ouders en leerlingen');
  // Undo puts focus on the note that came back, on the next frame: wait for it, or the Enter
  // below could reach the note instead of the rename button.
  await app.focused('[id^="note-"]');

  // Rename the board.
  await page.getByTestId('rename-current').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'title-input');
  await page.keyboard.type('Focusgroep Waterdam, 20 november');
  await page.keyboard.press('Enter');
  assert.equal(await app.title().innerText(), 'Focusgroep Waterdam, 20 november');

  // Reload at once: nothing typed a moment ago is lost.
  const before = await app.allTexts();
  await app.reload();
  assert.equal(await app.title().innerText(), 'Focusgroep Waterdam, 20 november');
  assert.deepEqual(await app.allTexts(), before);
  assert.equal(Object.values(before).flat().length, 9);
  assertClean(watched);
  await watched.context.close();
});

test('by mouse: drag and drop, the move menu, buttons, switching and managing boards', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  const { page } = app;
  await app.newBoard();
  await app.title().waitFor();
  for (const q of QUADRANTS) for (const text of SESSION[q]) await app.type(q, text);

  // Drag a note onto another quadrant's list.
  await app.note('threats', 'Bezuinigingen').dragTo(app.quadrant('weaknesses').locator('.quadrant-head'));
  assert.equal((await app.texts('weaknesses')).at(-1), 'Bezuinigingen in het sociaal domein');
  assert.equal(await app.notes('threats').count(), 1);

  // Drag within a quadrant: onto the upper half of the first note puts it first.
  const first = app.notes('weaknesses').first();
  await app.note('weaknesses', 'Bezuinigingen').dragTo(first, { targetPosition: { x: 20, y: 4 } });
  assert.equal((await app.texts('weaknesses'))[0], 'Bezuinigingen in het sociaal domein');

  // The move menu and the buttons.
  const card = app.note('weaknesses', 'Bezuinigingen');
  await card.hover();
  await card.getByTestId('move-to').selectOption('threats');
  assert.deepEqual(await app.texts('threats'), [SESSION.threats[1], 'Bezuinigingen in het sociaal domein']);
  await app.note('threats', 'Bezuinigingen').hover();
  await app.note('threats', 'Bezuinigingen').getByTestId('move-up').click();
  assert.equal((await app.texts('threats'))[0], 'Bezuinigingen in het sociaal domein');
  await app.note('opportunities', 'Landelijk').hover();
  await app.note('opportunities', 'Landelijk').getByTestId('delete-note').click();
  assert.deepEqual(await app.texts('opportunities'), [SESSION.opportunities[0]]);

  // Edit by mouse, and leaving the editor keeps what was typed.
  await app.note('strengths', 'Sterk').hover();
  await app.note('strengths', 'Sterk').getByTestId('edit-note').click();
  await page.getByTestId('note-editor').fill('Sterk netwerk, iedereen kent elkaar');
  await app.title().click();
  assert.equal((await app.texts('strengths'))[0], 'Sterk netwerk, iedereen kent elkaar');
  // Clicking another field saves the edit and leaves focus where the user clicked.
  await app.note('strengths', 'Sterk').hover();
  await app.note('strengths', 'Sterk').getByTestId('edit-note').click();
  await page.getByTestId('note-editor').fill('Sterk netwerk, iedereen kent elkaar goed');
  await app.input('weaknesses').click();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal((await app.texts('strengths'))[0], 'Sterk netwerk, iedereen kent elkaar goed');
  const focused = await page.evaluate(() => {
    const e = document.activeElement;
    return `${e?.closest('[data-testid^=quadrant-]')?.dataset.testid} ${e?.dataset.testid}`;
  });
  assert.equal(focused, 'quadrant-weaknesses note-input');

  // A second board, then switch between the two; back on the list, focus is on the board left.
  await app.goHome();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'open-board');
  assert.match(await page.evaluate(() => document.activeElement.innerText), /Nieuwe focusgroep/);
  await page.getByTestId('open-example').click();
  await app.title().waitFor();
  await app.type('threats', 'Alleen op het voorbeeldbord');
  await app.goHome();
  assert.equal(await app.boardItems().count(), 2);
  await app.boardItems().filter({ hasText: 'Nieuwe focusgroep' }).getByTestId('open-board').click();
  assert.equal((await app.texts('strengths'))[0], 'Sterk netwerk, iedereen kent elkaar goed');
  assert.ok(!(await app.texts('threats')).includes('Alleen op het voorbeeldbord'));
  await app.goHome();
  await app.boardItems().filter({ hasText: 'Waterdam' }).getByTestId('open-board').click();
  assert.ok((await app.texts('threats')).includes('Alleen op het voorbeeldbord'));

  // Duplicate, rename and delete (with undo) from the list.
  await app.goHome();
  const example = app.boardItems().filter({ hasText: 'Voorbeeld: focusgroep Waterdam' }).first();
  await example.getByTestId('duplicate-board').click();
  await page.getByText('Kopie van Voorbeeld: focusgroep Waterdam').waitFor();
  assert.equal(await app.boardItems().count(), 3);
  await app.boardItems().filter({ hasText: 'Kopie van' }).getByTestId('rename-board').click();
  await page.getByTestId('rename-input').fill('Waterdam, tweede ronde');
  await page.getByTestId('rename-input').press('Enter');
  await page.getByText('Waterdam, tweede ronde').waitFor();
  await app.boardItems().filter({ hasText: 'Waterdam, tweede ronde' }).getByTestId('delete-board').click();
  assert.equal(await app.boardItems().count(), 2);
  assert.match(await app.message().innerText(), /Waterdam, tweede ronde/);
  await page.getByTestId('undo').click();
  assert.equal(await app.boardItems().count(), 3);
  await app.boardItems().filter({ hasText: 'Waterdam, tweede ronde' }).getByTestId('delete-board').click();
  assert.equal(await app.boardItems().count(), 2);

  // Everything survives a reload.
  await app.reload();
  assert.equal(await app.boardItems().count(), 2);
  assert.equal(await app.page.getByText('Waterdam, tweede ronde').count(), 0);
  await app.boardItems().filter({ hasText: 'Nieuwe focusgroep' }).getByTestId('open-board').click();
  assert.deepEqual(await app.texts('threats'), ['Bezuinigingen in het sociaal domein', SESSION.threats[1]]);
  assertClean(watched);
  await watched.context.close();
});

test('closing the tab right after typing loses nothing', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  await app.newBoard();
  await app.title().waitFor();
  await app.type('opportunities', 'Net getypt, meteen gesloten');
  // No wait for the debounce: pagehide must flush.
  await app.page.close({ runBeforeUnload: true });
  const again = await BoardPage.open(watched.context, env.server.url);
  assert.deepEqual(await again.texts('opportunities'), ['Net getypt, meteen gesloten']);
  assertClean(watched);
  await watched.context.close();
});

test('text that looks like HTML is shown as text and never run', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  await app.newBoard();
  await app.title().waitFor();
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await app.type('threats', payload);
  assert.deepEqual(await app.texts('threats'), [payload]);
  assert.equal(await app.page.evaluate(() => window.__pwned), undefined);
  assert.equal(await app.quadrant('threats').locator('img, script').count(), 0);
  await watched.context.close();
});

test('undo and redo every change, by keyboard and by the buttons', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  const { page } = app;
  await app.newBoard();
  await app.title().waitFor();
  assert.equal(await page.getByTestId('undo-change').isDisabled(), true);
  await app.type('strengths', 'Eerste');
  await app.type('strengths', 'Tweede');
  await app.note('strengths', 'Eerste').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await app.movedTo('weaknesses', 0, 'Eerste');
  await page.keyboard.press('Delete');
  assert.deepEqual(await app.allTexts(), { strengths: ['Tweede'], weaknesses: [], opportunities: [], threats: [] });

  // Focus is now in the empty field of Zwaktes: Ctrl+Z goes to the board.
  await page.keyboard.press('Control+z');
  await app.note('weaknesses', 'Eerste').waitFor();
  await page.keyboard.press('Control+z');
  await app.note('strengths', 'Eerste').waitFor();
  assert.deepEqual(await app.texts('strengths'), ['Eerste', 'Tweede']);
  assert.match(await page.getByTestId('announcement').innerText(), /ongedaan gemaakt/);

  // Redo by keyboard and by button.
  await page.keyboard.press('Control+Shift+Z');
  await app.note('weaknesses', 'Eerste').waitFor();
  await page.getByTestId('redo-change').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="note"]').length === 1);
  assert.equal(await page.getByTestId('redo-change').isDisabled(), true);

  // Undo by button down to the empty board, which survives a reload as it was left.
  for (let i = 0; i < 4; i++) await page.getByTestId('undo-change').click();
  assert.equal(await page.getByTestId('undo-change').isDisabled(), true);
  assert.equal(await app.page.getByTestId('note').count(), 0);
  await app.saved();
  await app.reload();
  assert.equal(await app.page.getByTestId('note').count(), 0);

  // Text being typed in a field keeps the browser's own undo.
  await app.input('threats').fill('half getypt');
  await app.input('threats').press('Control+z');
  assert.equal(await app.page.getByTestId('note').count(), 0);
  assertClean(watched);
  await watched.context.close();
});

test('presentation mode shows the board alone, all four or one quadrant at a time', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  const { page } = app;
  await page.getByTestId('open-example').click();
  await app.title().waitFor();
  await page.getByTestId('present').click();
  await page.getByTestId('stop-presenting').waitFor();
  assert.equal(await app.input('strengths').isVisible(), false, 'no fields on the projector');
  assert.equal(await page.locator('.app-header').isVisible(), false);
  for (const q of QUADRANTS) assert.equal(await app.quadrant(q).isVisible(), true);

  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('.presentation-view').innerText(), 'Krachten');
  assert.equal(await app.quadrant('strengths').isVisible(), true);
  assert.equal(await app.quadrant('weaknesses').isVisible(), false);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('.presentation-view').innerText(), 'Zwaktes');
  assert.equal(await app.quadrant('strengths').isVisible(), false);
  assert.equal(await app.quadrant('weaknesses').isVisible(), true);
  await page.getByTestId('presentation-previous').click();
  await page.getByTestId('presentation-previous').click();
  assert.equal(await page.locator('.presentation-view').innerText(), 'Alle vier');

  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id === 'present');
  assert.equal(await app.input('strengths').isVisible(), true);
  assert.equal(await page.locator('.app-header').isVisible(), true);
  assertClean(watched);
  await watched.context.close();
});
