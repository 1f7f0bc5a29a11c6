// Stable field ids for learning-plan questions: the wording changed between form versions
// (2021 to 2025), these patterns map every version onto one id (format.md appendix).
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

/** The stable field of a learning-plan question (already cleaned: entities decoded, spaces collapsed). */
export function fieldOf(question: string): string | null {
  if (question === '') return null;
  for (const [field, pattern] of fieldPatterns) if (pattern.test(question)) return field;
  return null;
}

/** The second paragraph of the challenge-type instruction, which the forms print as body text. */
export const challengeTypeNote =
  /^Please note: we ask you to only submit a maximum of 3 challenges/;
