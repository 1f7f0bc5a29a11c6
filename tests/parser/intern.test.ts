// Sharing repeated strings across records must leave every record as it was.
import { describe, expect, test } from 'vitest';
import { Strings } from '../../src/load/intern.ts';

describe('one copy of each repeated string', () => {
  test('keeps every value at any depth, null-prototype objects and their keys included', () => {
    const meta = Object.create(null) as Record<string, string[]>;
    meta.__proto__ = ['kept'];
    meta.partner = ['UNDP', 'UNDP'];
    const record = { title: 'Water', items: [{ question: 'Why?', answer: null, line: 3 }], meta };
    const expected = structuredClone({ ...record, meta: { ...meta } });
    const interned = new Strings().intern(record);
    expect({ ...interned, meta: { ...interned.meta } }).toEqual(expected);
    expect(Object.getPrototypeOf(interned.meta)).toBeNull();
    expect(Object.keys(interned.meta)).toEqual(['__proto__', 'partner']);
  });
});
