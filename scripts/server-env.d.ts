export const BODY_SIZE_LIMIT: string;
