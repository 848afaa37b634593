import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

function randomBase32(bytes: number) {
	const buf = new Uint8Array(bytes);
	crypto.getRandomValues(buf);
	return encodeBase32LowerCaseNoPadding(buf);
}

/** Opaque, unguessable row id (80 bits) — ids appear in URLs, so they must not be sequential. */
export const newId = () => randomBase32(10);

/** A bearer secret (160 bits) for session cookies and invitation links. */
export const newToken = () => randomBase32(20);

/** What we store instead of a bearer secret: a database leak must not hand out sessions. */
export const hashToken = (token: string) =>
	encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
