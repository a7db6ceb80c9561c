import { describe, expect, it } from 'vitest';
import {
  isGenuineMatch,
  matchedWords,
  normalizeTerm,
  queryTerms,
  sharesStem,
} from '../../../src/lib/search/prefix-fallback';

describe('normalizeTerm', () => {
  it.each([
    ['Perché', 'perche'],
    ['l’IA', 'lia'],
    ['batteria.', 'batteria'],
    ['5G', '5g'],
    ['«ibride»', 'ibride'],
    ['!!!', ''],
  ])('normalizes %j to %j', (word, expected) => {
    expect(normalizeTerm(word)).toBe(expected);
  });
});

describe('queryTerms', () => {
  it('splits on whitespace and drops words made of punctuation only', () => {
    expect(queryTerms('  Batterie  al — Sodio! ')).toEqual(['batterie', 'al', 'sodio']);
  });
});

describe('matchedWords', () => {
  const content = 'Il Mercato. cresce, e dell’automobile si parla: sodio-ione\u00a0ovunque.';

  it('reads the words at the matched positions, normalized', () => {
    expect(matchedWords({ content, locations: [1, 2] })).toEqual(['mercato', 'cresce']);
  });

  it('gives elided and hyphenated words whole and in parts', () => {
    expect(matchedWords({ content, locations: [4, 7] })).toEqual([
      'dellautomobile',
      'dell',
      'automobile',
      'sodioione',
      'sodio',
      'ione',
    ]);
  });

  it('splits at non-breaking spaces too, and ignores positions past the end', () => {
    expect(matchedWords({ content, locations: [8, 42] })).toEqual(['ovunque']);
  });
});

describe('sharesStem', () => {
  // prettier-ignore
  it.each([
    ['mercati', 'mercato', true],
    ['nordamericani', 'nordamericano', true],
    ['batterie', 'batteria', true],
    ['batt', 'batteria', true],
    ['ba', 'batteria', true],
    ['ia', 'ia', true],
    ['5g', '5g', true],
    ['commenti', 'come', false],
    ['lettura', 'le', false],
    ['iphone', 'i', false],
    ['informazione', 'informatica', false],
    ['batterie', 'sodio', false],
    ['mercati', '', false],
  ])('%j and %j: %j', (term, word, expected) => {
    expect(sharesStem(term, word)).toBe(expected);
  });
});

describe('isGenuineMatch', () => {
  // prettier-ignore
  it.each([
    ['an inflected form Pagefind stemmed (nordamericani → nordamericano)', ['nordamericani'], [0], ['nordamericano'], true],
    ['a stemmed whole word (mercati → mercato)', ['mercati'], [2], ['mercato'], true],
    ['a word being typed (batt → batteria)', ['batt'], [0], ['batteria'], true],
    ['an extension outside the excerpt (rapida → rapidezione)', ['ricarica', 'rapida'], [7209, 0], ['ricarica', 'rapidezione'], true],
    ['a metadata-only match (luglio in the date)', ['luglio'], [2], [], true],
    ['Pagefind falling back to `come` for `commenti`', ['commenti'], [0], ['come'], false],
    ['Pagefind falling back to `le` for `lettura`', ['lettura'], [0], ['le', 'le'], false],
    ['one unknown word among known ones', ['batterie', 'zorblax'], [4, 0], ['batteria'], false],
    ['two known words', ['ia', 'frigorifero'], [3, 1], ['ia'], true],
    ['no words at all', [], [], [], true],
  ])('%s → %j', (_case, terms, hits, marked, expected) => {
    expect(isGenuineMatch(terms, hits, marked)).toBe(expected);
  });
});
