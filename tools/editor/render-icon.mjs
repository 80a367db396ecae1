// Renders images/icon.svg to images/icon.png (the marketplace wants a PNG) with the same
// headless Chromium the editor tests use.
//   node tools/editor/render-icon.mjs [size]     default 256 px
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, newPage } from './browser.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Draws the SVG at size×size on a transparent page and screenshots exactly that square. */
export async function renderIcon({ svgPath = join(ROOT, 'images/icon.svg'), pngPath = join(ROOT, 'images/icon.png'), size = 256 } = {}) {
  const svg = readFileSync(svgPath, 'utf8');
  const browser = await launchBrowser();
  try {
    const page = await newPage(browser, { width: size, height: size });
    const html = `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`;
    await page.setContent(html);
    await page.screenshot({ path: pngPath, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  } finally {
    await browser.close();
  }
  return pngPath;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = Number(process.argv[2] ?? 256);
  console.log(`wrote ${await renderIcon({ size })} (${size}x${size})`);
}
