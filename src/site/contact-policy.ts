// The site's contact policy: what a build publishes of the ways to reach a person. It is the
// `focalPoint` setting of the site configuration (`hide`, the default, `mask` or `show`) and covers
// every contact detail, not only focal points: tags whose key asks for a contact (focal point,
// e-mail, contact, phone... in any spelling), tag values that are addresses or numbers, e-mail
// addresses and phone numbers in titles, summaries, questions and answers (text and HTML),
// `mailto:` and `tel:` links, and links to consent forms (never published under hide or mask).
//
// `publicRecord` runs once per plan at the start of a site build: pages, exports, search and map
// data are all made from its result, so none of them can see a raw contact. `publicSource`
// rewrites the copied markdown with the same detectors and the details found in the record.
import { basename } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { toHtml } from 'hast-util-to-html';
import { escapeText } from 'entities';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { sourceText } from '../load/document.ts';
import { innerText } from '../qa/inner-text.ts';
import {
  findContactDetails,
  findEmails,
  isContactQuestion,
  isPersonalKey,
  keyWord,
  type DetectOptions,
} from '../record/contact-details.ts';
import { facetKey } from '../common/facet-key.ts';
import { items } from '../record/summary.ts';
import type { Answer, Facet, Item, LearningPlan, Section } from '../record/schema.ts';
import { emptyMeta, type Meta } from '../record/meta.ts';
import type { SiteConfig } from './config.ts';

export type ContactPolicy = SiteConfig['focalPoint'];

/** What stands where a detail was, under `hide` (and for consent links under `mask` too). */
export const withheld = {
  email: '(e-mail withheld)',
  phone: '(phone withheld)',
  consent: '(consent form withheld)',
} as const;

/** A detail a record gives, as written: what its copied source must not publish either. */
export interface KnownDetail {
  kind: 'email' | 'phone' | 'consent';
  value: string;
}

/** What a build withheld (or masked): distinct addresses and numbers over all its plans. */
export interface ContactCounts {
  policy: ContactPolicy;
  emails: number;
  phones: number;
}

// ---------------------------------------------------------------------------------------------
// Masks

function decodeAddress(value: string): string {
  return value.replace(/%40/g, '@').replace(/%2e/gi, '.');
}

/** `gonzalo.smith@undp.org` → `g****h@undp.org`; a value without `@` is masked whole. */
export function maskEmail(email: string): string {
  const plain = decodeAddress(email);
  const at = plain.lastIndexOf('@');
  const local = at > 0 ? plain.slice(0, at) : plain;
  const domain = at > 0 ? plain.slice(at) : '';
  const chars = [...local];
  if (chars.length <= 2) return `${chars[0] ?? ''}****${domain}`;
  return `${chars[0]}****${chars[chars.length - 1]}${domain}`;
}

/** `+254 713 942 780` → `+*** *** *** *80`: every digit but the last two. */
export function maskPhone(number: string): string {
  let keep = 2;
  const chars = [...number];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!/\d/.test(chars[i]!)) continue;
    if (keep > 0) keep--;
    else chars[i] = '*';
  }
  return chars.join('');
}

// ---------------------------------------------------------------------------------------------
// Links

