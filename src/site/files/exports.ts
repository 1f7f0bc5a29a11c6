// The records for reuse: /data/plans.json, .ndjson, .csv and .geojson, written from the records
// the contact policy made public (src/site/contact-policy.ts). Diagnostics stay out: they describe
// our parse, not the plan. Each export is a sequence of pieces, one a plan, written as a stream:
// as one string, plans.json passed V8's longest string at about 69,000 plans.
import type { Feature, FeatureCollection, Point } from 'geojson';
import { stringify } from 'csv-stringify/sync';
import type { LearningPlan } from '../../record/schema.ts';

export type ExportedPlan = Omit<LearningPlan, 'diagnostics'> & { url: string };

export interface ExportContext {
  /** Absolute URL of a plan page, from its slug. */
  urlOf: (plan: LearningPlan) => string;
  /**
   * Each plan's record as JSON once made, for a batch of plans written to several exports:
   * plans.json and plans.ndjson print the same text.
   */
  json?: Map<LearningPlan, string>;
}

function exportedJson(plan: LearningPlan, ctx: ExportContext): string {
  let text = ctx.json?.get(plan);
  if (text === undefined) {
    text = JSON.stringify(exportedPlan(plan, ctx));
    ctx.json?.set(plan, text);
  }
  return text;
}

function exportedPlan(plan: LearningPlan, ctx: ExportContext): ExportedPlan {
  const { diagnostics, ...rest } = plan;
  void diagnostics; // describes our parse, not the plan
  return { ...rest, url: ctx.urlOf(plan) };
}

/**
 * An export as a head, one piece a plan and a tail, so it can be written as the plans arrive
 * (side-files.ts) as well as from a list. `items` counts what the plans before wrote (records or
 * features): a separator goes before every item but the first.
 */
export interface ExportFormat {
  head: string;
  piece(plan: LearningPlan, ctx: ExportContext, state: { items: number }): string;
  tail: string;
}

/** The whole export of `plans`, piece by piece; a plan with nothing to write gives no piece. */
export function* exportPieces(
  format: ExportFormat,
  plans: Iterable<LearningPlan>,
  ctx: ExportContext,
): Generator<string> {
  if (format.head) yield format.head;
  const state = { items: 0 };
  for (const plan of plans) {
    const piece = format.piece(plan, ctx, state);
    if (piece) yield piece;
  }
  if (format.tail) yield format.tail;
}

/** A JSON array of the records, one a line. */
export const jsonFormat: ExportFormat = {
  head: '[',
  piece: (plan, ctx, state) => `${state.items++ === 0 ? '' : ','}\n${exportedJson(plan, ctx)}`,
  tail: '\n]\n',
};

/** NDJSON: one record a line, for tools that read a record at a time. */
export const ndjsonFormat: ExportFormat = {
  head: '',
  piece: (plan, ctx) => `${exportedJson(plan, ctx)}\n`,
  tail: '',
};

export const plansJson = (plans: LearningPlan[], ctx: ExportContext): Generator<string> =>
  exportPieces(jsonFormat, plans, ctx);

export const plansNdjson = (plans: LearningPlan[], ctx: ExportContext): Generator<string> =>
  exportPieces(ndjsonFormat, plans, ctx);

const csvColumns = [
  'id',
  'slug',
  'title',
  'type',
  'year',
  'countries',
  'methods',
  'datasources',
  'thematic_areas',
  'sdgs',
  'focal_point',
  'language',
  'summary',
  'url',
] as const;

/** One row per plan; several values in one cell are joined with "; ". */
export const csvFormat: ExportFormat = {
  head: stringify([[...csvColumns]]),
  piece: (p, ctx) => stringify([safeCells(csvRow(p, ctx))]),
  tail: '',
};

function csvRow(p: LearningPlan, ctx: ExportContext): (string | number)[] {
  const join = (values: string[]): string => values.join('; ');
  return [
    p.id,
    p.slug,
    p.fullTitle ?? p.title,
    p.type,
    p.year ?? '',
    join(p.countries),
    join(p.methods.map((f) => f.value)),
    join(p.datasources.map((f) => f.value)),
    join(p.thematicAreas.map((f) => f.value)),
    join(p.sdgs.map((s) => String(s.goal))),
    p.focalPoint ?? '',
    p.language,
    p.summary,
    ctx.urlOf(p),
  ];
}

/** Cells that start with = + - @ would run as formulas in spreadsheets; a leading quote stops that. */
function safeCells(cells: (string | number)[]): (string | number)[] {
  return cells.map((cell) =>
    typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell,
  );
}

export const plansCsv = (plans: LearningPlan[], ctx: ExportContext): Generator<string> =>
  exportPieces(csvFormat, plans, ctx);

export interface PlanFeatureProperties {
  id: string;
  slug: string;
  title: string;
  type: LearningPlan['type'];
  year: number | null;
  country: string;
  url: string;
  focalPoint?: string;
}

const [geoHead, geoTail] = JSON.stringify({
  type: 'FeatureCollection',
  features: [],
} satisfies FeatureCollection).split('[]') as [string, string];

/** A FeatureCollection of one point per distinct location of each plan, one feature a line. */
export const geoJsonFormat: ExportFormat = {
  head: `${geoHead}[`,
  piece: (plan, ctx, state) => {
    let text = '';
    for (const feature of planFeatures([plan], ctx))
      text += `${state.items++ === 0 ? '' : ','}\n${JSON.stringify(feature)}`;
    return text;
  },
  tail: `\n]${geoTail}\n`,
};

export const plansGeoJson = (plans: LearningPlan[], ctx: ExportContext): Generator<string> =>
  exportPieces(geoJsonFormat, plans, ctx);

/** One point per distinct location of each plan (documents repeat identical pairs). */
export function* planFeatures(
  plans: LearningPlan[],
  ctx: ExportContext,
): Generator<Feature<Point, PlanFeatureProperties>> {
  for (const p of plans) {
    const seen = new Set<string>();
    const focalPoint = p.focalPoint;
    for (const loc of p.locations) {
      const id = `${loc.country}|${loc.lat}|${loc.lng}`;
      if (seen.has(id)) continue;
      seen.add(id);
      yield {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [loc.lng, loc.lat] },
        properties: {
          id: p.id,
          slug: p.slug,
          title: p.fullTitle ?? p.title,
          type: p.type,
          year: p.year,
          country: loc.country,
          url: ctx.urlOf(p),
          ...(focalPoint ? { focalPoint } : {}),
        },
      };
    }
  }
}
