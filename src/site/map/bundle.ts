// Bundle the map's client code and styles with esbuild into `{outDir}/assets/`. The map page
// gets Leaflet in its own script, so it arrives with it instead of after it (a split chunk is
// found only once the entry has been parsed: one more round trip before places are drawn); the
// search engine for word queries is a separate script loaded when a user types words.
// Plan pages have no script: their small map is SVG drawn at build time (mini-map.ts).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { writeOut, type OutputReuse } from '../../output/reuse.ts';

const clientDir = fileURLToPath(new URL('../../client/map/', import.meta.url));
const stylesDir = fileURLToPath(new URL('../../../public/map/', import.meta.url));

const common: BuildOptions = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: ['es2020'],
  assetNames: 'map-chunks/[name]-[hash]',
  loader: { '.png': 'file' },
  legalComments: 'none',
  logLevel: 'silent',
};

export async function bundleMapClient(outDir: string, reuse?: OutputReuse): Promise<void> {
  const outdir = join(outDir, 'assets');
  const { outputFiles } = await build({
    ...common,
    write: false,
    entryPoints: [
      { in: join(clientDir, 'main.ts'), out: 'map' },
      { in: join(clientDir, 'text-query.ts'), out: 'map-text' },
      { in: join(stylesDir, 'map.css'), out: 'map' },
    ],
    outdir,
  });
  for (const file of outputFiles) await writeOut(reuse, file.path, file.contents);
}
