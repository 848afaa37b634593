import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** `bytes` of randomness from the platform's CSPRNG, as lower-case base32 without padding. */
export function randomBase32(bytes: number) {
	const buf = new Uint8Array(bytes);
	crypto.getRandomValues(buf);
	return encodeBase32LowerCaseNoPadding(buf);
}

/** Opaque, unguessable row id (80 bits) — ids appear in URLs, so they must not be sequential. */
export const newId = () => randomBase32(10);
