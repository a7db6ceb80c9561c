/**
 * A piece of a block's text, in reading order. `text` is rewritten; `code` (inline code) and
 * `verbatim` (an autolinked URL) are never rewritten, but their characters are the neighbours of
 * the quotes around them: code reads as a word, a URL as what it is.
 */
export interface TextRun {
  kind: 'text' | 'code' | 'verbatim';
  value: string;
}

const OPEN = { '"': '«', "'": '‘' } as const;
const CLOSE = { '"': '»', "'": '’' } as const;

/** A code run, as its quotes see it: a word that does not continue a sentence in lower case. */
const CODE_CHARACTER = 'A';

const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;
const LOWER_CASE_OR_DIGIT = /[\p{Ll}\d]/u;

/** Punctuation that joins two words into one (`l'IA`, `e-mail`, `www.sito`). */
const WORD_JOINER = /[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027_]/u;

/** What ends a sentence. */
const TERMINAL = /[!.?…‽]/u;

/** Two-digit decades in English (`'80s`), which SmartyPants closes. */
const DECADE = /^\d\ds$/;

/**
 * `--` (en dash, the spaced inciso and ranges), `---` (em dash), an en dash typed before a
 * hyphen (em dash), three or more dots, spaced or not (ellipsis), and two straight single quotes
 * or backticks (closing and opening English double quotes, as SmartyPants has always done).
 * Longer runs of dashes are left alone (`----`).
 */
const SEQUENCES =
  /(?<!-)-{2,3}(?!-)|(?<!–)–-(?!-)|(?<!\.)\.{3,}|\.(?:[ \t]+\.){2,}|(?<!`)``(?!`)|(?<!')''(?!')/g;

/**
 * An opening single quote right before exactly two digits is the apostrophe of an elided year
 * (`gli anni '90`, `nel '68`). A quotation that really starts with two digits (`'90 minuti'`) is
 * rare enough to accept.
 */
const OPENED_YEAR = /‘(?=\d{2}(?!\d))/g;

function sequenceReplacement(sequence: string): string {
  if (sequence.startsWith('.')) return '…';
  switch (sequence) {
    case '--':
      return '–';
    case '``':
      return '“';
    case "''":
      return '”';
    default:
      return '—';
  }
}

type CharacterClass = 'space' | 'word' | 'mark';

function classOf(character: string | undefined): CharacterClass {
  if (character === undefined || SPACE.test(character)) return 'space';
  return WORD.test(character) ? 'word' : 'mark';
}

function isWord(character: string | undefined): boolean {
  return character !== undefined && WORD.test(character);
}

/** End of the token starting at `start`: a run of word characters, of spaces, or of one mark. */
function tokenEnd(text: string, start: number): number {
  const kind = classOf(text[start]);
  let end = start + 1;
  if (kind === 'mark') {
    while (text[end] === text[start]) end++;
  } else {
    while (end < text.length && classOf(text[end]) === kind) end++;
  }
  return end;
}

/** A joiner standing alone between its neighbours (`--` joins nothing). */
function isJoiner(text: string, index: number): boolean {
  const character = text[index];
  if (character === undefined || !WORD_JOINER.test(character)) return false;
  return character === '_' || (text[index - 1] !== character && text[index + 1] !== character);
}

/** Whether a word is reached from `index` going by `step`, over joiners only. */
function reachesWord(text: string, index: number, step: 1 | -1): boolean {
  let position = index;
  while (isJoiner(text, position)) position += step;
  return isWord(text[position]);
}

/** The word starting at `start`, with the words it is joined to (`80s`, `s`, `dell'anno`). */
function joinedWord(text: string, start: number): string {
  let end = tokenEnd(text, start);
  while (isJoiner(text, end) && reachesWord(text, end, 1)) {
    while (isJoiner(text, end)) end++;
    end = tokenEnd(text, end);
  }
  return text.slice(start, end);
}

/**
 * An apostrophe inside a word (`l'IA`, `dell'anno`, `po'-`): closing, except right after a
 * joining mark and before letters (`e-'mail`).
 */
function apostropheInWord(text: string, index: number): Direction {
  if (isWord(text[index - 1]) || !isWord(text[index + 1])) return 'close';
  const letters = text.slice(index + 1, tokenEnd(text, index + 1));
  return letters === 's' || DECADE.test(letters) ? 'close' : 'open';
}

/** Whether the sentence ending at `end` has a word: a sentence of marks only is not one. */
function sentenceHasWord(text: string, end: number): boolean {
  let position = end;
  while (position > 0 && TERMINAL.test(text[position - 1] ?? '')) position--;
  for (position--; position >= 0; position--) {
    const character = text[position] ?? '';
    if (isWord(character)) return true;
    if (TERMINAL.test(character) || character === '\n') return false;
  }
  return false;
}

/** Whether a sentence ends before `start`: it does unless the text goes on in lower case. */
function endsSentence(text: string, start: number): boolean {
  return !LOWER_CASE_OR_DIGIT.test(text[start] ?? '');
}

