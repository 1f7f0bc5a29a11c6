// Optional YAML front matter (gray-matter): documented fields may be set or overridden.
import matter from 'gray-matter';
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

export interface FrontMatterResult {
  data: FrontMatter;
  /** Offset of the first character after the closing fence; 0 without front matter. */
  end: number;
  /** Keys that are not fields above, with their values as text: they go to the record's meta. */
  extra: Meta;
  error: { line: number; column: number; message: string } | null;
}

const fence = /^---[ \t]*\n(?:[\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function readFrontMatter(source: string): FrontMatterResult {
  const found = fence.exec(source);
  if (!found) return { data: {}, end: 0, extra: emptyMeta(), error: null };
  const end = found[0].length;
  try {
    // An options object turns off gray-matter's process-wide cache, which would hold every document.
    const parsed = matter(found[0], {});
    const extra = extraKeys(parsed.data);
    const data = FrontMatter.safeParse(parsed.data);
    if (data.success) return { data: data.data, end, extra, error: null };
    const issue = data.error.issues[0];
    const key = issue?.path.join('.') ?? '';
    const line = found[0].split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1 || 2;
    return {
      data: {},
      end,
      extra,
      error: {
        line,
        column: 1,
        message: `Front matter field "${key}": ${issue?.message ?? 'invalid'}.`,
      },
    };
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      data: {},
      end,
      extra: emptyMeta(),
      error: {
        line: (mark?.line ?? 0) + 2,
        column: (mark?.column ?? 0) + 1,
        message: `The YAML front matter cannot be read (${reason}); it was ignored. Fix the YAML between the --- lines.`,
      },
    };
  }
}

/** js-yaml keeps a `__proto__` key as an own property, so every key written is seen here. */
function extraKeys(data: Record<string, unknown>): Meta {
  const extra = emptyMeta();
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
