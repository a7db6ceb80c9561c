import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlainText } from '../../../src/lib/comments/plain-text';
import { renderCommentBodySlow } from '../../../src/lib/comments/render';
import { renderSimpleMarkdown } from '../../../src/lib/comments/simple-markdown';
import { createRandom } from '../../../bench/corpus/random';
import { corpusCommentBodies } from '../../helpers/corpus-comment-bodies';

/** The bodies of the synthetic corpus that are not plain text: the Markdown readers type. */
const syntheticMarkdown = corpusCommentBodies(200).filter((body) => !isPlainText(body));

const payloads = readFileSync(new URL('../../fixtures/xss/payloads.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.replaceAll('\\n', '\n').replaceAll('\\t', '\t'));

describe('renderSimpleMarkdown', () => {
  // prettier-ignore
  it.each([
    ['emphasis', 'Un testo *molto* bello', true],
    ['strong', 'Un testo **molto** bello', true],
    ['emphasis on accented letters at the line edges', '*città*\n**più** su', true],
    ['two emphases on a line', '*uno* e **due**', true],
    ['a bare address at the end', 'Fonte: https://www.ansa.it/batterie', true],
    ['a bare address with an accented path', 'vedi https://x.it/città/più-1 ora', true],
    ['http and several host labels', 'vedi http://a-b.c.example.it', true],
    ['an address alone', 'https://x.it', false],
    ['an address after emphasis', 'vedi *qui* https://x.it', false],
    ['an address starting a line', 'vedi\nhttps://x.it', false],
    ['a leading one-line quote', '> Ciao a tutti.\n\nBel post, **davvero** bello.', true],
    ['a quote with emphasis and an address', '> vedi *qui* e https://x.it\n\nok', true],
    ['a quote then more paragraphs and breaks', '> a\n\n\nb  \nc\n\nd', true],
    ['a quote with nothing after it', '> solo\n\n', false],
    ['a quote without a blank line', '> a\nb', false],
    ['a quote with a space inside', '>  a\n\nb', false],
    ['a quote later in the text', 'a\n\n> b', false],
    ['a nested quote', '> > a\n\nb', false],
    ['emphasis glued to punctuation', 'molto *bello*.', false],
    ['emphasis inside a word', 'a*b*c', false],
    ['emphasis around two words', '*due parole*', false],
    ['mixed delimiters', '**a* b', false],
    ['three asterisks', '***a***', false],
    ['underscores', '_a_', false],
    ['an address ending a sentence', 'vedi https://x.it.', false],
    ['an address in parentheses', '(https://x.it)', false],
    ['an upper-case address', 'HTTPS://X.IT', false],
    ['an address with a query', 'https://x.it/?a=1', false],
    ['www without a scheme', 'vedi www.x.it', false],
    ['an address with an underscore path', 'https://x.it/a_b', false],
    ['an address glued to a word', 'vedihttps://x.it', false],
    ['HTML next to emphasis', '*a* <b>', false],
    ['a link in brackets', '[a](https://x.it)', false],
  ])('on %s gives the full pipeline HTML or declines', (_, text, taken) => {
    const fast = renderSimpleMarkdown(text);
    if (fast !== undefined) expect(fast).toBe(renderCommentBodySlow(text));
    expect(fast !== undefined).toBe(taken);
  });

  it('takes every Markdown comment of the synthetic corpus, with the full pipeline HTML', () => {
    expect(syntheticMarkdown.length).toBeGreaterThan(500);
    for (const text of syntheticMarkdown) {
      expect(renderSimpleMarkdown(text), JSON.stringify(text)).toBe(renderCommentBodySlow(text));
    }
  });

  it('declines or matches the full pipeline on every XSS payload', () => {
    for (const payload of payloads) {
      const fast = renderSimpleMarkdown(payload);
      if (fast !== undefined)
        expect(fast, JSON.stringify(payload)).toBe(renderCommentBodySlow(payload));
    }
  });

  it('gives the same HTML as the full pipeline on 5,000 random texts of its pieces', () => {
    const alphabet = [
      ...'abè .,;:!?()"\'/-#+=_>*',
      '*',
      '**',
      ' *parola* ',
      ' **più** ',
      '*x*',
      '> ',
      '\n',
      '\n\n',
      '\r\n',
      '  ',
      '1. ',
      '- ',
      '# ',
      '    ',
      '\u00A0',
      'https://x.it',
      ' https://www.ansa.it/città ',
      'http://a.b/c-1',
      'www.',
      '<',
      '< ',
      '<3',
      '&',
      '&amp;',
      '&eacute;',
      '&#233;',
      '&period;',
      ' > ',
    ];
    const random = createRandom(20260101);
    const next = () => random.next();
    let compared = 0;
    for (let run = 0; run < 5_000; run += 1) {
      let text = next() < 0.3 ? '> ' : '';
      const length = Math.floor(next() * 10);
      for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(next() * alphabet.length)];
      const fast = renderSimpleMarkdown(text);
      if (fast === undefined || isPlainText(text)) continue;
      compared += 1;
      expect(fast, JSON.stringify(text)).toBe(renderCommentBodySlow(text));
    }
    expect(compared).toBeGreaterThan(150);
  });
});
