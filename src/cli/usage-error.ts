/** Bad usage or unreadable input: reported as one line, exit code 2. */
export class UsageError extends Error { }
