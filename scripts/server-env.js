/**
 * The request body limit every server we start runs with. adapter-node's default (512K) answers
 * a bigger form with a bare "Invalid request body" before the app sees it; at 2M a megabyte pasted
 * into a field reaches validation and gets the field's own "too long" message in the user's
 * language. CSV uploads keep their own, smaller limit (src/lib/domain/csv-read.ts).
 */
export const BODY_SIZE_LIMIT = process.env.BODY_SIZE_LIMIT || '2M';
