// Which engine the end-to-end tests drive: E2E_ENGINE=chromium (the default), firefox or webkit.
// Each module exports `launch()`, giving a browser whose contexts and pages speak (the used part
// of) Playwright's API: Playwright itself for Chromium, the shim for the others.
export const ENGINE = process.env.E2E_ENGINE ?? 'chromium';

const engines = {
  chromium: () => import('./chromium.mjs'),
  firefox: () => import('./firefox.mjs'),
  webkit: () => import('./webkit.mjs'),
};

if (!engines[ENGINE]) throw new Error(`E2E_ENGINE must be one of ${Object.keys(engines).join(', ')}, not ${ENGINE}`);

export async function launch(options) {
  return (await engines[ENGINE]()).launch(options);
}
