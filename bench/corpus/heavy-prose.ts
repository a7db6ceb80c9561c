/**
 * Prose that needs care: Italian elisions (`l'azienda`, `po'`), quotations in straight quotes and
 * guillemets, accented words, names with `&`, comparisons with `<` and `>`, and accents written as
 * HTML entities the way old CMS exports do. Applied over already generated Markdown, word by word,
 * so links, emphasis, headings and code blocks keep their syntax.
 */
import type { Random } from './random';

const ELISIONS = ["l'", "dell'", "all'", "nell'", "un'", "sull'", "dall'", "quest'"];
const QUOTES: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ['«', '»'],
  ["'", "'"],
];
const ACCENTED = ['perché', 'città', 'più', 'così', 'già', 'virtù', 'né', "po'", 'caffè', 'è'];
const ENTITY_WORDS = [
  'perch&eacute;',
  'citt&agrave;',
  'pi&ugrave;',
  'cos&igrave;',
  'qualit&agrave;',
];
const ESCAPED_PHRASES = [
  'AT&T',
  'R&S',
  'Procter & Gamble',
  'Barnes & Noble',
  '(prezzo < 300 euro)',
  '(autonomia > 20 ore)',
  '(3 < 5)',
  'M&M',
];

/** A word with nothing but letters and a comma or full stop after them. */
const PLAIN_WORD = /^(\p{L}+)([,.]?)$/u;
/** Words an article or preposition elides into: `l'azienda`, not `l'e`. */
const ELIDABLE = /^[aeiou]\p{L}{2,}$/u;

/**
 * Quotes 1-4 words from `tokens[start]` when they are all plain words; returns how many it
 * quoted (0 when it left them).
 */
function quoteRun(random: Random, tokens: string[], start: number): number {
  const length = random.int(1, 4);
  const run = tokens.slice(start, start + length);
  if (run.length < length || !run.every((token) => PLAIN_WORD.test(token))) return 0;
  // Punctuation inside the run would put the closing quote in the wrong place.
  if (run.slice(0, -1).some((token) => /[,.]$/.test(token))) return 0;
  const [open, close] = random.pick(QUOTES);
  const last = start + length - 1;
  const [, lastWord = '', stop = ''] = PLAIN_WORD.exec(tokens[last] ?? '') ?? [];
  tokens[last] = `${lastWord}${close}${stop}`;
  tokens[start] = `${open}${tokens[start] ?? ''}`;
  return length;
}

/** `text` with elisions, quotations, accents and escaping characters added by `random`. */
export function heavyProse(random: Random, text: string): string {
  const tokens = text.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const match = PLAIN_WORD.exec(tokens[i] ?? '');
    if (match === null) continue;
    const [, word = '', stop = ''] = match;
    const roll = random.next();
    if (roll < 0.25 && ELIDABLE.test(word)) tokens[i] = `${random.pick(ELISIONS)}${word}${stop}`;
    // The quoted words are left as they are: quotes never nest.
    else if (roll < 0.28) i += Math.max(0, quoteRun(random, tokens, i) - 1);
    else if (roll < 0.34) tokens[i] = `${random.pick(ACCENTED)}${stop}`;
    else if (roll < 0.35) tokens[i] = `${random.pick(ENTITY_WORDS)}${stop}`;
    else if (roll < 0.37 && stop === '') tokens[i] = `${word} ${random.pick(ESCAPED_PHRASES)}`;
  }
  return tokens.join(' ');
}

/** Markdown blocks with {@link heavyProse} applied to all but code blocks. */
export function heavyMarkdown(random: Random, blocks: readonly string[]): string[] {
  return blocks.map((block) => (block.startsWith('```') ? block : heavyProse(random, block)));
}
