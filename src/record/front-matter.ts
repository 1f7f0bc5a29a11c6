// Optional YAML front matter: remark-frontmatter makes it a `yaml` node, and gray-matter's YAML
// engine reads the node's value, so documented fields may be set or overridden.
import matter from 'gray-matter';
import type { Yaml } from 'mdast';
import type { Options as FrontmatterOptions } from 'remark-frontmatter';
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

/** `---` … `---`, and `---` … `...` (YAML's own end-of-document marker), as before. */
export const frontMatterFences: FrontmatterOptions = [
  'yaml',
  { type: 'yaml', fence: { open: '---', close: '...' } },
];

export interface FrontMatterResult {
  data: FrontMatter;
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
  if (!node) return { data: {}, error: null };
  // The value starts on the line after the opening fence.
  const first = (node.position?.start.line ?? 1) + 1;
  try {
    const data = FrontMatter.safeParse(parseYaml(node.value));
    if (data.success) return { data: data.data, error: null };
    const issue = data.error.issues[0];
    const key = issue?.path.join('.') ?? '';
    const at = node.value.split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return {
      data: {},
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
      error: {
        line: first + (mark?.line ?? 0),
        column: (mark?.column ?? 0) + 1,
        message: `The YAML front matter cannot be read (${reason}); it was ignored. Fix the YAML between the --- lines.`,
      },
    };
  }
}
