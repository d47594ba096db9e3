// Nothing leaves the device: every request of a whole session is recorded. None may go to
// another origin, and once the app has loaded the page asks for nothing at all (the service
// worker fetching the app's own files for offline use is the one exception).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { start, newContext, BoardPage, QUADRANTS, ENGINE } from './app.mjs';

const FIXTURE = fileURLToPath(new URL('../fixtures/v1-waterdam.swot.json', import.meta.url));

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test('a whole session makes no request to another origin, and none after loading', async () => {
  const watched = await newContext(env);
  const log = [];
  let phase = 'load';
  watched.context.on('request', (request) => {
    const from = request.serviceWorker() ? 'service worker' : 'page';
    log.push({ phase, from, line: `${phase.padEnd(7)} ${from.padEnd(14)} ${request.method()} ${request.url()}` });
  });
  const page = await watched.context.newPage();
  const app = new BoardPage(page, env.server.url);
  await app.load();
  await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => true));
  phase = 'session';
  const servedAtLoad = env.server.requests.length;

  await app.newBoard();
  for (const q of QUADRANTS) await app.type(q, `Gevoelige notitie over ${q} in Waterdam`);
  await app.saved();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  await downloading;
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await page.getByTestId('import-confirm').click();
  await app.title().waitFor();
  await app.goHome();
  await page.getByTestId('lang-en').click();
  await page.getByTestId('open-example').click();
  await app.title().waitFor();
  await app.saved();

  // The server's own log, in every engine: the app's files at load, nothing after.
  assert.ok(env.server.requests.slice(0, servedAtLoad).some((r) => r.endsWith('.wasm')), 'the server log records requests');
  assert.deepEqual(env.server.requests.slice(servedAtLoad), [], 'the server is asked for nothing once the app has loaded');
  // The browser's log, where the driver reports requests (W3C WebDriver does not: in WebKit a
  // request elsewhere shows in the page's resource timing, which the guard reads, and the CSP
  // refuses it, which the guard hears too).
  if (ENGINE !== 'webkit') {
    console.log(`request log (${log.length} requests):\n${log.map((r) => r.line).join('\n')}`);
    const foreign = log.filter((r) => !r.line.includes(env.server.origin) && !/ (blob|data):/.test(r.line));
    assert.deepEqual(foreign, [], 'no request to another origin');
    const afterLoad = log.filter((r) => r.phase === 'session' && r.from === 'page' && !/ (blob|data):/.test(r.line));
    assert.deepEqual(afterLoad, [], 'the page asks for nothing once the app has loaded');
    assert.ok(log.some((r) => r.phase === 'load' && r.line.endsWith('.wasm')), 'the log does record requests');
  }
  assert.deepEqual(watched.problems, []);
  await watched.context.close();
});

test('the Content-Security-Policy allows nothing from elsewhere and no inline script', async () => {
  const watched = await newContext(env);
  const app = await BoardPage.open(watched.context, env.server.url);
  const csp = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
  assert.equal(await app.page.locator('script:not([src])').count(), 0, 'no inline script in the page');
  // The policy is enforced: an inline script injected now does not run, and the browser says so.
  watched.expect(/inline script|Content.Security.Policy/i);
  await app.page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
  });
  assert.equal(await app.page.evaluate(() => window.__inline), undefined);
  await watched.seen(/inline script|Content.Security.Policy/i);
  await watched.context.close();
});
