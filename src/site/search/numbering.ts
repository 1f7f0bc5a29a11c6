// Numbers for keys (words, terms, word pairs) in first-seen order, so the search build's large
// tables can be typed arrays indexed by number instead of a string or an object per entry.
export class Numbering<K> {
  /** The keys, by number. */
  readonly keys: K[] = [];
  private readonly numbers = new Map<K, number>();

  of(key: K): number {
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.keys.length;
      this.numbers.set(key, n);
      this.keys.push(key);
    }
    return n;
  }
}
