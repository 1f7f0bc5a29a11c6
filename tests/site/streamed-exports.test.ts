// The exports are written piece by piece (one plan a piece), never as one string; what lands in
// the file must still be one valid JSON array, NDJSON of one record a line, and a GeoJSON object.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/site/config.ts';
import { ExportWriter, writeExports } from '../../src/site/files/outputs.ts';
import { makePlan } from '../helpers/plan.ts';

// Line breaks and a quote in the text, so a record can only stay on one line by being escaped.
const plans = Array.from({ length: 25 }, (_, i) =>
  makePlan({
    id: `p${i}`,
    slug: `plan-${i}`,
    title: `Plan ${i}\nwith "a quote"`,
    countries: ['Kenya'],
    locations: [{ country: 'Kenya', lat: i, lng: 37 }],
  }),
);
let dir: string;
const read = (name: string): Promise<string> => readFile(join(dir, 'data', name), 'utf8');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-archive-exports-'));
  await writeExports(dir, plans, resolveConfig({}, 'test'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the streamed exports', () => {
  it('write plans.json as one valid JSON array of every plan in order', async () => {
    const json = JSON.parse(await read('plans.json')) as { id: string }[];
    expect(json.map((r) => r.id)).toEqual(plans.map((p) => p.id));
  });

  it('write plans.ndjson as one JSON record a line', async () => {
    const lines = (await read('plans.ndjson')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(plans.length);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('title');
  });

  it('write the same records to plans.json and plans.ndjson', async () => {
    const json = JSON.parse(await read('plans.json')) as unknown[];
    const ndjson = (await read('plans.ndjson'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(ndjson).toEqual(json);
  });

  it('write plans.geojson as a valid FeatureCollection with a point for each plan', async () => {
    const geo = JSON.parse(await read('plans.geojson')) as {
      type: string;
      features: { properties: { id: string } }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.properties.id)).toEqual(plans.map((p) => p.id));
  });

  it('write plans.csv with a header and one row per plan', async () => {
    const csv = await read('plans.csv');
    expect(csv.startsWith('id,slug,title,')).toBe(true);
    // Each title holds a line break inside its quoted cell, so rows are counted by their ids.
    expect(plans.every((p) => csv.includes(`\n${p.id},${p.slug},`))).toBe(true);
  });
});

describe('the export writer', () => {
  it('writes many batches that each fill the file’s buffer without a listener warning', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning.name);
    process.on('warning', onWarning);
    const out = await mkdtemp(join(tmpdir(), 'plan-archive-exports-'));
    try {
      const writer = await ExportWriter.open(out, resolveConfig({}, 'test'));
      // Each batch is larger than a write stream's 16 kB buffer, so every write waits for it.
      const big = makePlan({ id: 'big', slug: 'big', summary: 'water '.repeat(10_000) });
      for (let i = 0; i < 30; i++) await writer.add([big]);
      await writer.close();
      // Node emits its warnings on a later tick.
      await new Promise((wake) => setImmediate(wake));
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await rm(out, { recursive: true, force: true });
    }
  });
});
