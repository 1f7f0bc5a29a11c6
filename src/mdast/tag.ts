// Tokens of `src/syntax/tag.ts` → typed `planTag` mdast nodes.
import type { Data, Literal } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';

/** A `[[key:value]]` header line. `value` is the raw text between the first `:` and the final `]]`. */
export interface PlanTag extends Literal {
  type: 'planTag';
  key: string;
  value: string;
  data?: Data;
}

declare module 'mdast' {
  interface BlockContentMap {
    planTag: PlanTag;
  }
  interface RootContentMap {
    planTag: PlanTag;
  }
}

function enterTag(this: CompileContext, token: Token): undefined {
  this.enter({ type: 'planTag', key: '', value: '' }, token);
}

function exitKey(this: CompileContext, token: Token): undefined {
  const node = this.stack[this.stack.length - 1] as PlanTag;
  node.key = this.sliceSerialize(token);
}

function exitValue(this: CompileContext, token: Token): undefined {
  const node = this.stack[this.stack.length - 1] as PlanTag;
  node.value = this.sliceSerialize(token);
}

function exitTag(this: CompileContext, token: Token): undefined {
  this.exit(token);
}

export function planTagFromMarkdown(): Extension {
  return {
    enter: { planTag: enterTag },
    exit: { planTagKey: exitKey, planTagValue: exitValue, planTag: exitTag },
  };
}
