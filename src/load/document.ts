// One file's bytes → a record, or an error diagnostic that says why there is none.
import { createHash } from 'node:crypto';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import type { Diagnostic, LearningPlan } from '../record/schema.ts';
import remarkLearningPlan from '../plugin.ts';
import { idFromPath } from '../record/build.ts';
import { invisible } from '../record/normalise.ts';
import { flattenDeepNesting, maxDelimiters, maxDepth } from './nesting.ts';
import { repairMojibake, type TextRepair } from './mojibake.ts';

export const maxBytes = 5 * 1024 * 1024;

export function tooLargeMessage(bytes: number): string {
  return `The file is ${(bytes / 1048576).toFixed(1)} MB; documents over 5 MB are not read. Split it or remove embedded data.`;
}

export interface DocumentResult {
  record: LearningPlan | null;
  diagnostics: Diagnostic[];
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkLearningPlan);
const decoder = new TextDecoder('utf-8', { fatal: true });

function fail(file: string, code: string, message: string, line = 1, column = 1): DocumentResult {
  return { record: null, diagnostics: [{ file, line, column, severity: 'error', code, message }] };
}

/** Where the first invalid UTF-8 sequence is, as a line and column. */
function invalidUtf8At(bytes: Buffer): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return { line, column: i - lineStart + 1 };
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return { line, column: i - lineStart + 1 };
    }
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += length;
  }
  return { line, column: 1 };
}

/**
 * The text as the parser reads it: no BOM, LF line endings, no control or invisible characters.
 * A file whose lines end in a lone CR (more lone CRs than LFs) has them as line endings; in other
 * files a lone CR sits inside a line, and inside a tag line it is a space (format.md §6.7).
 */
export function sourceText(text: string): string {
  let out = text.replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
  if (count(out, '\r') > count(out, '\n')) out = out.replace(/\r/g, '\n');
  // Most files have no CR left: their tag lines need no scan.
  if (out.includes('\r'))
    out = out.replace(/^[ \t]*\[\[[^\n]*\]\][ \t]*$/gm, (line) => line.replace(/\r/g, ' '));
  return out.replace(invisible, '');
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/**
 * Parses one document. `filePath` is the path as given (it names the file in diagnostics);
 * `id` defaults to the file name without `.md`.
 */
export function parseDocument(filePath: string, bytes: Buffer, id?: string): DocumentResult {
  if (bytes.length > maxBytes) {
    return fail(filePath, 'file-too-large', tooLargeMessage(bytes.length));
  }
  if (bytes.includes(0)) {
    return fail(
      filePath,
      'file-binary',
      'The file contains NUL bytes, so it is not a text document. Remove it from the folder or save it as UTF-8 markdown.',
    );
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = invalidUtf8At(bytes);
    return fail(
      filePath,
      'file-encoding',
      'The file is not valid UTF-8. Re-save it as UTF-8.',
      at.line,
      at.column,
    );
  }
  if (text.trim() === '') {
    return fail(
      filePath,
      'file-empty',
      'The file is empty. Add a "# Title" line and tags, or remove it.',
    );
  }
  const mended = repairMojibake(sourceText(text));
  const flat = flattenDeepNesting(mended.text);
  const file = new VFile({ path: filePath, value: flat.text });
  if (id !== undefined) file.data.planId = id;
  // The record's hash is of the bytes on disk, before CRLF and control characters are normalised.
  file.data.planHash = createHash('sha256').update(bytes).digest('hex');
  try {
    processor.runSync(processor.parse(file), file);
  } catch (error) {
    return fail(
      filePath,
      'parse-failed',
      `The document could not be parsed (${String(error)}). Please report this as a bug with the file attached.`,
    );
  }
  const record = file.data.learningPlan!;
  for (const repair of mended.repairs) record.diagnostics.push(repairNote(filePath, repair));
  if (flat.at) {
    record.diagnostics.push({
      file: filePath,
      ...flat.at,
      severity: 'warning',
      code: 'content-too-deep',
      message:
        flat.reason === 'delimiters'
          ? `A paragraph has more than ${maxDelimiters} emphasis markers (*, _, ~) or link brackets from here; the rest are shown as plain characters. Split the paragraph or remove the extra markers.`
          : `Content is nested more than ${maxDepth} levels deep (quotes, lists or HTML tags) on ${flat.lines === 1 ? 'this line' : `${flat.lines} lines from here`}; what lies deeper is shown at level ${maxDepth}. Remove the extra > markers or tags.`,
    });
  }
  return { record, diagnostics: record.diagnostics };
}

/** A repaired or unrepairable sequence of garbled text, as an `info` diagnostic. */
function repairNote(file: string, { line, column, from, to }: TextRepair): Diagnostic {
  return to === null
    ? {
        file,
        line,
        column,
        severity: 'info',
        code: 'text-unrepaired',
        message: `"${from}" looks like text read with the wrong character set, but what it stood for is not certain; it is left as written.`,
      }
    : {
        file,
        line,
        column,
        severity: 'info',
        code: 'text-repaired',
        message: `"${from}" was "${to}" read with the wrong character set (Mac Roman or Windows-1252); it is shown as "${to}".`,
      };
}

export { idFromPath };
