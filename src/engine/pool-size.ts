/** Below this many files a worker's start-up (loading the bundle, ~100 ms) costs more than it saves. */
export const POOL_MIN_FILES = 16;
