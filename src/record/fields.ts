// Stable field ids for questions: the wording changed between form versions (2021 to 2025),
// these patterns map every version onto one id (format.md appendix).
const fieldPatterns: [string, RegExp][] = [
  ['plan.name', /^Please provide a name for your action learning plan/i],
  ['plan.challenge_type', /^Challenge type:/i],
  ['plan.challenge_statement', /^Challenge statement:/i],
  ['plan.background', /^Background:/i],
  ['plan.quantitative_evidence', /^Quantitative evidence:/i],
  ['plan.qualitative_evidence', /^Qualitative evidence:/i],
  ['plan.value_proposition', /^Value proposition:/i],
  ['plan.tweet_summary', /^Short .tweet. summary:/i],
  ['plan.top_partners', /^Who are your top 5 partners/i],
  ['partner.name', /^Please state the name of the Part?n?er:/i],
  ['partner.sector', /^What sector does (our|your) partner belong to\?/i],
  ['partner.is_new', /^Is this a new and unusual partner for UNDP\?/i],
  [
    'partner.description',
    /^Please provide a brief description of the (collaboration|partnership)\./,
  ],
  ['plan.learning_cycle_stage', /^To what stage\(s\) in the learning cycle/i],
  ['plan.learning_question', /^Learning question:/i],
  ['plan.usage_of_methods', /^Usage of methods:/i],
  ['plan.existing_data_gaps', /^Existing data gaps:/i],
  ['plan.early_leads_to_grow', /^Early leads to grow:/i],
  ['plan.end_marker', /^END OF ACTION LEARNING PLAN/i],
  ['closing.key_insights', /^What are the top (5 )?key insights/i],
  ['closing.blog_links', /^Please paste (the|any) link\(s\) to (the )?blog/i],
  ['closing.barriers', /^Did you experience any barriers/i],
  ['closing.time_per_stage', /^For this frontier challenge, how much of your time/i],
  ['closing.stage.sense', /^Sense$/i],
  ['closing.stage.explore', /^Explore$/i],
  ['closing.stage.test', /^Test$/i],
  ['closing.stage.grow', /^Grow$/i],
  ['closing.data_rationale', /^Relating to your types of data/i],
  ['closing.method_rationale', /^Why was it necessary to apply the above innovation method/i],
  ['closing.partners.civil_society', /^If applicable, what civil society/i],
  ['closing.partners.academic', /^If applicable, what academic/i],
  ['closing.partners.private', /^If applicable, what private sector/i],
  ['closing.partners.government', /^If applicable, what government/i],
  ['closing.partners.un_internal', /^If applicable, which UN internal/i],
  ['closing.partners.new_unusual', /^Relating to your answers above: who of the partners/i],
  ['closing.partners.actual', /^Please indicate what partners you have actually worked with/i],
  ['closing.handover', /^Considering the outcomes of this learning challenge/i],
  ['closing.handover_detail', /^Can you provide more detail on your handover/i],
  ['closing.bonus_interplay', /^Bonus question: How did the interplay/i],
  ['closing.supporting_evidence', /^Please upload any further supporting evidence/i],
  ['closing.end_marker', /^The closing form saves automatically/i],
];

// Solutions and experiments came from many forms (231 and 67 distinct question texts); only the
// questions that name or describe the record get a field: the summary and the full title read them.
const solutionPatterns: [string, RegExp][] = [
  [
    'solution.name',
    /^(?:Title(?: of the (?:innovation|solution))?|TITLE: Please provide a title|Title \/ Name of the Innovation|What is the Title for this solution|Put the title of the solution|Solution name|Name$|Nombre de la solución|Please provide the name of the identified local solution)\b/i,
  ],
  [
    'solution.description',
    /^(?:(?:Brief )?description of (?:the )?(?:innovation|solution)|What is the purpose of the solution|Description(?: \/ Mission Statement)?$|Descripción(?: de la (?:experiencia|solución))?|Innovation Solution Description|Brief description about the identified local solution|Observation & Description|DESCRIPTION(?:$|:)|How would you describe this solution|Solution description|Add the (?:summary|description) here|Explain what is it about)/i,
  ],
  // A Panamanian waste-management form asks an organisation for its key actions and the
  // problems they solve: the only description that form has.
  ['solution.activities', /^Si representas a alguna organización ¿Cuáles son sus acciones clave/i],
  [
    'solution.holder',
    /^(?:Name of the Innovator|Who lead? the solution|What is the name of the solution holder|Nombre de la persona creadora|Nombre del creador|Add some information about the solution holder|Reported by|Lead Innovator|Innovator$|Contact person|Solution owner)/i,
  ],
  [
    'solution.contact',
    /^(?:What is the address and preferred way to contact|Contacto\b|Contact$|E-?mail$|CORREO ELECTRÓNICO|Website$|Facebook Link|Enlace a la red social|Please insert a link to the solution)/i,
  ],
  [
    'solution.organisation',
    /^(?:Organi[sz]ation$|Does the solution holder have any institutional affiliation)/i,
  ],
];

const experimentPatterns: [string, RegExp][] = [
  ['experiment.name', /^Name of the experimental activity/i],
  ['experiment.learning_intent', /^What is the (?:specific )?learning intent of the activity/i],
  ['experiment.hypothesis', /^(?:What is your hypothesis\?|Hypothesis:)/i],
  ['experiment.actions', /^Describe which actions/i],
  ['experiment.object', /^What is the object being tested/i],
  ['experiment.prepared_by', /^(?:Prepared by|Reviewer's name)/i],
  ['experiment.portfolio', /^What portfolio does this activity correspond to/i],
  ['experiment.frontier_challenge', /^What is the frontier challenge/i],
  [
    'experiment.learning_question',
    /^What is the learning question ?\(from your action learning plan\)/i,
  ],
  ['experiment.related_plan', /^What action learning plan is this activity related to/i],
  ['experiment.partner_names', /^Please list the names of partners/i],
];

const patternsByType: Partial<Record<string, [string, RegExp][]>> = {
  learningplan: fieldPatterns,
  solution: solutionPatterns,
  experiment: experimentPatterns,
};

/**
 * The stable field of a question (already cleaned: entities decoded, spaces collapsed), by the
 * record's type; learning-plan patterns by default.
 */
export function fieldOf(question: string, type = 'learningplan'): string | null {
  if (question === '') return null;
  for (const [field, pattern] of patternsByType[type] ?? [])
    if (pattern.test(question)) return field;
  return null;
}

/** The second paragraph of the challenge-type instruction, which the forms print as body text. */
export const challengeTypeNote =
  /^Please note: we ask you to only submit a maximum of 3 challenges/;
