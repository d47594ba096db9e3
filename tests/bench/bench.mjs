// The benchmark: builds nothing itself (.ci/bench builds the release first), then prints every
// figure with its unit: download sizes, mount times against a reference page, the cost of
// adding, editing and moving a note on a 1,000-note board, the autosave's main-thread cost,
// import and export of 5,000 notes, and the JS heap. Timing goals are read here, not asserted.
import { copyFile, cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '../e2e/node_modules/playwright-core/index.mjs';
import { DIST, serve } from '../e2e/server.mjs';
import { measure as sizes } from '../e2e/size.mjs';

const QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'];
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// BENCH_ONLY=mount,work,files,big,network runs only those parts (the download is always printed).
const ONLY = process.env.BENCH_ONLY?.split(',');
const run = (part) => !ONLY || ONLY.includes(part);

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
// The hand-written reference board, with the app's own stylesheet.
const css = (await readdir(dist)).find((n) => n.endsWith('.css'));
const boardPage = await readFile(fileURLToPath(new URL('reference-board.html', import.meta.url)), 'utf8');
await writeFile(join(dist, 'reference-board.html'), boardPage.replace('{{css}}', css));
await copyFile(fileURLToPath(new URL('reference-board.js', import.meta.url)), join(dist, 'reference-board.js'));
// The floor (tests/bench/floor, built by .ci/bench): the least Leptos app, served the same way.
const FLOOR = process.env.FLOOR_DIST;
if (FLOOR) await cp(FLOOR, join(dist, 'floor'), { recursive: true });
const server = await serve(dist);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Records when the first note field appears, from navigation start (usable), and when all of
// `notes` notes are in the page (whole; the app builds a long list a part at a time).
const USABLE = (notes = 0) => {
  new MutationObserver((_, observer) => {
    if (window.__usable === undefined && document.querySelector('[data-testid="note-input"], [data-testid="new-board"]')) {
      window.__usable = performance.now();
    }
    if (window.__usable !== undefined && document.querySelectorAll('[data-testid="note"]').length >= notes) {
      window.__whole = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function mountTimes(url, seed, notes = 0) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 1080 } });
  await context.addInitScript(USABLE, notes);
  const page = await context.newPage();
  if (seed) {
    await page.goto(server.url);
    await page.waitForFunction(() => window.__usable);
    await page.evaluate(seed);
  }
  const times = [];
  const wholes = [];
  for (let i = 0; i < RUNS; i++) {
    // From a blank page, so each run measures opening the page, not also tearing down the one
    // before it (leaving a 500-note board costs some 30 ms of the next navigation).
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForFunction(() => window.__whole);
    times.push(await page.evaluate(() => window.__usable));
    wholes.push(await page.evaluate(() => window.__whole));
  }
  await context.close();
  times.whole = median(wholes);
  return times;
}

function seedBoard(notes) {
  const b = board(notes);
  const key = `swot-board/board/${b.id}`;
  const text = JSON.stringify(envelope(b), null, 2);
  return new Function(`localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(text)});
    localStorage.setItem('swot-board/settings/current', ${JSON.stringify(b.id)});`);
}

/// Runs `act`, and returns the time from the page's first `event` (caught on the document) to the
/// frame after `ready()` holds, checked at every change of the page that `watch` observes.
async function timedFrom(page, event, ready, act, watch = { childList: true, subtree: true }) {
  await page.evaluate(
    ([event, readySource, watch]) => {
      const ready = new Function(`return (${readySource})()`);
      window.__t0 = undefined;
      window.__t1 = undefined;
      // From the key that acts: Alt+ArrowRight is timed from the arrow, not from the Alt before it.
      const modifier = (e) => ['Alt', 'Control', 'Shift', 'Meta'].includes(e.key);
      const start = (e) => {
        if (modifier(e)) return;
        window.__t0 ??= performance.now();
        document.removeEventListener(event, start, { capture: true });
      };
      document.addEventListener(event, start, { capture: true });
      const observer = new MutationObserver(() => {
        if (window.__t0 !== undefined && ready()) {
          observer.disconnect();
          requestAnimationFrame(() => (window.__t1 = performance.now()));
        }
      });
      observer.observe(document.body, watch);
    },
    [event, ready.toString(), watch],
  );
  await act();
  await page.waitForFunction(() => window.__t1 !== undefined);
  return page.evaluate(() => window.__t1 - window.__t0);
}

// A dialog opening, for timedFrom: only its open attribute is watched.
const OPENING = { attributes: true, subtree: true, attributeFilter: ['open'] };

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
console.log(`budget: whole app ${total.brotli} B brotli of 250000 B (issue 14)\n`);

// 2. Mount.
if (run('mount')) {
  const reference = median(await mountTimes(`${server.url}reference.html`));
  const empty = median(await mountTimes(server.url));
  const fiveTimes = await mountTimes(server.url, seedBoard(500), 500);
  const five = median(fiveTimes);
  const handTimes = await mountTimes(`${server.url}reference-board.html`, seedBoard(500), 500);
  const handWritten = median(handTimes);
  console.log(`mount, navigation to usable (median of ${RUNS}):`);
  console.log(`  reference page        ${ms(reference)}`);
  console.log(`  reference board, hand-written, 500 notes  ${ms(handWritten)}`);
  console.log(`  app, no boards        ${ms(empty)}  (${(empty / reference).toFixed(2)}x reference page)`);
  console.log(`  app, 500-note board   ${ms(five)}  (${(five / handWritten).toFixed(2)}x the hand-written board; budget 1.5x)`);
  console.log(`  500 notes all in the page: app ${ms(fiveTimes.whole)}, hand-written ${ms(handTimes.whole)} (${(fiveTimes.whole / handTimes.whole).toFixed(2)}x)`);
  if (FLOOR) {
    const floor = median(await mountTimes(`${server.url}floor/index.html`));
    const size = (await sizes(FLOOR)).reduce((t, r) => t + r.brotli, 0);
    console.log(`  floor, least Leptos app with 500 items  ${ms(floor)}  (${(floor / reference).toFixed(2)}x reference; ${size} B brotli)`);
  }
  console.log('');
}

// 3. Working on a 1,000-note board.
if (run('work')) {
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
  const timed = (act, done) => timedFrom(page, 'keydown', done, act, { childList: true, subtree: true, characterData: true });

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
  console.log(`  add a note            median ${ms(median(adds))}, p95 ${ms(p95(adds))} over ${adds.length} adds (budget: median 8 ms)`);

  const edits = [];
  for (let i = 0; i < 15; i++) {
    const note = page.getByTestId('quadrant-strengths').getByTestId('note').nth(i);
    await note.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'note-editor');
    await page.keyboard.type(' bewerkt');
    edits.push(await timed(() => page.keyboard.press('Enter'), () => !document.querySelector('[data-testid="note-editor"]')));
  }
  console.log(`  edit a note (save)    median ${ms(median(edits))}, p95 ${ms(p95(edits))} over ${edits.length} edits (budget: median 8 ms)`);

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
  console.log(`  move across quadrants median ${ms(median(moves))}, p95 ${ms(p95(moves))} over ${moves.length} moves (budget: median 8 ms)`);

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

}

