/** Where the built app is (FREEHOLD_BUILD_DIR, else `build`). */
export const BUILD_DIR: string;
/** Builds the app when build/ is missing or older than its sources; true when it built. */
export function buildIfNeeded(): boolean;
