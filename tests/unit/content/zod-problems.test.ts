import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { formatFieldPath, problemsFromZod } from '@/lib/content/zod-problems';
import { formatContentProblem } from '@/lib/errors';

describe('formatFieldPath', () => {
  // prettier-ignore
  it.each<[PropertyKey[], string]>([
    [['title'],                    'title'],
    [['cover', 'alt'],             'cover.alt'],
    [['tags', 2],                  'tags[2]'],
    [['comments', 3, 'parent'],    'comments[3].parent'],
    [[0, 'id'],                    '[0].id'],
    [[],                           ''],
  ])('writes %j as %j', (path, field) => {
    expect(formatFieldPath(path)).toBe(field);
  });
});

const schema = z
  .object({
    title: z.string(),
    count: z.number().optional(),
    draft: z.boolean().optional(),
    tags: z.array(z.string()).optional(),
    cover: z.object({ alt: z.string() }).strict().optional(),
    slug: z
      .string()
      .refine(() => false, { error: 'messaggio dello schema' })
      .optional(),
  })
  .strict();

/** A made-up line for each top-level key present, as the front-matter reader would give. */
const LINES: Record<string, number> = {
  title: 2,
  count: 3,
  draft: 4,
  tags: 5,
  cover: 6,
  slug: 7,
  autore: 8,
  tag: 9,
};

function problems(data: Record<string, unknown>) {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected the fixture to be invalid');
  return problemsFromZod(result.error, 'x.md', data, ([key]) =>
    String(key) in data ? LINES[String(key)] : undefined,
  );
}

describe('problemsFromZod', () => {
  it('reports a missing field as missing, with no value and no line', () => {
    expect(problems({})).toEqual([
      { file: 'x.md', line: undefined, field: 'title', message: 'campo obbligatorio mancante' },
    ]);
  });

  // prettier-ignore
  it.each<[string, unknown, string, string]>([
    ['title', 42,        'title',   'deve essere un testo'],
    ['title', null,      'title',   'deve essere un testo'],
    ['count', 'tre',     'count',   'deve essere un numero'],
    ['draft', 'sì',      'draft',   'deve essere true o false'],
    ['tags',  'Android', 'tags',    'deve essere un elenco'],
    ['cover', './a.jpg', 'cover',   'deve essere un gruppo di campi'],
  ])('says in Italian that %s = %j must be of another type', (key, value, field, message) => {
    expect(problems({ title: 'T', [key]: value })).toEqual([
      { file: 'x.md', line: LINES[key], field, value, message },
    ]);
  });

  it('names list items and nested fields, pointing at the top-level key line', () => {
    expect(problems({ title: 'T', tags: ['5G', 2018], cover: {} })).toEqual([
      { file: 'x.md', line: 5, field: 'tags[1]', value: 2018, message: 'deve essere un testo' },
      { file: 'x.md', line: 6, field: 'cover.alt', message: 'campo obbligatorio mancante' },
    ]);
  });

  it("keeps the schema's own message", () => {
    expect(problems({ title: 'T', slug: 'x' })).toEqual([
      { file: 'x.md', line: 7, field: 'slug', value: 'x', message: 'messaggio dello schema' },
    ]);
  });

  it('reports each unknown key on its own, nested ones by their full path', () => {
    const unknown =
      'campo sconosciuto (controlla il nome: i campi ammessi sono elencati nel README)';
    const found = problems({
      title: 'T',
      autore: 'G',
      cover: { alt: 'A', didascalia: 'D' },
      tag: [],
    });
    expect(found.sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      { file: 'x.md', line: 8, field: 'autore', message: unknown },
      { file: 'x.md', line: 6, field: 'cover.didascalia', message: unknown },
      { file: 'x.md', line: 9, field: 'tag', message: unknown },
    ]);
  });

  it('shows a key that is no field name (a quote left open above) as the value of its object', () => {
    const key = 'https://x.example/a.jpg", alt';
    const found = problems({ title: 'T', [key]: 'a}', cover: { alt: 'A', 'la didascalia': 'D' } });
    expect(found.map(({ field, value }) => [field, value]).sort()).toEqual([
      ['cover', 'la didascalia'],
      ['front-matter', key],
    ]);
    for (const problem of found) {
      expect(problem.message).toMatch(/^non è un nome di campo: /);
      expect(formatContentProblem(problem)).toMatch(/^x\.md(:\d+)?: \S+: "/);
    }
  });

  it('names a problem of the whole document by the root field the caller gives', () => {
    const result = schema.safeParse({ title: 'T', 'a b': 1 });
    expect(result.success).toBe(false);
    if (!result.success) {
      const [problem] = problemsFromZod(result.error, 'c.json', {}, undefined, '(file)');
      expect(problem?.field).toBe('(file)');
    }
  });

  it('leaves the line out when the caller cannot tell it', () => {
    const result = schema.safeParse({ title: 1 });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(problemsFromZod(result.error, 'x.md', { title: 1 })[0]?.line).toBeUndefined();
    }
  });
});
