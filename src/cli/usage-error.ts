/** Kept for imports written before cli-error.ts: the one UsageError class. */
export { UsageError } from './cli-error.js';
