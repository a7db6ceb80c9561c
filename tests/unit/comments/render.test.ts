import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { isPlainText, renderPlainText } from '../../../src/lib/comments/plain-text';
import { renderCommentBody, renderCommentBodySlow } from '../../../src/lib/comments/render';
import { renderSimpleMarkdown } from '../../../src/lib/comments/simple-markdown';
import { createRandom } from '../../../bench/corpus/random';
import { corpusCommentBodies } from '../../helpers/corpus-comment-bodies';

const REL = 'rel="nofollow ugc noopener noreferrer"';

/** Payloads from the corpus file: `\n` and `\t` unescaped, comments and blanks skipped. */
const payloads = readFileSync(new URL('../../fixtures/xss/payloads.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.replaceAll('\\n', '\n').replaceAll('\\t', '\t'));

/** Elements of `html` as a browser would parse them. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    found.push(node);
  });
  return found;
}

describe('renderCommentBody', () => {
  it.each([
    ['a paragraph', 'Ciao a tutti', '<p>Ciao a tutti</p>'],
    ['paragraphs at blank lines', 'uno\n\ndue', '<p>uno</p>\n<p>due</p>'],
    ['single line breaks as <br>', 'uno\ndue', '<p>uno<br>\ndue</p>'],
    [
      'emphasis and strong',
      '*molto* e **davvero**',
      '<p><em>molto</em> e <strong>davvero</strong></p>',
    ],
    [
      'a blockquote',
      '> citato\n\nrisposta',
      '<blockquote>\n<p>citato</p>\n</blockquote>\n<p>risposta</p>',
    ],
    ['inline code, escaped', '`a < b`', '<p><code>a &#x3C; b</code></p>'],
    [
      'a Markdown link',
      '[WSJ](https://www.wsj.com/x)',
      `<p><a href="https://www.wsj.com/x" ${REL}>WSJ</a></p>`,
    ],
    [
      'a bare URL, without the full stop after it',
      'vedi https://example.com/a?b=1.',
      `<p>vedi <a href="https://example.com/a?b=1" ${REL}>https://example.com/a?b=1</a>.</p>`,
    ],
    [
      'a bare www address, as http',
      '(www.example.com)',
      `<p>(<a href="http://www.example.com" ${REL}>www.example.com</a>)</p>`,
    ],
    [
      'a mailto autolink',
      '<mailto:a@example.it>',
      `<p><a href="mailto:a@example.it" ${REL}>mailto:a@example.it</a></p>`,
    ],
    ['raw HTML as visible text', '<b>ciao</b>', '<p>&#x3C;b>ciao&#x3C;/b></p>'],
    [
      'a script as visible text',
      '<script>alert(1)</script>',
      '<p>&#x3C;script>alert(1)&#x3C;/script></p>',
    ],
    ['list markers as text', '1. primo\n- secondo', '<p>1. primo<br>\n- secondo</p>'],
    ['a heading marker as text', '# Titolo', '<p># Titolo</p>'],
    ['indented text as a paragraph, not code', '    rientrato', '<p>rientrato</p>'],
    ['a setext underline as text', 'titolo\n---', '<p>titolo<br>\n---</p>'],
    ['a javascript: link as its text', '[clicca](javascript:alert(1))', '<p>clicca</p>'],
    ['a relative link as its text', '[admin](/admin)', '<p>admin</p>'],
    [
      'an upper-case scheme as a normal link',
      '[x](HTTPS://example.com)',
      `<p><a href="https://example.com" ${REL}>x</a></p>`,
    ],
    [
      'an image as its alternative text',
      '![gatto](https://example.com/g.png)',
      '<p>!<a href="https://example.com/g.png" rel="nofollow ugc noopener noreferrer">gatto</a></p>',
    ],
  ])('renders %s', (_, text, html) => {
    expect(renderCommentBody(text)).toBe(html);
  });

  it('has at least 30 payloads in the XSS corpus', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(30);
  });

  it.each(payloads)('neutralises %j', (payload) => {
    const html = renderCommentBody(payload);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<iframe/i);
    // Inside tags only: escaped payload text may legitimately read `onerror=`.
    for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
      expect(tag).not.toMatch(/\son\w+=/i);
      expect(tag).not.toMatch(/(?:href|src)\s*=\s*"?\s*(?:javascript|data|vbscript):/i);
    }
    for (const element of elements(html)) {
      expect(['p', 'br', 'em', 'strong', 'blockquote', 'a', 'code']).toContain(element.tagName);
      const names = Object.keys(element.properties);
      if (element.tagName === 'a') {
        expect(names.sort()).toEqual(['href', 'rel']);
        expect(String(element.properties['href'])).toMatch(/^(?:https?|mailto):/);
        expect(element.properties['rel']).toEqual(['nofollow', 'ugc', 'noopener', 'noreferrer']);
      } else {
        expect(names).toEqual([]);
      }
    }
    const anchors = html.match(/<a\b[^>]*>/g) ?? [];
    for (const anchor of anchors) expect(anchor).toContain(REL);
  });

  it('shows a typed script as the text the reader wrote', () => {
    const html = renderCommentBody('<script>alert(1)</script>');
    expect(fromHtml(html, { fragment: true }).children).toHaveLength(1);
    expect(html).toContain('alert(1)');
  });
});

describe('fast path for plain text', () => {
  const seedComments = readFileSync(
    new URL('../../fixtures/comments/2018-07-04-xiaomi-nord-america.txt', import.meta.url),
    'utf8',
  )
    .split('\n')
    .filter((line) => line.trim() !== '');

  it.each([
    ['Perché si sta espandendo molto velocemente.', true],
    ['sicurezza - in particolare', true],
    ['1. uno', true],
    ['*enfasi*', false],
    ['a_b', false],
    ['[link](x)', false],
    ['<b>', false],
    ['<3', false],
    ['<nome@example.it>', false],
    ['prezzo < 300 euro', true],
    ['3 > 2', true],
    ['AT&T e Procter & Gamble', true],
    ['&amp;', true],
    ['perch&eacute; &#233; &#xE9;', true],
    ['&bogus; resta com’è', true],
    ['&nbsp;spazio', false],
    ['www&period;x&period;it', false],
    ['a&#10;capo', false],
    ['> citazione', false],
    ['   > citazione', false],
    ['prima\n> citazione', false],
    ['vedi https://x.it', false],
    ['vedi www.x.it', false],
    ['a\\b', false],
    ['`code`', false],
    ['tab\there', false],
    ['\uFEFFbom', false],
    ['cr\ronly', false],
  ])('classifies %j as plain: %s', (text, plain) => {
    expect(isPlainText(text)).toBe(plain);
  });

  it('takes the fast path for most of the seed comments', () => {
    expect(seedComments.filter(isPlainText).length).toBeGreaterThan(seedComments.length / 2);
  });

  it('gives the same HTML as the full pipeline on the seed comments', () => {
    for (const text of seedComments.filter(isPlainText)) {
      expect(renderPlainText(text)).toBe(renderCommentBodySlow(text));
    }
  });

  it('gives the same HTML as the full pipeline on 5,000 random plain texts', () => {
    const alphabet = [
      ...'abcè AZ09 .,;:!?()"\'%@$^~|{}/-#+=—',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\r\n',
      '\u00A0',
      '\u2028',
      '\u3000',
      '\u200B',
      '\u0085',
      '😀',
      '\uD800',
      '\u0301',
      '1.',
      '- ',
      '# ',
      '---',
      '===',
      '    ',
      'http',
      'ww',
      '&',
      '&amp;',
      '&eacute;',
      '&#233;',
      '&#x41;',
      '&#0;',
      '&period;',
      '&nbsp;',
      '&bogus;',
      '&#',
      '<',
      '< ',
      '<3',
      '>',
      ' >',
    ];
    const random = createRandom(20180704);
    const next = () => random.next();
    let compared = 0;
    for (let run = 0; run < 5_000; run += 1) {
      let text = '';
      const length = Math.floor(next() * 12);
      for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(next() * alphabet.length)];
      if (!isPlainText(text)) continue;
      compared += 1;
      expect(renderPlainText(text), JSON.stringify(text)).toBe(renderCommentBodySlow(text));
    }
    expect(compared).toBeGreaterThan(3_000);
    // Thousands of full-pipeline renders: a loaded CI machine needs more than the default 5 s.
  }, 60_000);
});

describe('comments in heavy prose (names with &, comparisons with < and >, HTML entities)', () => {
  const bodies = corpusCommentBodies(150, 'flat-heavy');
  const escaping = bodies.filter((body) => /[&<>]/.test(body));

  it('render as the full pipeline renders them', () => {
    expect(escaping.length).toBeGreaterThan(1_000);
    for (const body of escaping) {
      expect(renderCommentBody(body), JSON.stringify(body)).toBe(renderCommentBodySlow(body));
    }
    // Thousands of full-pipeline renders: a loaded CI machine needs more than the default 5 s.
  }, 60_000);

  it('take a fast path', () => {
    const fast = escaping.filter(
      (body) => isPlainText(body) || renderSimpleMarkdown(body) !== undefined,
    );
    expect(fast.length).toBeGreaterThan(escaping.length * 0.95);
  });
});
