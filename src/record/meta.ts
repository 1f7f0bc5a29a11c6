// A record's `meta`: tag key → every value written under it. The keys are document text
// (`constructor`, `__proto__`, `toString`), so the object has no prototype: no key can reach an
// inherited method or the `__proto__` setter, and every key a document writes is kept.
export type Meta = Record<string, string[]>;

export function emptyMeta(): Meta {
  return Object.create(null) as Meta;
}

export function addMeta(meta: Meta, key: string, value: string): void {
  (meta[key] ??= []).push(value);
}

/** Whether a value has the shape of `meta`: own keys only, each a list of strings. */
export function isMeta(value: unknown): value is Meta {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (values) => Array.isArray(values) && values.every((v) => typeof v === 'string'),
  );
}

/**
 * `meta` as read back from JSON or from another thread (both give plain objects, whose
 * `__proto__` key is an own property): the same entries on a null-prototype object.
 */
export function toMeta(value: Meta): Meta {
  const meta = emptyMeta();
  for (const [key, values] of Object.entries(value)) meta[key] = values;
  return meta;
}
