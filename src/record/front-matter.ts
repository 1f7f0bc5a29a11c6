// Optional YAML front matter: remark-frontmatter makes it a `yaml` node, and gray-matter's YAML
// engine reads the node's value, so documented fields may be set or overridden.
import matter from 'gray-matter';
import type { Yaml } from 'mdast';
import type { Options as FrontmatterOptions } from 'remark-frontmatter';
import { z } from 'zod';
import { planTypes } from './schema.ts';
import { addMeta, emptyMeta, type Meta } from './meta.ts';

export const FrontMatter = z.object({
  title: z.string().optional(),
  slug: z.string().optional(),
  summary: z.string().optional(),
  draft: z.boolean().optional(),
  year: z.number().int().optional(),
  type: z.enum(planTypes).optional(),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

/** `---` … `---`, and `---` … `...` (YAML's own end-of-document marker), as before. */
export const frontMatterFences: FrontmatterOptions = [
  'yaml',
  { type: 'yaml', fence: { open: '---', close: '...' } },
];

export interface FrontMatterResult {
  data: FrontMatter;
  /** Keys that are not fields above, with their values as text: they go to the record's meta. */
  extra: Meta;
  error: { line: number; column: number; message: string } | null;
}

// gray-matter's types leave out its engines; `yaml.parse` is js-yaml's safeLoad.
const yaml = (matter as unknown as { engines: { yaml: { parse: (text: string) => unknown } } })
  .engines.yaml;

/** As in gray-matter: empty YAML, only comments or `~` set no field. */
function parseYaml(text: string): unknown {
  return yaml.parse(text) ?? {};
}

export function readFrontMatter(node: Yaml | undefined): FrontMatterResult {
  if (!node) return { data: {}, extra: emptyMeta(), error: null };
  // The value starts on the line after the opening fence.
  const first = (node.position?.start.line ?? 1) + 1;
  try {
    const parsed = parseYaml(node.value);
    const extra = extraKeys(parsed);
    const data = FrontMatter.safeParse(parsed);
    if (data.success) return { data: data.data, extra, error: null };
    const issue = data.error.issues[0];
    const key = issue?.path.join('.') ?? '';
    const at = node.value.split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return {
      data: {},
      extra,
      error: {
        line: first + Math.max(at, 0),
        column: 1,
        message: `Front matter field "${key}": ${issue?.message ?? 'invalid'}.`,
      },
    };
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      data: {},
      extra: emptyMeta(),
      error: {
        line: first + (mark?.line ?? 0),
        column: (mark?.column ?? 0) + 1,
        message: `The YAML front matter cannot be read (${reason}); it was ignored. Fix the YAML between the --- lines.`,
      },
    };
  }
}

/** js-yaml keeps a `__proto__` key as an own property, so every key written is seen here. */
function extraKeys(data: unknown): Meta {
  const extra = emptyMeta();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return extra;
  for (const [key, value] of Object.entries(data)) {
    if (Object.hasOwn(FrontMatter.shape, key)) continue;
    for (const item of Array.isArray(value) ? value : [value]) addMeta(extra, key, asText(item));
  }
  return extra;
}

/**
 * Scalars as written; a nested map or list is not spelled out (YAML aliases can make its text
 * exponentially long), so its key is kept with an empty value.
 */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  return '';
}
