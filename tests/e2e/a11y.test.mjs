// axe-core on every screen and state of the board, in both languages: no violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, BoardPage } from './app.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

function report(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.join(', ')}`).join('\n');
}

test('axe finds a planted violation, so its silence below means something', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  await app.page.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'planted';
    document.body.append(button);
  });
  const violations = await app.axe();
  assert.ok(violations.some((v) => v.id === 'button-name'), report(violations));
  await watched.context.close();
});

for (const locale of ['nl-NL', 'en-GB']) {
  test(`no axe violation on any screen (${locale})`, async () => {
    const watched = await newContext(env, { locale });
    const app = await BoardPage.open(watched.context, env.server.url);
    const { page } = app;
    const screens = {};

    screens['welcome, no boards'] = await app.axe();

    await page.getByTestId('open-example').click();
    await app.title().waitFor();
    screens['board'] = await app.axe();

    await app.notes('strengths').first().focus();
    screens['board, note focused with its tools'] = await app.axe();

    await page.keyboard.press('Enter');
    await page.getByTestId('note-editor').waitFor();
    screens['board, editing a note'] = await app.axe();
    await page.keyboard.press('Escape');

    await app.notes('threats').first().focus();
    await page.keyboard.press('Delete');
    await app.message().waitFor();
    screens['board, message with undo'] = await app.axe();

    await page.getByTestId('present').click();
    await page.getByTestId('stop-presenting').waitFor();
    screens['presentation, all four'] = await app.axe();
    await page.keyboard.press('ArrowRight');
    screens['presentation, one quadrant'] = await app.axe();
    await page.keyboard.press('Escape');

    await page.getByTestId('rename-current').click();
    await page.getByTestId('title-input').waitFor();
    screens['board, renaming'] = await app.axe();
    await page.keyboard.press('Escape');

    await page.getByTestId('import-file').setInputFiles(new URL('../fixtures/v1-waterdam.swot.json', import.meta.url).pathname);
    await page.getByTestId('import-dialog').waitFor();
    screens['import dialog'] = await app.axe();
    await page.getByTestId('import-cancel').click();

    await page.getByTestId('export-locked').click();
    await page.getByTestId('passphrase-dialog').waitFor();
    await page.getByTestId('passphrase').fill('kort');
    await page.getByTestId('passphrase-ok').click();
    await page.getByTestId('passphrase-problem').filter({ hasText: /\S/ }).waitFor();
    screens['export with a passphrase, a problem said'] = await app.axe();
    await page.keyboard.press('Escape');
    await page.getByTestId('passphrase-dialog').waitFor({ state: 'hidden' });

    await page.getByTestId('import-file').setInputFiles(new URL('../fixtures/locked/waterdam-locked.swot.json', import.meta.url).pathname);
    await page.getByTestId('passphrase-dialog').waitFor();
    screens['open a locked file'] = await app.axe();
    await page.keyboard.press('Escape');
    await page.getByTestId('passphrase-dialog').waitFor({ state: 'hidden' });

    await page.getByTestId('import-file').setInputFiles(new URL('../fixtures/bad/too-new.swot.json', import.meta.url).pathname);
    await page.locator('[data-testid="message"][role="alert"]').waitFor();
    screens['board, import error'] = await app.axe();

    await app.goHome();
    screens['list of boards'] = await app.axe();

    await app.boardItems().first().getByTestId('rename-board').click();
    screens['list, renaming a board'] = await app.axe();

    for (const [screen, violations] of Object.entries(screens)) {
      console.log(`axe ${locale} ${screen}: ${violations.length} violations`);
      assert.deepEqual(violations, [], `${screen}:\n${report(violations)}`);
    }
    await watched.context.close();
  });
}

for (const locale of ['nl-NL', 'en-GB']) {
  test(`no axe violation on the steps of a session (${locale})`, async () => {
    const watched = await newContext(env, { locale });
    const app = await BoardPage.open(watched.context, env.server.url);
    const { page } = app;
    const screens = {};
    await page.getByTestId('open-example').click();
    await app.title().waitFor();

    await app.context.open();
    screens['session context'] = await app.axe();

    await app.step('notes');
    await page.getByTestId('group-notes').first().click();
    await page.getByTestId('choose-note').first().check();
    screens['notes, choosing notes for a theme'] = await app.axe();
    await page.getByTestId('group-notes').first().click();
    const note = app.notes('weaknesses').first();
    await note.hover();
    await note.getByTestId('edit-tags').click();
    screens['notes, editing tags'] = await app.axe();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="term-lookup"] summary').first().click();
    screens['notes, a term looked up'] = await app.axe();
    await app.type('weaknesses', 'Toenemende polarisatie in de samenleving');
    await app.quadrant('weaknesses').getByTestId('check-hint').waitFor();
    screens['notes, quadrant check'] = await app.axe();
    await app.quadrant('weaknesses').getByTestId('theme').getByTestId('chain').click();
    await page.getByTestId('chain-dialog').waitFor();
    screens['chain of a theme'] = await app.axe();
    await page.keyboard.press('Escape');

    await app.votes.open();
    screens['voting round'] = await app.axe();
    await page.getByTestId('mode-scribe').click();
    screens['tallies'] = await app.axe();

    await app.tows.open();
    screens['confrontation matrix'] = await app.axe();
    await app.roles.open();
    screens['phases and roles'] = await app.axe();
    await app.glossary.open();
    screens['glossary'] = await app.axe();
    await app.report.open();
    screens['report'] = await app.axe();
    await app.actions.open();
    screens['action plan'] = await app.axe();

    await page.clock.install();
    await page.getByTestId('timer-minutes').fill('1');
    await page.getByTestId('timer-minutes').press('Tab');
    await page.getByTestId('timer-start').click();
    await page.clock.runFor(61_000);
    await page.getByTestId('time-up').waitFor();
    screens['time is up'] = await app.axe();

    await page.getByTestId('present').click();
    await page.getByTestId('stop-presenting').waitFor();
    screens['presentation of the action plan'] = await app.axe();
    await page.keyboard.press('Escape');

    await app.goHome();
    await page.getByTestId('open-synthesis').click();
    screens['synthesis, nothing chosen'] = await app.axe();
    await page.getByTestId('synthesis-board').first().check();
    await page.getByTestId('synthesis-file').setInputFiles(new URL('../fixtures/v2-waterdam.swot.json', import.meta.url).pathname);
    await page.getByTestId('synthesis-files').locator('li').first().waitFor();
    await page.getByTestId('synthesis-report-view').getByTestId('synthesis-threats').locator('tbody tr').nth(5).waitFor();
    screens['synthesis of two sessions'] = await app.axe();

    for (const [screen, violations] of Object.entries(screens)) {
      console.log(`axe ${locale} ${screen}: ${violations.length} violations`);
      assert.deepEqual(violations, [], `${screen}:\n${report(violations)}`);
    }
    await watched.context.close();
  });
}

test("a matrix cell's name follows a switch of language", async () => {
  const watched = await newContext(env, { locale: 'nl-NL' });
  const app = await BoardPage.open(watched.context, env.server.url);
  const { page } = app;
  await page.getByTestId('open-example').click();
  await app.title().waitFor();
  // Each matrix is built in one language, then read after a switch to the other.
  const names = {};

  await app.tows.open();
  const score = page.getByTestId('tows-cell').first();
  names['confrontation matrix, nl'] = await score.getAttribute('aria-label');
  await page.getByTestId('lang-en').click();
  await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  names['confrontation matrix, switched to en'] = await score.getAttribute('aria-label');

  await app.roles.open();
  const part = page.getByTestId('role-cell').first();
  names['roles matrix, en'] = await part.getAttribute('aria-label');
  await page.getByTestId('lang-nl').click();
  await page.locator('html[lang="nl"]').waitFor({ state: 'attached' });
  names['roles matrix, switched to nl'] = await part.getAttribute('aria-label');

  const said = (name) => (name.includes(' tegenover ') ? 'nl' : name.includes(' against ') ? 'en' : '?');
  assert.deepEqual(
    Object.fromEntries(Object.entries(names).map(([cell, name]) => [cell, said(name)])),
    {
      'confrontation matrix, nl': 'nl',
      'confrontation matrix, switched to en': 'en',
      'roles matrix, en': 'en',
      'roles matrix, switched to nl': 'nl',
    },
    JSON.stringify(names, null, 2),
  );
  await watched.context.close();
});
