// Bundled by bench/search.ts into the built site: times the search engine in the browser with
// the index parts already loaded (run a query once, then time it again), for our index and for
// Pagefind, the same way: search, then the display data of the first ten results.
import { SearchIndex } from '../src/client/search/loader.ts';
import { runSearch } from '../src/client/search/run.ts';

interface Timing {
  ms: number;
  count: number;
  /** The slugs of the first ten results. */
  slugs: string[];
  /** Ours only: `idle` when there was nothing to search for yet. */
  kind?: string;
}

let index: SearchIndex | null = null;

async function ours(q: string): Promise<Timing> {
  index ??= await SearchIndex.open(new URL('search/', document.baseURI).href);
  const started = performance.now();
  const outcome = await runSearch(index, { q, filters: {}, themes: [] });
  const entries = await index.display(outcome.refs.slice(0, 10));
  const ms = performance.now() - started;
  const slugs = outcome.refs.slice(0, 10).map((ref) => entries.get(ref)?.s ?? '');
  return { ms, count: outcome.total, slugs, kind: outcome.kind };
}

interface PagefindResult {
  data: () => Promise<{ url: string }>;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}
let pagefind: Pagefind | null = null;

async function theirs(q: string): Promise<Timing> {
  if (pagefind === null) {
    const url = new URL('pagefind/pagefind.js', document.baseURI).href;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.init();
  }
  const started = performance.now();
  const found = await pagefind.search(q);
  const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
  const ms = performance.now() - started;
  const slugs = data.map((d) => /\/plans\/([^/]+)\//.exec(d.url)?.[1] ?? '');
  return { ms, count: found.results.length, slugs: slugs.map(decodeURIComponent) };
}

Object.assign(window, { benchOurs: ours, benchPagefind: theirs });
document.body.dataset.state = 'ready';
