// Starts the app. It replaces Trunk's inline loader, which the Content-Security-Policy forbids:
// the file names come from the meta tag Trunk writes (see Trunk.toml, pattern_script).
//
// It also stands guard: if the app fails (a panic, which the app reports as a
// `swot-board:fault` event before it stops, a WebAssembly trap, any error nothing caught, or a
// start that fails), the page shows a recovery screen drawn here, without the app: what
// happened, that the boards saved in this browser are safe, a download of everything stored
// and a reload.

const TEXTS = {
  nl: {
    title: 'Er ging iets mis in SWOT Board',
    safe:
      'De app is gestopt door een fout in de app zelf. De borden die in deze browser bewaard zijn, zijn veilig: ze blijven staan en openen weer na opnieuw laden. Een wijziging van de laatste seconden is mogelijk niet bewaard.',
    unsafe:
      'De app is gestopt door een fout in de app zelf. Deze browser bewaart niets van deze app: wat je niet als bestand hebt geëxporteerd, kan verloren zijn.',
    download: 'Alles downloaden wat bewaard is',
    about:
      'Een sessiebestand (JSON) met alle bewaarde borden. Het is te lezen in een teksteditor en te importeren in SWOT Board.',
    reload: 'Opnieuw laden',
    details: 'Technische gegevens (voor een foutmelding)',
  },
  en: {
    title: 'Something went wrong in SWOT Board',
    safe:
      'The app stopped because of a fault in the app itself. The boards saved in this browser are safe: they stay where they are and open again after a reload. A change of the last few seconds may not have been saved.',
    unsafe:
      'The app stopped because of a fault in the app itself. This browser keeps nothing of this app: what you did not export as a file may be lost.',
    download: 'Download everything stored',
    about:
      'A session file (JSON) with every stored board. It reads in a text editor and imports into SWOT Board.',
    reload: 'Reload',
    details: 'Technical details (for a bug report)',
  },
};

const PREFIX = 'swot-board/board/';
let failed = false;

function storage() {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

/// Everything the app stored, as one session file: the boards of every stored value of the
/// newest format, and any other stored value as its text, so nothing is left out.
function everythingStored(store) {
  const boards = [];
  const asStored = {};
  const values = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) values.push([key, store.getItem(key)]);
  }
  const parsed = values.map(([key, text]) => {
    try {
      return [key, text, JSON.parse(text)];
    } catch {
      return [key, text, null];
    }
  });
  const version = Math.max(0, ...parsed.map(([, , v]) => (Number.isInteger(v?.version) ? v.version : 0)));
  let savedAt = '';
  for (const [key, text, value] of parsed) {
    if (value?.kind === 'swot-board' && value.version === version && Array.isArray(value.boards)) {
      boards.push(...value.boards);
      if (typeof value.saved_at === 'string' && value.saved_at > savedAt) savedAt = value.saved_at;
    } else {
      asStored[key] = text;
    }
  }
  const file = { kind: 'swot-board', version, app: 'SWOT Board (recovery screen)', saved_at: savedAt, boards };
  if (Object.keys(asStored).length > 0) file.stored_as_text = asStored;
  return JSON.stringify(file, null, 2);
}

function download(text) {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `swot-board-recovery-${new Date().toISOString().slice(0, 10)}.swot.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function element(tag, attributes, ...children) {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, value);
  e.append(...children);
  return e;
}

function describe(fault) {
  if (fault instanceof Error) return `${fault.name}: ${fault.message}${fault.stack ? `\n${fault.stack}` : ''}`;
  return String(fault);
}

/// Replaces the page with the recovery screen; later faults only add to its details.
function recover(fault) {
  const details = describe(fault);
  if (failed) {
    document.getElementById('fault-details')?.append(`\n\n${details}`);
    return;
  }
  failed = true;
  const lang = (document.documentElement.lang || navigator.language || 'nl').toLowerCase().startsWith('nl')
    ? 'nl'
    : 'en';
  const t = TEXTS[lang];
  const store = storage();
  const heading = element('h1', { id: 'fault-heading', tabindex: '-1' }, t.title);
  const reload = element('button', { class: 'button', type: 'button', 'data-testid': 'fault-reload' }, t.reload);
  reload.addEventListener('click', () => window.location.reload());
  const actions = element('div', { class: 'fault-actions' });
  if (store) {
    const save = element('button', { class: 'button', type: 'button', 'data-testid': 'fault-download' }, t.download);
    save.addEventListener('click', () => download(everythingStored(store)));
    actions.append(save, reload);
  } else {
    actions.append(reload);
  }
  const screen = element(
    'main',
    { class: 'fault', role: 'alert', 'aria-labelledby': 'fault-heading', 'data-testid': 'fault' },
    heading,
    element('p', {}, store ? t.safe : t.unsafe),
    ...(store ? [element('p', { class: 'hint' }, t.about)] : []),
    actions,
    element(
      'details',
      {},
      element('summary', {}, t.details),
      element('pre', { id: 'fault-details', 'data-testid': 'fault-details' }, details),
    ),
  );
  document.documentElement.lang = lang;
  document.body.classList.remove('presenting');
  document.body.replaceChildren(screen);
  heading.focus();
}

window.addEventListener('swot-board:fault', (e) => recover(e.detail));
window.addEventListener('error', (e) => recover(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => recover(e.reason));

const files = document.querySelector('meta[name="swot-board-files"]');
const base = new URL(files.dataset.base, document.baseURI);
try {
  const app = await import(new URL(files.dataset.js, base).href);
  await app.default({ module_or_path: new URL(files.dataset.wasm, base) });
} catch (fault) {
  console.error(fault);
  recover(fault);
}

// Offline use: the service worker keeps this build's files. A new build waits until the app
// asks for it (the user pressed Reload in the app's message), so old and new never mix.
if ('serviceWorker' in navigator && !failed) {
  const announce = () => window.dispatchEvent(new CustomEvent('swot-board:update-ready'));
  // Refused where the browser blocks site data; the app then says it keeps nothing anyway.
  const registration = await navigator.serviceWorker
    .register(new URL('sw.js', base).href, { scope: base.href })
    .catch(() => null);
  if (registration) offerUpdates(registration, announce);
}

function offerUpdates(registration, announce) {
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
