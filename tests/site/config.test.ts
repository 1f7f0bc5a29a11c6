// The site configuration: a mistake in it is a one-line message that says what to fix, never a
// stack trace or a silently ignored key, and no URL or HTML in it can run a script on the site.
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { resolveConfig, type SiteConfigInput } from '../../src/site/config.ts';
import { cli, folder, goodDocument, removeFolders } from '../helpers/cli.ts';

afterAll(removeFolders);

/** The message `resolveConfig` refuses `input` with. */
function refusal(input: unknown): string {
  try {
    resolveConfig(input as SiteConfigInput);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

describe('a configuration file with a mistake', () => {
  test('stops the build with one line that suggests the key meant', async () => {
    const config = join(folder({ 'site.json': '{"baseurl":"https://example.org"}' }), 'site.json');
    const input = folder({ 'a.md': goodDocument });
    const output = join(folder(), 'site');
    const { code, stderr } = await cli('build', input, '--output', output, '--config', config);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `plan-archive: the configuration file "${config}" is not valid: unknown key "baseurl" (did you mean "baseUrl"?). Fix it and run again.`,
    ]);
  });
});

describe('the site configuration', () => {
  test('refuses a misspelt key inside a facet, naming where it is', () => {
    const facet = { name: 'country', label: 'Countries', singular: 'Country', pth: 'countries' };
    expect(refusal({ facets: [facet] })).toContain(
      'facets.0: unknown key "pth" (did you mean "path"?)',
    );
  });

  test('refuses a key far from any it knows without a guess', () => {
    expect(refusal({ colour: 'red' })).toMatch(/unknown key "colour"\. Fix/);
  });

  test('refuses a javascript: tile URL', () => {
    const tileLayer = { url: 'javascript:alert(1)//{z}/{x}/{y}', attribution: 'x' };
    expect(refusal({ tileLayer })).toContain('tileLayer.url: must be an http(s) URL');
  });

  test("refuses a facet path that is one of the site's own folders", () => {
    const facet = { name: 'country', label: 'Countries', singular: 'Country', path: 'search' };
    expect(refusal({ facets: [facet] })).toContain(
      `facets.0.path: "search" is taken by the site's own folders`,
    );
  });

  test('refuses a facet path that takes the About page', () => {
    const facet = { name: 'theme', label: 'About', singular: 'About', path: 'about' };
    expect(refusal({ facets: [facet] })).toContain(
      `facets.0.path: "about" is taken by the site's own folders`,
    );
  });

  test('refuses a licence link that is not http(s)', () => {
    expect(refusal({ about: { licenceUrl: 'javascript:alert(1)' } })).toContain(
      'about.licenceUrl:',
    );
  });

  test('refuses two facets with the same path', () => {
    const facets = [
      { name: 'country', label: 'Countries', singular: 'Country', path: 'places' },
      { name: 'theme', label: 'Themes', singular: 'Theme', path: 'places' },
    ];
    expect(refusal({ facets })).toContain('facets.1.path: "places" is taken by facets.0 already');
  });

  test('keeps only text and http(s) links of a tile attribution', () => {
    const attribution =
      '&copy; <a href="https://osm.example.org/copyright" onclick="steal()">OSM</a>' +
      '<img src=x onerror="steal()"><a href="javascript:steal()">x</a><script>steal()</script>';
    const config = resolveConfig({
      tileLayer: { url: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution },
    });
    expect(config.tileLayer?.attribution).toBe(
      '© <a href="https://osm.example.org/copyright">OSM</a><a>x</a>',
    );
  });
});
