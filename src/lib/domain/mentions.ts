/**
 * `@name` mentions in a comment: which of the people who can see the item or collaboration the
 * text names. A name may hold spaces ("@Sarah Miller"), so at each `@` the longest matching name
 * wins; letter case is ignored; a name must end at the end of the text or before a character that
 * is not a letter or digit ("@Mei," names Mei, "@Meier" does not). Nothing here is markup: the
 * comment stays plain text and the mentions are stored beside it.
 */
export type Mentionable = { userId: string; name: string };

const WORD = /[\p{L}\p{N}]/u;
// What an e-mail address has before its @ (Chinese text runs on without spaces: "请@林伟").
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;

export function findMentions(body: string, people: readonly Mentionable[]): string[] {
	const byLength = [...people]
		.filter((p) => p.name.trim() !== '')
		.sort((a, b) => b.name.length - a.name.length);
	const found = new Set<string>();
	const lower = body.toLocaleLowerCase('en');
	for (let at = lower.indexOf('@'); at !== -1; at = lower.indexOf('@', at + 1)) {
		// An email address (a letter or digit before the @) mentions nobody.
		if (at > 0 && EMAIL_LOCAL.test(body[at - 1])) continue;
		const rest = lower.slice(at + 1);
		const match = byLength.find((p) => {
			const name = p.name.trim().toLocaleLowerCase('en');
			if (!rest.startsWith(name)) return false;
			const after = rest.slice(name.length, name.length + 2);
			return after === '' || !WORD.test([...after][0]);
		});
		if (match) found.add(match.userId);
	}
	return [...found];
}
