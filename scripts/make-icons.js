// Draws the app's PNG icons (web app manifest, home screen) from static/favicon.svg in Chromium,
// so they never drift from the favicon: `node scripts/make-icons.js`, then commit static/icons.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

const svg = readFileSync('static/favicon.svg', 'utf8');
// `maskable` icons keep their mark inside the middle 80 %: launchers crop them to any shape.
const ICONS = [
	{ file: 'icon-192.png', size: 192, inset: 0 },
	{ file: 'icon-512.png', size: 512, inset: 0 },
	{ file: 'maskable-512.png', size: 512, inset: 0.1 },
	{ file: 'apple-touch-icon.png', size: 180, inset: 0 }
];

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const { file, size, inset } of ICONS) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const pad = Math.round(size * inset);
	const body = inset
		? `<div style="background:#14532d;width:${size}px;height:${size}px;padding:${pad}px;box-sizing:border-box">${svg.replace('rx="7"', 'rx="0"')}</div>`
		: svg;
	await page.setContent(
		`<style>html,body{margin:0}svg{display:block;width:100%;height:100%}</style>${body}`
	);
	await page.screenshot({ path: `static/icons/${file}`, omitBackground: !inset });
	await page.close();
}
await browser.close();
