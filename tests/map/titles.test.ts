import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeMapData } from '../../src/client/map/model.ts';
import { titleLoader } from '../../src/client/map/titles.ts';
import { buildMapData } from '../../src/site/map/data.ts';
import { mapFiles } from '../../src/common/map-format.ts';
import { makePlan } from '../helpers/plan.ts';

const kenya = { country: 'Kenya', lat: 0.5, lng: 37.9 };
const peru = { country: 'Peru', lat: -9.2, lng: -75 };
const plans = [
  makePlan({ id: 'a', title: 'A', locations: [kenya] }),
  makePlan({ id: 'b', title: 'B', locations: [peru, kenya] }),
  makePlan({ id: 'c', title: 'C', locations: [kenya] }),
  makePlan({ id: 'd', title: 'D', locations: [] }),
];
const built = buildMapData(plans, { prefix: '/', tileLayer: null, titlePage: 2, titleChunk: 2 });
const model = decodeMapData(built.data, built.plans);
const { build } = built.data;

/** The files the writer would write, served by a stub fetch that records what was asked. */
function serve(): string[] {
  const files = new Map<string, unknown>();
  built.titles.byRef.forEach((chunk, i) =>
    files.set(`/assets/${mapFiles.titles(build, i)}`, chunk),
  );
  built.titles.byPlace.forEach((pages, place) =>
    pages.forEach((page, i) => files.set(`/assets/${mapFiles.placeTitles(build, place, i)}`, page)),
  );
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const body = files.get(url);
    return new Response(JSON.stringify(body ?? null), { status: body ? 200 : 404 });
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('titleLoader', () => {
  it("reads a place's first page from that place's first file only", async () => {
    const asked = serve();
    const titleOf = await titleLoader('/assets/', model)([0, 1], 0);
    expect(asked).toEqual([`/assets/map/${build}/p0-0.json`]);
    expect([titleOf(0), titleOf(1)]).toEqual([
      { slug: 'a', title: 'A' },
      { slug: 'b', title: 'B' },
    ]);
  });

  it('reads a later plan of a place from the page that holds it', async () => {
    const asked = serve();
    const titleOf = await titleLoader('/assets/', model)([2], 0);
    expect(asked).toEqual([`/assets/map/${build}/p0-1.json`]);
    expect(titleOf(2)).toEqual({ slug: 'c', title: 'C' });
  });

  it('reads a plan without a place from the chunks by ref', async () => {
    const asked = serve();
    const titleOf = await titleLoader('/assets/', model)([3]);
    expect(asked).toEqual([`/assets/map/${build}/1.json`]);
    expect(titleOf(3)).toEqual({ slug: 'd', title: 'D' });
  });

  it('fetches a file once for two lists that need it', async () => {
    const asked = serve();
    const load = titleLoader('/assets/', model);
    await load([0], 0);
    await load([1], 0);
    expect(asked).toHaveLength(1);
  });
});
