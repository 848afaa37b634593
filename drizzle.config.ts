import { defineConfig } from 'drizzle-kit';
import { DEFAULT_DATABASE_URL } from './src/lib/server/db/default-url.js';

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const remote = /^(libsql|https?|wss?):/.test(url);

export default defineConfig({
	schema: './src/lib/server/db/schema/index.ts',
	out: './drizzle',
	dialect: remote ? 'turso' : 'sqlite',
	dbCredentials: remote ? { url, authToken: process.env.DATABASE_AUTH_TOKEN } : { url },
	strict: true,
	verbose: true
});
