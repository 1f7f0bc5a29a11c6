// Reading one listed document safely: the file is opened without following a link and without
// waiting for a writer (a FIFO), then checked on the opened descriptor (a regular file, not over
// the size limit) before a byte is read, so no file can stall a run or exhaust its memory.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Diagnostic } from '../record/schema.ts';
import { maxBytes, tooLargeMessage } from './document.ts';

export type ReadResult = { bytes: Buffer } | { error: Pick<Diagnostic, 'code' | 'message'> };

// O_NOFOLLOW and O_NONBLOCK are 0 where the platform lacks them (Windows has neither problem).
const openFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'not a regular file';
}

function unreadable(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return {
    error: {
      code: 'file-unreadable',
      message: `The file cannot be read (${code}). Check its permissions.`,
    },
  };
}

/** The bytes of `file`, or why it is not read. */
export function readDocumentFile(file: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(file, openFlags);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      return {
        error: {
          code: 'file-link',
          message: 'The file became a symbolic link while it was read; links are not followed.',
        },
      };
    return unreadable(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile())
      return {
        error: {
          code: 'file-not-regular',
          message: `The file is ${kindOf(stats)}; only regular files are read. Remove it from the folder.`,
        },
      };
    if (stats.size > maxBytes)
      return { error: { code: 'file-too-large', message: tooLargeMessage(stats.size) } };
    // At most the size seen: a file that grows while it is read is cut, never read without end.
    const bytes = Buffer.allocUnsafe(stats.size);
    let length = 0;
    for (let n = 1; n > 0 && length < bytes.length; length += n)
      n = readSync(fd, bytes, length, bytes.length - length, null);
    return { bytes: bytes.subarray(0, length) };
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}
