import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { duplicateSlugProblems, validateArticle } from '@/lib/content/validate-article';
import { parseItalianDate } from '@/lib/dates/parse-italian-date';
import { formatContentProblem } from '@/lib/errors';

/** Validates `content/articles/<name>.md` made of `rows`. */
function validate(rows: string[], name = 'x') {
  return validateArticle({
    file: `content/articles/${name}.md`,
    entry: `${name}.md`,
    source: rows.join('\n'),
  });
}

/** The problems as the author reads them. */
const report = (rows: string[]) => validate(rows).problems.map(formatContentProblem);

/** A valid article whose line 3 is `date` and whose extra rows start at line 4. */
const article = (date: string, ...extra: string[]) => [
  '---',
  'title: Xiaomi arriva negli Stati Uniti',
  `date: ${date}`,
  ...extra,
  '---',
  'Corpo.',
];

describe('validateArticle: valid articles', () => {
  it('returns the front-matter with defaults, as written, the slug, the body and the key lines', () => {
    const result = validate(
      article('04 Luglio 2018', 'category: Smartphone', 'tags: [Android, 5G]'),
    );
    expect(result).toEqual({
      file: 'content/articles/x.md',
      slug: 'x',
      data: {
        title: 'Xiaomi arriva negli Stati Uniti',
        date: new Date('2018-07-03T22:00:00Z'),
        author: 'Redazione',
        category: 'Smartphone',
        tags: ['Android', '5G'],
        draft: false,
        aliases: [],
      },
      body: 'Corpo.',
      frontmatter: {
        title: 'Xiaomi arriva negli Stati Uniti',
        date: '04 Luglio 2018',
        category: 'Smartphone',
        tags: ['Android', '5G'],
      },
      keyLines: new Map([
        ['title', 2],
        ['date', 3],
        ['category', 4],
        ['tags', 5],
      ]),
      problems: [],
    });
  });

  it('takes the slug from the front-matter when given', () => {
    expect(validate(article('04 Luglio 2018', 'slug: xiaomi-usa')).slug).toBe('xiaomi-usa');
  });

  it('accepts a cover with its alternative text', () => {
    expect(
      report(article('04 Luglio 2018', 'cover:', '  src: ./xiaomi.jpg', '  alt: Un telefono')),
    ).toEqual([]);
  });
});

