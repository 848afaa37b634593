/**
 * Passwords attackers try first: the ~49k of @zxcvbn-ts/language-common (from leaked password
 * lists, mostly Western) and favourites of Chinese users that list lacks — pinyin love phrases,
 * QQ-style number runs, the 520/1314 ("I love you" / "for a lifetime") codes. Loaded on the first
 * check (not at start-up, not in the browser bundle) and kept as one Set.
 */
const CHINESE_FAVOURITES = [
	'woaini1314',
	'woaini520',
	'woaini521',
	'woaini123',
	'woaini1234',
	'woaini12345',
	'woaini123456',
	'woaini5201314',
	'iloveyou1314',
	'iloveyou520',
	'5201314',
	'52013145201314',
	'5201314520',
	'1314520',
	'1314521',
	'13145201314',
	'qq12345678',
	'qq123456789',
	'qq1234567890',
	'qq5201314',
	'a1234567',
	'a12345678',
	'a123456789',
	'a1234567890',
	'aa12345678',
	'abc12345678',
	'woshishui123',
	'zhang123456',
	'wang123456',
	'li123456789',
	'liu123456789',
	'chen123456',
	'123456789a',
	'1234567890a',
	'1qaz2wsx3edc',
	'qwe123456789',
	'asd123456789',
	'zxc123456789',
	'88888888a',
	'aini1314520',
	'shanghai123',
	'beijing123',
	'beijing2008'
];

let common: Promise<Set<string>> | null = null;

function load() {
	common ??= import('@zxcvbn-ts/language-common').then(
		({ dictionary }) => new Set([...dictionary['passwords-common'], ...CHINESE_FAVOURITES])
	);
	return common;
}

/** Whether a new password is on the lists (case-insensitive: the lists are lower case). */
export async function isCommonPassword(password: string) {
	return (await load()).has(password.toLowerCase());
}
