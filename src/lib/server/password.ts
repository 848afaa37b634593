import { hash, verify } from '@node-rs/argon2';

/** OWASP's minimum for argon2id: m = 19 MiB, t = 2, p = 1. The library's default variant is argon2id. */
export const ARGON2_OPTIONS = {
	memoryCost: 19_456,
	timeCost: 2,
	parallelism: 1,
	outputLen: 32
} as const;

export function hashPassword(password: string) {
	return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string) {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

// Verifying against this when the email is unknown keeps both answers equally slow.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string) {
	dummyHash ??= hashPassword('not-a-real-password-for-timing');
	await verifyPassword(await dummyHash, password);
	return false;
}
