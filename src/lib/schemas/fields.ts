/**
 * The field rules every schema shares. Messages are functions so they are read in the language of
 * the request (or page) that validates.
 *
 * Limits people see ("at most 200 characters") count characters as a writer does: an emoji or a
 * Chinese character is one (a code point), where JavaScript's `length` and zod's `.max` count
 * UTF-16 units and make each of them two. Not grapheme clusters: a cluster may carry any number
 * of combining marks, so a limit in clusters would bound nothing that is stored. Technical limits
 * (email addresses, URLs, passwords, ids) stay in UTF-16 units with `.max(n, tooLong(n))`: the
 * sign-in form has to accept every password the sign-up form did.
 */
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const required = () => m.error_required();
export const tooLong = (max: number) => ({ error: () => m.error_too_long({ max }) });

/** Browsers submit a textarea's line breaks as CRLF; one break is one character to the writer. */
export const normaliseLineBreaks = (text: string) => text.replace(/\r\n?/g, '\n');

/** Characters as a writer counts them: code points, a line break as one. */
export const charCount = (text: string) => [...normaliseLineBreaks(text)].length;

/** A refinement: at most `max` characters as a writer counts them, else "too long". */
export const maxChars = (max: number) =>
	[(value: string) => charCount(value) <= max, tooLong(max)] as const;

/** Optional text: the ends trimmed (inner spaces, blank lines and any script kept), '' if absent. */
export const text = (max: number) =>
	z
		.string()
		.trim()
		.refine(...maxChars(max))
		.default('');

/** Text that must be given: trimmed, not empty, at most `max` characters. */
export const requiredText = (max: number) =>
	z
		.string({ error: required })
		.trim()
		.min(1, { error: required })
		.refine(...maxChars(max));