describe('validateArticle: problems, one line each', () => {
  it('reports a missing title with no line to point at', () => {
    expect(report(['---', 'date: 04 Luglio 2018', '---'])).toMatchInlineSnapshot(`
      [
        "content/articles/x.md: title: campo obbligatorio mancante",
      ]
    `);
  });

  it('reports an empty title at its line', () => {
    expect(report(['---', 'title: ""', 'date: 04 Luglio 2018', '---'])).toMatchInlineSnapshot(`
      [
        "content/articles/x.md:2: title: "" non può essere vuoto (esempio: title: "Xiaomi arriva negli Stati Uniti")",
      ]
    `);
  });

  it('reports a missing date', () => {
    expect(report(['---', 'title: Xiaomi', '---'])).toMatchInlineSnapshot(`
      [
        "content/articles/x.md: date: manca la data (formati accettati: 04 Luglio 2018, 4 lug 2018, 04 Luglio 2018 10:30, 2018-07-04, 2018-07-04T10:30:00+02:00)",
      ]
    `);
  });

  it('names the field, the value and the likely month for a misspelt one', () => {
    expect(report(article('04 Lugio 2018'))).toMatchInlineSnapshot(`
      [
        "content/articles/x.md:3: date: "04 Lugio 2018" non è una data valida: il mese "Lugio" non esiste, forse "Luglio"? (formati accettati: 04 Luglio 2018, 4 lug 2018, 04 Luglio 2018 10:30, 2018-07-04, 2018-07-04T10:30:00+02:00)",
      ]
    `);
  });

  it('rejects a day the month does not have', () => {
    expect(report(article('31 Febbraio 2018'))).toMatchInlineSnapshot(`
      [
        "content/articles/x.md:3: date: "31 Febbraio 2018" non è una data valida: febbraio 2018 ha 28 giorni (formati accettati: 04 Luglio 2018, 4 lug 2018, 04 Luglio 2018 10:30, 2018-07-04, 2018-07-04T10:30:00+02:00)",
      ]
    `);
  });

  it('rejects an unquoted 2018-13-01, which the core schema keeps as the text written', () => {
    const result = validate(article('2018-13-01'));
    expect(result.problems.map((p) => p.value)).toEqual(['2018-13-01']);
    expect(result.problems.map(formatContentProblem)).toMatchInlineSnapshot(`
      [
        "content/articles/x.md:3: date: "2018-13-01" non è una data valida: il mese 13 non esiste, i mesi vanno da 01 a 12 (formati accettati: 04 Luglio 2018, 4 lug 2018, 04 Luglio 2018 10:30, 2018-07-04, 2018-07-04T10:30:00+02:00)",
      ]
    `);
  });

  it('reports an unknown key at its line', () => {
    expect(report(article('04 Luglio 2018', 'autore: Giulia Ferri'))).toMatchInlineSnapshot(`
      [
        "content/articles/x.md:4: autore: campo sconosciuto (controlla il nome: i campi ammessi sono elencati nel README)",
      ]
    `);
  });

  it('asks for a list when tags is a single name', () => {
    expect(report(article('04 Luglio 2018', 'tags: Android'))).toMatchInlineSnapshot(`
      [
        "content/articles/x.md:4: tags: "Android" deve essere un elenco",
      ]
    `);
  });

  it('names the list item that is not text', () => {
    expect(report(article('04 Luglio 2018', 'tags: [Android, 2018]'))).toMatchInlineSnapshot(`
      [
        "content/articles/x.md:4: tags[1]: 2018 deve essere un testo",
      ]
    `);
  });

  it('reports a cover without alternative text at the cover line', () => {
    expect(report(article('04 Luglio 2018', 'cover:', '  src: ./xiaomi.jpg')))
      .toMatchInlineSnapshot(`
      [
        "content/articles/x.md:4: cover.alt: campo obbligatorio mancante",
      ]
    `);
  });

  it('rejects a slug that is not lower-case kebab-case', () => {
    expect(report(article('04 Luglio 2018', 'slug: Xiaomi_USA'))).toMatchInlineSnapshot(`
      [
        "content/articles/x.md:4: slug: "Xiaomi_USA" deve essere in minuscolo con trattini (esempio: xiaomi-usa)",
      ]
    `);
  });

  it('reports every problem at once, not just the first', () => {
    expect(
      report(['---', 'date: 04 Lugio 2018', 'draft: sì', 'autore: Giulia', '---']),
    ).toHaveLength(4);
  });
});

describe('validateArticle: the front-matter block', () => {
  it('reports a YAML syntax error at its line in the file', () => {
    expect(report(['---', 'title: Xiaomi', '  date: 04 Luglio 2018', '---']))
      .toMatchInlineSnapshot(`
      [
        "content/articles/x.md:3: front-matter: YAML non valido: bad indentation of a mapping entry (controlla rientri, due punti e virgolette)",
      ]
    `);
  });

  it('counts blank and comment lines when placing a YAML error', () => {
    const result = validate([
      '---',
      '',
      '# note',
      'title: Xiaomi',
      '  date: 04 Luglio 2018',
      '---',
    ]);
    expect(result.problems.map((p) => [p.field, p.line])).toEqual([['front-matter', 5]]);
  });

  it('places an unclosed list at the closing line, where YAML finds the stream ends', () => {
    const result = validate([
      '---',
      'title: Xiaomi',
      'date: 04 Luglio 2018',
      'tags: [Android, 5G',
      '---',
      'Corpo.',
    ]);
    expect(result.problems.map((p) => [p.field, p.line])).toEqual([['front-matter', 5]]);
  });

  it.each([
    ['a file without front-matter', ['title: Xiaomi', 'date: 04 Luglio 2018', '', 'Corpo.']],
    ['an empty file', ['']],
  ])('reports %s as missing its block', (_case, rows) => {
    expect(report(rows)).toEqual([
      'content/articles/x.md:1: front-matter: manca il blocco iniziale tra due righe ---',
    ]);
  });

  it('reports a block that is never closed, which the build would read as no front-matter', () => {
    expect(report(['---', 'title: Xiaomi', 'date: 04 Luglio 2018', ''])).toEqual([
      'content/articles/x.md:1: front-matter: manca la riga --- che chiude il blocco iniziale',
    ]);
  });

  it('keeps the file-name slug when the front-matter cannot be read', () => {
    expect(validate(['---', 'slug: [', '---'], 'xiaomi').slug).toBe('xiaomi');
  });
});

