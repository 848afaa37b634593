// Plain JavaScript, like db/default-url.js: `npm run backup` and `npm run restore` run these
// modules under node without Vite, so they may import no $lib alias and no TypeScript.
import { resolve } from 'node:path';
import { DEFAULT_DATABASE_URL } from '../db/default-url.js';

/**
 * @typedef {{ kind: 'file', path: string }
 *   | { kind: 'server', httpUrl: string, authToken: string | undefined }} DatabaseLocation
 */

/**
 * Where the app's database is, read the way the app reads it (db/index.ts): DATABASE_URL, else
 * the default file. A `file:` path is relative to the working directory, as it is for the app
 * (npm runs scripts from the project folder). A server URL becomes the HTTP address of its API:
 * `libsql:` is TLS unless `?tls=0`, `ws(s):` speaks HTTP(S) on the same port.
 *
 * @param {string | undefined} url
 * @param {string | undefined} authToken DATABASE_AUTH_TOKEN; a token in the URL is used otherwise
 * @returns {DatabaseLocation | { kind: 'unknown', url: string }}
 */
export function locateDatabase(url, authToken) {
	const raw = url || DEFAULT_DATABASE_URL;
	if (raw.startsWith('file:')) {
		// The same reading as client.ts: everything after `file:` up to a query string.
		return { kind: 'file', path: resolve(raw.slice('file:'.length).split('?')[0]) };
	}
	let parsed;
	try {
		parsed = new URL(raw);
	} catch {
		return { kind: 'unknown', url: raw };
	}
	const tls = parsed.searchParams.get('tls') !== '0';
	const protocol = {
		'libsql:': tls ? 'https:' : 'http:',
		'https:': 'https:',
		'wss:': 'https:',
		'http:': 'http:',
		'ws:': 'http:'
	}[parsed.protocol];
	if (!protocol) return { kind: 'unknown', url: raw };
	const token = authToken || parsed.searchParams.get('authToken') || undefined;
	return {
		kind: 'server',
		httpUrl: `${protocol}//${parsed.host}${parsed.pathname}`.replace(/\/$/, ''),
		authToken: token
	};
}

/**
 * `url` without a password or token, fit for a message.
 *
 * @param {string | undefined} url
 */
export function describeUrl(url) {
	return (url || DEFAULT_DATABASE_URL)
		.replace(/\/\/[^/@]*@/, '//…@')
		.replace(/authToken=[^&]*/, 'authToken=…');
}

/**
 * A UTC instant as it goes into a file name: `2026-12-07T234512Z`. Sorts as it reads; no colons
 * (they are not allowed in file names everywhere).
 *
 * @param {Date} now
 */
export function fileStamp(now) {
	return now.toISOString().slice(0, 19).replaceAll(':', '') + 'Z';
}
