// A hand-written document whose tag keys name Object.prototype's members, for parser and site tests.
export const protoKeys = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];

/** One document holding every key, each with a value of its own, and a `__proto__` front matter. */
export const protoDocument = [
  '---',
  '__proto__:',
  '  title: Not this title',
  'hasOwnProperty: from the front matter',
  '---',
  '# Seaweed drying racks',
  '',
  '[[year:2024]]',
  '',
  '[[type:solution]]',
  '',
  ...protoKeys.map((key) => `[[${key}:value of ${key}]]`),
  '',
  '## Solution',
  '',
  '> What is the solution?',
  '',
  'Racks that dry seaweed in the wind.',
  '',
].join('\n');
