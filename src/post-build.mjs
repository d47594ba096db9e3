// Trunk's post-build hook. Trunk starts the hooks of one stage all at once, so this one hook does
// the jobs in turn: in a release build it minifies the JavaScript first, then sw-precache.mjs
// lists the built files for the service worker, so its list and version are made from the files
// as they are served, and last (release only) compress.mjs writes .br and .gz copies beside them.
//
// Trunk's own minifier fails on wasm-bindgen's glue and on src/loader.js and leaves them as they
// are (about 59 kB); terser takes them to about 28 kB. The loader has an integrity attribute in
// index.html, which gets the minified file's hash; the glue is fetched by the loader without one.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from '../tests/e2e/node_modules/terser/main.js';

const staging = process.env.TRUNK_STAGING_DIR;

if (process.env.TRUNK_PROFILE === 'release') await minifyScripts();
await import('./sw-precache.mjs');
if (process.env.TRUNK_PROFILE === 'release') await import('./compress.mjs');

async function minifyScripts() {
  const integrity = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
  const indexPath = join(staging, 'index.html');
  let index = await readFile(indexPath, 'utf8');
  let before = 0;
  let after = 0;
  const scripts = (await readdir(staging)).filter((n) => n.endsWith('.js') && n !== 'sw.js');
  for (const name of scripts) {
    const path = join(staging, name);
    const source = await readFile(path, 'utf8');
    const { code } = await minify(source, {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      format: { comments: false },
    });
    await writeFile(path, code);
    index = index.replace(integrity(source), integrity(code));
    before += source.length;
    after += code.length;
  }
  await writeFile(indexPath, index);
  console.log(`post-build.mjs: JavaScript minified, ${before} B -> ${after} B`);
}
