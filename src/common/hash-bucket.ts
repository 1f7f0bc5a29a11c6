// Which of `count` files holds a key, the same on both sides: FNV-1a of the key, modulo the
// count. Files chosen so need no table of keys: the phrase index and the title words use it.

export function bucketOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % Math.max(1, count);
}
