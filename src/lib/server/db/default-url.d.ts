export const DEFAULT_DATABASE_URL: string;
