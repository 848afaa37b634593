import { env } from '$env/dynamic/private';
import { openDatabase } from './client';
import { DEFAULT_DATABASE_URL } from './default-url.js';

export const database = openDatabase(
	env.DATABASE_URL || DEFAULT_DATABASE_URL,
	env.DATABASE_AUTH_TOKEN
);
export const db = database.db;
export type { Db } from './client';
