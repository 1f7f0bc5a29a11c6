// A file written from a sequence of pieces: each piece is written as the file takes it, so a
// file is never one string in memory and never limited by V8's longest string (about 512 MB).
// The pieces are hashed on their way, for the output's manifest (src/output/reuse.ts).
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Write `pieces` to `file`; resolves with the content's hash as the manifest records it. */
export async function writeStreamed(file: string, pieces: Iterable<string>): Promise<string> {
  await mkdir(dirname(file), { recursive: true });
  const hash = createHash('sha256');
  function* hashed(): Generator<string> {
    for (const piece of pieces) {
      hash.update(piece);
      yield piece;
    }
  }
  await pipeline(Readable.from(hashed()), createWriteStream(file));
  return hash.digest('base64url');
}
