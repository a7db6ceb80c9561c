import { describe, expect, it } from 'vitest';
import { cardSummary } from '../../../src/lib/articles/card-summary';

describe('cardSummary', () => {
  it('keeps a summary that says something the headline does not', () => {
    expect(cardSummary('Batterie al sodio', 'Una chimica che può affiancare il litio.')).toBe(
      'Una chimica che può affiancare il litio.',
    );
  });

  it('drops an excerpt that opens with the headline, whatever the punctuation and case', () => {
    expect(
      cardSummary(
        'Xiaomi vuole entrare anche nel mercato nordamericano, e in tempi relativamente brevi',
        'Xiaomi vuole entrare anche nel mercato nordamericano, e in tempi relativamente brevi: nel corso…',
      ),
    ).toBeUndefined();
    expect(cardSummary('L’IA è ovunque', 'l’ia e ovunque. Anche nel frigorifero')).toBeUndefined();
  });

  it('drops an empty summary', () => {
    expect(cardSummary('Titolo', '  ')).toBeUndefined();
  });
});
