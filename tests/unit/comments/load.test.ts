import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatContentProblem } from '../../../src/lib/errors';
import {
  loadCommentSnapshots,
  parseSnapshotJson,
  type SnapshotInput,
} from '../../../src/lib/comments/load';

const DIR = 'tests/fixtures/comments/snapshots';
const ARTICLES = new Set(['xiaomi-usa', 'bad-fields', 'threads']);

/** A fixture as the checker would read it. */
function input(name: string): SnapshotInput {
  const file = `${DIR}/${name}`;
  const parsed = parseSnapshotJson(file, readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(formatContentProblem(parsed.problem));
  return parsed.input;
}

/** Formatted problems of one fixture. */
const problemsOf = (name: string): string[] =>
  loadCommentSnapshots([input(name)], ARTICLES).problems.map(formatContentProblem);

describe('loadCommentSnapshots', () => {
  it('accepts a valid snapshot and returns it by article', () => {
    const { snapshots, problems } = loadCommentSnapshots([input('xiaomi-usa.json')], ARTICLES);
    expect(problems).toEqual([]);
    expect(snapshots.get('xiaomi-usa')?.comments).toHaveLength(3);
  });

  it('names file, line, comment index and id, field and value for schema errors', () => {
    expect(problemsOf('bad-fields.json')).toEqual([
      `${DIR}/bad-fields.json:14: comments[1] (id "c-2").date: "4 luglio 2018" deve essere una data ISO 8601 con fuso (esempio: 2018-07-04T10:30:00+02:00) (data del commento)`,
      `${DIR}/bad-fields.json:15: comments[1] (id "c-2").body: "   " non può essere vuoto (testo del commento)`,
      `${DIR}/bad-fields.json:16: comments[1] (id "c-2").likes: campo sconosciuto (controlla il nome: i campi ammessi sono elencati nel README)`,
      `${DIR}/bad-fields.json:18: comments[2].id: campo obbligatorio mancante`,
      `${DIR}/bad-fields.json:19: comments[2].parent: 7 deve essere l’id di un commento del file oppure null`,
      `${DIR}/bad-fields.json:21: comments[2].status: "hidden" deve essere "published", "deleted" o "spam"`,
    ]);
  });

  it('reports duplicate ids, parents that point nowhere and each cycle once', () => {
    expect(problemsOf('threads.json')).toEqual([
      `${DIR}/threads.json:7: comments[1] (id "a").id: "a" è già usato da comments[0]: ogni commento deve avere un id diverso`,
      `${DIR}/threads.json:8: comments[2] (id "b").parent: "zzz" non corrisponde a nessun commento del file (usa null per un commento principale)`,
      `${DIR}/threads.json:9: comments[3] (id "c").parent: "d" forma un ciclo di risposte (c → d → e → c): un commento non può rispondere a sé stesso`,
      `${DIR}/threads.json:13: comments[7] (id "g").parent: "g" forma un ciclo di risposte (g → g): un commento non può rispondere a sé stesso`,
    ]);
  });

  it('reports a snapshot whose article does not exist and whose name differs from it', () => {
    expect(problemsOf('renamed.json')).toEqual([
      `${DIR}/renamed.json: article: "articolo-inesistente" non corrisponde al nome del file: il file deve chiamarsi articolo-inesistente.json`,
      `${DIR}/renamed.json: article: "articolo-inesistente" non corrisponde a nessun articolo (manca content/articles/articolo-inesistente.md o un articolo con slug: articolo-inesistente)`,
    ]);
  });

  it('collects the problems of every file, dropping none', () => {
    const inputs = ['xiaomi-usa.json', 'bad-fields.json', 'threads.json', 'renamed.json'].map(
      input,
    );
    const { problems, snapshots } = loadCommentSnapshots(inputs, ARTICLES);
    expect(problems).toHaveLength(12);
    expect([...snapshots.keys()].sort()).toEqual(['articolo-inesistente', 'threads', 'xiaomi-usa']);
  });

  it('reports a root that is not an object', () => {
    const { problems } = loadCommentSnapshots([{ file: 'x.json', data: [] }], ARTICLES);
    expect(problems.map(formatContentProblem)).toEqual([
      'x.json: (file): [] deve essere un oggetto ({ "version": 1, "article", "source", "comments": […] })',
    ]);
  });
});

describe('parseSnapshotJson', () => {
  it('reports a syntax error with its line', () => {
    const file = `${DIR}/broken.json`;
    const parsed = parseSnapshotJson(file, readFileSync(file, 'utf8'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toMatchObject({ file, line: 4, field: '(file)' });
    expect(parsed.problem.message).toMatch(/^non è JSON valido/);
  });
});

describe('loadCommentSnapshots: limits of issue 12', () => {
  const snapshotOf = (comments: unknown[]): SnapshotInput => {
    const text = `${JSON.stringify({ version: 1, article: 'xiaomi-usa', source: 'legacy', comments }, null, 2)}\n`;
    const parsed = parseSnapshotJson('content/comments/xiaomi-usa.json', text);
    if (!parsed.ok) throw new Error(formatContentProblem(parsed.problem));
    return parsed.input;
  };
  const NOW = new Date('2026-01-01T00:00:00Z');

  it('refuses a 1 MB comment body, naming the comment', () => {
    const { problems } = loadCommentSnapshots(
      [snapshotOf([{ id: 'enorme', parent: null, body: 'x'.repeat(1_000_000) }])],
      new Set(['xiaomi-usa']),
      NOW,
    );
    expect(problems.map(formatContentProblem).join('\n')).toMatch(
      /^content\/comments\/xiaomi-usa\.json:\d+: comments\[0\] \(id "enorme"\)\.body: .*troppo lungo: al massimo 10\.000 caratteri/,
    );
  });

  it('refuses a comment dated 2999 as an impossible year', () => {
    const { problems } = loadCommentSnapshots(
      [snapshotOf([{ id: 'lontano', parent: null, date: '2999-01-01T10:00:00Z', body: 'Ciao' }])],
      new Set(['xiaomi-usa']),
      NOW,
    );
    expect(problems.map(formatContentProblem).join('\n')).toContain('anno non plausibile');
  });

  it('warns about a comment dated in the future, without blocking the build', () => {
    const { problems, snapshots } = loadCommentSnapshots(
      [snapshotOf([{ id: 'futuro', parent: null, date: '2099-01-01T10:00:00Z', body: 'Ciao' }])],
      new Set(['xiaomi-usa']),
      NOW,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning' });
    expect(formatContentProblem(problems[0] as (typeof problems)[number])).toContain(
      'è nel futuro',
    );
    expect(snapshots.has('xiaomi-usa')).toBe(true);
  });
});
