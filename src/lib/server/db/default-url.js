// Plain JavaScript so that everything that opens the database can share it: the app (through
// client.ts), scripts/start.js and drizzle.config.ts, which run outside Vite and cannot use $lib.
/** Where the database lives when DATABASE_URL is unset: an embedded file beside the app. */
export const DEFAULT_DATABASE_URL = 'file:./data/freehold.db';
