// Whether a place name is a country's own name (or a spelling of it, such as "Viet Nam"), as
// opposed to a region or island within it (Wales, Honshu): the countries page nests only those.
import { createRequire } from 'node:module';

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
}

const require = createRequire(import.meta.url);
let names: Set<string> | null = null;

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function isCountryName(name: string): boolean {
  if (!names) {
    const countries = require('world-countries') as WorldCountry[];
    names = new Set(
      countries.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings].map(fold)),
    );
  }
  return names.has(fold(name));
}
