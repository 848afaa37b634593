import { describe, expect, it } from 'vitest';
import { COMMENT_MAX, commentSchema, stampOf } from './comments';

describe('commentSchema', () => {
	it('needs text of at most 2000 characters', () => {
		expect(commentSchema.safeParse({ body: '  ' }).success).toBe(false);
		expect(commentSchema.safeParse({ body: '<b>hi</b>' }).data).toEqual({ body: '<b>hi</b>' });
		expect(commentSchema.safeParse({ body: 'x'.repeat(COMMENT_MAX + 1) }).success).toBe(false);
	});
});

describe('stampOf', () => {
	it('reads the stamp as sent, and anything else as an empty (stale) one', () => {
		const form = (entries: [string, string | Blob][]) => {
			const data = new FormData();
			for (const [k, v] of entries) data.append(k, v);
			return data;
		};
		expect(stampOf(form([['stamp', 'abc:open']]))).toBe('abc:open');
		expect(stampOf(form([]))).toBe('');
		expect(stampOf(form([['stamp', new Blob(['x'])]]))).toBe('');
		expect(stampOf(form([['stamp', 'x'.repeat(5000)]])).length).toBe(200);
	});
});
