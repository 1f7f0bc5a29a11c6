// A cache folder that keeps one entry, named by its key (32 hex digits): written whole or not at
// all, and the entries of earlier keys removed, so the folder never grows.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Save `text` as `dir`/`key`.json, the only entry of `dir`. */
export function saveOnlyEntry(dir: string, key: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${key}.json`);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
  for (const name of readdirSync(dir))
    if (name !== `${key}.json` && /^[0-9a-f]{32}\.json$/.test(name)) rmSync(join(dir, name));
}
