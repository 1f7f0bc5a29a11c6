// The focus ring against every background the stylesheets paint, by the WCAG 2 contrast formula.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const sheets = ['styles.css', 'search/search.css', 'map/map.css'];
const css = await Promise.all(
  sheets.map((f) => readFile(new URL(`../../public/${f}`, import.meta.url), 'utf8')),
);
const all = css.join('\n');

/** `--name: #hex` declarations of the main stylesheet's :root. */
const custom = new Map(
  [...(/:root\s*{([^}]*)}/.exec(css[0]!)?.[1] ?? '').matchAll(/(--[\w-]+):\s*(#[0-9a-f]+)/gi)].map(
    (m) => [m[1]!, m[2]!],
  ),
);

/** A colour value as hex: `#fff`, `var(--ink)` or `var(--ink, #1a1a1a)`; null when not one. */
function resolve(value: string): string | null {
  const v = /var\((--[\w-]+)(?:,\s*(#[0-9a-f]+))?\)/i.exec(value);
  const hex = v
    ? (custom.get(v[1]!) ?? v[2] ?? null)
    : (/#[0-9a-f]{3,6}\b/i.exec(value)?.[0] ?? null);
  if (!hex) return null;
  return hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Every rule for a focused element: its outline colour and its halo's (the box-shadow). */
const rings = [...all.matchAll(/([^{}]*:focus[^{}]*){([^}]*)}/g)]
  .filter((m) => /outline:/.test(m[2]!))
  .map((m) => ({
    selector: m[1]!.trim(),
    outline: resolve(/outline:([^;]*)/.exec(m[2]!)![1]!),
    halo: resolve(/box-shadow:([^;]*)/.exec(m[2]!)?.[1] ?? ''),
  }));

/** Every colour a rule paints as a background: page, header, cards, buttons, map, highlights. */
const backgrounds = [
  ...new Set(
    [...all.matchAll(/background(?:-color)?:([^;]*)/g)]
      .map((m) => resolve(m[1]!))
      .filter((c) => c !== null),
  ),
];

describe('the focus ring', () => {
  it('is styled for links, buttons and inputs in every stylesheet that draws one', () => {
    expect(rings.length).toBeGreaterThanOrEqual(3);
    expect(rings.every((r) => r.outline !== null && r.halo !== null)).toBe(true);
  });

  it('has bands that contrast at least 3:1 with each other', () => {
    for (const r of rings)
      expect(contrast(r.outline!, r.halo!), r.selector).toBeGreaterThanOrEqual(3);
  });

  it('has a band that contrasts at least 3:1 with every background colour used', () => {
    expect(backgrounds.length).toBeGreaterThan(5);
    for (const r of rings) {
      for (const bg of backgrounds) {
        const best = Math.max(contrast(r.outline!, bg), contrast(r.halo!, bg));
        expect(best, `${r.selector} on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('contrasts at least 3:1 in its outer band with the page, header and map backgrounds', () => {
    // The page, the header and the map's sea.
    const surfaces = [custom.get('--paper')!, custom.get('--soft')!, '#b8d4e3'];
    for (const r of rings) {
      for (const bg of surfaces) expect(contrast(r.outline!, bg)).toBeGreaterThanOrEqual(3);
    }
  });
});
