// Integration: sites built from hand-written documents that hold every kind of contact detail
// (tests/site/fixtures/contacts/ and a CR-only file), once under each policy. Every file of each
// site is read back: pages, exports, sources, search shards and display chunks, map data and
// title files, the sitemap. Every address and number here is invented.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskEmail, maskPhone, type ContactPolicy } from '../../src/site/contact-policy.ts';
import { buildTestSite, type BuiltSite } from './site-build.ts';

const contactsDir = fileURLToPath(new URL('./fixtures/contacts/', import.meta.url));

/** Written by the test, so that no tool turns its line endings into LF on the way. */
const crOnly = [
  '# Kelp farming cooperative',
  '',
  '[[focal_point:nadia.brightwatt@example.org]]',
  '',
  '[[year:2022]]',
  '',
  '[[type:solution]]',
  '',
  '## Solution',
  '',
  '> How can we contact the solution holder?',
  '',
  'orin.castellant@example.org, +233 30 274 5219',
  '',
].join('\r');

/** Every address of the fixtures as the records read it, and a word of it nothing else uses. */
const addresses: [address: string, word: string][] = [
  ['ana.vorlaug@example.org', 'vorlaug'],
  ['bram.quisbek@example.org', 'quisbek'],
  ['zeppolt@example.org', 'zeppolt'],
  ['marrowfat@example.org', 'marrowfat'],
  ['elric.thornquist@example.org', 'thornquist'],
  ['fenna.oxburt@example.org', 'oxburt'],
  ['gideon.plimsolk@example.org', 'plimsolk'],
  ['ingram.voskamp@example.org', 'voskamp'],
  ['juno.bexlund@example.org', 'bexlund'],
  ['kestrel.dunmork@example.org', 'dunmork'],
  ['lark.penhalt@example.org', 'penhalt'],
  ['mira.tollivar%40example.org', 'tollivar'],
  ['rook.bellamont@example.org', 'bellamont'],
  ['pell.ashgrovt@example.org', 'ashgrovt'],
  ['tamsin.greylock@example.org', 'greylock'],
  ['quill.fenwick@example.org', 'fenwick'],
  ['nadia.brightwatt@example.org', 'brightwatt'],
  ['orin.castellant@example.org', 'castellant'],
];
/** Only the target of a link: a link to a contact is reduced to its text, masked or not. */
const linkTargets = ['kestrel.dunmork@example.org', 'lark.penhalt@example.org'];
/** Only in a front-matter key that is not a record field: the record keeps it in meta. */
const sourceOnly: [string, string] = ['sable.underhalt@example.org', 'underhalt'];

const phones = [
  '+254 731 864 209',
  '583-9261',
  '+44 20 7946 0958',
  '9486123847',
  '+255 788 412 967',
  '+233 30 274 5219',
];
const consentLinks = ['signed-kx7731', 'qz-4471', 'consent.example.net'];

/** Budgets, years, an ISBN and a date that must stay as they are. */
const notContacts = ['USD 1 500 000', '2020-2024', '978-3-16-148410-0', '12/03/2021'];

interface Site {
  built: BuiltSite;
  files: Map<string, string>;
  /** Every term of the search index. */
  terms: Set<string>;
}

async function build(policy: ContactPolicy): Promise<Site> {
  const built = await buildTestSite(
    `contacts-${policy}`,
    { focalPoint: policy },
    { dirs: [contactsDir], files: { 'kelp_cr_only.md': crOnly } },
  );
  const files = new Map<string, string>();
  const terms = new Set<string>();
  for (const file of await glob('**/*', { cwd: built.output, dot: true })) {
    const text = await readFile(join(built.output, file), 'utf8');
    files.set(file, text);
    if (/^search\/[0-9a-f]{12}\/t\//.test(file)) {
      for (const term of Object.keys(JSON.parse(text) as object)) terms.add(term);
    }
  }
  return { built, files, terms };
}

/** The plan page of a fixture, by the name of its file. */
function page(site: Site, file: string): string {
  const record = site.built.loaded.records.find((r) => r.sourcePath.endsWith(file));
  return site.files.get(`plans/${record?.slug}/index.html`) ?? '';
}

