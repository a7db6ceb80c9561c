/**
 * Generated content folders, valid and broken, as an editor in a hurry or an attacker would write
 * them: front-matter of every shape the schema meets (dates in YAML's form, impossible years,
 * names without letters, covers that are remote, script URLs, missing or not images, aliases that
 * escape), hostile bodies and comment snapshots (broken JSON, cycles, long chains, huge bodies,
 * future dates, payloads). Shared by the fuzz suite and the build tests.
 */
import fc from 'fast-check';
import { PNG } from 'pngjs';

/** A real 2×2 image, for covers that must go through the image pipeline. */
export const PNG_BYTES: Buffer = (() => {
  const png = new PNG({ width: 2, height: 2 });
  png.data.fill(200);
  return PNG.sync.write(png);
})();

/** Files every generated folder holds next to its articles: a good image and a fake one. */
export const SUPPORT_FILES: Record<string, string | Buffer> = {
  'articles/ok.png': PNG_BYTES,
  'articles/rotta.png': 'non sono un’immagine',
};

/** Values that pass the schema, per field. */
const VALID = {
  title: ['"Una notizia"', 'Xiaomi arriva in Italia', '"2018-07-04"', '"Titolo con <b>tag</b>"'],
  date: ['04 Luglio 2018', '2019-03-01', '1 gen 2020 10:30'],
  updated: [undefined, '05 Luglio 2021'],
  tags: [undefined, '[Android, Giappone]', '[]', '["2019"]'],
  category: [undefined, 'Smartphone'],
  author: [undefined, 'Redazione'],
  cover: [undefined, '{src: ./ok.png, alt: Una foto}'],
  aliases: [undefined, '["/vecchio/{slug}.html"]', '["/sconto-{slug}-100%25.html"]'],
  draft: [undefined, 'false'],
} satisfies Record<string, (string | undefined)[]>;

/** Values that a check must refuse, per field. */
const BROKEN = {
  title: ['2018-07-04', '""', '[1, 2]', '&a x'],
  date: ['0018-01-01', '2999-12-31', '31 Febbraio 2019', 'ieri', '2018-07-04T25:00:00'],
  updated: ['01 Gennaio 1999'],
  tags: ['[2019-01-01]', '["日本"]', '["!!!"]', 'Android', '[*b]'],
  category: ['"!!!"', '2020-01-01'],
  author: ['""', '[Mario]'],
  cover: [
    '{src: "javascript:alert(1)", alt: x}',
    '{src: "https://x.example/a.jpg", alt: x}',
    '{src: ./manca.png, alt: x}',
    '{src: ./rotta.png, alt: x}',
    '{src: ./ok.png}',
    '{src: "data:image/png;base64,AAAA", alt: x}',
  ],
  aliases: [
    '["/..%2FPWNED.html"]',
    '[/sconto-100%.html]',
    '["/a/../../PWNED.html"]',
    '["/x%5C..%5CPWNED.html"]',
    '["/%00.html"]',
  ],
  draft: ['"forse"'],
  slug: ['../../PWNED', 'Non Valido'],
} satisfies Record<string, (string | undefined)[]>;

const BODIES = [
  'Il testo della notizia.',
  'Prima. <script>alert("corpo")</script>\n\n<img src="/favicon.svg" onerror="alert(2)">',
  '<iframe src="https://evil.example/x"></iframe>\n\n[clic](javascript:alert(3))',
  '![grafico](./ok.png)',
  `${'Parola '.repeat(3_000)}`,
  '<a href="java\tscript:alert(4)">x</a> <svg onload="alert(5)"></svg>',
];

const BROKEN_BODIES = ['![manca](./manca.png)', '[rotto](/articoli/non-esiste/)'];

/** Comment snapshot shapes; `good` ones pass the check. */
type SnapshotShape =
  'good' | 'chain' | 'payloads' | 'json' | 'cycle' | 'future' | 'huge' | 'duplicate' | 'orphan';
const GOOD_SNAPSHOTS: SnapshotShape[] = ['good', 'chain', 'payloads'];
const BROKEN_SNAPSHOTS: SnapshotShape[] = ['json', 'cycle', 'huge', 'duplicate', 'orphan'];

