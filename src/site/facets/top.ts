// The best few of many candidates without sorting them all: value pages and related plans ask
// for the top 5 or 10 of thousands, once per page.

/** The `limit` items that come first under `before`, in that order. */
export function topBy<T>(items: Iterable<T>, limit: number, before: (a: T, b: T) => boolean): T[] {
  const top: T[] = [];
  if (limit <= 0) return top;
  for (const item of items) {
    if (top.length === limit && !before(item, top[limit - 1]!)) continue;
    let i = top.length;
    while (i > 0 && before(item, top[i - 1]!)) i--;
    top.splice(i, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}
