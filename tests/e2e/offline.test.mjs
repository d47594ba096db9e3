// After one visit the app opens and works with no network; a new version installs beside the
// old one and takes over only when the user reloads from the app's message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, BoardPage, setOffline } from './app.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 10000 });
}

test('after the first visit the app works with no network at all', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  await app.page.waitForFunction(() => navigator.serviceWorker.ready.then(() => true));
  await app.reload();
  await controlled(app.page);

  await setOffline(env, watched, true);
  const served = env.server.requests.length;
  await app.reload();
  await app.page.getByTestId('new-board').click();
  // A new board puts focus in the strengths field on the next frame; typed before then, the
  // keys follow the focus there (on a busy machine the note landed in strengths).
  await app.focused('#input-strengths');
  await app.type('opportunities', 'Zonder netwerk getypt');
  await app.note('opportunities', 'Zonder netwerk getypt').waitFor();
  await app.saved();
  await app.reload();
  await app.title().waitFor();
  assert.deepEqual(await app.texts('opportunities'), ['Zonder netwerk getypt']);
  // Nothing the page asked for left the browser. Firefox's and WebKit's service worker still
  // tries its check for a new sw.js (a browser's own request, outside what the driver can cut
  // off), which meets a dead network like every request here.
  const attempted = env.server.requests.slice(served);
  assert.deepEqual(
    attempted.filter((r) => !r.endsWith('/sw.js')),
    [],
    'offline, nothing but the service worker’s update check reached for the network',
  );
  assert.deepEqual(watched.problems, []);
  await setOffline(env, watched, false);
  await watched.context.close();
});

test('a new version waits, says so, and takes over on Reload without mixing files', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  await app.page.waitForFunction(() => navigator.serviceWorker.ready.then(() => true));
  await app.reload();
  await controlled(app.page);
  await app.newBoard();
  await app.type('strengths', 'Getypt in de oude versie');

  // Publish a "new version": the same files under a new service worker version.
  env.server.control.rewrite = (path, body) =>
    path === 'sw.js' ? Buffer.from(body.toString('utf8').replace(/const VERSION = '([^']*)'/, "const VERSION = '$1-next'")) : body;
  try {
    await app.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await app.page.getByTestId('apply-update').waitFor({ timeout: 10000 });
    const before = await app.page.evaluate(() => caches.keys());
    assert.equal(before.length, 2, 'old and new caches side by side while the old page runs');
    await Promise.all([app.page.waitForEvent('load'), app.page.getByTestId('apply-update').click()]);
    await app.title().waitFor();
    await app.page.waitForFunction(() => caches.keys().then((k) => k.length === 1 && k[0].endsWith('-next')));
    assert.deepEqual(await app.texts('strengths'), ['Getypt in de oude versie']);
    assert.equal(await app.page.getByTestId('apply-update').count(), 0);
  } finally {
    env.server.control.rewrite = (_path, body) => body;
  }
  assert.deepEqual(watched.problems, []);
  await watched.context.close();
});
