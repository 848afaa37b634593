import { describe, expect, it } from 'vitest';
import { isCrossSiteRequest } from './same-origin';

const ORIGIN = 'http://localhost:4173';
const post = (headers: Record<string, string>) =>
	new Request(`${ORIGIN}/signout`, { method: 'POST', headers });

describe('isCrossSiteRequest', () => {
	it('accepts our own origin', () => {
		expect(isCrossSiteRequest(post({ origin: ORIGIN }), ORIGIN)).toBe(false);
		expect(isCrossSiteRequest(post({ 'sec-fetch-site': 'same-origin' }), ORIGIN)).toBe(false);
	});

	it.each<Record<string, string>>([
		{ origin: 'http://evil.example' },
		{ origin: 'null' },
		{ origin: 'http://localhost:4174' },
		{ origin: 'https://localhost:4173' },
		{ origin: 'http://evil.example', 'sec-fetch-site': 'same-origin' },
		{ 'sec-fetch-site': 'cross-site' },
		{ 'sec-fetch-site': 'same-site' }
	])('refuses %j', (headers) => {
		expect(isCrossSiteRequest(post(headers), ORIGIN)).toBe(true);
	});

	it('lets a request without either header through (no browser, no victim cookies)', () => {
		expect(isCrossSiteRequest(post({}), ORIGIN)).toBe(false);
	});
});
