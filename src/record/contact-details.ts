// Where a text gives a way to reach a person: e-mail addresses (also `%40`-encoded inside URLs,
// and with a `mailto:` before them) and phone numbers (`wa.me/` links among them), and
// which tag keys and questions ask for one. The site's contact policy (src/site/contact-policy.ts)
// decides what becomes of them; the summary uses them to stop before a contact line.
//
// Document text is hostile: every scan here moves forward only, so a megabyte without a space
// costs one pass. Phone numbers are told from budgets, years, ranges, dates, ISBNs and
// coordinates by their shape and by a label just before them ("Tel:", "WhatsApp") or a question
// that asks for a contact; an unlabelled number must look like a phone number to count.

export interface ContactDetail {
  kind: 'email' | 'phone';
  /** Offsets in the text; the span of an address includes a `mailto:` before it. */
  start: number;
  end: number;
  /** The address or number as written, without `mailto:`. */
  value: string;
}

export interface DetectOptions {
  /** The text answers a question that asks for a contact: any number of phone length counts. */
  contactAnswer?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Keys and questions

/** `Focal_Point`, ` focal point `, `FOCAL-POINT`, `focalpoint`: the key, spelled any way. */
export function keyWord(key: string): string {
  return key
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function isFocalPointKey(key: string): boolean {
  return keyWord(key) === 'focalpoint';
}

/** Keys whose values are a way to reach someone (keyWord spellings). */
const personalKey =
  /^(?:focalpoints?|e?mails?(?:address(?:es)?)?|emailid|contact\w*|phones?(?:numbers?|no)?|telephones?|tel|tlf|telefonos?|telefones?|mobiles?(?:numbers?|no)?|cell(?:phone)?s?|celular|whatsapp|fax|correo\w*|courriel|adressemail)$/;

export function isPersonalKey(key: string): boolean {
  return personalKey.test(keyWord(key));
}

/** Questions whose answers are contacts ("How can we contact the solution holder?", "Mobile Number"). */
const contactQuestion =
  /\b(?:contact\w*|e-?mails?|correo\w*|courriel|(?:phone|mobile) (?:numbers?|no)|t[eé]l[eé]phones?|tel[eé]fonos?|telefones?|whats ?app|fax)\b/i;

export function isContactQuestion(question: string): boolean {
  return question.length <= 300 && contactQuestion.test(question);
}

// ---------------------------------------------------------------------------------------------
// Characters

const letterOrDigit = /[\p{L}\p{N}]/u;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  if (c < '\u0080')
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return letterOrDigit.test(c);
}

/**
 * Characters of an address's local part (`%` only as `%2E`, an encoded dot: see below). Soft
 * hyphens and joiners survive the parser's cleaning and must not hide the start of a name.
 */
function isLocalChar(c: string | undefined): boolean {
  return isWordChar(c) || (c !== undefined && '._+-*\u00ad\u200c\u200d\u2060'.includes(c));
}

function isDomainChar(c: string | undefined): boolean {
  return isWordChar(c) || c === '-';
}

/** `%2E`, an encoded dot, at `i`. */
function isEncodedDot(text: string, i: number): boolean {
  return text[i] === '%' && text[i + 1] === '2' && (text[i + 2] === 'E' || text[i + 2] === 'e');
}

function endsWithInsensitive(text: string, end: number, suffix: string): boolean {
  return end >= suffix.length && text.slice(end - suffix.length, end).toLowerCase() === suffix;
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses

/** Where the local part before the `@` at `at` starts. */
function localStart(text: string, at: number): number {
  let start = at;
  while (isLocalChar(text[start - 1]) || isEncodedDot(text, start - 1)) start--;
  // `%7Cname@…` in a URL: the escape before the name is not part of it.
  if (text[start - 1] === '%' && /^[0-9a-f]{2}/i.test(text.slice(start, start + 2))) start += 2;
  while (start < at && '.+*-'.includes(text[start]!)) start++;
  return start;
}

/** The domain that starts at `from`: where it ends, and where its last label starts. */
function domainAt(text: string, from: number): { end: number; lastLabel: number } {
  let end = from;
  let lastLabel = from;
  for (;;) {
    if (isDomainChar(text[end])) end++;
    else if (text[end] === '.' && isDomainChar(text[end + 1])) lastLabel = ++end;
    else if (isEncodedDot(text, end) && isDomainChar(text[end + 3])) lastLabel = end += 3;
    else break;
  }
  while (end > lastLabel && text[end - 1] === '-') end--;
  return { end, lastLabel };
}

/** "E-mail:", "correo", "Email Id -": a label right before an address. */
const emailLabel = /(?:(?:e-?)?mail|correo|courriel)(?: ?id)?[\s.:;,=()-]{0,6}$/i;

/**
 * The address around the `@` at `at` (`after` is where its domain starts), if it is one. A domain
 * ends in a label of two letters or more (`163.com`, `undp.org`); a shorter or dotless one
 * (`name@company`, a summary cut at `name@gmail.c…`) counts where the text says it is an address:
 * after an e-mail label or in the answer to a contact question (three characters or more), or
 * cut by `…`.
 */
function addressAt(
  text: string,
  at: number,
  after: number,
  options: DetectOptions,
): ContactDetail | null {
  const start = localStart(text, at);
  if (start === at) return null;
  const { end, lastLabel } = domainAt(text, after);
  if (end === after || !letterOrDigit.test(text[after]!)) return null;
  if (!letterOrDigit.test(text.slice(start, at))) return null;
  const dotted = lastLabel > after && /^\p{L}{2,}$/u.test(text.slice(lastLabel, end));
  if (!dotted) {
    const cut = text[end] === '…';
    if ((!cut && end - after < 3) || !/\p{L}/u.test(text.slice(after, end))) return null;
    const labelled = emailLabel.test(text.slice(Math.max(0, start - 16), start));
    if (!cut && !labelled && options.contactAnswer !== true) return null;
  }
  const mailto = endsWithInsensitive(text, start, 'mailto:') ? 7 : 0;
  return { kind: 'email', start: start - mailto, end, value: text.slice(start, end) };
}

/**
 * Every e-mail address: a local part, `@` (or `%40`, as in URLs) and a domain (see addressAt).
 * Local parts stop at an `@` and domains cannot hold one, so each character is read at most twice.
 */
export function findEmails(text: string, options: DetectOptions = {}): ContactDetail[] {
  const out: ContactDetail[] = [];
  let plain = text.indexOf('@');
  let encoded = text.indexOf('%40');
  while (plain !== -1 || encoded !== -1) {
    const isEncoded = encoded !== -1 && (plain === -1 || encoded < plain);
    const at = isEncoded ? encoded : plain;
    const after = at + (isEncoded ? 3 : 1);
    const found = addressAt(text, at, after, options);
    if (found) out.push(found);
    const next = found ? found.end : after;
    if (plain !== -1 && plain < next) plain = text.indexOf('@', next);
    if (encoded !== -1 && encoded < next) encoded = text.indexOf('%40', next);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

/** A label right before a number: "Tel:", "Phone no.", "Cel.", "WhatsApp", "Contact:", "☎". */
const phoneLabel =
  /(?:\b(?:t[eé]l|tlf|t[eé]l[eé]phone|tel[eé]fono|telefone|phone|mob|mobile|m[oó]vil|cel|cell|celu|celular|cellphone|whats ?app|fax|contact|contacts|contacto|contactos)|[☎📞📱])[\s.:;,\-–=#()/]*(?:\b(?:no|nr|number|n[°º])[\s.:;,\-–=#()/]*)?$/iu;

/** Between two numbers of one list: "…56 / 78…", "…56, 78…", "…56 ou 78…". */
const listGap = /^[\s,;/\-–]*(?:(?:or|ou|[oy]|et|and|e)[\s,;/\-–]*)?$/iu;

/** Words a labelled-looking number is not a phone number after. */
const notPhoneBefore =
  /\b(?:isbn|issn|doi|id|ref|nit|ruc|rfc|registration|license|licence)\b[^\n]{0,12}$/i;
const moneyBefore =
  /(?:[$€£¥₹₦₵]|\b(?:usd|us\$|eur|gbp|kes|ksh|fcfa|cfa|xof|xaf|inr|rs|ngn|ghs|tzs|ugx|rwf|zmw|etb|bdt|pkr|idr|php|cop|mxn|brl|ars|gtq|pab|dop|k))\s?$/i;

interface Candidate {
  start: number;
  end: number;
  text: string;
  digits: number;
}

/**
 * The run of digits and separators from `i` on (digits, single spaces, `-`, `.`, `(`, `)`; `+`
 * first): where its last digit ends, how many digits it has, and where the scan goes on.
 */
function runAt(text: string, i: number): { end: number; digits: number; next: number } {
  let j = i;
  let end = -1;
  let digits = 0;
  if (text[j] === '(' && text[j + 1] === '+') j += 2;
  else if (text[j] === '+') j += text[j + 1] === ' ' ? 2 : 1;
  while (j < text.length) {
    const c = text[j]!;
    if (isDigit(c)) {
      j++;
      end = j;
      digits++;
    } else if (c === ' ' || c === '\u00a0' || c === '\u202f') {
      const n = text[j + 1];
      if (!(isDigit(n) || n === '(' || n === '+')) break;
      j++;
    } else if (c === '-' || c === '.' || c === '(' || c === ')') {
      j++;
    } else if (c === '+' && text[j - 1] === '(') {
      j++;
    } else break;
  }
  return { end, digits, next: Math.max(j, i + 1) };
}

/** Dates and ranges of years: shapes no phone number has. */
function isDateOrRange(groups: string[], separators: string): boolean {
  const [a = '', b = '', c = ''] = groups;
  const year = (g: string): boolean => /^(?:19|20)\d\d$/.test(g);
  if (groups.length === 2 && year(a) && year(b)) return true;
  if (groups.length === 3 && a.length <= 2 && b.length <= 2 && (c.length === 4 || c.length === 2)) {
    return /^[-./]+$/.test(separators) || year(c);
  }
  if (groups.length >= 3 && year(a) && b.length <= 2 && c.length <= 2) return true;
  return false;
}

/** `1 700 000`, `25.000.000`: a number written in thousands. */
function isThousands(groups: string[]): boolean {
  return (
    groups.length >= 2 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3)
  );
}

/** Whether a number with no label and no `+` still looks like nothing but a phone number. */
function looksLikePhone(c: Candidate, groups: string[], separators: string): boolean {
  const n = c.digits;
  if (n < 9 || n > 13) return false;
  // An international prefix: (00226) 70 00 35 55, 00963 947 868 630.
  if (/^\(?00[1-9]/.test(c.text)) return true;
  if (groups.length < 2 || groups.some((g) => g.length < 2) || isThousands(groups)) return false;
  if (separators.includes('.') && groups.length < 3) return false;
  // An area code in brackets: (021) 555 0199, (507) 6070-0012.
  if (/^\(\d{2,5}\)/.test(c.text)) return true;
  // A trunk prefix: 0712 345 678, 01 23 45 67 89, 020 7946 0958.
  if (groups[0]!.startsWith('0')) return true;
  // The North American shape: 209 371 0456, 209-371-0456.
  return /^\d{3}[-. ]\d{3}[-. ]\d{4}$/.test(c.text);
}

function classify(text: string, c: Candidate, labelled: boolean): boolean {
  const n = c.digits;
  if (n < 7 || n > 15) return false;
  const groups = c.text.split(/\D+/).filter((g) => g !== '');
  const separators = c.text.replace(/[\d\s()+]/g, '');
  if (isDateOrRange(groups, separators)) return false;
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  if (notPhoneBefore.test(before)) return false;
  if (c.text.startsWith('+') || c.text.startsWith('(+')) return n >= 8;
  if (labelled) return !(separators === '.' && groups.length === 2);
  if (moneyBefore.test(before)) return false;
  return looksLikePhone(c, groups, separators);
}

/** Whether the character before `i` joins the number to a word, a URL or another number. */
function joinedBefore(text: string, i: number): boolean {
  const p = text[i - 1];
  if (p === undefined) return false;
  if (isWordChar(p) || /[_/=&?#%@]/.test(p)) return true;
  return /[.,-]/.test(p) && isWordChar(text[i - 2]);
}

function joinedAfter(text: string, end: number): boolean {
  const n = text[end];
  if (n === undefined) return false;
  if (isWordChar(n) || /[_@%]/.test(n)) return true;
  // `.pdf`, `-0057.html`, `/videos`: a file name or a URL goes on. A list goes on after `,` or `/`.
  return (
    /[./-]/.test(n) && (n === '/' ? /\p{L}/u.test(text[end + 1] ?? '') : isWordChar(text[end + 1]))
  );
}

/**
 * Every phone number outside the given spans (the addresses found before). The scan jumps over
 * each run of digits and separators it has read, so each character is read once or twice.
 */
export function findPhones(
  text: string,
  options: DetectOptions = {},
  skip: readonly ContactDetail[] = [],
): ContactDetail[] {
  const out: ContactDetail[] = [];
  const runStart = /[\d+(]/g;
  let skipIndex = 0;
  let i = 0;
  for (;;) {
    runStart.lastIndex = i;
    const next = runStart.exec(text);
    if (!next) break;
    i = next.index;
    const span = skip[skipIndex];
    if (span && i >= span.start) {
      i = Math.max(i, span.end);
      skipIndex++;
      continue;
    }
    const run = runAt(text, i);
    // A run that reaches an address ends there.
    const end = span ? Math.min(run.end, span.start) : run.end;
    // Phone numbers have seven to fifteen digits; longer runs are not read again.
    if (end > i && isDigit(text[end - 1]) && run.digits >= 7 && (run.digits <= 15 || span)) {
      let start = i;
      // A lone "(" that opens a bracket around the whole number is not part of it.
      if (text[start] === '(' && !text.slice(start, end).includes(')')) start++;
      const value = text.slice(start, end);
      const candidate = { start, end, text: value, digits: value.replace(/\D/g, '').length };
      const wa = endsWithInsensitive(text, start, 'wa.me/');
      const previous = out[out.length - 1];
      // The next number of a list ("…666/00227…") is not joined to the one before it.
      const listed =
        previous !== undefined &&
        start - previous.end <= 8 &&
        listGap.test(text.slice(previous.end, start));
      if ((wa || listed || !joinedBefore(text, start)) && !joinedAfter(text, end)) {
        const labelled =
          wa ||
          listed ||
          options.contactAnswer === true ||
          phoneLabel.test(text.slice(Math.max(0, start - 40), start));
        if (classify(text, candidate, labelled)) {
          out.push({ kind: 'phone', start, end, value: candidate.text });
        }
      }
    }
    i = run.next;
  }
  return out;
}

/** Addresses and numbers, in order of position. */
export function findContactDetails(text: string, options: DetectOptions = {}): ContactDetail[] {
  const emails = findEmails(text, options);
  const phones = findPhones(text, options, emails);
  return [...emails, ...phones].sort((a, b) => a.start - b.start);
}

/** Quick test for the summary: does this line give a way to reach someone? */
export function hasContactDetail(text: string, options: DetectOptions = {}): boolean {
  return findContactDetails(text, options).length > 0;
}