// 4. Import and export of 5,000 notes in the browser.
if (run('files')) {
  const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true, viewport: { width: 1440, height: 1080 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('new-board').waitFor();
  const text = JSON.stringify(envelope(board(5000)), null, 2);
  // Timed in the page, from the file input's change event, so that handing the file to the
  // browser (a test tool's cost, not the app's) is not counted.
  const checked = await timedFrom(
    page,
    'change',
    () => document.querySelector('dialog[open]'),
    () => page.getByTestId('import-file').setInputFiles({ name: 'groot.swot.json', mimeType: 'application/json', buffer: Buffer.from(text) }),
    OPENING,
  );
  const confirmed = await page.evaluate(() => performance.now());
  // Usable: the board's fields and its first notes on screen; whole: every note in the page.
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      const notes = document.querySelectorAll('[data-testid="note"]').length;
      if (window.__usable === undefined && notes > 0 && document.querySelector('[data-testid="note-input"]')) {
        window.__usable = performance.now();
      }
      if (notes === 5000) {
        observer.disconnect();
        requestAnimationFrame(() => (window.__whole = performance.now()));
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('click', () => (window.__confirmed = performance.now()), { capture: true, once: true });
  });
  await page.getByTestId('import-confirm').click();
  await page.waitForFunction(() => window.__whole);
  const usable = await page.evaluate(() => window.__usable - window.__confirmed);
  const shown = await page.evaluate(() => window.__whole - window.__confirmed);
  await page.waitForTimeout(2500);
  const exportStart = Date.now();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  await download;
  const exported = Date.now() - exportStart;
  console.log(`5,000 notes, ${(text.length / 1e6).toFixed(2)} MB:`);
  console.log(`  import, file picked to read, checked and asked  ${ms(checked)}`);
  console.log(`  import, confirmed to the board usable          ${ms(usable)}`);
  console.log(`  import, chosen to usable (the two above)       ${ms(checked + usable)} (budget 300 ms)`);
  console.log(`  import, confirmed to the board whole           ${ms(shown)} (every note in the page)`);
  console.log(`  export, click to download                      ${exported} ms`);

  // Locked with a passphrase, and opened again: PBKDF2 at 600,000 iterations and AES-GCM over
  // the whole file, in the browser's Web Crypto.
  await page.getByTestId('export-locked').click();
  await page.getByTestId('passphrase').fill('bench wachtwoord lang genoeg');
  await page.getByTestId('passphrase-again').fill('bench wachtwoord lang genoeg');
  const lockStart = Date.now();
  const [lockedFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('passphrase-ok').click()]);
  const locked = Date.now() - lockStart;
  const lockedText = await readFile(await lockedFile.path(), 'utf8');
  await page.getByTestId('import-file').setInputFiles({ name: 'groot-vergrendeld.swot.json', mimeType: 'application/json', buffer: Buffer.from(lockedText) });
  await page.getByTestId('passphrase-dialog').waitFor();
  await page.getByTestId('passphrase').fill('bench wachtwoord lang genoeg');
  const unlocked = await timedFrom(
    page,
    'click',
    () => document.querySelector('[data-testid="import-dialog"][open]'),
    () => page.getByTestId('passphrase-ok').click(),
    OPENING,
  );
  console.log(`  locked export, passphrase given to download    ${locked} ms (${(lockedText.length / 1e6).toFixed(2)} MB locked)`);
  console.log(`  locked import, passphrase given to asked       ${ms(unlocked)}`);
  await context.close();
}

