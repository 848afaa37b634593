import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { randomBase32 } from './db/ids';

/** A bearer secret (160 bits) for session cookies and invitation links. */
export const newToken = () => randomBase32(20);

/** What we store instead of a bearer secret: a database leak must not hand out sessions. */
export const hashToken = (token: string) =>
	encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
