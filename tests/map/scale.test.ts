import { describe, expect, it } from 'vitest';
import { classBreaks, colourFor, palette } from '../../src/client/map/scale.ts';
import { unwrapRing } from '../../src/common/antimeridian.ts';

describe('classBreaks', () => {
  it('follows the 1-2-5 series up to the largest count', () => {
    expect(classBreaks(60)).toEqual([1, 2, 5, 10, 20, 50]);
  });

  it('keeps at most as many classes as colours', () => {
    expect(classBreaks(2217).length).toBeLessThanOrEqual(palette.length);
  });

  it('has one class when every count is 1', () => {
    expect(classBreaks(1)).toEqual([1]);
  });
});

describe('colourFor', () => {
  it('gives a count the colour of the highest class it reaches', () => {
    const breaks = [1, 2, 5];
    expect(colourFor(4, breaks)).toBe(palette[1]);
  });
});

describe('unwrapRing', () => {
  it('moves the western points of a ring crossing the antimeridian past 180', () => {
    expect(
      unwrapRing([
        [179, -16],
        [-179, -16],
        [-179, -17],
        [179, -16],
      ]),
    ).toEqual([
      [179, -16],
      [181, -16],
      [181, -17],
      [179, -16],
    ]);
  });

  it('leaves a ring around the south pole alone', () => {
    const ring = [
      [-180, -85],
      [0, -70],
      [180, -85],
      [-180, -85],
    ];
    expect(unwrapRing(ring)).toBe(ring);
  });
});
