/**
 * The only paths reachable without a session. Everything else is redirected to sign-in by
 * hooks.server.ts; the security suite (tests/suites/security.spec.ts) checks this list against the
 * routes on disk.
 */
export const PUBLIC_PATHS = ['/signin', '/signup', '/locale', '/health'] as const;
export const PUBLIC_PREFIXES = ['/invite/', '/_app/', '/feed/'] as const;

export function isPublicPath(pathname: string) {
	return (
		(PUBLIC_PATHS as readonly string[]).includes(pathname) ||
		PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix)) ||
		/^\/[\w.-]+\.(png|svg|ico|txt|webmanifest)$/.test(pathname)
	);
}
