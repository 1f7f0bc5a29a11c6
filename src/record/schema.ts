// The LearningPlan record: one zod schema is the source of the TypeScript type, the runtime
// check and the published JSON Schema (see `plan-archive schema`).
import { z } from 'zod';
import { isMeta, type Meta as MetaType } from './meta.ts';

export const planTypes = ['learningplan', 'solution', 'experiment', 'unknown'] as const;
export const severities = ['error', 'warning', 'info'] as const;

export const Diagnostic = z.object({
  file: z.string().describe('The document path as given on the command line'),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  severity: z
    .enum(severities)
    .describe('error: the file yields no record; warning: the record is incomplete'),
  code: z.string().describe('A stable kebab-case code, e.g. latlng-invalid'),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const Facet = z.object({
  value: z.string().describe('The value as written, trimmed, entities decoded'),
  key: z
    .string()
    .describe(
      'The key the value is grouped by, in the record and on the site (src/common/facet-key.ts): the value without underscores and without punctuation or symbols before its first word or after its last, accents and case ignored, every run of characters other than letters and digits one space, so "Co-creation", "co creation" and "co-creation." share the key "co creation"; "" when there is no letter or digit',
    ),
});
export type Facet = z.infer<typeof Facet>;

export const Location = z.object({
  country: z.string(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type Location = z.infer<typeof Location>;

export const Sdg = z.object({
  goal: z.number().int().min(1).max(17),
  label: z.string().describe('The label as written after "N. "'),
});
export type Sdg = z.infer<typeof Sdg>;

export const Answer = z.object({
  text: z.string().describe('Plain text of the answer'),
  html: z.string().describe('Sanitised HTML of the answer'),
  options: z.array(z.string()).optional().describe('Checklist options, read from the source lines'),
});
export type Answer = z.infer<typeof Answer>;

export const Item = z.object({
  kind: z.literal('item'),
  question: z
    .string()
    .describe('The instruction, entities decoded, whitespace collapsed; "" if none'),
  field: z
    .string()
    .nullable()
    .describe(
      'Stable field id of the question: every learning-plan question (format.md appendix), the naming and describing questions of solutions and experiments',
    ),
  answer: Answer.nullable().describe(
    'null when nothing was written, or only a placeholder ("N/A", "TBD", "néant", "no aplica": an answer-placeholder diagnostic) or the form\'s own instruction (form-instruction)',
  ),
  empty: z.boolean().describe('Whether answer is null'),
  line: z.number().int().min(1).describe('Source line of the question'),
});
export type Item = z.infer<typeof Item>;

export const Group = z.object({
  kind: z.literal('group'),
  items: z.array(Item),
  line: z.number().int().min(1),
});
export type Group = z.infer<typeof Group>;

export const Section = z.object({
  title: z.string(),
  lead: z
    .string()
    .nullable()
    .describe(
      'The **lead** line; "" for ****; null when absent or the form\'s own instruction (a form-instruction diagnostic)',
    ),
  items: z.array(z.discriminatedUnion('kind', [Item, Group])),
  line: z.number().int().min(1),
});
export type Section = z.infer<typeof Section>;

export const Consent = z.object({
  raw: z.string(),
  url: z.string().nullable().describe('Repaired URL (https:/ → https://), null when there is none'),
  public: z.boolean().describe('false for file:/// and other non-web URLs'),
});
export type Consent = z.infer<typeof Consent>;

/** Its JSON shape; zod's own record check would drop a `__proto__` key, so it only documents. */
const MetaJson = z
  .record(z.string(), z.array(z.string()))
  .describe('Every other tag key (and unknown front-matter key) with all its values');

/** Checked as it is and returned as it is: the null-prototype object of src/record/meta.ts. */
export const Meta = z.custom<MetaType>(isMeta, 'meta: each key a list of strings');

export const languages = ['en', 'fr', 'es', 'pt', 'ar', 'und'] as const;

export const LearningPlan = z.object({
  id: z.string().describe('Stable id from the file name'),
  slug: z.string().min(1).describe('Unique, URL-safe, never empty'),
  sourcePath: z.string().describe('The document path as given'),
  hash: z.string().describe('sha256 of the file bytes'),
  title: z.string().min(1),
  fullTitle: z
    .string()
    .nullable()
    .describe(
      'When the title ends in …: the untruncated name, the first line of an answer (name questions first) that continues it',
    ),
  type: z.enum(planTypes),
  year: z.number().int().nullable(),
  focalPoint: z.string().nullable(),
  locations: z.array(Location),
  countries: z.array(z.string()),
  methods: z.array(Facet),
  datasources: z.array(Facet),
  thematicAreas: z.array(Facet),
  sdgs: z.array(Sdg),
  consent: Consent.nullable(),
  meta: Meta,
  draft: z.boolean(),
  summary: z.string().max(300),
  language: z.enum(languages),
  sections: z.array(Section),
  diagnostics: z.array(Diagnostic),
});
export type LearningPlan = z.infer<typeof LearningPlan>;

/** The JSON Schema of a record, generated from the zod schema. */
export function learningPlanJsonSchema(): unknown {
  const meta = z.toJSONSchema(MetaJson);
  delete meta.$schema;
  return z.toJSONSchema(LearningPlan, {
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === Meta) Object.assign(ctx.jsonSchema, meta);
    },
  });
}
