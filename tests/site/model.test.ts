import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/site/config.ts';
import { buildSiteModel } from '../../src/site/pages/model.ts';
import { facet, group, item, makePlan, section } from '../helpers/plan.ts';

const config = resolveConfig();
const many = Array.from({ length: 120 }, (_, i) =>
  makePlan({
    id: `p${String(i).padStart(3, '0')}`,
    year: 2020 + (i % 6),
    countries: ['Kenya'],
    methods: [facet(i % 2 ? 'Mapping' : 'Surveys')],
  }),
);

describe('buildSiteModel', () => {
  it('paginates a value page at 24 plans', () => {
    const pages = buildSiteModel(many, config).values.filter((v) =>
      v.url.startsWith('/countries/kenya/'),
    );
    expect(pages.map((p) => [p.url, p.cards.length])).toEqual([
      ['/countries/kenya/', 24],
      ['/countries/kenya/page/2/', 24],
      ['/countries/kenya/page/3/', 24],
      ['/countries/kenya/page/4/', 24],
      ['/countries/kenya/page/5/', 24],
    ]);
  });

  it('lists the plans of a value newest first', () => {
    const page = buildSiteModel(many, config).values.find((v) => v.url === '/countries/kenya/');
    const years = page?.cards.map((c) => c.year ?? 0) ?? [];
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('counts the other facets within a value', () => {
    const page = buildSiteModel(many, config).values.find((v) => v.url === '/countries/kenya/');
    const methods = page?.others.find((o) => o.label === 'Methods');
    expect(methods?.values.map((v) => [v.label, v.count])).toEqual([
      ['Mapping', 60],
      ['Surveys', 60],
    ]);
  });

  it('links a count within a value to the search for plans having both values', () => {
    const page = buildSiteModel(many, config).values.find((v) => v.url === '/countries/kenya/');
    const methods = page?.others.find((o) => o.label === 'Methods');
    expect(methods?.values.map((v) => v.url)).toEqual([
      '/search/?country=kenya&method=mapping',
      '/search/?country=kenya&method=survey',
    ]);
  });

  it('links a theme count within a country to the search filtered by the theme page slug', () => {
    const plans = [
      makePlan({ id: 't', countries: ['Kenya'], thematicAreas: [facet('Clean Water')] }),
    ];
    const page = buildSiteModel(plans, config).values.find((v) => v.url === '/countries/kenya/');
    const themes = page?.others.find((o) => o.label === 'Themes');
    expect(themes?.values.map((v) => [v.label, v.url])).toEqual([
      ['Clean Water', '/search/?country=kenya&theme=clean-water'],
    ]);
  });

  it('links a country count within a theme to the search filtered by both', () => {
    const plans = [
      makePlan({ id: 't', countries: ['Kenya'], thematicAreas: [facet('Clean Water')] }),
    ];
    const page = buildSiteModel(plans, config).values.find((v) => v.url === '/themes/clean-water/');
    const countries = page?.others.find((o) => o.label === 'Countries');
    expect(countries?.values.map((v) => v.url)).toEqual([
      '/search/?theme=clean-water&country=kenya',
    ]);
  });

  it('links "and N more" within a theme to the search filtered by the theme', () => {
    const plans = Array.from({ length: 12 }, (_, i) =>
      makePlan({ id: `q${i}`, methods: [facet(`Method ${i}`)], thematicAreas: [facet('Water')] }),
    );
    const page = buildSiteModel(plans, config).values.find((v) => v.url === '/themes/water/');
    const shown = page?.others.find((o) => o.label === 'Methods');
    expect([shown?.more, shown?.moreUrl]).toEqual([2, '/search/?theme=water']);
  });

  it('lists the themes past the first ten behind "and N more", each linked to the intersection', () => {
    const plans = Array.from({ length: 13 }, (_, i) =>
      makePlan({ id: `h${i}`, countries: ['Peru'], thematicAreas: [facet(`Theme ${i}`)] }),
    );
    const page = buildSiteModel(plans, config).values.find((v) => v.url === '/countries/peru/');
    const themes = page?.others.find((o) => o.label === 'Themes');
    expect(themes?.rest.map((v) => v.url)).toEqual([
      '/search/?country=peru&theme=theme-7',
      '/search/?country=peru&theme=theme-8',
      '/search/?country=peru&theme=theme-9',
    ]);
    expect([themes?.more, themes?.moreUrl]).toEqual([0, null]);
  });

  it('shows the ten most common other values, ties by name, and counts the rest', () => {
    const methods = ['Zines', 'Art', 'Mapping', 'Mapping', 'Surveys', 'Surveys', 'Surveys'];
    const singles = Array.from({ length: 10 }, (_, i) => `Method ${String.fromCharCode(65 + i)}`);
    const plans = [...methods, ...singles].map((name, i) =>
      makePlan({ id: `m${i}`, countries: ['Peru'], methods: [facet(name)] }),
    );
    const page = buildSiteModel(plans, config).values.find((v) => v.url === '/countries/peru/');
    const shown = page?.others.find((o) => o.label === 'Methods');
    expect(shown?.values.map((v) => [v.label, v.count])).toEqual([
      ['Surveys', 3],
      ['Mapping', 2],
      ['Art', 1],
      ['Method A', 1],
      ['Method B', 1],
      ['Method C', 1],
      ['Method D', 1],
      ['Method E', 1],
      ['Method F', 1],
      ['Method G', 1],
    ]);
    expect(shown?.more).toBe(4);
  });

  it('links "and N more" to the search filtered by the value, whose filters count them all', () => {
    const plans = Array.from({ length: 12 }, (_, i) =>
      makePlan({ id: `n${i}`, countries: ['Peru'], methods: [facet(`Method ${i}`)] }),
    );
    const page = buildSiteModel(plans, config).values.find((v) => v.url === '/countries/peru/');
    const shown = page?.others.find((o) => o.label === 'Methods');
    expect([shown?.more, shown?.moreUrl]).toEqual([2, '/search/?country=peru']);
  });

  it('lists all 17 goals on the SDG browse page, unused ones without a link', () => {
    const plans = [makePlan({ id: 'a', sdgs: [{ goal: 5, label: 'Gender equality' }] })];
    const sdgs = buildSiteModel(plans, config).browse.find((b) => b.facet.name === 'sdg');
    expect(sdgs?.entries).toHaveLength(17);
    expect(sdgs?.entries.filter((e) => e.url !== null).map((e) => e.label)).toEqual([
      '5. Gender equality',
    ]);
  });

  it('groups countries by region and places under their country', () => {
    const plans = [
      makePlan({ id: 'a', countries: ['Wales'] }),
      makePlan({ id: 'b', countries: ['Kenya'] }),
      makePlan({ id: 'c', countries: ['Atlantis'] }),
    ];
    const regions = buildSiteModel(plans, config).browse.find(
      (b) => b.facet.name === 'country',
    )?.regions;
    expect(regions?.map((r) => [r.region, r.countries.map((c) => c.name)])).toEqual([
      ['Africa', ['Kenya']],
      ['Europe', ['United Kingdom']],
      ['Other places', ['Atlantis']],
    ]);
  });

  it('counts the countries apart from regions and unknown places', () => {
    const plans = ['Wales', 'Scotland', 'Kenya', 'Atlantis'].map((c, i) =>
      makePlan({ id: `p${i}`, countries: [c] }),
    );
    const browse = buildSiteModel(plans, config).browse.find((b) => b.facet.name === 'country');
    // Wales, Scotland, Atlantis and United Kingdom, which the first two imply.
    expect([browse?.countryCount, browse?.entries.length]).toEqual([2, 5]);
  });

  it('lists another spelling of a country on its own, not nested', () => {
    const plans = [makePlan({ id: 'a', countries: ['Viet Nam'] })];
    const regions = buildSiteModel(plans, config).browse.find(
      (b) => b.facet.name === 'country',
    )?.regions;
    expect(regions?.[0]?.countries.map((c) => c.name)).toEqual(['Viet Nam']);
  });

  it('makes every spelling of a country one value, named as most documents spell it', () => {
    const plans = [
      makePlan({ id: 'a', countries: ['Turkey'] }),
      makePlan({ id: 'b', countries: ['Turkey'] }),
      makePlan({ id: 'c', countries: ['Türkiye'] }),
    ];
    const countries = buildSiteModel(plans, config).browse.find((b) => b.facet.name === 'country');
    expect(countries?.entries.map((e) => [e.label, e.count, e.url])).toEqual([
      ['Turkey', 3, '/countries/turkey/'],
    ]);
  });

  it('nests a region under its country however the documents spell the country', () => {
    const plans = [
      makePlan({ id: 'a', countries: ['East Timor'] }),
      makePlan({ id: 'b', countries: ['Pante Makassar Subdistrict'] }),
    ];
    const regions = buildSiteModel(plans, config).browse.find(
      (b) => b.facet.name === 'country',
    )?.regions;
    expect(
      regions?.map((r) => r.countries.map((c) => [c.name, c.places.map((e) => e.label)])),
    ).toEqual([[['East Timor', ['Pante Makassar Subdistrict']]]]);
  });

  it('counts the plans of a region under its country too', () => {
    const plans = [
      makePlan({ id: 'a', countries: ['Honshu'] }),
      makePlan({ id: 'b', countries: ['Trinidad'] }),
      makePlan({ id: 'c', countries: ['Trinidad and Tobago'] }),
    ];
    const countries = buildSiteModel(plans, config).browse.find((b) => b.facet.name === 'country');
    expect(countries?.entries.map((e) => [e.label, e.count])).toEqual([
      ['Honshu', 1],
      ['Japan', 1],
      ['Trinidad', 1],
      ['Trinidad and Tobago', 2],
    ]);
  });

  it('links the page of a region to the page of its country', () => {
    const plans = [makePlan({ id: 'a', countries: ['Honshu'] })];
    const page = buildSiteModel(plans, config).values.find((v) => v.url === '/countries/honshu/');
    expect([page?.partOf?.label, page?.partOf?.url]).toEqual(['Japan', '/countries/japan/']);
  });

  it('names the country of a region on a plan page, but not of another spelling', () => {
    const plan = makePlan({ id: 'a', countries: ['Turkey', 'Wales'] });
    const places = buildSiteModel([plan], config).plans[0]?.places;
    expect(places?.map((p) => [p.label, p.country])).toEqual([
      ['Turkey', null],
      ['Wales', 'United Kingdom'],
    ]);
  });

  it('leaves out an answer that only repeats the title, without counting it unanswered', () => {
    const plan = makePlan({
      id: 'a',
      title: 'Solar kiosks',
      sections: [
        section([item('Title of the solution', 'Solar  kiosks'), item('What is it?', 'Kiosks.')]),
      ],
    });
    const page = buildSiteModel([plan], config).plans[0];
    expect(
      page?.sections.flatMap((s) => s.blocks.flatMap((b) => b.items.map((q) => q.question))),
    ).toEqual(['What is it?']);
    expect(page?.unanswered).toBe(0);
  });

  it('shows a group of questions together, but a group of one as a plain question', () => {
    const plan = makePlan({
      id: 'a',
      sections: [
        section([
          group([item('Partner', 'City council')]),
          group([item('Partner', 'Water board'), item('Role', 'Funding')]),
        ]),
      ],
    });
    const blocks = buildSiteModel([plan], config).plans[0]?.sections[0]?.blocks;
    expect(blocks?.map((b) => [b.group, b.items.length])).toEqual([
      [false, 1],
      [true, 2],
    ]);
  });

  it('shows no lead when the summary is the start of an answer on the page', () => {
    const answer = 'Kiosks sell solar power by the hour to market traders.';
    const plan = makePlan({
      id: 'a',
      summary: answer,
      sections: [section([item('What?', answer)])],
    });
    expect(buildSiteModel([plan], config).plans[0]?.lead).toBeNull();
  });

  it('shows no lead when the summary is an answer with its brackets and URLs left out', () => {
    const answer =
      'Kiosks (solar) sell power by the hour, see https://example.org/kiosks for the map.';
    const plan = makePlan({
      id: 'a',
      summary: 'Kiosks solar) sell power by the hour, see for the map.',
      sections: [section([item('What?', answer)])],
    });
    expect(buildSiteModel([plan], config).plans[0]?.lead).toBeNull();
  });

  it('names the country of a region as the country page does', () => {
    const plans = [
      makePlan({ id: 'a', countries: ['East Timor'] }),
      makePlan({ id: 'b', countries: ['Pante Makassar Subdistrict'] }),
    ];
    const page = buildSiteModel(plans, config).plans.find((p) => p.url === '/plans/b/');
    expect(page?.places.map((p) => [p.label, p.country])).toEqual([
      ['Pante Makassar Subdistrict', 'East Timor'],
    ]);
  });

  it('names a value on a plan page as its browse page does', () => {
    const plans = [
      makePlan({ id: 'a', countries: ['Viet Nam'] }),
      makePlan({ id: 'b', countries: ['Vietnam'] }),
      makePlan({ id: 'c', countries: ['Vietnam'] }),
    ];
    const pages = buildSiteModel(plans, config).plans;
    expect(pages.map((p) => p.places.map((place) => place.label))).toEqual([
      ['Vietnam'],
      ['Vietnam'],
      ['Vietnam'],
    ]);
  });

  it('shows the lead when the summary says something the answers do not', () => {
    const plan = makePlan({ id: 'a', summary: 'A summary written for the archive.' });
    expect(buildSiteModel([plan], config).plans[0]?.lead).toBe(
      'A summary written for the archive.',
    );
  });

  it('does not repeat in the panel a tag that is also a whole answer', () => {
    const plan = makePlan({
      id: 'a',
      meta: { sample_size: ['200'], partner: ['City council'] },
      sections: [section([item('Sample size', '200')])],
    });
    expect(buildSiteModel([plan], config).plans[0]?.meta.map((m) => m.label)).toEqual(['Partner']);
  });

  it('marks the language of a plan that is not in English', () => {
    const plans = [makePlan({ id: 'a', language: 'fr' }), makePlan({ id: 'b', language: 'en' })];
    expect(
      buildSiteModel(plans, config)
        .plans.map((p) => p.language)
        .sort(),
    ).toEqual(['fr', null]);
  });

  it('lists at most three countries on a card', () => {
    const plan = makePlan({ id: 'a', countries: ['Kenya', 'Peru', 'Chile', 'Nepal', 'Fiji'] });
    expect(buildSiteModel([plan], config).home.recent.cards[0]?.countries).toBe(
      'Kenya, Peru, Chile and 2 more',
    );
  });

  it('shows plans of the newest year, from many countries before more from one', () => {
    const plans = [
      ...Array.from({ length: 20 }, (_, i) =>
        makePlan({ id: `z${i}`, year: 2025, countries: ['Zambia'] }),
      ),
      makePlan({ id: 'peru', year: 2025, countries: ['Peru'] }),
      makePlan({ id: 'nepal', year: 2024, countries: ['Nepal'] }),
    ];
    const recent = buildSiteModel(plans, config).home.recent;
    const urls = recent.cards.map((c) => c.url);
    expect([recent.year, recent.total, recent.countries, urls.length]).toEqual([2025, 21, 2, 12]);
    expect(['/plans/z0/', '/plans/peru/', '/plans/nepal/'].map((u) => urls.includes(u))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('shows no plan whose title starts with a check mark, a quote, an underscore or a number', () => {
    const plans = ['✓Art work', '"Quoted"', '_Under', '1. Listed', 'Baskets'].map((title, i) =>
      makePlan({ id: `p${i}`, title, countries: [`C${i}`] }),
    );
    expect(buildSiteModel(plans, config).home.recent.cards.map((c) => c.title)).toEqual([
      'Baskets',
    ]);
  });

  it('links each bar of the home charts to the plans it counts', () => {
    const plans = [
      makePlan({ id: 'a', year: 2024, countries: ['Kenya'], sdgs: [{ goal: 13, label: 'x' }] }),
    ];
    const charts = buildSiteModel(plans, config).home.charts;
    expect(charts.map((c) => c.bars.filter((b) => b.value > 0).map((b) => b.url))).toEqual([
      ['/types/learning-plan/'],
      ['/years/2024/'],
      ['/search/?region=africa'],
      ['/sdgs/13-climate-action/'],
    ]);
  });

  it('orders plans of one year by title, ignoring quotes and brackets', () => {
    const plans = ['"Zinc roofs"', 'Apiaries', '(Beans) for schools'].map((title, i) =>
      makePlan({ id: `p${i}`, title, year: 2024, countries: ['Chad'] }),
    );
    const page = buildSiteModel(plans, config).values.find((v) => v.url === '/countries/chad/');
    expect(page?.cards.map((c) => c.title)).toEqual([
      'Apiaries',
      '(Beans) for schools',
      '"Zinc roofs"',
    ]);
  });

  it('leaves drafts out of the site', () => {
    const plans = [makePlan({ id: 'a' }), makePlan({ id: 'b', draft: true })];
    expect(buildSiteModel(plans, config).plans.map((p) => p.url)).toEqual(['/plans/a/']);
  });

  it('links a plan page only to consent forms on the web', () => {
    const plan = makePlan({
      id: 'a',
      consent: { raw: 'javascript:alert(1)', url: 'javascript:alert(1)', public: true },
    });
    expect(buildSiteModel([plan], config).plans[0]?.consent?.url).toBeNull();
  });

  it('shows the consent form once, not again among the other tags', () => {
    const url = 'https://example.org/consent';
    const plan = makePlan({
      id: 'a',
      consent: { raw: url, url, public: true },
      meta: { consent: [url], partner: ['City council'] },
    });
    const page = buildSiteModel([plan], config).plans[0];
    expect(page?.consent?.url).toBe(url);
    expect(page?.meta.map((m) => m.label)).toEqual(['Partner']);
  });

  it('counts unanswered questions and leaves them out', () => {
    const plan = makePlan({
      id: 'a',
      sections: [
        {
          title: 'S',
          lead: null,
          line: 1,
          items: [
            {
              kind: 'item',
              question: 'Answered?',
              field: null,
              empty: false,
              line: 2,
              answer: { text: 'yes', html: '<p>yes</p>' },
            },
            { kind: 'item', question: 'Empty?', field: null, empty: true, line: 3, answer: null },
          ],
        },
      ],
    });
    const page = buildSiteModel([plan], config).plans[0];
    expect(page?.unanswered).toBe(1);
    expect(page?.sections[0]?.blocks).toHaveLength(1);
  });

  it('gives the templates views only, never an object of the records', () => {
    const plans = [
      makePlan({
        id: 'a',
        countries: ['Kenya'],
        locations: [{ country: 'Kenya', lat: 0.1, lng: 37.9 }],
        meta: { partner: ['UNDP'] },
        sections: [section([item('What did you try?', 'Rain gardens.')])],
      }),
      makePlan({ id: 'b', countries: ['Kenya'], methods: [facet('Mapping')] }),
    ];
    const recordParts = objectsIn(plans);
    const { plans: planPages, browse, values, home } = buildSiteModel(plans, config);
    const shared = [...objectsIn([planPages, browse, values, home])].filter((o) =>
      recordParts.has(o),
    );
    expect(shared).toEqual([]);
  });
});

/** Every object and array reachable from `root`, itself included. */
function objectsIn(root: unknown, seen = new Set<object>()): Set<object> {
  if (typeof root !== 'object' || root === null || seen.has(root)) return seen;
  seen.add(root);
  for (const value of Object.values(root)) objectsIn(value, seen);
  return seen;
}
