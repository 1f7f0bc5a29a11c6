// micromark syntax for a `[[key:value]]` header line, as its own flow construct, so that GFM
// autolinks, emphasis and raw HTML can never reach inside a tag value (format.md §6.1).
//
//   tag   := "[[" key ":" value "]]" [spaces or tabs] line-ending
//   key   := one or more characters other than ":", "]" and line endings
//   value := any characters up to the final "]]" of the line
//
// A lone CR ends a line in CommonMark (micromark cannot consume it inside a flow construct), so
// `parseDocument` maps lone CRs inside tag lines to spaces before parsing (format.md §6.7).
import type {
  Code,
  Construct,
  Effects,
  Extension,
  State,
  TokenizeContext,
} from 'micromark-util-types';
import { ok as assert } from 'devlop';
import { codes } from 'micromark-util-symbol';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    planTag: 'planTag';
    planTagMarker: 'planTagMarker';
    planTagKey: 'planTagKey';
    planTagSeparator: 'planTagSeparator';
    planTagValue: 'planTagValue';
  }
}

function endsLine(code: Code): boolean {
  return code === codes.eof || markdownLineEnding(code);
}

/** Succeeds on `]]` followed by the end of the line, spaces and tabs allowed before it. */
const closing: Construct = { tokenize: tokenizeClosing, partial: true };

function tokenizeClosing(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start;

  function start(code: Code): State | undefined {
    assert(code === codes.rightSquareBracket, 'expected `]`');
    effects.enter('planTagMarker');
    effects.consume(code);
    return second;
  }

  function second(code: Code): State | undefined {
    if (code !== codes.rightSquareBracket) return nok(code);
    effects.consume(code);
    effects.exit('planTagMarker');
    return after;
  }

  function after(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.enter('whitespace');
      return whitespace(code);
    }
    return endsLine(code) ? ok(code) : nok(code);
  }

  // Trailing spaces are invisible in an editor; without this, `[[year:2024]] ` became a paragraph.
  function whitespace(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code);
      return whitespace;
    }
    effects.exit('whitespace');
    return endsLine(code) ? ok(code) : nok(code);
  }
}

const planTag: Construct = { name: 'planTag', tokenize: tokenizePlanTag };

function tokenizePlanTag(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start;

  function start(code: Code): State | undefined {
    assert(code === codes.leftSquareBracket, 'expected `[`');
    effects.enter('planTag');
    effects.enter('planTagMarker');
    effects.consume(code);
    return open;
  }

  function open(code: Code): State | undefined {
    if (code !== codes.leftSquareBracket) return nok(code);
    effects.consume(code);
    effects.exit('planTagMarker');
    return keyStart;
  }

  function keyStart(code: Code): State | undefined {
    if (code === codes.colon || code === codes.rightSquareBracket || endsLine(code)) {
      return nok(code);
    }
    effects.enter('planTagKey');
    return key(code);
  }

  function key(code: Code): State | undefined {
    if (code === codes.colon) {
      effects.exit('planTagKey');
      effects.enter('planTagSeparator');
      effects.consume(code);
      effects.exit('planTagSeparator');
      return valueStart;
    }
    if (code === codes.rightSquareBracket || endsLine(code)) return nok(code);
    effects.consume(code);
    return key;
  }

  function valueStart(code: Code): State | undefined {
    if (endsLine(code)) return nok(code);
    // An empty value (`[[datasources:]]`) has no value token: micromark forbids empty tokens.
    if (code === codes.rightSquareBracket) {
      return effects.attempt(closing, end, valueFirst)(code);
    }
    return valueFirst(code);
  }

  function valueFirst(code: Code): State | undefined {
    effects.enter('planTagValue');
    return valueChar(code);
  }

  function value(code: Code): State | undefined {
    if (endsLine(code)) return nok(code);
    if (code === codes.rightSquareBracket) {
      return effects.check(closing, valueEnd, valueChar)(code);
    }
    return valueChar(code);
  }

  function valueChar(code: Code): State | undefined {
    effects.consume(code);
    return value;
  }

  function valueEnd(code: Code): State | undefined {
    effects.exit('planTagValue');
    return effects.attempt(closing, end, nok)(code);
  }

  function end(code: Code): State | undefined {
    effects.exit('planTag');
    return ok(code);
  }
}

/** The micromark extension: a flow construct that starts at `[` at the start of a line. */
export function planTagSyntax(): Extension {
  return { flow: { [codes.leftSquareBracket]: planTag } };
}
