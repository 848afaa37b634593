/**
 * Cells of about 100 kB shaped to make a backtracking regex take quadratic time or worse (issue
 * 15: a rate card of `a`, 200,000 spaces and `b` froze the server for 61 s). Every CSV parser's
 * test feeds them to each column it reads and expects an answer in well under a second.
 */
export const HOSTILE_SIZE = 100_000;

const run = (unit: string, then = 'x') =>
	unit.repeat(Math.ceil(HOSTILE_SIZE / unit.length)).slice(0, HOSTILE_SIZE) + then;

export const HOSTILE_CELLS: Record<string, string> = {
	'spaces between letters': `a${run(' ', 'b')}`,
	'spaces before a separator that never comes': `short_video${run(' ', 'x')}`,
	'repeated separators': run(':'),
	'repeated separators with spaces': run(': '),
	'repeated list separators': run(';'),
	'a long digit run': run('1'),
	'a digit run with thousands separators': run('1,2'),
	zeros: run('0', '.5'),
	dots: run('.'),
	'an address with many dots': `a@${run('.', '@')}`,
	slashes: run('/'),
	hyphens: run('-'),
	'hashes and spaces': run(' #'),
	letters: run('a', '1'),
	'Chinese text': run('小红书'),
	'tabs and line breaks': `a${run('\t\r\n', 'b')}`
};