/** URLs written in text; the schemes are spelled out so a failed match costs one step. */
const urlPattern = /\b(?:https?:\/|ftp:\/\/|www\.)[^\s<>"'`]+/gi;

const consentSegment = /^(?:consents?|consent[-_]?forms?|consentimientos?|consentements?)$/i;
const documentFile = /\.(?:pdf|docx?|odt|rtf|jpe?g|png|heic)$/i;

/** `consent.example.org/...`, `.../consent/uploads/...`, `.../signed_consent_form.pdf`. */
function isConsentUrl(url: string): boolean {
  const address = url.split(/[?#]/)[0]!.replace(/^[a-z]+:\/*/i, '');
  const [host = '', ...path] = address.split('/');
  if (host.toLowerCase().startsWith('consent.')) return true;
  return path.some((s) => consentSegment.test(s) || (/consent/i.test(s) && documentFile.test(s)));
}

/** A consent form's URL says so (isConsentUrl): most texts need no look for URLs at all. */
function mentionsConsent(text: string): boolean {
  return text.includes('onsent') || text.includes('ONSENT');
}

/** A link whose target is itself a contact or a consent form. */
function isPersonalLink(url: string, scope: Scope): boolean {
  const target = url.trim();
  if (/^(?:mailto|tel|callto|sms):/i.test(target)) return true;
  if (/^(?:https?:\/\/)?(?:wa\.me|api\.whatsapp\.com)\//i.test(target)) return true;
  if (isConsentUrl(target) || findEmails(target).length > 0) return true;
  return scope.known.some((k) => k.kind === 'consent' && target.includes(k.value));
}

// ---------------------------------------------------------------------------------------------
// Text

interface Span {
  start: number;
  end: number;
  replacement: string;
}

/**
 * One pass over a record (or a source file): the policy, the details known before it starts, and
 * those found on the way. A pass that knows every detail of its record beforehand (`complete`)
 * leaves alone each text that holds none of them.
 */
class Scope {
  readonly found = new Map<string, KnownDetail>();

  constructor(
    readonly policy: 'hide' | 'mask',
    readonly known: KnownDetail[] = [],
    readonly complete = false,
  ) {}

  conceal(kind: KnownDetail['kind'], value: string): string {
    this.found.set(`${kind} ${value}`, { kind, value });
    if (this.policy === 'hide' || kind === 'consent') return withheld[kind];
    return kind === 'email' ? maskEmail(value) : maskPhone(value);
  }

  /** Whether a text can be left as it is without looking (see the class comment). */
  untouched(text: string): boolean {
    return this.complete && !this.known.some((k) => text.includes(k.value));
  }
}

function spansOf(text: string, scope: Scope, options: DetectOptions): Span[] {
  const spans: Span[] = [];
  const urls = mentionsConsent(text) ? text.matchAll(urlPattern) : [];
  for (const match of urls) {
    if (isConsentUrl(match[0])) {
      const start = match.index;
      spans.push({
        start,
        end: start + match[0].length,
        replacement: scope.conceal('consent', match[0]),
      });
    }
  }
  for (const d of findContactDetails(text, options)) {
    spans.push({ start: d.start, end: d.end, replacement: scope.conceal(d.kind, d.value) });
  }
  for (const k of scope.known) {
    for (let i = text.indexOf(k.value); i !== -1;) {
      let end = i + k.value.length;
      // The consent form's address with a query after it is the same form.
      if (k.kind === 'consent') while (end < text.length && !/[\s<>"'`]/.test(text[end]!)) end++;
      spans.push({ start: i, end, replacement: scope.conceal(k.kind, k.value) });
      i = text.indexOf(k.value, end);
    }
  }
  return spans;
}

/** The text with each detail replaced; of overlapping details the first and longest wins. */
function rewrite(text: string, scope: Scope, options: DetectOptions = {}): string {
  if (scope.untouched(text)) return text;
  const spans = spansOf(text, scope, options);
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + span.replacement;
    at = span.end;
  }
  return out + text.slice(at);
}

/** Whether a text still shows a detail: under `mask`, masked addresses are what it may show. */
function showsDetail(text: string, scope: Scope, options: DetectOptions): boolean {
  if (mentionsConsent(text) && [...text.matchAll(urlPattern)].some((m) => isConsentUrl(m[0]))) {
    return true;
  }
  if (scope.known.some((k) => text.includes(k.value))) return true;
  return findContactDetails(text, options).some(
    (d) => !(scope.policy === 'mask' && d.kind === 'email' && d.value.includes('****')),
  );
}

// ---------------------------------------------------------------------------------------------
// HTML

function textHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeText(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * An answer's HTML with each detail replaced in its text, and links to a contact or a consent
 * form reduced to their text. A detail split across elements (`<b>+254</b> 712 345 678`) is
 * still in the visible text afterwards; then the answer is published as its rewritten plain text.
 */
function rewriteHtml(html: string, text: string, scope: Scope, options: DetectOptions): string {
  if (scope.untouched(html) && scope.untouched(text)) return html;
  if (!showsDetail(html, scope, options) && !showsDetail(text, scope, options)) return html;
  const tree = raw({ type: 'root', children: [{ type: 'raw', value: html }] }) as Root;
  visit(tree, (node, index, parent) => {
    if (node.type === 'text') {
      node.value = rewrite(node.value, scope, options);
      return CONTINUE;
    }
    if (node.type !== 'element') return CONTINUE;
    const target = node.properties.href ?? node.properties.src;
    if (
      parent &&
      index !== undefined &&
      typeof target === 'string' &&
      isPersonalLink(target, scope)
    ) {
      const keep: ElementContent[] = node.tagName === 'img' ? [] : (node as Element).children;
      parent.children.splice(index, 1, ...keep);
      return [SKIP, index];
    }
    for (const [name, value] of Object.entries(node.properties)) {
      if (typeof value === 'string') node.properties[name] = rewrite(value, scope, options);
    }
    return CONTINUE;
  });
  if (showsDetail(innerText(tree), scope, options)) return textHtml(rewrite(text, scope, options));
  return toHtml(tree);
}

// ---------------------------------------------------------------------------------------------
// Records

/** A tag value: dropped under hide when it is nothing but an address or number, else rewritten. */
function tagValue(value: string, scope: Scope): string | null {
  const details = findContactDetails(value);
  const only = details.length === 1 && details[0]!.start === 0 && details[0]!.end === value.length;
  const out = rewrite(value, scope);
  return only && scope.policy === 'hide' ? null : out;
}

/** The values of a key that asks for a contact: none under hide; under mask, every one masked. */
function personalValues(values: string[], scope: Scope): string[] {
  if (scope.policy === 'hide') {
    for (const v of values) rewrite(v, scope, { contactAnswer: true });
    return [];
  }
  return values.map((v) => {
    const out = rewrite(v, scope, { contactAnswer: true });
    return out === v && v.trim() !== '' ? maskEmail(v.trim()) : out;
  });
}

function facets(list: Facet[], scope: Scope): Facet[] {
  const out: Facet[] = [];
  for (const f of list) {
    const value = tagValue(f.value, scope);
    if (value !== null) out.push(value === f.value ? f : { value, key: facetKey(value) });
  }
  return out;
}

function publicMeta(meta: Meta, scope: Scope): Meta {
  const out = emptyMeta();
  for (const [key, values] of Object.entries(meta)) {
    const kept =
      keyWord(key) === 'consent'
        ? values.map(() => withheld.consent)
        : isPersonalKey(key) || findEmails(key).length > 0
          ? personalValues(values, scope)
          : values.map((v) => tagValue(v, scope)).filter((v): v is string => v !== null);
    if (kept.length > 0) out[rewrite(key, scope)] = kept;
  }
  return out;
}

function publicAnswer(answer: Answer, scope: Scope, options: DetectOptions): Answer {
  return {
    ...answer,
    text: rewrite(answer.text, scope, options),
    html: rewriteHtml(answer.html, answer.text, scope, options),
    ...(answer.options ? { options: answer.options.map((o) => rewrite(o, scope, options)) } : {}),
  };
}

function publicItem(item: Item, scope: Scope): Item {
  const options = { contactAnswer: isContactQuestion(item.question) };
  return {
    ...item,
    question: rewrite(item.question, scope),
    answer: item.answer && publicAnswer(item.answer, scope, options),
  };
}

function publicSections(sections: Section[], scope: Scope): Section[] {
  return sections.map((s) => ({
    ...s,
    title: rewrite(s.title, scope),
    lead: s.lead === null ? null : rewrite(s.lead, scope),
    items: s.items.map((i) =>
      i.kind === 'group'
        ? { ...i, items: i.items.map((g) => publicItem(g, scope)) }
        : publicItem(i, scope),
    ),
  }));
}

/** Longest first, so a number is replaced before a shorter one inside it. */
function longestFirst(details: KnownDetail[]): KnownDetail[] {
  const unique = new Map(details.map((d) => [`${d.kind} ${d.value}`, d]));
  return [...unique.values()].sort((a, b) => b.value.length - a.value.length);
}

/** File hosts: a consent value there is the signed form itself, not the solution's website. */
const fileHost =
  /(?:^|\.)(?:drive\.google\.com|docs\.google\.com|dropbox\.com|1drv\.ms|onedrive\.live\.com|sharepoint\.com|blob\.core\.windows\.net|box\.com)$/i;

/**
 * The consent form's address, withheld wherever else the record gives it. The consent tag is
 * withheld whatever it holds, but many hold the solution's website (format.md §2), which answers
 * link to as well: only a value that points at a file (a consent path, a document, a file host)
 * is withheld in answers too.
 */
function consentDetails(plan: LearningPlan): KnownDetail[] {
  const url = plan.consent?.url;
  if (!url) return [];
  const address = url.split(/[?#]/)[0]!.replace(/^[a-z]+:\/*/i, '');
  const host = address.split('/')[0] ?? '';
  if (!isConsentUrl(url) && !documentFile.test(address) && !fileHost.test(host)) return [];
  const values = new Set([url, plan.consent!.raw.trim()].filter((v) => v.length >= 12));
  return [...values].map((value) => ({ kind: 'consent', value }));
}

export interface PublicRecord {
  plan: LearningPlan;
  /** The details the record gives, for its copied source (empty under show). */
  details: KnownDetail[];
}

/**
 * The record as the site publishes it under the policy: details withheld or masked everywhere,
 * only the source file's name, no diagnostics (they quote values).
 */
export function publicRecord(
  plan: LearningPlan,
  policy: ContactPolicy,
  found?: KnownDetail[],
): PublicRecord {
  const base = { ...plan, sourcePath: basename(plan.sourcePath), diagnostics: [] };
  if (policy === 'show') return { plan: base, details: [] };
  // Two passes: the first finds every detail (a number given with a label in one answer), the
  // second withholds each wherever it appears (the same number without its label in another).
  // `found` is what the first pass found in this very record before (src/site/contact-cache.ts).
  const details = found ?? firstPass(plan, policy);
  const scope = new Scope(policy, details, true);
  return { plan: { ...base, ...publicFields(plan, scope) }, details };
}

/** Every detail the record gives, longest first: what the second pass withholds. */
function firstPass(plan: LearningPlan, policy: 'hide' | 'mask'): KnownDetail[] {
  const first = new Scope(policy, consentDetails(plan));
  for (const [text, options] of textsOf(plan)) spansOf(text, first, options);
  return longestFirst([...consentDetails(plan), ...first.found.values()]);
}

/**
 * Every text of a record, with how to read it: what the first pass looks through. The answer's
 * HTML too, for link targets and attributes its text does not show.
 */
function* textsOf(plan: LearningPlan): Generator<[string, DetectOptions]> {
  const plain: DetectOptions = {};
  const contact: DetectOptions = { contactAnswer: true };
  yield [plan.title, plain];
  if (plan.fullTitle !== null) yield [plan.fullTitle, plain];
  if (plan.focalPoint !== null) yield [plan.focalPoint, contact];
  for (const name of plan.countries) yield [name, plain];
  for (const f of [...plan.methods, ...plan.datasources, ...plan.thematicAreas])
    yield [f.value, plain];
  for (const sdg of plan.sdgs) yield [sdg.label, plain];
  for (const [key, values] of Object.entries(plan.meta)) {
    yield [key, plain];
    for (const value of values) yield [value, isPersonalKey(key) ? contact : plain];
  }
  yield [plan.summary, plain];
  for (const section of plan.sections) {
    yield [section.title, plain];
    if (section.lead !== null) yield [section.lead, plain];
  }
  for (const item of items(plan.sections)) {
    yield [item.question, plain];
    if (!item.answer) continue;
    const options = { contactAnswer: isContactQuestion(item.question) };
    for (const text of [item.answer.text, item.answer.html, ...(item.answer.options ?? [])]) {
      yield [text, options];
    }
  }
}

function publicFields(plan: LearningPlan, scope: Scope): Partial<LearningPlan> {
  const place = (name: string): string | null => tagValue(name, scope);
  return {
    title: rewrite(plan.title, scope),
    fullTitle: plan.fullTitle === null ? null : rewrite(plan.fullTitle, scope),
    focalPoint:
      plan.focalPoint === null ? null : (personalValues([plan.focalPoint], scope)[0] ?? null),
    countries: plan.countries.map(place).filter((c): c is string => c !== null),
    locations: plan.locations.flatMap((l) => {
      const country = place(l.country);
      return country === null ? [] : [{ ...l, country }];
    }),
    methods: facets(plan.methods, scope),
    datasources: facets(plan.datasources, scope),
    thematicAreas: facets(plan.thematicAreas, scope),
    sdgs: plan.sdgs.map((s) => ({ ...s, label: rewrite(s.label, scope) })),
    consent: plan.consent && { raw: withheld.consent, url: null, public: false },
    meta: publicMeta(plan.meta, scope),
    summary: rewrite(plan.summary, scope),
    sections: publicSections(plan.sections, scope),
  };
}

/** Every plan as published, and how many distinct addresses and numbers were withheld or masked. */
export function publicRecords(
  plans: LearningPlan[],
  policy: ContactPolicy,
  found: (plan: LearningPlan) => KnownDetail[] | undefined = () => undefined,
): { records: PublicRecord[]; counts: ContactCounts } {
  const records = plans.map((p) => publicRecord(p, policy, found(p)));
  const emails = new Set<string>();
  const phones = new Set<string>();
  for (const { details } of records) {
    for (const d of details) {
      if (d.kind === 'email') emails.add(decodeAddress(d.value).toLowerCase());
      if (d.kind === 'phone') phones.add(d.value.replace(/\D/g, ''));
    }
  }
  return { records, counts: { policy, emails: emails.size, phones: phones.size } };
}

// ---------------------------------------------------------------------------------------------
// Sources

interface KeyedLine {
  key: string;
  value: string;
  /** The line again with another value. */
  write: (value: string) => string;
}

/** `[[key:value]]`, spelled with spaces around it or inside the brackets, as the parser reads it. */
function tagLine(line: string): KeyedLine | null {
  const trimmed = line.trim();
  const colon = trimmed.indexOf(':');
  if (!trimmed.startsWith('[[') || !trimmed.endsWith(']]') || colon === -1) return null;
  const key = trimmed.slice(2, colon);
  const indent = line.slice(0, line.indexOf('[['));
  return { key, value: trimmed.slice(colon + 1, -2), write: (v) => `${indent}[[${key}:${v}]]` };
}

/** `key: value` in the front matter. */
function yamlLine(line: string): KeyedLine | null {
  const colon = line.indexOf(':');
  if (colon === -1) return null;
  const key = line.slice(0, colon);
  return { key, value: line.slice(colon + 1), write: (v) => `${key}:${v && ` ${v}`}` };
}

/** `[text](url)` and `![alt](url)` whose url is a contact or a consent form → the text alone. */
const markdownLink = /(!?)\[([^[\]\n]*)\]\(([^()\s]*)\)/g;

/** Emphasis and tags, which can split a number the detectors then miss (`**+254** 712 345 678`). */
function withoutMarkup(line: string): string {
  return line.replace(/<[^<>\n]*>/g, '').replace(/[*_`~]/g, '');
}

function rewriteSourceLine(line: string, scope: Scope, options: DetectOptions): string {
  const unlinked = line.replace(markdownLink, (link, bang: string, label: string, url: string) =>
    isPersonalLink(url, scope) ? (bang ? '' : label) : link,
  );
  const out = rewrite(unlinked, scope, options);
  if (!/[*_`~<]/.test(out)) return out;
  return showsDetail(withoutMarkup(out), scope, options)
    ? rewrite(withoutMarkup(unlinked), scope, options)
    : out;
}

/**
 * The source markdown as published: the text as the parser reads it (so a CR-only file has lines),
 * tag and front-matter lines whose key asks for a contact emptied (hide) or masked (mask), the
 * consent tag withheld, and every detail in the text replaced, with the record's own details
 * (`known`, from publicRecord) wherever they appear. Under show, the text as the parser reads it.
 */
export function publicSource(
  markdown: string,
  policy: ContactPolicy,
  known: KnownDetail[] = [],
): string {
  const text = sourceText(markdown);
  if (policy === 'show') return text;
  const scope = new Scope(policy, longestFirst(known));
  const lines = text.split('\n');
  const frontMatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  let options: DetectOptions = {};
  return lines
    .map((line, i) => {
      const field = tagLine(line) ?? (i > 0 && i < frontMatterEnd ? yamlLine(line) : null);
      if (field && (isPersonalKey(field.key) || keyWord(field.key) === 'consent')) {
        const kept =
          keyWord(field.key) === 'consent'
            ? withheld.consent
            : (personalValues([field.value.trim()], scope)[0] ?? '');
        return field.write(kept);
      }
      // A question line sets how the answer under it is read, as the record's answers were.
      if (/^\s*>/.test(line)) options = { contactAnswer: isContactQuestion(line) };
      else if (/^\s*#/.test(line)) options = {};
      return rewriteSourceLine(line, scope, options);
    })
    .join('\n');
}
