// Country shapes for the offline basemap and the plan pages' small maps: world-atlas's 1:110m
// countries (about 100 kB, a third of that compressed). The 1:50m file is seven times larger for
// detail a centroid map does not need. Only the `countries` object is kept; its ids are ISO
// 3166-1 numeric codes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

export function readWorldShapes(): Topology {
  const path = require.resolve('world-atlas/countries-110m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
  const { countries } = topology.objects;
  if (!countries)
    throw new Error(`${path} has no "countries" object: is world-atlas 2.x installed?`);
  return { ...topology, objects: { countries } };
}
