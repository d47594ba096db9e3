// Run by post-build.mjs last, in a release build: writes a brotli (.br, quality 11) and a gzip
// (.gz, level 9) copy beside every file the app is served from, for hosts that serve
// precompressed files (nginx's gzip_static and brotli_static, Caddy's precompressed, Apache with
// mod_rewrite and mod_headers, most CDNs; see the README's publishing section). The copies are
// never listed in sw.js and never asked for by the app: a host that ignores them serves the
// plain files, as before.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const staging = process.env.TRUNK_STAGING_DIR;
const names = (await readdir(staging)).filter((name) => !/\.(br|gz)$/.test(name));
let raw = 0;
let brotli = 0;
for (const name of names) {
  const body = await readFile(join(staging, name));
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  await writeFile(join(staging, `${name}.br`), br);
  await writeFile(join(staging, `${name}.gz`), gzipSync(body, { level: 9 }));
  raw += body.length;
  brotli += br.length;
}
console.log(`compress.mjs: ${names.length} files, ${raw} B -> ${brotli} B brotli (and gzip) beside them`);
