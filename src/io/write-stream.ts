// A file written from a sequence of pieces: each piece is written as the file takes it, so a
// file is never one string in memory and never limited by V8's longest string (about 512 MB).
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export async function writeStreamed(file: string, pieces: Iterable<string>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await pipeline(Readable.from(pieces), createWriteStream(file));
}
