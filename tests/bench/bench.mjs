// The benchmark: builds nothing itself (.ci/bench builds the release first), then prints every
// figure with its unit: download sizes, mount times against a reference page, the cost of
// adding, editing and moving a note on a 1,000-note board, the autosave's main-thread cost,
// import and export of 5,000 notes, and the JS heap. Timing goals are read here, not asserted.
import { copyFile, mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '../e2e/node_modules/playwright-core/index.mjs';
import { DIST, serve } from '../e2e/server.mjs';
import { measure as sizes } from '../e2e/size.mjs';

const QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'];
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x) => `${x.toFixed(1)} ms`;

function board(notes) {
  const now = '2026-11-20T14:05:00.000Z';
  const id = (prefix, i) => `${prefix}${String(i).padStart(7, '0')}-0000-4000-8000-000000000000`;
  return {
    id: id('a', notes),
    title: `Benchmark, ${notes} notes`,
    created_at: now,
    updated_at: now,
    notes: Array.from({ length: notes }, (_, i) => ({
      id: id('b', i),
      quadrant: QUADRANTS[i % 4],
      text: `Notitie ${i}: samenwerking tussen wijkteam, school en wijkagent`,
      created_at: now,
      updated_at: now,
    })),
  };
}

function envelope(b) {
  return { kind: 'swot-board', version: 2, app: 'bench', saved_at: b.updated_at, boards: [b] };
}

// A dist copy with the reference page beside the app, so both are served the same way.
const dist = await mkdtemp(join(tmpdir(), 'swot-bench-'));
await cp(DIST, dist, { recursive: true });
await copyFile(fileURLToPath(new URL('reference.html', import.meta.url)), join(dist, 'reference.html'));
// The floor (tests/bench/floor, built by .ci/bench): the least Leptos app, served the same way.
const FLOOR = process.env.FLOOR_DIST;
if (FLOOR) await cp(FLOOR, join(dist, 'floor'), { recursive: true });
const server = await serve(dist);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Records when the first note field appears, from navigation start.
const USABLE = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="note-input"], [data-testid="new-board"]')) {
      window.__usable = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function mountTimes(url, seed) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 1080 } });
  await context.addInitScript(USABLE);
  const page = await context.newPage();
  if (seed) {
    await page.goto(server.url);
    await page.waitForFunction(() => window.__usable);
    await page.evaluate(seed);
  }
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    // From a blank page, so each run measures opening the page, not also tearing down the one
    // before it (leaving a 500-note board costs some 30 ms of the next navigation).
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForFunction(() => window.__usable);
    times.push(await page.evaluate(() => window.__usable));
  }
  await context.close();
  return times;
}

function seedBoard(notes) {
  const b = board(notes);
  const key = `swot-board/board/${b.id}`;
  const text = JSON.stringify(envelope(b), null, 2);
  return new Function(`localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(text)});
    localStorage.setItem('swot-board/settings/current', ${JSON.stringify(b.id)});`);
}

console.log('SWOT Board benchmark');
console.log(`machine: ${(await import('node:os')).cpus().length} cores; ${RUNS} runs per mount figure\n`);

// 1. The download.
const rows = await sizes(DIST);
const byKind = {};
for (const r of rows) {
  const k = (byKind[r.kind] ??= { raw: 0, gzip: 0, brotli: 0 });
  k.raw += r.raw;
  k.gzip += r.gzip;
  k.brotli += r.brotli;
}
const total = Object.values(byKind).reduce((t, k) => ({ raw: t.raw + k.raw, gzip: t.gzip + k.gzip, brotli: t.brotli + k.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log('download            raw        gzip -9    brotli -q 11');
for (const [kind, k] of [...Object.entries(byKind), ['total', total]]) {
  console.log(`${kind.padEnd(10)} ${String(k.raw).padStart(9)} B ${String(k.gzip).padStart(9)} B ${String(k.brotli).padStart(9)} B`);
}
console.log(`budget: whole app ${total.brotli} B brotli of 150000 B\n`);

// 2. Mount.
const reference = median(await mountTimes(`${server.url}reference.html`));
const empty = median(await mountTimes(server.url));
const five = median(await mountTimes(server.url, seedBoard(500)));
console.log(`mount, navigation to usable (median of ${RUNS}):`);
console.log(`  reference page        ${ms(reference)}`);
console.log(`  app, no boards        ${ms(empty)}  (${(empty / reference).toFixed(2)}x reference)`);
console.log(`  app, 500-note board   ${ms(five)}  (${(five / reference).toFixed(2)}x reference; budget 1.5x)`);
if (FLOOR) {
  const floor = median(await mountTimes(`${server.url}floor/index.html`));
  const size = (await sizes(FLOOR)).reduce((t, r) => t + r.brotli, 0);
  console.log(`  floor, least Leptos app with 500 items  ${ms(floor)}  (${(floor / reference).toFixed(2)}x reference; ${size} B brotli)`);
}
console.log('');

// 3. Working on a 1,000-note board.
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 1080 } });
// Times every timer callback, so the autosave's main-thread cost can be read.
await context.addInitScript(() => {
  window.__timers = [];
  const setTimeout = window.setTimeout.bind(window);
  window.setTimeout = (fn, delay, ...rest) =>
    setTimeout(() => {
      const start = performance.now();
      fn(...rest);
      window.__timers.push(performance.now() - start);
    }, delay);
});
await context.addInitScript(USABLE);
const page = await context.newPage();
await page.goto(server.url);
await page.waitForFunction(() => window.__usable);
await page.evaluate(seedBoard(1000));
await page.goto(server.url);
await page.locator('[data-testid="note"]').nth(999).waitFor();

