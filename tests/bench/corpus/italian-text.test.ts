import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../bench/corpus/random';
import {
  headline,
  inventedWordOfRank,
  phrase,
  sentence,
  words,
} from '../../../bench/corpus/italian-text';

describe('inventedWordOfRank', () => {
  it('spells the same rank the same way every time', () => {
    expect(inventedWordOfRank(12_345)).toBe(inventedWordOfRank(12_345));
  });

  it('spells different ranks as different lower-case words, almost always', () => {
    const spellings = new Set(Array.from({ length: 2_000 }, (_, rank) => inventedWordOfRank(rank)));
    expect(spellings.size).toBeGreaterThan(1_900);
    expect([...spellings].every((word) => /^\p{Ll}+$/u.test(word))).toBe(true);
  });
});

describe('sentence', () => {
  it('is capitalised, closed by a full stop, and counts its 6-24 words', () => {
    const random = createRandom(3);
    for (let i = 0; i < 200; i++) {
      const { text, wordCount } = sentence(random);
      expect(text).toMatch(/^\p{Lu}.*\.$/u);
      expect(text.split(' ')).toHaveLength(wordCount);
      expect(wordCount).toBeGreaterThanOrEqual(6);
      expect(wordCount).toBeLessThanOrEqual(24);
    }
  });
});

describe('words, phrase and headline', () => {
  it('gives as many words as asked', () => {
    expect(words(createRandom(1), 9).split(' ')).toHaveLength(9);
  });

  it('keeps phrases within their bounds and capitalised', () => {
    const random = createRandom(2);
    for (let i = 0; i < 100; i++) {
      const text = phrase(random, 3, 5);
      expect(text).toMatch(/^\p{Lu}/u);
      expect(text.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(text.split(' ').length).toBeLessThanOrEqual(5);
    }
  });

  it('writes headlines of 5-12 words without a final stop', () => {
    const random = createRandom(4);
    for (let i = 0; i < 100; i++) {
      const text = headline(random);
      expect(text.split(' ').length).toBeGreaterThanOrEqual(5);
      expect(text.split(' ').length).toBeLessThanOrEqual(12);
      expect(text).not.toMatch(/\.$/);
    }
  });
});
