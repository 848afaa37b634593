import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_URL } from '../db/default-url.js';
import { describeUrl, fileStamp, locateDatabase } from './database.js';

describe('locateDatabase', () => {
	it('reads a file URL as the app does, relative to the working directory', () => {
		expect(locateDatabase(undefined, undefined)).toEqual({
			kind: 'file',
			path: resolve(DEFAULT_DATABASE_URL.slice('file:'.length))
		});
		expect(locateDatabase('file:/srv/f.db?mode=rw', undefined)).toEqual({
			kind: 'file',
			path: '/srv/f.db'
		});
	});

	it.each([
		['libsql://db.example.turso.io', 'https://db.example.turso.io'],
		['libsql://127.0.0.1:8080?tls=0', 'http://127.0.0.1:8080'],
		['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
		['ws://127.0.0.1:8080', 'http://127.0.0.1:8080'],
		['wss://db.example.com', 'https://db.example.com']
	])('reaches %s over %s', (url, httpUrl) => {
		expect(locateDatabase(url, undefined)).toEqual({
			kind: 'server',
			httpUrl,
			authToken: undefined
		});
	});

	it('takes DATABASE_AUTH_TOKEN, else a token in the URL', () => {
		expect(locateDatabase('libsql://h?authToken=abc', undefined)).toMatchObject({
			authToken: 'abc'
		});
		expect(locateDatabase('libsql://h?authToken=abc', 'env')).toMatchObject({ authToken: 'env' });
	});

	it('does not guess at other URLs', () => {
		expect(locateDatabase('postgres://x/y', undefined)).toMatchObject({ kind: 'unknown' });
		expect(locateDatabase('not a url', undefined)).toMatchObject({ kind: 'unknown' });
	});
});

describe('describeUrl and fileStamp', () => {
	it('hides credentials', () => {
		expect(describeUrl('http://user:secret@h:1')).toBe('http://…@h:1');
		expect(describeUrl('libsql://h?authToken=secret&tls=0')).toBe('libsql://h?authToken=…&tls=0');
	});

	it('stamps the UTC time whatever the zone', () => {
		expect(fileStamp(new Date('2026-03-08T10:30:05.999Z'))).toBe('2026-03-08T103005Z');
	});
});