/// Runs `act`, and returns the time from its key press to the frame after `done()` holds.
async function timed(act, done) {
  await page.evaluate((doneSource) => {
    window.__done = new Function(`return (${doneSource})()`);
    window.__t0 = undefined;
    window.__t1 = undefined;
    document.addEventListener('keydown', () => (window.__t0 ??= performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (window.__t0 !== undefined && window.__done()) {
        observer.disconnect();
        requestAnimationFrame(() => (window.__t1 = performance.now()));
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, done.toString());
  await act();
  await page.waitForFunction(() => window.__t1 !== undefined);
  return page.evaluate(() => window.__t1 - window.__t0);
}

const input = page.getByTestId('quadrant-threats').getByTestId('note-input');
const adds = [];
for (let i = 0; i < 40; i++) {
  await input.fill(`Nieuwe notitie ${i}`);
  const n = 1000 + i;
  adds.push(
    await timed(
      () => input.press('Enter'),
      new Function(`return () => document.querySelectorAll('[data-testid="note"]').length === ${n + 1}`)(),
    ),
  );
}
console.log('on a 1,000-note board, key press to painted:');
console.log(`  add a note            median ${ms(median(adds))}, p95 ${ms(p95(adds))} over ${adds.length} adds (budget: median within 16 ms)`);

const edits = [];
for (let i = 0; i < 15; i++) {
  const note = page.getByTestId('quadrant-strengths').getByTestId('note').nth(i);
  await note.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'note-editor');
  await page.keyboard.type(' bewerkt');
  edits.push(await timed(() => page.keyboard.press('Enter'), () => !document.querySelector('[data-testid="note-editor"]')));
}
console.log(`  edit a note (save)    median ${ms(median(edits))}, p95 ${ms(p95(edits))} over ${edits.length} edits`);

const moves = [];
for (let i = 0; i < 15; i++) {
  const before = await page.getByTestId('quadrant-weaknesses').getByTestId('note').count();
  await page.getByTestId('quadrant-strengths').getByTestId('note').first().focus();
  moves.push(
    await timed(
      () => page.keyboard.press('Alt+ArrowRight'),
      new Function(`return () => document.querySelectorAll('[data-testid="quadrant-weaknesses"] [data-testid="note"]').length === ${before + 1}`)(),
    ),
  );
}
console.log(`  move across quadrants median ${ms(median(moves))}, p95 ${ms(p95(moves))} over ${moves.length} moves`);

await page.waitForTimeout(2500);
await page.evaluate(() => (window.__timers = []));
await input.fill('Een laatste notitie');
await input.press('Enter');
await page.waitForTimeout(2500);
const timers = await page.evaluate(() => window.__timers);
console.log(`  autosave of the board main-thread ${ms(Math.max(...timers))} (longest timer callback after one change; typing never waits for it)`);

const cdp = await context.newCDPSession(page);
await cdp.send('HeapProfiler.collectGarbage');
const heap = await cdp.send('Runtime.getHeapUsage');
console.log(`  JS heap after loading it  ${(heap.usedSize / 1e6).toFixed(2)} MB used of ${(heap.totalSize / 1e6).toFixed(2)} MB\n`);
await context.close();

// 4. Import and export of 5,000 notes in the browser.
{
  const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true, viewport: { width: 1440, height: 1080 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('new-board').waitFor();
  const text = JSON.stringify(envelope(board(5000)), null, 2);
  // Timed in the page, from the file input's change event, so that handing the file to the
  // browser (a test tool's cost, not the app's) is not counted.
  await page.evaluate(() => {
    document.addEventListener('change', () => (window.__picked = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (document.querySelector('dialog[open]')) {
        observer.disconnect();
        requestAnimationFrame(() => (window.__asked = performance.now()));
      }
    });
    observer.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['open'] });
  });
  await page.getByTestId('import-file').setInputFiles({ name: 'groot.swot.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForFunction(() => window.__asked);
  const checked = await page.evaluate(() => window.__asked - window.__picked);
  const confirmed = await page.evaluate(() => performance.now());
  await page.getByTestId('import-confirm').click();
  await page.locator('[data-testid="note"]').nth(4999).waitFor();
  const shown = (await page.evaluate(() => performance.now())) - confirmed;
  await page.waitForTimeout(2500);
  const exportStart = Date.now();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  await download;
  const exported = Date.now() - exportStart;
  console.log(`5,000 notes, ${(text.length / 1e6).toFixed(2)} MB:`);
  console.log(`  import, file picked to read, checked and asked  ${ms(checked)} (budget 300 ms)`);
  console.log(`  import, confirmed to all notes on screen       ${ms(shown)}`);
  console.log(`  export, click to download                      ${exported} ms`);
  await context.close();
}

await browser.close();
await server.close();
