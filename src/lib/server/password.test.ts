import { describe, expect, it } from 'vitest';
import { ARGON2_OPTIONS, hashPassword, verifyAgainstDummy, verifyPassword } from './password';

/** Splits a PHC string: `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`. */
function parsePhc(phc: string) {
	const [empty, id, version, params, salt, hash, ...rest] = phc.split('$');
	return {
		empty,
		id,
		version,
		params: Object.fromEntries(params.split(',').map((kv) => kv.split('='))),
		salt,
		hash,
		rest
	};
}

describe('hashPassword', () => {
	it('produces an argon2id PHC string with m=19456, t=2, p=1', async () => {
		const phc = await hashPassword('a long enough password');
		expect(phc.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
		const parsed = parsePhc(phc);
		expect(parsed.empty).toBe('');
		expect(parsed.id).toBe('argon2id');
		expect(parsed.version).toBe('v=19');
		expect(parsed.params).toEqual({ m: '19456', t: '2', p: '1' });
		expect(Number(parsed.params.m)).toBe(ARGON2_OPTIONS.memoryCost);
		expect(parsed.salt.length).toBeGreaterThan(0);
		// 32 bytes of output, base64 without padding.
		expect(Buffer.from(parsed.hash, 'base64')).toHaveLength(ARGON2_OPTIONS.outputLen);
		expect(parsed.rest).toEqual([]);
	});

	it('salts every hash, and never contains the password', async () => {
		const password = 'same password twice';
		const [a, b] = await Promise.all([hashPassword(password), hashPassword(password)]);
		expect(a).not.toBe(b);
		expect(parsePhc(a).salt).not.toBe(parsePhc(b).salt);
		expect(a).not.toContain(password);
	});
});

describe('verifyPassword', () => {
	it('accepts the right password and rejects a wrong one', async () => {
		const phc = await hashPassword('correct horse battery');
		expect(await verifyPassword(phc, 'correct horse battery')).toBe(true);
		expect(await verifyPassword(phc, 'correct horse battery ')).toBe(false);
		expect(await verifyPassword(phc, 'wrong')).toBe(false);
		expect(await verifyPassword(phc, '')).toBe(false);
	});

	it('returns false rather than throwing on a garbage hash', async () => {
		await expect(verifyPassword('not a hash', 'anything')).resolves.toBe(false);
		await expect(verifyPassword('', 'anything')).resolves.toBe(false);
		await expect(verifyPassword('$argon2id$v=19$m=19456,t=2,p=1$', 'x')).resolves.toBe(false);
	});
});

describe('verifyAgainstDummy', () => {
	it('always answers false, even for the dummy password', async () => {
		expect(await verifyAgainstDummy('not-a-real-password-for-timing')).toBe(false);
		expect(await verifyAgainstDummy('anything')).toBe(false);
	});
});
