// Mistakes a user can fix (a wrong path, a bad configuration, a full disk) are reported as one
// line that says what is wrong and what to do; only real bugs keep their stack trace.

/** A user's mistake: the CLI prints `plan-archive: <message>` and exits non-zero, no stack. */
export class UserError extends Error {
  override name = 'UserError';
}

/** What to do about the file-system errors a user can act on, by errno code. */
const remedies: Record<string, (path: string) => string> = {
  EACCES: (p) => `permission denied on ${p}. Check the folder's permissions or choose another one`,
  EPERM: (p) =>
    `the operation is not permitted on ${p}. Check its permissions or choose another one`,
  ENOSPC: (p) =>
    `the disk is full (writing ${p}). Free some space (a build needs room for the new site beside the old one) and run again`,
  EDQUOT: (p) => `the disk quota is used up (writing ${p}). Free some space and run again`,
  EROFS: (p) => `${p} is on a read-only file system. Choose a writable folder`,
  ENAMETOOLONG: (p) => `the path ${p} is too long for the file system. Choose a shorter folder`,
  ENOTDIR: (p) => `a part of the path ${p} is a file, not a folder. Check the path`,
  EMFILE: () => 'too many files are open at once. Raise the limit (ulimit -n) and run again',
  EBUSY: (p) => `${p} is in use by another program. Close it and run again`,
};

/** The error and the errors it wraps (`cause`, and Eleventy's `originalError`). */
export function errorChain(error: unknown): NodeJS.ErrnoException[] {
  const chain: NodeJS.ErrnoException[] = [];
  for (let e = error; e instanceof Error && chain.length < 10;) {
    chain.push(e);
    e = e.cause ?? (e as { originalError?: unknown }).originalError;
  }
  return chain;
}

/** The one-line message for a file-system error a user can fix; null for anything else. */
export function describeFileError(error: unknown): string | null {
  for (const { code, path } of errorChain(error)) {
    const remedy = code === undefined ? undefined : remedies[code];
    if (remedy) return `${remedy(path === undefined ? 'a file' : `"${path}"`)} (${code}).`;
  }
  return null;
}

/** The line the CLI prints for an error: the message for a user's mistake, the stack for a bug. */
export function describeError(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const fileError = describeFileError(error);
  if (fileError) return fileError;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `${detail}\nThis is a bug in plan-archive: please report it with the command you ran.`;
}
