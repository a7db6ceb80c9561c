import { describe, expect, it } from 'vitest';
import { italianPunctuation, type TextRun } from '@/lib/text/italian-punctuation';

const text = (value: string): TextRun => ({ kind: 'text', value });

describe('italianPunctuation', () => {
  it.each([
    ['"ciao"', '«ciao»'],
    ["'ciao'", '‘ciao’'],
    ["l'IA dell'anno, un po'", 'l’IA dell’anno, un po’'],
    ["anni '90, '80s", 'anni ’90, ’80s'],
    ["il '900", 'il ‘900'],
    ['"Fine." Poi', '«Fine.» Poi'],
    ['"Fine."Poi', '«Fine.»Poi'],
    ['("sì")', '(«sì»)'],
    ['"\'a\' b"', '«‘a’ b»'],
    ['""', '""'],
    ["''ciao''", '”ciao”'],
    ['``ciao', '“ciao'],
    ['a -- b --- c ---- d', 'a – b — c ---- d'],
    ['a –- b', 'a — b'],
    ['a... b.... c. . .', 'a… b… c…'],
    ['‘68', '’68'],
  ])('%j → %j', (input, output) => {
    expect(italianPunctuation([text(input)])).toEqual([output]);
  });

  it('pairs quotes across runs', () => {
    expect(italianPunctuation([text('"'), text('tutto'), text('" qui')])).toEqual([
      '«',
      'tutto',
      '» qui',
    ]);
  });

  it('reads code as a word and never rewrites it', () => {
    const code: TextRun = { kind: 'code', value: '"a--b"' };
    expect(italianPunctuation([text("all'"), code, text('" e "'), code, text('"')])).toEqual([
      'all’',
      '"a--b"',
      '» e «',
      '"a--b"',
      '»',
    ]);
  });

  it('never rewrites verbatim runs, but reads them', () => {
    const url: TextRun = { kind: 'verbatim', value: "https://x.it/l'a--b" };
    expect(italianPunctuation([text('"'), url, text('"')])).toEqual([
      '«',
      "https://x.it/l'a--b",
      '»',
    ]);
  });

  it('curls quotes far apart and keeps the text between them whole', () => {
    const between = ' parole senza virgolette'.repeat(200);
    expect(italianPunctuation([text(`"Una"${between} e l'altra "due".`)])).toEqual([
      `«Una»${between} e l’altra «due».`,
    ]);
  });
});
