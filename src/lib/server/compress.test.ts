import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, compressResponse } from './compress';

const page = 'x'.repeat(20_000) + '<p>bonjour 你好</p>';
const request = (acceptEncoding?: string) =>
	new Request('http://localhost/w/1', {
		headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}
	});
const html = (body: BodyInit | null = page, headers: Record<string, string> = {}) =>
	new Response(body, {
		status: 200,
		headers: { 'content-type': 'text/html', etag: '"abc"', 'content-length': '20021', ...headers }
	});

async function bytes(response: Response) {
	return Buffer.from(await response.arrayBuffer());
}

describe('acceptsGzip', () => {
	it.each([
		['gzip, deflate, br, zstd', true],
		['br;q=1.0, gzip;q=0.8', true],
		['*', true],
		['gzip;q=0', false],
		['gzip;q=0, *', false],
		['identity', false],
		['br', false],
		['', false]
	])('%j → %s', (header, expected) => {
		expect(acceptsGzip(header)).toBe(expected);
	});

	it('takes no header as no gzip', () => {
		expect(acceptsGzip(null)).toBe(false);
	});
});

describe('compressResponse', () => {
	it('gzips a page for a client that accepts it, with the same text inside', async () => {
		const response = compressResponse(request('gzip, br'), html());
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('content-length')).toBeNull();
		expect(response.headers.get('vary')).toContain('Accept-Encoding');
		expect(response.headers.get('etag')).toBe('W/"abc"');
		const sent = await bytes(response);
		expect(sent.length).toBeLessThan(page.length / 10);
		expect(gunzipSync(sent).toString('utf8')).toBe(page);
	});

	it('keeps the status and the other headers', async () => {
		const response = compressResponse(
			request('gzip'),
			new Response(page, {
				status: 404,
				headers: { 'content-type': 'application/json', 'set-cookie': 'a=1', vary: 'Cookie' }
			})
		);
		expect(response.status).toBe(404);
		expect(response.headers.get('set-cookie')).toBe('a=1');
		expect(response.headers.get('vary')).toBe('Cookie, Accept-Encoding');
		expect(gunzipSync(await bytes(response)).toString('utf8')).toBe(page);
	});

	it('leaves alone a client without gzip, a file, a CSV, an empty body and an encoded body', async () => {
		const untouched = [
			[request(), html()],
			[request('gzip;q=0'), html()],
			[request('gzip'), html(page, { 'content-type': 'text/csv; charset=utf-8' })],
			[request('gzip'), html(page, { 'content-type': 'text/calendar' })],
			[request('gzip'), html(page, { 'content-type': 'image/png' })],
			[request('gzip'), html(null)],
			[request('gzip'), html(page, { 'content-encoding': 'br' })]
		] as const;
		for (const [req, response] of untouched) {
			expect(compressResponse(req, response)).toBe(response);
		}
	});

	it('sends a streamed page in parts: what was written arrives before the rest is ready', async () => {
		let finish!: () => void;
		const encoder = new TextEncoder();
		const streamed = new ReadableStream<Uint8Array>({
			async start(controller) {
				controller.enqueue(encoder.encode('<p>first part</p>'));
				await new Promise<void>((resolve) => (finish = resolve));
				controller.enqueue(encoder.encode('<p>second part</p>'));
				controller.close();
			}
		});
		const response = compressResponse(request('gzip'), html(streamed));
		const reader = response.body!.getReader();
		const received: Buffer[] = [];
		// The second part is not written yet: the first must already decode on its own.
		while (!gunzipSyncPartial(Buffer.concat(received)).includes('first part')) {
			const { value, done } = await reader.read();
			expect(done).toBe(false);
			received.push(Buffer.from(value!));
		}
		finish();
		for (let next = await reader.read(); !next.done; next = await reader.read()) {
			received.push(Buffer.from(next.value));
		}
		expect(gunzipSync(Buffer.concat(received)).toString('utf8')).toBe(
			'<p>first part</p><p>second part</p>'
		);
	});
});

/** What a gzip stream cut short decodes to so far. */
function gunzipSyncPartial(data: Buffer) {
	if (data.length === 0) return '';
	return gunzipSync(data, { finishFlush: 2 /* Z_SYNC_FLUSH */ }).toString('utf8');
}
