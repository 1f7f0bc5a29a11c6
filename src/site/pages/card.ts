// A plan's card, as lists of plans show it (home, value pages, related plans).
import type { LearningPlan } from '../../record/schema.ts';
import { typeLabels } from '../facets/values.ts';
import { planPath } from '../urls.ts';

export interface CardView {
  title: string;
  url: string;
  typeLabel: string;
  year: number | null;
  /** "Kenya, Peru and 4 more": a card stays one line however many countries a plan names. */
  countries: string;
  summary: string;
}

const cardCountryLimit = 3;

function countryList(countries: string[], limit = cardCountryLimit): string {
  const unique = [...new Set(countries.map((c) => c.trim()).filter((c) => c !== ''))];
  // "and 1 more" takes the room of the name it hides.
  if (unique.length <= limit + 1) return unique.join(', ');
  return `${unique.slice(0, limit).join(', ')} and ${unique.length - limit} more`;
}

export function cardView(plan: LearningPlan): CardView {
  return {
    title: plan.title,
    url: planPath(plan.slug),
    typeLabel: typeLabels[plan.type],
    year: plan.year,
    countries: countryList(plan.countries),
    summary: plan.summary,
  };
}
