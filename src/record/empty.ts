// The record of a document with nothing in it: every field's default, defined once. The header
// reader starts from it, and so do the hand-made records of the site tests.
import type { LearningPlan } from './schema.ts';
import type { HeaderFields } from './header.ts';
import { slugFor } from './slug.ts';
import { emptyMeta } from './meta.ts';

export function emptyHeader(): HeaderFields {
  return {
    type: 'unknown',
    year: null,
    focalPoint: null,
    locations: [],
    countries: [],
    methods: [],
    datasources: [],
    thematicAreas: [],
    sdgs: [],
    consent: null,
    meta: emptyMeta(),
  };
}

export function emptyRecord(id: string): LearningPlan {
  return {
    id,
    slug: slugFor(id, 'plan'),
    sourcePath: `${id}.md`,
    hash: '',
    title: id,
    fullTitle: null,
    ...emptyHeader(),
    draft: false,
    summary: '',
    language: 'und',
    sections: [],
    diagnostics: [],
  };
}
