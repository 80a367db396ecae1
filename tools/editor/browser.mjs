// Debian's Chromium driven headless by playwright-core (no browser download).
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps retrying its services against the
// closed network; --disable-dev-shm-usage avoids crashes where /dev/shm is small.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches headless Chromium; close the returned browser to end it. */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** A page of the given size in a fresh context (no cookies or storage from another run). */
export async function newPage(browser, { width = 1440, height = 900, scale = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
  return context.newPage();
}
