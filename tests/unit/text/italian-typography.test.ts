import { describe, expect, it } from 'vitest';
import { italianTypography } from '@/lib/text/italian-typography';

describe('italianTypography', () => {
  it.each([
    ["Perché l'IA è ovunque", 'Perché l’IA è ovunque'],
    ['Il "frigo" -- e poi...', 'Il «frigo» – e poi…'],
    ["Gli anni '90", 'Gli anni ’90'],
    ['Nessun segno', 'Nessun segno'],
  ])('%j → %j', (input, output) => {
    expect(italianTypography(input)).toBe(output);
  });
});
