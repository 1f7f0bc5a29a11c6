// The parse worker as one plain JavaScript file. Through tsx, each worker loads some hundred
// modules via loader hooks at start (about 0.9 s of CPU); the bundle loads in about 0.1 s. It is
// built once per code version into node_modules/.cache (the project's own folder, so no other
// user can plant it) and reused; if it cannot be built, workers start through tsx as before.
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { codeVersion } from '../code-version.ts';

const entry = fileURLToPath(new URL('./worker-main.ts', import.meta.url));
const cacheDir = fileURLToPath(new URL('../../node_modules/.cache/plan-archive/', import.meta.url));
const viaTsx = new URL('./worker.js', import.meta.url);

let script: URL | undefined;

/** The file a parse worker runs: the bundle, or the tsx entry when bundling fails. */
export function workerScript(): URL {
  if (script) return script;
  const file = `${cacheDir}worker-${codeVersion(entry).slice(0, 16)}.mjs`;
  try {
    if (!existsSync(file)) {
      mkdirSync(cacheDir, { recursive: true });
      // Written beside and renamed, so a concurrent build never starts a half-written file.
      const partial = `${file}.${process.pid}.tmp`;
      buildSync({
        entryPoints: [entry],
        outfile: partial,
        bundle: true,
        platform: 'node',
        format: 'esm',
        logLevel: 'silent',
        // Some dependencies are CommonJS and `require` Node's modules.
        banner: {
          js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        },
      });
      renameSync(partial, file);
    }
    script = pathToFileURL(file);
  } catch {
    script = viaTsx;
  }
  return script;
}
