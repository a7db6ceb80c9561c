import { describe, expect, it } from 'vitest';
import { ContentError, formatContentProblem, type ContentProblem } from '@/lib/errors';

const problem = (extra: Partial<ContentProblem>): ContentProblem => ({
  file: 'content/articles/x.md',
  field: 'date',
  message: 'non è una data valida',
  ...extra,
});

describe('formatContentProblem', () => {
  it('writes path:line: field: "value" message on one line', () => {
    expect(
      formatContentProblem(problem({ line: 3, value: '04 Lugio 2018' })),
    ).toMatchInlineSnapshot(
      `"content/articles/x.md:3: date: "04 Lugio 2018" non è una data valida"`,
    );
  });

  it('leaves out the line when it is not known', () => {
    expect(formatContentProblem(problem({ value: '04 Lugio 2018' }))).toMatchInlineSnapshot(
      `"content/articles/x.md: date: "04 Lugio 2018" non è una data valida"`,
    );
  });

  it('leaves out the value of a missing field', () => {
    expect(
      formatContentProblem(
        problem({ line: 2, field: 'title', message: 'campo obbligatorio mancante' }),
      ),
    ).toMatchInlineSnapshot(`"content/articles/x.md:2: title: campo obbligatorio mancante"`);
  });

  // prettier-ignore
  it.each<[string, unknown, string]>([
    ['a string, quoted',                 'Android',                          '"Android"'],
    ['quotes inside a string, escaped',  'il "nuovo" iPhone',                '"il \\"nuovo\\" iPhone"'],
    ['a number',                         2018,                               '2018'],
    ['a boolean',                        false,                              'false'],
    ['null',                             null,                               'null'],
    ['a list',                           ['5G', 2018],                       '["5G",2018]'],
    ['an object',                        { src: './a.jpg' },                 '{"src":"./a.jpg"}'],
    ['a date, as ISO',                   new Date('2018-07-04T08:30:00Z'),   '2018-07-04T08:30:00.000Z'],
    ['an invalid date',                  new Date(Number.NaN),               '"?"'],
  ])('shows %s', (_case, value, shown) => {
    expect(formatContentProblem(problem({ line: 3, value }))).toBe(
      `content/articles/x.md:3: date: ${shown} non è una data valida`,
    );
  });

  it('shows a value JSON cannot write as text instead of throwing', () => {
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(formatContentProblem(problem({ value: loop }))).toBe(
      'content/articles/x.md: date: [object Object] non è una data valida',
    );
  });
});

describe('ContentError', () => {
  const problems = [
    problem({ line: 3, value: '04 Lugio 2018' }),
    problem({
      file: 'content/articles/y.md',
      field: 'title',
      message: 'campo obbligatorio mancante',
    }),
  ];

  it('carries every problem and says them all, one per line', () => {
    const error = new ContentError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toEqual(problems);
    expect(error.message).toMatchInlineSnapshot(`
      "content/articles/x.md:3: date: "04 Lugio 2018" non è una data valida
      content/articles/y.md: title: campo obbligatorio mancante"
    `);
  });
});
