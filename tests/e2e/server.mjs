// A tiny static server for the built dist/, mounted under a sub-path (/swot-board/) to prove the
// app runs from any path. It records every request, so tests can show nothing else was asked.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/// The built app.
export const DIST = process.env.E2E_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const BASE = '/swot-board/';

/// `rewrite(path, body)` may change what is served (tests use it to publish a "new version");
/// `offline` cuts every connection after recording it, like a network that is gone;
/// `precompressed` (on) serves the build's .br or .gz copy of a file to a browser that accepts it.
export async function serve(dist, { port = 0 } = {}) {
  const requests = [];
  const control = { rewrite: (_path, body) => body, offline: false, precompressed: true };
  const server = createServer(async (req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (control.offline) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(BASE)) {
      res.writeHead(404).end('not found');
      return;
    }
    let path = decodeURIComponent(url.pathname.slice(BASE.length)) || 'index.html';
    path = normalize(path).replace(/^(\.\.[/\\])+/, '');
    try {
      const plain = await readFile(join(dist, path));
      const body = control.rewrite(path, plain);
      const headers = {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      // As nginx's brotli_static and gzip_static do: the copy the build wrote beside the file,
      // in the best encoding the browser accepts (unless a test changed what is served).
      const accepted = control.precompressed && body === plain ? (req.headers['accept-encoding'] ?? '') : '';
      for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!accepted.split(/\s*,\s*/).some((a) => a.split(';')[0] === encoding)) continue;
        const copy = await readFile(join(dist, path + suffix)).catch(() => null);
        if (copy) {
          res.writeHead(200, { ...headers, 'content-encoding': encoding });
          res.end(copy);
          return;
        }
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address();
  return {
    url: `http://127.0.0.1:${bound}${BASE}`,
    origin: `http://127.0.0.1:${bound}`,
    requests,
    control,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// Run directly: serve dist/ until stopped.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? new URL('../../dist', import.meta.url).pathname;
  const { url } = await serve(dist, { port: Number(process.env.PORT ?? 8080) });
  console.log(`Serving ${dist} at ${url}`);
}
