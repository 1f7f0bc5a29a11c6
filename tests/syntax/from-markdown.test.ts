// The `[[key:value]]` syntax and its tree extension on their own (no remark, no GFM), with node
// positions. Container cases, as decided: a tag line is a block like any other, so it is a tag
// inside a blockquote or a list item, and after up to three spaces of indentation; four spaces or
// a tab make indented code, as in CommonMark. Which tags make the record's header is the record
// builder's business (top-level tags only; see tests/parser/syntax.test.ts).
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { describe, expect, test } from 'vitest';
import { planTagSyntax } from '../../src/syntax/tag.ts';
import { planTagFromMarkdown } from '../../src/mdast/tag.ts';

function tree(markdown: string): Nodes {
  return fromMarkdown(markdown, {
    extensions: [planTagSyntax()],
    mdastExtensions: [planTagFromMarkdown()],
  });
}

/** The tree as `type[key=value]@line:column-line:column`, children indented. */
function outline(node: Nodes, depth = 0): string[] {
  const start = node.position?.start;
  const end = node.position?.end;
  const at = `@${start?.line}:${start?.column}-${end?.line}:${end?.column}`;
  const tag = node.type === 'planTag' ? `[${node.key}=${node.value}]` : '';
  const children = 'children' in node ? node.children : [];
  return [
    `${'  '.repeat(depth)}${node.type}${tag}${at}`,
    ...children.flatMap((c) => outline(c, depth + 1)),
  ];
}

function lines(markdown: string): string[] {
  const root = tree(markdown);
  return 'children' in root ? root.children.flatMap((c) => outline(c)) : [];
}

describe('the planTag syntax with fromMarkdown', () => {
  test('should make a planTag node spanning the whole line', () => {
    expect(lines('[[year:2024]]\n')).toEqual(['planTag[year=2024]@1:1-1:14']);
  });

  test('should give each of several contiguous tag lines its own position', () => {
    expect(lines('[[country:Peru]]\n[[latlng:-9.1,-75.0]]')).toEqual([
      'planTag[country=Peru]@1:1-1:17',
      'planTag[latlng=-9.1,-75.0]@2:1-2:22',
    ]);
  });

  test('should read a tag line followed by spaces as a tag line', () => {
    expect(lines('[[year:2024]]  \n')).toEqual(['planTag[year=2024]@1:1-1:16']);
  });

  test('should read a tag line followed by a tab as a tag line', () => {
    expect(lines('[[year:2024]]\t\nAfter')).toEqual([
      'planTag[year=2024]@1:1-1:15',
      'paragraph@2:1-2:6',
      '  text@2:1-2:6',
    ]);
  });

  test('should keep spaces before a ]] that is not the last in the value', () => {
    expect(lines('[[note:a]] ]]')).toEqual(['planTag[note=a]] ]@1:1-1:14']);
  });

  test('should not support text after the closing brackets and spaces', () => {
    expect(lines('[[year:2024]] x')).toEqual(['paragraph@1:1-1:16', '  text@1:1-1:16']);
  });

  test('should support a tag line inside a blockquote', () => {
    expect(lines('> [[year:2024]]')).toEqual([
      'blockquote@1:1-1:16',
      '  planTag[year=2024]@1:3-1:16',
    ]);
  });

  test('should support a tag line inside a list item', () => {
    expect(lines('- [[year:2024]]')).toEqual([
      'list@1:1-1:16',
      '  listItem@1:1-1:16',
      '    planTag[year=2024]@1:3-1:16',
    ]);
  });

  test('should end a blockquote at a tag line, which cannot be a lazy continuation', () => {
    expect(lines('> Question\n[[year:2024]]')).toEqual([
      'blockquote@1:1-1:11',
      '  paragraph@1:3-1:11',
      '    text@1:3-1:11',
      'planTag[year=2024]@2:1-2:14',
    ]);
  });

  test('should support a tag line indented by up to three spaces', () => {
    expect(lines('   [[year:2024]]')).toEqual(['planTag[year=2024]@1:4-1:17']);
  });

  test('should read a tag line indented by four spaces as indented code', () => {
    expect(lines('    [[year:2024]]')).toEqual(['code@1:1-1:18']);
  });

  test('should read a tag line indented by a tab as indented code', () => {
    expect(lines('\t[[year:2024]]')).toEqual(['code@1:1-1:15']);
  });
});
