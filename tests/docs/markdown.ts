// Just enough markdown for checking the docs: fenced code left out, headings and link targets
// read line by line with linear expressions. The slugs follow GitHub's rules (github-slugger),
// which decide the `#anchor` of each heading on GitHub.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** README.md, docs/*.md and bench/README.md, as paths relative to the project. */
export function docFiles(): string[] {
  const docs = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'));
  return ['README.md', 'bench/README.md', ...docs.map((name) => `docs/${name}`)];
}

/** The lines of a markdown file outside fenced code blocks. */
export function proseLines(text: string): string[] {
  let fenced = false;
  return text.split('\n').filter((line) => {
    if (line.startsWith('```')) fenced = !fenced;
    return !fenced && !line.startsWith('```');
  });
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  const text = heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every anchor of a file's headings; a repeated heading gets `-1`, `-2`, as on GitHub. */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const line of proseLines(text)) {
    const heading = /^#{1,6} (.*)$/.exec(line);
    if (!heading) continue;
    const base = slug(heading[1]!.trim());
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** The targets of the inline links of a file: `[text](target)`. */
export function linkTargets(text: string): string[] {
  const targets: string[] = [];
  for (const line of proseLines(text)) {
    for (const match of line.matchAll(/\]\(([^()\s]+)\)/g)) targets.push(match[1]!);
  }
  return targets;
}

export function read(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}
