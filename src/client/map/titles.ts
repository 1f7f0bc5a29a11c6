// Plan titles and slugs, fetched only for the plans a user is about to see. A plan's title is
// read from the page file of the place being opened (one small file for an unfiltered page),
// else from any place of the plan, else from the chunks by ref (plans without a place).
import { mapFiles, type TitleChunk } from '../../common/map-format.ts';
import { plansAt, type MapModel } from './model.ts';

export interface Title {
  slug: string;
  title: string;
}
export type TitleOf = (ref: number) => Title | null;
export type LoadTitles = (refs: readonly number[], place?: number) => Promise<TitleOf>;

interface Source {
  path: string;
  /** The refs the file holds, in its order. */
  refs: () => number[];
}

export function titleLoader(assets: string, model: MapModel): LoadTitles {
  const { titlePage, titleChunk, build } = model.data;
  const allRefs = Array.from({ length: model.plans }, (_, ref) => ref);
  const placeLists = new Map<number, { refs: number[]; position: Map<number, number> }>();
  const files = new Map<string, Promise<void>>();
  const titles = new Map<number, Title>();

  const placeList = (place: number): { refs: number[]; position: Map<number, number> } => {
    let list = placeLists.get(place);
    if (!list) {
      const refs = plansAt(model, allRefs, place);
      list = { refs, position: new Map(refs.map((ref, i) => [ref, i])) };
      placeLists.set(place, list);
    }
    return list;
  };

  const sourceOf = (ref: number, preferred?: number): Source => {
    const places = model.planPlaces[ref] ?? [];
    const place = preferred !== undefined && places.includes(preferred) ? preferred : places[0];
    if (place === undefined) {
      const chunk = Math.floor(ref / titleChunk);
      const first = chunk * titleChunk;
      return {
        path: mapFiles.titles(build, chunk),
        refs: () => allRefs.slice(first, first + titleChunk),
      };
    }
    const list = placeList(place);
    const page = Math.floor((list.position.get(ref) ?? 0) / titlePage);
    return {
      path: mapFiles.placeTitles(build, place, page),
      refs: () => list.refs.slice(page * titlePage, (page + 1) * titlePage),
    };
  };

  const load = (source: Source): Promise<void> => {
    let pending = files.get(source.path);
    if (!pending) {
      pending = fetch(`${assets}${source.path}`).then(async (response) => {
        if (!response.ok) throw new Error(`${source.path} answered ${response.status}`);
        const body = (await response.json()) as TitleChunk;
        source.refs().forEach((ref, i) => {
          const entry = body[i];
          if (entry) titles.set(ref, { slug: entry[0], title: entry[1] });
        });
      });
      // A failed file may be asked for again later.
      pending.catch(() => files.delete(source.path));
      files.set(source.path, pending);
    }
    return pending;
  };

  const titleOf: TitleOf = (ref) => titles.get(ref) ?? null;
  return async (refs, place) => {
    const missing = refs.filter((ref) => !titles.has(ref));
    const sources = new Map(missing.map((ref) => sourceOf(ref, place)).map((s) => [s.path, s]));
    await Promise.all([...sources.values()].map(load));
    return titleOf;
  };
}
