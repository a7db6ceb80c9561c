import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyPolicyWarnings } from '@/lib/content/body-policy-warnings';
import { formatContentProblem } from '@/lib/errors';

const warnings = (body: string, offset = 4) =>
  bodyPolicyWarnings('content/articles/x.md', body, offset).map(formatContentProblem);

describe('bodyPolicyWarnings', () => {
  it('names each removal with its line, as a warning', () => {
    expect(
      warnings(
        [
          'Un paragrafo.',
          '',
          '<script>alert(1)</script>',
          '',
          '<img src="a.png" alt="a" onerror="alert(2)">',
          '',
          '[clic](javascript:alert(3))',
          '',
          '<iframe src="https://evil.example/x"></iframe>',
        ].join('\n'),
      ),
    ).toEqual([
      'content/articles/x.md:7: corpo: rimosso <script>',
      'content/articles/x.md:9: corpo: rimosso l’attributo onerror da <img>',
      'content/articles/x.md:11: corpo: rimosso l’attributo href="javascript:alert(3)" da <a>',
      'content/articles/x.md:13: corpo: rimosso <iframe> (https://evil.example/x): incorpora solo video di YouTube, Vimeo o Dailymotion',
    ]);
    expect(bodyPolicyWarnings('x.md', '<script>x</script>', 0)[0]?.severity).toBe('warning');
  });

  it('says nothing about allowed embeds, footnotes, tables, task lists and code', () => {
    expect(
      warnings(
        [
          'Testo[^1] con <mark>evidenza</mark> e <abbr title="Intelligenza artificiale">IA</abbr>.',
          '',
          '<figure><img src="./a.jpg" alt="a"><figcaption>Didascalia</figcaption></figure>',
          '',
          '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Video"></iframe>',
          '',
          '| a | b |',
          '|--:|---|',
          '| 1 | 2 |',
          '',
          '- [x] fatto',
          '',
          '```js',
          'const a = "<script>";',
          '```',
          '',
          '[^1]: Nota.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('says nothing about the sample article', () => {
    const sample = readFileSync('tests/fixtures/markdown/articolo-completo.md', 'utf8');
    expect(warnings(sample.replace(/^---[\s\S]*?\n---\n/, ''))).toEqual([]);
  });
});
