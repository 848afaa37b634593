/**
 * Names of vocabulary keys in every language we speak, for reading files people wrote in any of
 * them. Kind, format and status names are messages named after their keys (`channel_tiktok`,
 * `cal_format_story`…); a key without a message has no names.
 */
import { m } from '$lib/paraglide/messages';
import { locales, type Locale } from '$lib/paraglide/runtime';

type Message = (inputs?: object, options?: { locale?: Locale }) => string;

function everyLanguage(prefix: string, keyName: string) {
	const message = (m as unknown as Record<string, Message | undefined>)[`${prefix}${keyName}`];
	return message ? [message(), ...locales.map((locale) => message({}, { locale }))] : [];
}

/** `{ key: [name now, name in en, name in zh-CN] }` for every key. */
export function namesInEveryLanguage<K extends string>(keys: readonly K[], prefix: string) {
	return Object.fromEntries(keys.map((k) => [k, everyLanguage(prefix, k)])) as Record<K, string[]>;
}
