import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '@/lib/articles/reading-time';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['Ciao mondo', 2],
    ['perché è così', 3],
    ["l'IA dell'anno", 2],
    ['l’IA dell’anno', 2],
    ['il Wi-Fi 6E', 3],
    ['costa 5.000 euro', 3],
    ['un processore da 1,5 GHz', 5],
    ['— … ! « » ?', 0],
    ['fine. Inizio', 2],
    ['iPhone 15 Pro, 1.229 €', 4],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [99, 1],
    [WORDS_PER_MINUTE, 1],
    [299, 1],
    [300, 2],
    [1000, 5],
    [2450, 12],
  ])('gives %i words %i minutes', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });

  it('reads at 200 words a minute, the Italian silent reading speed', () => {
    expect(WORDS_PER_MINUTE).toBe(200);
  });

  it('accepts another speed', () => {
    expect(readingMinutes(1000, 250)).toBe(4);
  });
});
