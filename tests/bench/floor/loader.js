// Starts the floor app the way src/loader.js starts the real one.
const app = await import('./floor.js');
await app.default({ module_or_path: new URL('floor_bg.wasm', import.meta.url) });
