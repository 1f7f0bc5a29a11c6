// The fields of the search index: one-letter codes keep the index files small; the names and
// aliases are what a user types before a colon (`country:kenya`, `methods:prototyping`).

export interface SearchField {
  code: string;
  boost: number;
  names: readonly string[];
}

export const searchFields: readonly SearchField[] = [
  { code: 't', boost: 10, names: ['title'] },
  { code: 'c', boost: 4, names: ['country', 'countries'] },
  { code: 'm', boost: 3, names: ['method', 'methods'] },
  { code: 'd', boost: 3, names: ['datasource', 'datasources', 'source', 'sources'] },
  { code: 's', boost: 2, names: ['sdg', 'sdgs', 'goal', 'goals'] },
  { code: 'h', boost: 2, names: ['theme', 'themes'] },
  { code: 'y', boost: 2, names: ['type', 'types'] },
  { code: 'r', boost: 1, names: ['year', 'years'] },
  { code: 'u', boost: 2, names: ['summary'] },
  { code: 'b', boost: 1, names: ['text', 'body'] },
];

export const fieldCodes: readonly string[] = searchFields.map((f) => f.code);

/** The field code a user's field name stands for, or null for a word that is not a field. */
export function fieldCodeOf(name: string): string | null {
  const lower = name.toLowerCase();
  return searchFields.find((f) => f.names.includes(lower))?.code ?? null;
}
