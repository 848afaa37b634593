/** One source for Paraglide's options: the Vite plugin and `npm run i18n` both read it. */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// custom-account: the language saved on the account (server) or rendered into <html lang>
	// (browser), so server and browser always agree; then the switcher's cookie, the browser's
	// Accept-Language, and English.
	strategy: ['custom-account', 'cookie', 'preferredLanguage', 'baseLocale']
};
