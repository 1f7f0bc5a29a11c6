// Text garbled by a wrong decoding: UTF-8 bytes once read as Mac Roman or Windows-1252 and saved
// again, so "’" (E2 80 99) became "‚Äô" or "â€™" and "CO₂" became "CO‚ÇÇ". Each such sequence is
// turned back into bytes through the code page (iconv-lite's tables) and decoded as UTF-8. Only
// where that is unambiguous: the bytes form one valid UTF-8 character, of a kind a document in
// these languages holds (Latin letters, punctuation, symbols, sub- and superscripts, emoji), and
// the two code pages do not read the same characters as two different ones. Sequences that look
// garbled but cannot be repaired that way are left as written and reported.
import iconv from 'iconv-lite';

export interface TextRepair {
  line: number;
  column: number;
  /** The garbled characters, as written. */
  from: string;
  /** What they stand for, or null when left as written. */
  to: string | null;
}

interface CodePage {
  /** Each character of the code page's upper half, by its byte. */
  byteOf: Map<string, number>;
}

function codePage(name: string): CodePage {
  const byteOf = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const char = iconv.decode(Buffer.from([byte]), name);
    // Unassigned bytes decode to U+FFFD; C1 controls never survive sourceText.
    if (char === '\ufffd' || char.charCodeAt(0) < 0xa0) continue;
    byteOf.set(char, byte);
  }
  return { byteOf };
}

const codePages = [codePage('macintosh'), codePage('windows-1252')];

/** The characters a repair may produce: what these documents' garbled text stood for. */
const plausible: [number, number][] = [
  // Latin-1 and Latin Extended-A (é, ñ, œ, ş), not beyond: "Ç’" and "«É" read as two-byte
  // sequences give ǒ and ǃ, letters no document here means.
  [0x00a0, 0x017f],
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2010, 0x2027], // dashes, quotes, bullets, ellipsis
  [0x2030, 0x205e], // per mille, primes, guillemets
  [0x2070, 0x209f], // super- and subscripts: CO₂, m²
  [0x20a0, 0x20cf], // currency: €, ₹
  [0x2100, 0x21ff], // letterlike, number forms, arrows: ™, ½, →
  [0x2200, 0x23ff], // mathematical and technical: ≥, ⌚
  [0x2460, 0x27bf], // enclosed numbers, shapes, symbols, dingbats: ①, ■, ✓
  [0x1f000, 0x1faff], // emoji
];

function isPlausible(codePoint: number): boolean {
  return plausible.some(([lo, hi]) => codePoint >= lo && codePoint <= hi);
}

/** How many bytes a UTF-8 sequence with this first byte has; 0 when it cannot start one. */
function sequenceLength(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

const isContinuation = (byte: number | undefined): boolean =>
  byte !== undefined && byte >= 0x80 && byte <= 0xbf;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The character `text` at `i` stands for in one code page, with its length, or null. */
function readAs(page: CodePage, text: string, i: number): { to: string; length: number } | null {
  const first = page.byteOf.get(text[i]!);
  const length = first === undefined ? 0 : sequenceLength(first);
  if (length === 0) return null;
  const bytes = [first!];
  for (let k = 1; k < length; k++) {
    const byte = page.byteOf.get(text[i + k] ?? '');
    if (!isContinuation(byte)) return null;
    bytes.push(byte!);
  }
  let to: string;
  try {
    to = utf8.decode(Uint8Array.from(bytes));
  } catch {
    return null; // overlong or surrogate: not UTF-8 after all
  }
  return isPlausible(to.codePointAt(0)!) ? { to, length } : null;
}

/** Lead bytes whose garbled form is unmistakable when a continuation follows: Ã©, â€, ‚Ä, √©. */
const telltaleLeads = new Set([0xc2, 0xc3, 0xe2, 0xef, 0xf0]);

/** Whether `text` at `i` starts like garbled UTF-8 in some code page. */
function looksGarbled(text: string, i: number): boolean {
  return codePages.some((page) => {
    const first = page.byteOf.get(text[i]!);
    return (
      first !== undefined &&
      telltaleLeads.has(first) &&
      isContinuation(page.byteOf.get(text[i + 1] ?? ''))
    );
  });
}

/** The text with its garbled sequences repaired, and every sequence found, repaired or not. */
export function repairMojibake(text: string): { text: string; repairs: TextRepair[] } {
  const repairs: TextRepair[] = [];
  // Most documents are plain ASCII or well-decoded: no character of the upper halves is found
  // twice in a row, and nothing is copied.
  if (!/[\u00a0-\uffff]{2}/u.test(text)) return { text, repairs };
  let out = '';
  let line = 1;
  let lineStart = 0;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (c < 0xa0) continue;
    const readings = codePages
      .map((page) => readAs(page, text, i))
      .filter((r): r is NonNullable<typeof r> => r !== null);
    const at = { line, column: i - lineStart + 1 };
    const agreed = readings.every(
      (r) => r.to === readings[0]!.to && r.length === readings[0]!.length,
    );
    if (readings.length > 0 && agreed) {
      const { to, length } = readings[0]!;
      repairs.push({ ...at, from: text.slice(i, i + length), to });
      out += text.slice(copied, i) + to;
      copied = i + length;
      i += length - 1;
    } else if (readings.length > 0 || looksGarbled(text, i)) {
      const length = readings[0]?.length ?? 2;
      repairs.push({ ...at, from: text.slice(i, i + length), to: null });
      i += length - 1;
    }
  }
  return { text: copied === 0 ? text : out + text.slice(copied), repairs };
}
