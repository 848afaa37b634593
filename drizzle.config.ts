import { defineConfig } from 'drizzle-kit';

const url = process.env.DATABASE_URL ?? 'file:./data/freehold.db';
const remote = /^(libsql|https?|wss?):/.test(url);

export default defineConfig({
	schema: './src/lib/server/db/schema/index.ts',
	out: './drizzle',
	dialect: remote ? 'turso' : 'sqlite',
	dbCredentials: remote ? { url, authToken: process.env.DATABASE_AUTH_TOKEN } : { url },
	strict: true,
	verbose: true
});
