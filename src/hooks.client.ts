import { defineCustomClientStrategy } from '$lib/paraglide/runtime';
import { useLocalisedZodMessages } from '$lib/schemas/zod-messages';

useLocalisedZodMessages();

// The server decided the language (account, cookie or Accept-Language) and wrote it into
// <html lang>; the browser follows it so hydration never switches language.
defineCustomClientStrategy('custom-account', {
	getLocale: () => document.documentElement.lang || undefined,
	setLocale: () => {}
});
