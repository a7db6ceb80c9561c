import { describe, expect, it } from 'vitest';
import { serializeCommentSnapshot } from '../../../src/lib/comments/serialize';
import type { CommentSnapshot } from '../../../src/schemas/comments';

describe('serializeCommentSnapshot', () => {
  it('writes keys in schema order, 2-space indented, with a trailing newline', () => {
    const scrambled = {
      comments: [
        { body: 'Ciao', status: 'deleted', date: '2018-07-04T08:00:00Z', parent: null, id: 'a' },
      ],
      source: 'disqus',
      article: 'x',
      version: 1,
    } as CommentSnapshot;
    expect(serializeCommentSnapshot(scrambled)).toBe(
      [
        '{',
        '  "version": 1,',
        '  "article": "x",',
        '  "source": "disqus",',
        '  "comments": [',
        '    {',
        '      "id": "a",',
        '      "parent": null,',
        '      "date": "2018-07-04T08:00:00Z",',
        '      "body": "Ciao",',
        '      "status": "deleted"',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('leaves out optional keys that are undefined', () => {
    const text = serializeCommentSnapshot({
      version: 1,
      article: 'x',
      source: 'legacy',
      exportedAt: undefined,
      comments: [{ id: 'a', parent: null, author: undefined, body: 'b' }],
    } as unknown as CommentSnapshot);
    expect(text).not.toContain('exportedAt');
    expect(text).not.toContain('author');
  });
});
