// Hand-written plans for the search tests: a few languages, shared and rare words, tags.
import type { LearningPlan } from '../../src/record/schema.ts';
import { facet, makePlan } from '../helpers/plan.ts';

function answers(...texts: string[]): LearningPlan['sections'] {
  return [
    {
      title: 'Answers',
      lead: null,
      line: 5,
      items: texts.map((text, i) => ({
        kind: 'item' as const,
        question: `Question ${i + 1}`,
        field: null,
        answer: { text, html: `<p>${text}</p>` },
        empty: false,
        line: 6 + i * 3,
      })),
    },
  ];
}

export const fixturePlans: LearningPlan[] = [
  makePlan({
    id: 'solar-kiosks',
    title: 'Solar kiosks for rural clinics',
    type: 'solution',
    year: 2021,
    countries: ['Kenya'],
    methods: [facet('Prototyping')],
    sdgs: [{ goal: 7, label: 'Affordable and clean energy' }],
    summary: 'Solar powered kiosks charge phones and keep vaccines cold in rural clinics.',
    sections: answers(
      'Nurses in rural clinics lose vaccines when the power fails.',
      'We built kiosks with solar panels and batteries. See https://example.org/kiosks for photos.',
    ),
  }),
  makePlan({
    id: 'digital-identity',
    title: 'Digital identity for informal traders',
    type: 'experiment',
    year: 2023,
    countries: ['Kenya', 'Uganda'],
    methods: [facet('Behavioral Insights'), facet('Prototyping')],
    datasources: [facet('surveys')],
    summary: 'Testing whether a digital identity helps informal traders reach credit.',
    sections: answers(
      'Informal traders lack documents; a digital identity could open credit.',
      'Traders tested the identity app for six weeks in two markets.',
    ),
  }),
  makePlan({
    id: 'cote-divoire-cacao',
    title: "Traçabilité du cacao en Côte d'Ivoire",
    type: 'learningplan',
    year: 2022,
    language: 'fr',
    countries: ["Côte d'Ivoire"],
    methods: [facet('Solutions Mapping')],
    thematicAreas: [facet('Agriculture')],
    summary: 'Les coopératives suivent le cacao des plantations jusqu’au port.',
    sections: answers(
      'Les producteurs de cacao développent des registres numériques avec les coopératives.',
      'Nous avons cartographié les solutions locales de traçabilité.',
    ),
  }),
  makePlan({
    id: 'agua-lluvia',
    title: 'Cosecha de agua de lluvia en comunidades rurales',
    type: 'solution',
    year: 2022,
    language: 'es',
    countries: ['Guatemala'],
    methods: [facet('Co-creation')],
    sdgs: [{ goal: 6, label: 'Clean water and sanitation' }],
    summary: 'Las comunidades rurales recogen agua de lluvia para riego.',
    sections: answers('Las familias construyeron tanques para el agua de lluvia.'),
  }),
  makePlan({
    id: 'flood-maps',
    title: 'Community flood maps',
    type: 'experiment',
    year: 2023,
    countries: ['Peru'],
    methods: [facet('Citizen Science'), facet('Data Visualisation')],
    datasources: [facet('Geospatial data'), facet('Citizen data')],
    sdgs: [{ goal: 13, label: 'Climate action' }],
    summary: 'Residents mapped floods with phones to plan drainage.',
    sections: answers(
      'Floods return every rainy season; residents mapped flooded streets.',
      'The maps combined citizen data and satellite images for climate adaptation.',
    ),
  }),
  makePlan({
    id: 'waste-pickers',
    title: 'Waste pickers and the circular economy',
    type: 'learningplan',
    year: 2021,
    countries: ['Peru', 'Kenya'],
    methods: [facet('Ethnography')],
    sdgs: [
      { goal: 11, label: 'Sustainable cities' },
      { goal: 12, label: 'Responsible consumption' },
    ],
    summary: 'What do waste pickers need to join recycling value chains?',
    sections: answers(
      'Waste pickers sort most recycled plastic, yet earn little.',
      'Interviews with waste pickers mapped the recycling chain.',
    ),
  }),
  makePlan({
    id: 'climate-schools',
    title: 'Climate lessons in schools',
    type: 'solution',
    year: 2024,
    countries: ['Fiji'],
    methods: [facet('Co-creation')],
    sdgs: [
      { goal: 4, label: 'Quality education' },
      { goal: 13, label: 'Climate action' },
    ],
    summary: 'Teachers co-create climate lessons with students.',
    sections: answers('Students planted mangroves as part of climate lessons.'),
  }),
  makePlan({
    id: 'mercado-digital',
    title: 'Mercado digital para artesanas',
    type: 'experiment',
    year: 2024,
    language: 'pt',
    countries: ['Brazil'],
    methods: [facet('Prototyping')],
    summary: 'Artesãs vendem produtos num mercado digital.',
    sections: answers('As artesãs testaram a plataforma digital durante três meses.'),
  }),
  makePlan({
    id: 'ai-e-waste',
    title: 'AI sorting of e-waste',
    type: 'solution',
    year: 2020,
    countries: ['Ghana'],
    summary: 'A camera and an AI model sort e-waste before it is shipped by sea.',
    sections: answers(
      'Workers fed the model photos of old phones; sea level rise floods the yard.',
    ),
  }),
  makePlan({
    id: 'river-gauge',
    title: 'River level gauge',
    type: 'solution',
    year: 2020,
    countries: ['Ghana'],
    summary: 'Volunteers read a river level gauge near the sea and send waste reports.',
    sections: answers('The gauge shows the river level every morning.'),
  }),
  makePlan({
    id: 'draft-plan',
    title: 'An unfinished draft about kiosks',
    draft: true,
    countries: ['Kenya'],
  }),
];