/** What precedes the quote at `index`, as SmartyPants' tokenizer and sentence splitter see it. */
function before(text: string, index: number): CharacterClass | 'terminal' {
  const previous = text[index - 1];
  // A hyphen ending a word belongs to it (`pre-"…"`).
  if (previous === '-' && isWord(text[index - 2])) return 'word';
  if (previous !== undefined && TERMINAL.test(previous) && sentenceHasWord(text, index - 1)) {
    return 'terminal';
  }
  return classOf(previous);
}

type Direction = 'open' | 'close' | 'open-both';

/**
 * Whether the straight quote at `index` opens, following SmartyPants' reading of its
 * neighbours: the token before it and the two tokens after it.
 *
 * @returns `'open'`, `'close'`, or `'open-both'` when it opens together with a second quote
 * right after it (`"'Parole' tra virgolette"`).
 */
function quoteDirection(text: string, index: number): Direction {
  if (text[index] === "'" && reachesWord(text, index - 1, -1) && reachesWord(text, index + 1, 1)) {
    return apostropheInWord(text, index);
  }
  let previous = before(text, index);
  const nextStart = index + 1;
  if (previous === 'terminal') {
    // A quote right after the end of a sentence closes it, unless the sentence goes on in
    // lower case; then a full stop right after a word is part of that word (an abbreviation).
    if (endsSentence(text, nextStart)) return 'close';
    previous = text[index - 1] === '.' && isWord(text[index - 2]) ? 'word' : 'mark';
  }
  const next = classOf(text[nextStart]);
  if (next === 'mark') {
    const afterNextStart = tokenEnd(text, nextStart);
    if (classOf(text[afterNextStart]) !== 'word') return 'close';
    const nextIsQuote = afterNextStart === nextStart + 1 && isQuote(text[nextStart]);
    if (nextIsQuote) return 'open-both';
    return previous === 'word' ? 'close' : 'open';
  }
  if (next === 'word') {
    if (DECADE.test(joinedWord(text, nextStart))) return 'close';
    return previous === 'word' ? 'close' : 'open';
  }
  return 'close';
}

function isQuote(character: string | undefined): character is '"' | "'" {
  return character === '"' || character === "'";
}

/** A straight quote standing alone: `""` and `''` are not quotes to SmartyPants. */
function isLoneQuote(text: string, index: number): boolean {
  const quote = text[index];
  return text[index - 1] !== quote && text[index + 1] !== quote;
}

/** Straight quotes, the only characters {@link curlQuotes} changes. */
const STRAIGHT_QUOTE = /["']/g;

/**
 * `text` with its lone straight quotes curled where `editable`. Only the quotes are visited and
 * the text between them is copied whole: an article's text runs to thousands of characters
 * between two quotes.
 */
function curlQuotes(text: string, editable: (index: number) => boolean): string {
  let output = '';
  let copied = 0;
  const forcedOpen = new Set<number>();
  for (const { index } of text.matchAll(STRAIGHT_QUOTE)) {
    const quote = text[index];
    if (!isQuote(quote) || !isLoneQuote(text, index)) continue;
    const direction = forcedOpen.has(index) ? 'open' : quoteDirection(text, index);
    if (direction === 'open-both') forcedOpen.add(index + 1);
    if (!editable(index)) continue;
    output += text.slice(copied, index) + (direction === 'close' ? CLOSE[quote] : OPEN[quote]);
    copied = index + 1;
  }
  return output + text.slice(copied);
}

function replaceSequences(text: string): string {
  return text.replace(SEQUENCES, sequenceReplacement).replace(OPENED_YEAR, '’');
}

/**
 * Italian newsroom typography for the runs of one block of text (a paragraph, heading or
 * table cell): `"ciao"` → `«ciao»` (caporali), `'ciao'` → `‘ciao’`, `l'IA` / `po'` / `'90` →
 * apostrophe; `--` → en dash, `---` → em dash, `...` → `…`.
 *
 * Quotes are read across runs, so the quotes of `"**tutto**"` pair up although they sit in
 * different text nodes; dashes and dots are replaced within each run.
 *
 * @returns The new value of every run, in order (code and verbatim runs unchanged).
 */
export function italianPunctuation(runs: readonly TextRun[]): string[] {
  let joined = '';
  const starts: number[] = [];
  for (const run of runs) {
    starts.push(joined.length);
    joined += run.kind === 'code' ? CODE_CHARACTER.repeat(run.value.length) : run.value;
  }
  const hasQuotes = joined.includes('"') || joined.includes("'");
  const curled = hasQuotes
    ? curlQuotes(joined, (index) => runAt(runs, starts, index) === 'text')
    : joined;
  return runs.map((run, index) => {
    if (run.kind !== 'text') return run.value;
    const start = starts[index] ?? 0;
    return replaceSequences(curled.slice(start, start + run.value.length));
  });
}

function runAt(
  runs: readonly TextRun[],
  starts: readonly number[],
  offset: number,
): TextRun['kind'] {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return runs[low]?.kind ?? 'text';
}
