// Starts the app. It replaces Trunk's inline loader, which the Content-Security-Policy forbids:
// the file names come from the meta tag Trunk writes (see Trunk.toml, pattern_script).
const files = document.querySelector('meta[name="swot-board-files"]');
const base = new URL(files.dataset.base, document.baseURI);
const app = await import(new URL(files.dataset.js, base).href);
await app.default({ module_or_path: new URL(files.dataset.wasm, base) });
