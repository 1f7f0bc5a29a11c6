// The records for reuse: /data/plans.json, .csv and .geojson, written from the records the
// contact policy made public (src/site/contact-policy.ts). Diagnostics stay out: they describe
// our parse, not the plan.
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

export function plansJson(plans: LearningPlan[], ctx: ExportContext): string {
  return JSON.stringify(plans.map((p) => exportedPlan(p, ctx)));
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
export function plansCsv(plans: LearningPlan[], ctx: ExportContext): string {
  const join = (values: string[]): string => values.join('; ');
  const rows = plans.map((p) => [
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
  ]);
  // Cells that start with = + - @ would run as formulas in spreadsheets; a leading quote stops that.
  const safe = rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
  );
  return stringify([[...csvColumns], ...safe]);
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

/** One point per distinct location of each plan (documents repeat identical pairs). */
export function plansGeoJson(
  plans: LearningPlan[],
  ctx: ExportContext,
): FeatureCollection<Point, PlanFeatureProperties> {
  const features: Feature<Point, PlanFeatureProperties>[] = [];
  for (const p of plans) {
    const seen = new Set<string>();
    const focalPoint = p.focalPoint;
    for (const loc of p.locations) {
      const id = `${loc.country}|${loc.lat}|${loc.lng}`;
      if (seen.has(id)) continue;
      seen.add(id);
      features.push({
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
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
