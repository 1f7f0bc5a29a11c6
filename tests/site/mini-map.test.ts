import { describe, expect, it } from 'vitest';
import { miniMap } from '../../src/site/map/mini-map.ts';
import { clipRing, ringPath, type Point } from '../../src/site/map/svg-path.ts';

const kenya = { country: 'Kenya', lat: 0.5, lng: 37.9 };

describe('the plan page map', () => {
  it('fills the plan country and draws one dot per distinct point', () => {
    const map = miniMap(
      ['Kenya'],
      [kenya, { ...kenya }, { country: 'Kenya', lat: -1.3, lng: 36.8 }],
    );
    expect(map?.svg).toMatch(/<path class="own" d="M[^"]+z"\/>/);
    expect(map?.svg.match(/<circle /g)).toHaveLength(2);
  });

  it('links the map page to the middle of the view', () => {
    const [lat, lng, zoom] = (miniMap(['Kenya'], [kenya])?.at ?? '').split(',').map(Number);
    expect(Math.abs(lat! - 0.4)).toBeLessThan(2);
    expect(Math.abs(lng! - 37.9)).toBeLessThan(2);
    expect(zoom).toBeGreaterThanOrEqual(5);
  });

  it('draws a region under its country', () => {
    expect(miniMap(['Wales'], [])?.svg).toMatch(/class="own" d="M/);
  });

  it('has no map for a plan with neither a known country nor a point', () => {
    expect(miniMap(['Atlantis'], [])).toBeNull();
  });

  it('keeps a place near the antimeridian in the middle of its map', () => {
    const map = miniMap(['Fiji'], [{ country: 'Fiji', lat: -17.7, lng: 178 }]);
    const [, x] = /<circle cx="(\d+)"/.exec(map?.svg ?? '') ?? [];
    expect(Math.abs(Number(x) - 160)).toBeLessThan(60);
    expect(Number(map?.at.split(',')[1])).toBeGreaterThan(170);
  });

  it('stays small for the largest country', () => {
    expect(miniMap(['Russia'], [])!.svg.length).toBeLessThan(10_000);
  });
});

describe('SVG outlines', () => {
  const view = { width: 100, height: 100 };

  it('cuts a ring to the view and a little margin', () => {
    const ring: Point[] = [
      [-50, 10],
      [50, 10],
      [50, 90],
      [-50, 90],
    ];
    const xs = clipRing(ring, view).map(([x]) => x);
    expect(Math.min(...xs)).toBe(-2);
    expect(Math.max(...xs)).toBe(50);
  });

  it('writes relative moves in whole pixels', () => {
    const ring: Point[] = [
      [10.2, 10.4],
      [20.6, 10],
      [20, 30],
    ];
    expect(ringPath(ring)).toBe('M10 10l11 0-1 20z');
  });

  it('drops a ring smaller than a pixel or two', () => {
    expect(
      ringPath([
        [5, 5],
        [5.3, 5.2],
        [5.1, 5.4],
      ]),
    ).toBe('');
  });

  it('drops points that lie on the line between their neighbours', () => {
    const ring: Point[] = [
      [0, 0],
      [5, 0],
      [10, 0],
      [10, 10],
    ];
    expect(ringPath(ring)).toBe('M0 0l10 0 0 10z');
  });
});
