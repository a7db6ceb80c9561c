import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COMMENT_SCHEMA_PATH,
  generateCommentSchemaJson,
} from '../../../scripts/generate-comment-schema';
import { commentSnapshotSchema } from '../../../src/schemas/comments';

const valid = {
  version: 1,
  article: 'xiaomi-usa',
  source: 'disqus',
  exportedAt: '2024-01-01T00:00:00.000Z',
  comments: [
    {
      id: 'a',
      parent: null,
      author: 'Mario',
      date: '2018-07-04T10:30:00+02:00',
      body: 'Ciao',
      status: 'published',
    },
    { id: 'b', parent: 'a', body: 'Risposta' },
  ],
};

describe('commentSnapshotSchema', () => {
  it('accepts a full snapshot', () => {
    expect(commentSnapshotSchema.parse(valid)).toEqual(valid);
  });

  it('accepts the "$schema" key editors read', () => {
    const withSchema = { $schema: '../../schemas/comment-snapshot.schema.json', ...valid };
    expect(commentSnapshotSchema.parse(withSchema)).toEqual(withSchema);
  });

  it.each([
    ['an unknown top-level key', { ...valid, extra: true }, ['extra']],
    ['version 2', { ...valid, version: 2 }, ['version']],
    ['an empty source', { ...valid, source: '' }, ['source']],
    [
      'an exportedAt without offset',
      { ...valid, exportedAt: '2024-01-01T00:00:00' },
      ['exportedAt'],
    ],
    [
      'a comment without parent',
      { ...valid, comments: [{ id: 'a', body: 'x' }] },
      ['comments', 0, 'parent'],
    ],
    [
      'an empty id',
      { ...valid, comments: [{ id: '', parent: null, body: 'x' }] },
      ['comments', 0, 'id'],
    ],
    [
      'a blank body',
      { ...valid, comments: [{ id: 'a', parent: null, body: ' \n' }] },
      ['comments', 0, 'body'],
    ],
    [
      'an Italian date',
      { ...valid, comments: [{ id: 'a', parent: null, body: 'x', date: '04 Luglio 2018' }] },
      ['comments', 0, 'date'],
    ],
    [
      'an impossible date',
      { ...valid, comments: [{ id: 'a', parent: null, body: 'x', date: '2018-02-30T10:00:00Z' }] },
      ['comments', 0, 'date'],
    ],
    [
      'an unknown status',
      { ...valid, comments: [{ id: 'a', parent: null, body: 'x', status: 'hidden' }] },
      ['comments', 0, 'status'],
    ],
  ])('rejects %s', (_, data, path) => {
    const result = commentSnapshotSchema.safeParse(data);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key])
        : [issue.path],
    );
    expect(paths).toContainEqual(path);
  });
});

describe(COMMENT_SCHEMA_PATH, () => {
  it('is up to date with the zod schema (run `tsx scripts/generate-comment-schema.ts` if not)', () => {
    expect(readFileSync(COMMENT_SCHEMA_PATH, 'utf8')).toBe(generateCommentSchemaJson());
  });

  it('forbids unknown keys and requires id, parent and body', () => {
    const schema = JSON.parse(generateCommentSchemaJson()) as {
      additionalProperties: boolean;
      properties: { comments: { items: { required: string[]; additionalProperties: boolean } } };
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.comments.items).toMatchObject({
      required: ['id', 'parent', 'body'],
      additionalProperties: false,
    });
  });
});