/** A script in an input, as it would appear if a page published it. */
export const INPUT_SCRIPTS = ['alert(', 'evil.example', 'javascript:', 'onerror=', 'onload='];

const comment = (
  id: string,
  parent: string | null,
  body: string,
  date = '2019-01-01T10:00:00Z',
) => ({
  id,
  parent,
  author: body.slice(0, 40),
  date,
  body,
});

function snapshotText(slug: string, shape: SnapshotShape): string {
  if (shape === 'json')
    return `{"version": 1, "article": "${slug}", "comments": [\n  {"id": 1,,}\n]}\n`;
  const comments =
    shape === 'chain'
      ? Array.from({ length: 600 }, (_, i) =>
          comment(`c${i}`, i === 0 ? null : `c${i - 1}`, `Risposta ${i}`),
        )
      : shape === 'payloads'
        ? [
            '<script>alert(1)</script>',
            '<img src=x onerror=alert(1)>',
            '[x](javascript:alert(1))',
            '"><svg onload=alert(1)>',
          ].map((body, i) => comment(`p${i}`, null, body))
        : shape === 'cycle'
          ? [comment('a', 'b', 'uno'), comment('b', 'a', 'due')]
          : shape === 'future'
            ? [comment('f', null, 'dal futuro', '2999-01-01T10:00:00Z')]
            : shape === 'huge'
              ? [comment('h', null, 'x'.repeat(10_001))]
              : shape === 'duplicate'
                ? [comment('d', null, 'uno'), comment('d', null, 'due')]
                : shape === 'orphan'
                  ? [comment('o', 'nessuno', 'orfano')]
                  : [comment('g', null, 'Un commento.'), comment('g2', 'g', 'Una risposta.')];
  return `${JSON.stringify({ version: 1, article: slug, source: 'legacy', comments }, null, 2)}\n`;
}

/** One generated article: its front-matter lines, body and comment snapshot. */
export interface GeneratedArticle {
  fields: [string, string][];
  body: string;
  snapshot: SnapshotShape | undefined;
}

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** Field values, from the valid pool only or from both. */
function fieldsArbitrary(valid: boolean): fc.Arbitrary<[string, string][]> {
  const field = (key: string) => {
    const good = VALID[key as keyof typeof VALID] ?? [undefined];
    const bad = BROKEN[key as keyof typeof BROKEN] ?? [];
    const values = valid ? good : [...good, ...good, ...bad];
    return pick(values).map((value) =>
      value === undefined ? [] : [[key, value] as [string, string]],
    );
  };
  const keys = valid
    ? Object.keys(VALID)
    : [...new Set([...Object.keys(VALID), ...Object.keys(BROKEN)])];
  return fc.tuple(...keys.map(field)).map((parts) => parts.flat());
}

/** An article, all valid (`valid`) or anything. */
export function articleArbitrary(valid: boolean): fc.Arbitrary<GeneratedArticle> {
  return fc.record({
    fields: fieldsArbitrary(valid),
    body: pick(valid ? BODIES : [...BODIES, ...BROKEN_BODIES]),
    snapshot: pick<SnapshotShape | undefined>(
      valid
        ? [undefined, ...GOOD_SNAPSHOTS]
        : [undefined, ...GOOD_SNAPSHOTS, ...BROKEN_SNAPSHOTS, 'future'],
    ),
  });
}

/** A content folder of `1..max` generated articles. */
export function contentArbitrary(valid: boolean, max = 4): fc.Arbitrary<GeneratedArticle[]> {
  return fc.array(articleArbitrary(valid), { minLength: 1, maxLength: max });
}

/** The files (relative to the content folder) of generated articles `a0.md`, `a1.md`… */
export function contentFiles(
  articles: readonly GeneratedArticle[],
): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = { ...SUPPORT_FILES };
  articles.forEach(({ fields, body, snapshot }, i) => {
    const slug = `a${i}`;
    // Aliases are unique per article, as a valid site needs.
    const yaml = fields
      .map(([key, value]) => `${key}: ${value.replaceAll('{slug}', slug)}`)
      .join('\n');
    files[`articles/${slug}.md`] = `---\n${yaml}\n---\n\n${body}\n`;
    if (snapshot !== undefined) files[`comments/${slug}.json`] = snapshotText(slug, snapshot);
  });
  return files;
}
