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
}

function exportedPlan(plan: LearningPlan, ctx: ExportContext): ExportedPlan {
  const { diagnostics, ...rest } = plan;
  void diagnostics; // describes our parse, not the plan
  return { ...rest, url: ctx.urlOf(plan) };
}

/** A JSON array of the records, one a line. */
export function* plansJson(plans: LearningPlan[], ctx: ExportContext): Generator<string> {
  yield '[';
  for (let i = 0; i < plans.length; i++)
    yield `${i === 0 ? '' : ','}\n${JSON.stringify(exportedPlan(plans[i]!, ctx))}`;
  yield '\n]\n';
}

/** NDJSON: one record a line, for tools that read a record at a time. */
export function* plansNdjson(plans: LearningPlan[], ctx: ExportContext): Generator<string> {
  for (const plan of plans) yield `${JSON.stringify(exportedPlan(plan, ctx))}\n`;
}

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
export function* plansCsv(plans: LearningPlan[], ctx: ExportContext): Generator<string> {
  const join = (values: string[]): string => values.join('; ');
  const row = (p: LearningPlan): (string | number)[] => [
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
  // Cells that start with = + - @ would run as formulas in spreadsheets; a leading quote stops that.
  const safe = (cells: (string | number)[]): (string | number)[] =>
    cells.map((cell) =>
      typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell,
    );
  yield stringify([[...csvColumns]]);
  for (const p of plans) yield stringify([safe(row(p))]);
}

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

/** A FeatureCollection of one point per distinct location of each plan, one feature a line. */
export function* plansGeoJson(plans: LearningPlan[], ctx: ExportContext): Generator<string> {
  const head: FeatureCollection = { type: 'FeatureCollection', features: [] };
  const [open, close] = JSON.stringify(head).split('[]') as [string, string];
  yield `${open}[`;
  let first = true;
  for (const feature of planFeatures(plans, ctx)) {
    yield `${first ? '' : ','}\n${JSON.stringify(feature)}`;
    first = false;
  }
  yield `\n]${close}\n`;
}

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
