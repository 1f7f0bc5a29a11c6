// remarkLearningPlan: registers the front-matter and `[[key:value]]` syntaxes and their tree
// extensions, then builds the LearningPlan record on `file.data.learningPlan` (src/record/build.ts).
//
//   unified().use(remarkParse).use(remarkGfm).use(remarkLearningPlan)
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
// remark-parse declares the processor data fields (micromarkExtensions, fromMarkdownExtensions).
import type {} from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { planTagSyntax } from './syntax/tag.ts';
import { planTagFromMarkdown } from './mdast/tag.ts';
import { frontMatterFences } from './record/front-matter.ts';
import { buildRecord } from './record/build.ts';

const remarkLearningPlan: Plugin<[], Root> = function () {
  remarkFrontmatter.call(this, frontMatterFences);
  const data = this.data();
  (data.micromarkExtensions ??= []).push(planTagSyntax());
  (data.fromMarkdownExtensions ??= []).push(planTagFromMarkdown());
  const parse = (markdown: string): Root => this.parse(markdown) as Root;
  return (tree, file) => {
    file.data.learningPlan = buildRecord(tree, file, parse);
  };
};
export default remarkLearningPlan;
