/**
 * Whether a request that changes state was sent by a page of another site. SvelteKit compares
 * `Origin` only for form content types, so a body-less POST (no Content-Type) from any site gets
 * through its check; endpoints that act on the session without reading a form ask this instead.
 * Browsers send `Origin` on every POST; `Sec-Fetch-Site` covers one that left it out. A request
 * with neither comes from a script or tool, which holds no victim's cookies.
 */
export function isCrossSiteRequest(request: Request, origin: string) {
	const from = request.headers.get('origin');
	if (from !== null) return from !== origin;
	const site = request.headers.get('sec-fetch-site');
	if (site !== null) return site !== 'same-origin';
	return false;
}
