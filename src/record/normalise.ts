// Small text normalisers shared by the parser and the site.

/**
 * C0/C1 controls except tab and newline, zero-width space, line/paragraph separators and BOM.
 * Joiners, direction marks and soft hyphens stay: scripts such as Persian and Arabic need them.
 */
// eslint-disable-next-line no-control-regex
export const invisible = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff]/g;

export function stripInvisible(text: string): string {
  return text.replace(invisible, '');
}

/** Collapse every run of Unicode whitespace (NBSP included) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Letters and digits only, lower case: texts that say the same words compare equal. */
export function lettersAndDigits(text: string): string {
  return text.toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The grouping key of a country or region name: case-folded, spaces collapsed, trailing , . ; gone. */
export function placeKey(value: string): string {
  return collapseWhitespace(value)
    .replace(/(?<![\s,.;])[\s,.;]+$/u, '')
    .toLocaleLowerCase('en');
}
