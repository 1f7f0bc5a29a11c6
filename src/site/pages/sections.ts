// The questions and answers a plan page shows, computed once in JS so the template only prints:
// Eleventy renders thousands of these pages and per-page filters would dominate the build time.
import { lettersAndDigits } from '../../record/normalise.ts';
import type { Item, Section } from '../../record/schema.ts';

export interface QuestionView {
  question: string;
  html: string;
}

/** A lone question, or a group of them shown together (`group: true`). One shape, one loop. */
export interface BlockView {
  group: boolean;
  items: QuestionView[];
}

export interface SectionView {
  title: string;
  lead: string;
  blocks: BlockView[];
}

function questionView(item: Item): QuestionView | null {
  if (item.empty || !item.answer || item.answer.html.trim() === '') return null;
  return { question: item.question, html: item.answer.html };
}

export interface SectionsView {
  sections: SectionView[];
  unanswered: number;
}

/**
 * Answered questions only; unanswered ones are counted, and empty groups and sections dropped.
 * An answer that only repeats the title ("Title of the solution") is left out: the page's
 * heading already says it.
 */
export function sectionsView(sections: Section[], title: string, titles = [title]): SectionsView {
  let unanswered = 0;
  const repeats = new Set(titles.map(lettersAndDigits));
  // Only an answer about as long as a title can repeat it; the others are not normalised.
  const longest = Math.max(...titles.map((t) => t.length)) * 2 + 40;
  const count = (item: Item): QuestionView | null => {
    const text = item.answer?.text ?? '';
    if (text.length <= longest && repeats.has(lettersAndDigits(text))) return null;
    const view = questionView(item);
    if (!view && item.question !== '') unanswered++;
    return view;
  };
  const out: SectionView[] = [];
  for (const section of sections) {
    const blocks: BlockView[] = [];
    for (const block of section.items) {
      if (block.kind === 'item') {
        const item = count(block);
        if (item) blocks.push({ group: false, items: [item] });
      } else {
        const items = block.items.map(count).filter((q): q is QuestionView => q !== null);
        // A group of one is just a question: no box around it.
        if (items.length > 0) blocks.push({ group: items.length > 1, items });
      }
    }
    if (blocks.length > 0) out.push({ title: section.title, lead: section.lead ?? '', blocks });
  }
  return { sections: out, unanswered };
}
