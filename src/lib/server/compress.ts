import { Duplex } from 'node:stream';
import { constants, createGzip } from 'node:zlib';

// adapter-node serves the built files precompressed but sends pages and their data as they are:
// the growth dashboard's HTML is ~200 KB, a second of a slow phone connection before the first
// paint, and ~25 KB gzipped. Only our own text answers are compressed (pages, __data.json);
// files, CSV and calendar feeds keep their bytes and their lengths.
const COMPRESSIBLE = /^\s*(text\/html|application\/json)\s*(;|$)/i;

/** Whether the client takes gzip: named without `q=0`, or else `*` without it (RFC 9110 §12.5.3). */
export function acceptsGzip(acceptEncoding: string | null): boolean {
	const weights = new Map<string, number>();
	for (const part of (acceptEncoding ?? '').split(',')) {
		const [coding, ...parameters] = part.toLowerCase().split(';');
		const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
		weights.set(coding.trim(), q === undefined ? 1 : Number(q.slice(2)));
	}
	const weight = weights.get('gzip') ?? weights.get('*') ?? 0;
	return weight > 0;
}

/**
 * The response gzipped when the request accepts it and it is a page or JSON with a body. Each
 * chunk is flushed as it comes (Z_SYNC_FLUSH), so a page that streams its data still arrives in
 * parts; the ETag becomes weak (the bytes changed, the content did not).
 */
export function compressResponse(request: Request, response: Response): Response {
	if (!response.body || response.headers.has('content-encoding')) return response;
	if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return response;
	if (!acceptsGzip(request.headers.get('accept-encoding'))) return response;
	const headers = new Headers(response.headers);
	headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	headers.append('vary', 'Accept-Encoding');
	const etag = headers.get('etag');
	if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
	const gzip = Duplex.toWeb(createGzip({ flush: constants.Z_SYNC_FLUSH }));
	return new Response(response.body.pipeThrough(gzip as TransformStream<Uint8Array, Uint8Array>), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
