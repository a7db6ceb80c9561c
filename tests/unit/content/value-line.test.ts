import { describe, expect, it } from 'vitest';
import { lineOfValue } from '../../../src/lib/content/value-line';

const SOURCE = `---
title: Prova
aliases:
  - /2018/a.html
  - /2018/b.html
cover:
  alt: Foto
  src: ./a.jpg
---

/2018/b.html nel testo
`;

describe('lineOfValue', () => {
  it.each([
    ['/2018/b.html', 3, 5],
    ['./a.jpg', 6, 8],
    ['/2018/a.html', 3, 4],
  ])('finds %s after line %i at line %i', (value, from, line) => {
    expect(lineOfValue(SOURCE, from, value)).toBe(line);
  });

  it('falls back to the key line when the value is not in the front-matter', () => {
    expect(lineOfValue(SOURCE, 3, 'nel testo')).toBe(3);
  });
});
