import prettier from 'eslint-config-prettier';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'src/lib/paraglide/',
			'drizzle/',
			'data/',
			'test-results/',
			'playwright-report/',
			'.tools/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint recommends against no-undef for TS code.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }
			],
			// The app is served at the root (no `paths.base`), so plain hrefs are correct.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// A regex that backtracks super-linearly lets one long cell or field freeze the server
		// (issue 15: a 200 kB rate card took 61 s). Caught statically, before any input reaches it.
		files: ['src/**'],
		plugins: { regexp },
		rules: {
			'regexp/no-super-linear-backtracking': 'error',
			'regexp/no-super-linear-move': 'error'
		}
	},
	// Import fences between the layers (issue 16), as errors: a wrong import fails `npm run lint`.
	// Each folder gets one no-restricted-imports entry: ESLint keeps
	// only the last value of a rule per file, so a folder's fences are listed together.
	{
		// Domain rules are plain TypeScript: time and zone are parameters, words are the caller's.
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$app/*', '$env/*', '@sveltejs/kit', '@sveltejs/kit/*'],
							message: 'src/lib/domain is framework-free: pass what it needs as parameters.'
						},
						{
							group: ['$lib/server', '$lib/server/*', '**/server', '**/server/*'],
							message: 'src/lib/domain imports no server code: the server calls the domain.'
						},
						{
							group: ['drizzle-orm', 'drizzle-orm/*'],
							message: 'src/lib/domain knows no database: queries and services read and write.'
						},
						{
							group: ['$lib/paraglide/*', '**/paraglide/*'],
							message: 'src/lib/domain returns reasons, not words: callers put them into messages.'
						}
					]
				}
			]
		}
	},
	{
		// Components run in the browser too: they receive data as props, never reach for the server.
		files: ['src/lib/components/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/server', '$lib/server/*', '**/server', '**/server/*'],
							message: 'Components import no server code: take the data as props.'
						}
					]
				}
			]
		}
	},
	{
		// Services speak (db, scope, input) → data or { ok: false, reason }: no forms, no words.
		files: ['src/lib/server/services/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['sveltekit-superforms', 'sveltekit-superforms/*'],
							message: 'Services take validated input; superforms stays in the route.'
						},
						{
							group: [
								'$lib/paraglide/messages',
								'$lib/paraglide/messages/*',
								'**/paraglide/messages',
								'**/paraglide/messages/*',
								'**/paraglide/messages.js'
							],
							message: 'Services return reasons; the route maps them to messages.'
						}
					]
				}
			]
		}
	},
	{
		// Route-private helpers hold no data access: that is a service. Only the route's own
		// +page.server.ts, +layout.server.ts and +server.ts reach the database (see ARCHITECTURE.md).
		files: ['src/routes/**/*.ts'],
		ignores: [
			'src/routes/**/+page.server.ts',
			'src/routes/**/+layout.server.ts',
			'src/routes/**/+server.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/server/db', '$lib/server/db/index', '$lib/server/queries/*'],
							allowTypeImports: true,
							message:
								'A route-private helper reads or writes through a service (lib/server/services), not the queries.'
						}
					]
				}
			]
		}
	},
	{
		// Route components may describe page data with server types, never import server values.
		files: ['src/routes/**/*.svelte'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/server', '$lib/server/*'],
							allowTypeImports: true,
							message: 'A page imports types from $lib/server, never values (see ARCHITECTURE.md).'
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