// 5. The synthesis of 20 sessions of 150 notes, and leaving the SWOT step of a 2,000-note board.
if (run('big')) {
  const files = Array.from({ length: 20 }, (_, s) => {
    const b = board(150);
    b.id = `c${String(s).padStart(7, '0')}-0000-4000-8000-000000000000`;
    b.title = `Sessie ${s + 1}`;
    b.notes = b.notes.map((n, i) => ({ ...n, id: `d${String(s).padStart(3, '0')}${String(i).padStart(4, '0')}-0000-4000-8000-000000000000`, text: `Notitie ${i % 60}: samenwerking tussen wijkteam, school en wijkagent` }));
    return { name: `sessie-${s + 1}.swot.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope(b))) };
  });
  const times = [];
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 1080 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByTestId('new-board').waitFor();
    await page.getByTestId('open-synthesis').click();
    times.push(
      await timedFrom(
        page,
        'change',
        () => document.querySelectorAll('[data-testid="synthesis-files"] li').length === 20 && document.querySelector('[data-testid="recurring"] tbody tr'),
        () => page.getByTestId('synthesis-file').setInputFiles(files),
      ),
    );
    await context.close();
  }
  console.log(`synthesis of 20 sessions x 150 notes, files picked to on screen  median ${ms(median(times))} of ${times.length} (${times.map((t) => t.toFixed(0)).join(', ')}; budget 300 ms)`);
}
if (run('big')) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1440, height: 1080 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('new-board').waitFor();
  await page.evaluate(seedBoard(2000));
  await page.goto(server.url);
  await page.locator('[data-testid="note"]').nth(1999).waitFor();
  const leaves = [];
  for (let i = 0; i < 7; i++) {
    leaves.push(await timedFrom(page, 'click', () => document.querySelector('.step-context'), () => page.getByTestId('step-context-tab').click()));
    await page.getByTestId('step-notes-tab').click();
    await page.locator('[data-testid="note"]').nth(1999).waitFor();
  }
  console.log(`leaving the SWOT step of a 2,000-note board, click to the next step painted  median ${ms(median(leaves))} of ${leaves.length} (budget 100 ms)\n`);
  await context.close();
}

// 6. The first visit on a slow network (Chromium's emulation: 1.6 Mbit/s down, 750 kbit/s up,
// 150 ms latency), with and without the precompressed files, and a repeat visit.
if (run('network')) {
  const SLOW = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
  async function visits(url, { precompressed = true, workers = 'allow' } = {}) {
    server.control.precompressed = precompressed;
    const context = await browser.newContext({ serviceWorkers: workers, viewport: { width: 1440, height: 1080 } });
    await context.addInitScript(USABLE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW);
    await page.goto(url);
    await page.waitForFunction(() => window.__usable, null, { timeout: 60_000 });
    const first = await page.evaluate(() => window.__usable);
    // Once the service worker (if any) holds the files, the same page again.
    if (workers === 'allow') {
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      // The worker holds the files once it is active; the page it serves next is the repeat.
      await page.waitForFunction(() => navigator.serviceWorker.controller || navigator.serviceWorker.ready, null, { timeout: 30_000 });
    }
    await page.waitForTimeout(500);
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForFunction(() => window.__usable, null, { timeout: 60_000 });
    const repeat = await page.evaluate(() => window.__usable);
    await context.close();
    server.control.precompressed = true;
    return { first, repeat };
  }
  const ref = await visits(`${server.url}reference-board.html`, { workers: 'block' });
  const plain = await visits(server.url, { precompressed: false });
  const packed = await visits(server.url);
  console.log('first visit on a slow network (1.6 Mbit/s down, 750 kbit/s up, 150 ms latency), navigation to usable:');
  console.log(`  reference board (hand-written)       first ${ms(ref.first)}, repeat ${ms(ref.repeat)}`);
  console.log(`  app, files sent as they are          first ${ms(plain.first)}`);
  console.log(`  app, precompressed files (.br)       first ${ms(packed.first)} (budget 2500 ms)`);
  console.log(`  app, repeat visit (service worker)   ${ms(packed.repeat)} (${(packed.repeat / ref.repeat).toFixed(2)}x the reference board's repeat; budget 1.2x)\n`);
}

await browser.close();
await server.close();
