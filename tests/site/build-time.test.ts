import { describe, expect, it } from 'vitest';
import { buildTime, isoDate } from '../../src/site/build-time.ts';

describe('buildTime', () => {
  it('takes the moment from SOURCE_DATE_EPOCH when it is a whole number of seconds', () => {
    expect(buildTime({ SOURCE_DATE_EPOCH: '1709640000' }).toISOString()).toBe(
      '2024-03-05T12:00:00.000Z',
    );
  });

  it('falls back to now when SOURCE_DATE_EPOCH is not a number', () => {
    const before = Date.now();
    const time = buildTime({ SOURCE_DATE_EPOCH: 'yesterday' }).getTime();
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
  });

  it('gives the day in UTC as an ISO date', () => {
    expect(isoDate(new Date('2024-03-05T23:59:59-05:00'))).toBe('2024-03-06');
  });
});