/** How the build reads an unquoted value: js-yaml's default schema, then the schema's parser. */
function instantTheBuildReads(written: string): string {
  const { date } = yaml.load(`date: ${written}`) as { date: unknown };
  const parsed = parseItalianDate(date, 'Europe/Rome');
  return parsed.ok ? parsed.date.toISOString() : parsed.message;
}

describe('validateArticle: times YAML would read as UTC', () => {
  // Only a full YAML timestamp (with seconds, no offset) becomes a UTC `Date` in the build; the
  // checker reads every form as text in Rome, so those are the forms where the two would differ.
  // prettier-ignore
  it.each<[string, boolean]>([
    ['2018-07-04 10:30:00',       true],
    ['2018-07-04T10:30:00',       true],
    ['2018-07-04  10:30:00.5',    true],
    ['2018-7-4 9:30:00',          true],
    ['"2018-07-04 10:30:00"',     false],
    ["'2018-07-04T10:30:00'",     false],
    ['2018-07-04 10:30',          false],
    ['2018-07-04T10:30',          false],
    ['"2018-07-04 10:30"',        false],
    ['2018-07-04',                false],
    ['2018-07-04T10:30:00+02:00', false],
    ['2018-07-04 08:30:00Z',      false],
    ['04 Luglio 2018 10:30',      false],
  ])('date: %s is flagged: %s, exactly when the build would read another instant', (written, flagged) => {
    const result = validate(article(written));
    expect(result.problems.length > 0).toBe(flagged);
    expect(result.data?.date.toISOString() !== instantTheBuildReads(written)).toBe(flagged);
  });

  it('asks for quotes or the Italian form, for updated too', () => {
    expect(report(article('2018-07-04 10:30:00', 'updated: 2018-07-05T09:00:00')))
      .toMatchInlineSnapshot(`
      [
        "content/articles/x.md:3: date: "2018-07-04 10:30:00" senza virgolette YAML legge quest’ora come UTC: scrivila tra virgolette ("2018-07-04 10:30") o nella forma 04 Luglio 2018 10:30",
        "content/articles/x.md:4: updated: "2018-07-05T09:00:00" senza virgolette YAML legge quest’ora come UTC: scrivila tra virgolette ("2018-07-04 10:30") o nella forma 04 Luglio 2018 10:30",
      ]
    `);
  });
});

