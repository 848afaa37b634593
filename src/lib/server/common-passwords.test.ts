import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords';

describe('isCommonPassword', () => {
	it.each(['password123', 'woaini1314', 'qq12345678', 'Password123', 'QQ12345678', '1qaz2wsx3edc'])(
		'refuses %s',
		async (password) => {
			expect(await isCommonPassword(password)).toBe(true);
		}
	);

	it.each(['a long enough passphrase', 'correct horse battery', 'woaini1314 but longer'])(
		'accepts %s',
		async (password) => {
			expect(await isCommonPassword(password)).toBe(false);
		}
	);
});
