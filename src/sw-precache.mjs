// Run by post-build.mjs once the JavaScript is minified: writes into the staged sw.js the list of
// files to precache and a version named after their content, so every build gets its own cache.
// A debug build gets an empty list, so development is never served stale files.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
const names = (await readdir(staging)).filter((name) => name !== 'sw.js' && !/\.(br|gz)$/.test(name)).sort();
const hash = createHash('sha256');
for (const name of names) hash.update(name).update(await readFile(join(staging, name)));
// './' stands for index.html, which navigations are answered with.
const files = release ? ['./', ...names.filter((name) => name !== 'index.html')] : [];
const version = release ? hash.digest('hex').slice(0, 16) : 'development';
const sw = join(staging, 'sw.js');
const text = (await readFile(sw, 'utf8'))
  .replace('const FILES = [];', `const FILES = ${JSON.stringify(files)};`)
  .replace("const VERSION = 'development';", `const VERSION = '${version}';`);
await writeFile(sw, text);
console.log(`sw.js: ${files.length} files, version ${version}`);