/** The files that contain `text`, compared case-insensitively. */
function filesWith(site: Site, text: string): string[] {
  const needle = text.toLowerCase();
  return [...site.files].filter(([, body]) => body.toLowerCase().includes(needle)).map(([f]) => f);
}

/** What a leak of a phone number looks like: as written, digits only, or its groups as terms. */
function phoneLeaks(site: Site, number: string): string[] {
  const leaks = [...filesWith(site, number), ...filesWith(site, number.replace(/\D/g, ''))];
  for (const group of number.match(/\d{3,}/g) ?? []) {
    if (site.terms.has(group)) leaks.push(`search term ${group}`);
  }
  return leaks;
}

function addressLeaks(site: Site, [address, word]: [string, string]): string[] {
  return [...filesWith(site, address), ...filesWith(site, word)];
}

const sites = new Map<ContactPolicy, Site>();
const site = (policy: ContactPolicy): Site => sites.get(policy)!;

beforeAll(async () => {
  for (const policy of ['hide', 'mask', 'show'] as const) sites.set(policy, await build(policy));
});

afterAll(async () => {
  for (const s of sites.values()) await s.built.remove();
});

for (const policy of ['hide', 'mask'] as const) {
  describe(`a site built under ${policy}`, () => {
    it('publishes no address from the documents in any file', () => {
      const leaks = [...addresses, sourceOnly].flatMap((a) => addressLeaks(site(policy), a));
      expect(leaks).toEqual([]);
    });

    it('publishes no phone number from the documents in any file', () => {
      expect(phones.flatMap((p) => phoneLeaks(site(policy), p))).toEqual([]);
    });

    it('publishes no link to a consent form and no mailto: link', () => {
      const leaks = [...consentLinks, 'mailto:'].flatMap((l) => filesWith(site(policy), l));
      expect(leaks).toEqual([]);
    });
  });
}

describe('a site built under hide', () => {
  it('says in place of each detail that it was withheld', () => {
    const html = page(site('hide'), 'focal_capitals_and_contact_tags.md');
    expect(html).toContain('(e-mail withheld)');
    expect(html).toContain('(phone withheld)');
    expect(html).toContain('(consent form withheld)');
  });

  it('keeps budgets, years, ISBNs and dates', () => {
    const html = page(site('hide'), 'focal_capitals_and_contact_tags.md');
    for (const text of notContacts) expect(html).toContain(text);
  });

  it('gives every document its page, the CR-only one with its first line as the title', () => {
    expect(site('hide').built.summary.records).toBe(7);
    const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(page(site('hide'), 'kelp_cr_only.md'));
    expect(title?.[1]).toBe('Kelp farming cooperative');
  });

  it('counts the withheld addresses and numbers in the build summary', () => {
    expect(site('hide').built.summary.contacts).toEqual({
      policy: 'hide',
      emails: addresses.length + 1,
      phones: phones.length,
    });
  });
});

describe('a site built under mask', () => {
  it('publishes every address and number masked, but the targets of links', () => {
    const missing = [
      ...[...addresses, sourceOnly]
        .filter(([a]) => !linkTargets.includes(a))
        .map(([a]) => maskEmail(a)),
      ...phones.map(maskPhone),
    ].filter((masked) => filesWith(site('mask'), masked).length === 0);
    expect(missing).toEqual([]);
  });
});

describe('a site built under show', () => {
  it('publishes every address, number and consent link as written', () => {
    const missing = [
      ...[...addresses, sourceOnly].map(([a]) => a),
      ...phones,
      ...consentLinks,
    ].filter((text) => filesWith(site('show'), text).length === 0);
    expect(missing).toEqual([]);
  });

  it('says in the build summary that contacts are published', () => {
    expect(site('show').built.summary.contacts.policy).toBe('show');
  });
});

describe('the checks above', () => {
  it('see the search index: under show its terms hold the numbers’ digits', () => {
    expect(site('show').terms.has('9486123847')).toBe(true);
  });
});
