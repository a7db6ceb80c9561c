import { describe, expect, it } from 'vitest';
import { commentCountLabel } from '@/lib/comments/labels';

describe('commentCountLabel', () => {
  // Italian groups thousands with a dot, and leaves four-digit numbers ungrouped.
  // prettier-ignore
  it.each<[number, string]>([
    [0,     'Nessun commento'],
    [1,     '1 commento'],
    [2,     '2 commenti'],
    [12,    '12 commenti'],
    [1000,  '1000 commenti'],
    [12345, '12.345 commenti'],
  ])('labels %i as %j', (count, label) => {
    expect(commentCountLabel(count)).toBe(label);
  });
});
