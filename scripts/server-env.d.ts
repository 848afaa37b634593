export const BODY_SIZE_LIMIT: string;
export const TEST_SERVER_ENV: Record<string, string>;
export function appServerEnv(options: {
	port: number | string;
	origin: string;
	databaseUrl: string;
	demo?: boolean;
	extra?: Record<string, string>;
}): NodeJS.ProcessEnv;
