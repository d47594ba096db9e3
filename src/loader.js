// Starts the app. It replaces Trunk's inline loader, which the Content-Security-Policy forbids:
// the file names come from the meta tag Trunk writes (see Trunk.toml, pattern_script).
const files = document.querySelector('meta[name="swot-board-files"]');
const base = new URL(files.dataset.base, document.baseURI);
const app = await import(new URL(files.dataset.js, base).href);
await app.default({ module_or_path: new URL(files.dataset.wasm, base) });

// Offline use: the service worker keeps this build's files. A new build waits until the app
// asks for it (the user pressed Reload in the app's message), so old and new never mix.
if ('serviceWorker' in navigator) {
  const announce = () => window.dispatchEvent(new CustomEvent('swot-board:update-ready'));
  const registration = await navigator.serviceWorker.register(new URL('sw.js', base).href, { scope: base.href });
  const watch = (worker) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
    });
  };
  if (registration.waiting && navigator.serviceWorker.controller) announce();
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  window.addEventListener('swot-board:apply-update', () => {
    if (!registration.waiting) return window.location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    registration.waiting.postMessage('activate-update');
  });
}
