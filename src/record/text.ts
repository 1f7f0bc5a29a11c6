// Cleaning of text that comes from raw source lines (titles, tag values, questions).
import { decodeHTMLStrict } from 'entities';
import { collapseWhitespace, stripInvisible } from './normalise.ts';

/** Entities decoded once (`&amp;amp;` → `&amp;`; an invalid `&D;` stays), controls stripped. */
export function cleanInline(raw: string): string {
  return collapseWhitespace(stripInvisible(decodeHTMLStrict(raw.replace(/\r/g, ' '))));
}

/** A tag value as written: entities decoded once, lone CR as a space, controls stripped, trimmed. */
export function cleanValue(raw: string): string {
  return stripInvisible(decodeHTMLStrict(raw.replace(/\r/g, ' '))).trim();
}
