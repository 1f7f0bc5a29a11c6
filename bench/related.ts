// Related plans over the corpus: the time to rank every published plan's related plans at build
// time (TF-IDF, src/site/pages/related.ts), and how many plans get a full row of cards.
// Run: tsx bench/related.ts [corpusDir]
import { fileURLToPath } from 'node:url';
import { loadFolder } from '../src/load/folder.ts';
import { FacetCache } from '../src/site/facets/facet-index.ts';
import { publishedPlans } from '../src/site/pages/model.ts';
import { relatedCount, relatedPlans } from '../src/site/pages/related.ts';
import { defaultCorpus } from './build.ts';

export async function main(corpus = defaultCorpus): Promise<number> {
  const { records } = await loadFolder(corpus, { cacheDir: '.cache/parse' });
  const plans = publishedPlans(records);
  const started = performance.now();
  const related = relatedPlans(plans, relatedCount, new FacetCache());
  const ms = performance.now() - started;
  let full = 0;
  let none = 0;
  for (const list of related.values()) {
    if (list.length === relatedCount) full++;
    if (list.length === 0) none++;
  }
  console.log(
    `related plans for ${plans.length.toLocaleString('en')} plans in ${(ms / 1000).toFixed(2)} s; ${full.toLocaleString('en')} get all ${relatedCount} cards, ${none} get none`,
  );
  return ms;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv[2]);
