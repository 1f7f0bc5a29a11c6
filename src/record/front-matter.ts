// Optional YAML front matter (gray-matter): documented fields may be set or overridden.
import matter from 'gray-matter';
import { z } from 'zod';
import { planTypes } from './schema.ts';

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
  error: { line: number; column: number; message: string } | null;
}

const fence = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function readFrontMatter(source: string): FrontMatterResult {
  const found = fence.exec(source);
  if (!found) return { data: {}, end: 0, error: null };
  const end = found[0].length;
  try {
    // An options object turns off gray-matter's process-wide cache, which would hold every document.
    const parsed = matter(found[0], {});
    const data = FrontMatter.safeParse(parsed.data);
    if (data.success) return { data: data.data, end, error: null };
    const issue = data.error.issues[0];
    const key = issue?.path.join('.') ?? '';
    const line = found[0].split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1 || 2;
    return {
      data: {},
      end,
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
      error: {
        line: (mark?.line ?? 0) + 2,
        column: (mark?.column ?? 0) + 1,
        message: `The YAML front matter cannot be read (${reason}); it was ignored. Fix the YAML between the --- lines.`,
      },
    };
  }
}
