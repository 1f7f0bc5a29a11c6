// One copy of each repeated string across the records: every document of a form repeats its
// questions, and many repeat the same answers and tags. Each document is parsed (or read from
// the cache) on its own, so each would otherwise hold its own copy: a seventh of the records'
// memory on the shared corpus.

export class Strings {
  private readonly seen = new Map<string, string>();

  /** `value` with every string in it (at any depth) replaced by the first equal one seen. */
  intern<T>(value: T): T {
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === 'string') {
      const first = this.seen.get(value);
      if (first !== undefined) return first;
      this.seen.set(value, value);
      return value;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.walk(value[i]);
    } else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object)) object[key] = this.walk(object[key]);
    }
    return value;
  }
}
