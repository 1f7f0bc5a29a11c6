// What the export left of the form itself, not the writer's content: answers that only say there
// is no answer ("N/A", "TBD", "néant", "no aplica") and the form's own instructions ("Only
// complete this section when presenting results") copied in as leads or answers.

/**
 * Answers meaning "none / not applicable / to be decided", compared in lower case without
 * surrounding punctuation. Yes and no are real answers; "none" is on the list because the form's
 * open questions are never answered by it, and the issue asks for it.
 */
const placeholders = new Set([
  // English
  'na',
  'n/a',
  'n.a',
  'not applicable',
  'not available',
  'none',
  'nil',
  'tbd',
  'tbc',
  'to be determined',
  'to be confirmed',
  'to be defined',
  // French
  'néant',
  'aucun',
  'aucune',
  'sans objet',
  's/o',
  's.o',
  'n/d',
  'nd',
  'non applicable',
  'non disponible',
  'pas applicable',
  'ne s’applique pas',
  "ne s'applique pas",
  'à définir',
  'à déterminer',
  // Spanish
  'ninguno',
  'ninguna',
  'nada',
  'no aplica',
  'no aplicable',
  'no disponible',
  's/d',
  'sin datos',
  'por definir',
  'por determinar',
]);

const edge = /[\s\p{P}\p{S}]/u;

/** A placeholder's text may only add punctuation around it: "N/A.", "(none)", "- TBD -". */
function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && edge.test(text[start]!)) start++;
  while (end > start && edge.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** Whether an answer only says that there is none: `N/A`, `-`, `TBD`, `néant`, `no aplica`... */
export function isPlaceholder(text: string): boolean {
  const plain = text.trim();
  if (plain.length > 40) return false;
  // Dashes, dots and question marks alone ("-", "...", "?") say nothing either.
  if (plain !== '' && /^[\p{P}\p{S}\s]+$/u.test(plain)) return true;
  const inner = plain.toLocaleLowerCase('fr').replace(/\s+/g, ' ');
  return placeholders.has(inner) || placeholders.has(trimEdges(inner));
}

/**
 * The form's instructions, in its three languages: the section leads the export copied in,
 * and the requests to fill a section in. Matched at the start of a short text only, so an
 * answer that quotes them in passing stays.
 */
const instructions = [
  /^only complete this section\b/i,
  /^this section (?:is|includes|aims)\b/i,
  /^explain the design of the experimental activity\b/i,
  /^tags related to the context of this experiment\b/i,
  /^(?:please )?(?:complete|fill in|fill out) (?:this|the following) (?:section|field|form)\b/i,
  /^s[óo]lo complete esta secci[óo]n\b/i,
  /^esta secci[óo]n (?:es|tiene|incluye)\b/i,
  /^explicar el dise[ñn]o de la actividad experimental\b/i,
  /^(?:ne )?(?:compl[ée]ter|remplir) cette section\b/i,
  /^cette section (?:est|vise|comprend|a pour)\b/i,
  /^expliquer la conception de l[’']activit[ée] exp[ée]rimentale\b/i,
];

export function isFormInstruction(text: string): boolean {
  const plain = text.trim();
  return plain.length <= 300 && instructions.some((pattern) => pattern.test(plain));
}
