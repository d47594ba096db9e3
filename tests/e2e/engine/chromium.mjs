// Chromium (Chrome, Edge): Debian's Chromium driven by playwright-core, whose API the shim copies.
import { chromium } from 'playwright-core';

export const name = 'chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The browser's own language fixes the order of a date field's parts (mm/dd/yyyy); the
  // page's language comes from each context's locale.
  '--lang=en-US',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
}