describe('duplicateSlugProblems', () => {
  it('reports every article claiming a slug, naming the others, at the slug line when written', () => {
    const articles = [
      validate(article('04 Luglio 2018'), '2018/xiaomi'),
      validate(article('04 Luglio 2018'), 'unico'),
      validate(article('04 Luglio 2018'), '2019/xiaomi'),
      validate(article('04 Luglio 2018', 'slug: xiaomi'), 'xiaomi-usa'),
    ];
    expect(duplicateSlugProblems(articles).map(formatContentProblem)).toMatchInlineSnapshot(`
      [
        "content/articles/2018/xiaomi.md: slug: "xiaomi" è usato da più articoli (content/articles/2019/xiaomi.md, content/articles/xiaomi-usa.md): rinomina il file o imposta uno slug diverso",
        "content/articles/2019/xiaomi.md: slug: "xiaomi" è usato da più articoli (content/articles/2018/xiaomi.md, content/articles/xiaomi-usa.md): rinomina il file o imposta uno slug diverso",
        "content/articles/xiaomi-usa.md:4: slug: "xiaomi" è usato da più articoli (content/articles/2018/xiaomi.md, content/articles/2019/xiaomi.md): rinomina il file o imposta uno slug diverso",
      ]
    `);
  });

  it('reports nothing when every slug is unique', () => {
    const articles = ['a', 'b', 'c'].map((name) => validate(article('04 Luglio 2018'), name));
    expect(duplicateSlugProblems(articles)).toEqual([]);
  });
});

describe('validateArticle: what another YAML reader or the page would take differently', () => {
  it.each([
    [
      ['title: 2018-07-04'],
      'content/articles/x.md:2: title: "2018-07-04" YAML lo legge come una data, non come testo: scrivilo tra virgolette ("2018-07-04")',
    ],
    [
      ['title: Titolo', 'tags: [Android, 2019-01-01]'],
      'content/articles/x.md:3: tags[1]: "2019-01-01" YAML lo legge come una data, non come testo: scrivilo tra virgolette ("2019-01-01")',
    ],
  ])('asks to quote a text that YAML reads as a date: %j', (rows, line) => {
    expect(report(['---', ...rows, 'date: 04 Luglio 2018', '---', 'Corpo.'])).toEqual([line]);
  });

  it('accepts the same values quoted', () => {
    expect(
      report(['---', 'title: "2018-07-04"', 'date: 2018-07-04', 'tags: ["2019-01-01"]', '---', 'x']),
    ).toEqual([]);
  });

  it.each([
    'javascript:alert(1)',
    'https://cdn.example.com/foto.jpg',
    '//cdn.example.com/foto.jpg',
    'data:image/png;base64,AAAA',
  ])('refuses a cover that is not a file of the project: %j', (src) => {
    const lines = report(article('04 Luglio 2018', 'cover:', `  src: "${src}"`, '  alt: Foto'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^content\/articles\/x\.md:5: cover\.src: .* deve essere un file del progetto accanto all’articolo/,
    );
  });

  it.each([
    ['/..%2FPWNED.html', '%2F, %5C o un . / .. codificato'],
    ['/sconto-100%.html', 'scrivi %25 al posto di %'],
  ])('refuses an alias that cannot become a file of the site: %j', (alias, message) => {
    const lines = report(
      article('04 Luglio 2018', 'aliases:', '  - /vecchio.html', `  - ${alias}`, 'tags: [x]'),
    );
    expect(lines).toEqual([expect.stringContaining(`x.md:6: aliases[1]: "${alias}" `)]);
    expect(lines[0]).toContain(message);
  });
});

describe('validateArticle: newsroom limits', () => {
  it.each([
    [['title: T', 'date: 04 Luglio 0018'], 'date: "04 Luglio 0018" l’anno 18 non è plausibile'],
    [['title: T', 'date: 04 Luglio 2999'], 'date: "04 Luglio 2999" l’anno 2999 non è plausibile'],
    [
      ['title: T', 'date: 04 Luglio 2018', 'updated: 03 Luglio 2018'],
      'updated: "03 Luglio 2018" è precedente a date',
    ],
    [['title: T', 'date: 04 Luglio 2018', 'tags: ["日本"]'], 'tags[0]: "日本" non contiene lettere latine'],
    [['title: T', 'date: 04 Luglio 2018', 'category: "!!!"'], 'category: "!!!" non contiene lettere latine'],
    [['title: T', 'date: 04 Luglio 2018', 'tags: &a [*a]'], 'gli alias YAML (&nome e *nome) non sono ammessi'],
  ])('refuses %j', (rows, message) => {
    const lines = report(['---', ...rows, '---', 'Corpo.']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
  });
});
