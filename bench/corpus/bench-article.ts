/**
 * One synthetic article of the benchmark corpus: front-matter the way the newsroom writes it and
 * a Markdown body with sections, links (some to earlier articles), lists, emphasis, the odd quote
 * and code block: 500-900 words in 2-3 sections, or, in shapes of mixed length, also short news
 * items without sections and long features of many.
 */
import { slugify } from '../../src/lib/articles/slug';
import { AUTHORS, CATEGORIES, SOURCE_HOSTS, TAGS } from './corpus-names';
import { headline, inventedWord, phrase, sentence, words } from './italian-text';
import { heavyMarkdown, heavyProse } from './heavy-prose';
import { newsroomDateValue } from './newsroom-date-forms';
import { createRandom, seedFor, type Random } from './random';
import { CORPUS_SHAPES, type CorpusShape } from './shapes';

/** First and last publication instants of the archive (ten years). */
const ARCHIVE_START = Date.UTC(2016, 0, 1);
const ARCHIVE_END = Date.UTC(2026, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

/** What the corpus needs to know about an article besides its file. */
export interface BenchArticle {
  slug: string;
  /** Path relative to the content folder: `articles/2018/<slug>.md`, or `articles/<slug>.md`. */
  path: string;
  date: Date;
  /** The whole `.md` file. */
  source: string;
  /** Words of body text, Markdown syntax aside. */
  wordCount: number;
}

/** Options of {@link benchArticle}. */
export interface BenchArticleOptions {
  seed: number;
  /** Position in the corpus; the article depends on nothing else but the seed. */
  index: number;
  /** Slugs of articles it may link to (the earlier ones). */
  linkTargets: readonly string[];
  timeZone: string;
  shape?: CorpusShape;
}

/** A body being written: Markdown blocks and how many words they hold. */
interface Body {
  blocks: string[];
  wordCount: number;
}

function linkUrl(random: Random, linkTargets: readonly string[]): string {
  if (linkTargets.length > 0 && random.chance(0.4)) return `/articoli/${random.pick(linkTargets)}/`;
  return `https://${random.pick(SOURCE_HOSTS)}/${slugify(words(random, random.int(2, 4)))}`;
}

/** A sentence, sometimes with a word in bold or italics, sometimes carrying a link. */
function richSentence(
  random: Random,
  linkTargets: readonly string[],
): { text: string; wordCount: number } {
  if (random.chance(0.06)) {
    const before = words(random, random.int(3, 8));
    const label = words(random, random.int(2, 5));
    const after = words(random, random.int(2, 6));
    const text = `${before.charAt(0).toUpperCase()}${before.slice(1)} [${label}](${linkUrl(random, linkTargets)}) ${after}.`;
    return { text, wordCount: text.split(' ').length };
  }
  const plain = sentence(random);
  if (!random.chance(0.1)) return plain;
  const marker = random.chance(0.5) ? '**' : '*';
  return {
    text: plain.text.replace(/ (\p{L}+) /u, ` ${marker}$1${marker} `),
    wordCount: plain.wordCount,
  };
}

/** A paragraph of 2-6 sentences, cut short once it holds `room` words. */
function paragraph(random: Random, body: Body, room: number, linkTargets: readonly string[]): void {
  const sentences: string[] = [];
  let wordCount = 0;
  for (let i = random.int(2, 6); i > 0 && wordCount < room; i--) {
    const next = richSentence(random, linkTargets);
    sentences.push(next.text);
    wordCount += next.wordCount;
  }
  body.blocks.push(sentences.join(' '));
  body.wordCount += wordCount;
}

function list(random: Random, body: Body): void {
  const ordered = random.chance(0.35);
  const items = Array.from({ length: random.int(3, 6) }, () => phrase(random, 3, 10));
  body.blocks.push(items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item}`).join('\n'));
  body.wordCount += items.reduce((sum, item) => sum + item.split(' ').length, 0);
}

function quote(random: Random, body: Body): void {
  const { text, wordCount } = sentence(random);
  body.blocks.push(`> ${text}`);
  body.wordCount += wordCount;
}

function codeBlock(random: Random, body: Body): void {
  const lines = Array.from(
    { length: random.int(2, 6) },
    () =>
      `${random.pick(['sudo apt install', 'git clone', 'npm run', 'adb shell', 'curl -O'])} ${inventedWord(random)}`,
  );
  body.blocks.push(['```bash', ...lines, '```'].join('\n'));
}

/** Blocks of one section until it holds `budget` words. */
function section(random: Random, body: Body, budget: number, linkTargets: readonly string[]): void {
  const target = body.wordCount + budget;
  // A paragraph between any two other blocks, so two lists never merge into one.
  let afterParagraph = false;
  while (body.wordCount < target) {
    const roll = random.next();
    if (afterParagraph && roll < 0.12) list(random, body);
    else if (afterParagraph && roll < 0.16) quote(random, body);
    else paragraph(random, body, target - body.wordCount, linkTargets);
    afterParagraph = body.blocks.at(-1)?.match(/^(?:[-> ]|\d+\.)/) === null;
  }
}

/** Words and sections of the body: standard, or for mixed shapes sometimes short or long. */
function bodySize(
  standard: { target: number; sections: number },
  shape: CorpusShape,
  random: Random,
): { target: number; sections: number } {
  if (shape.length === 'standard') return standard;
  const roll = random.next();
  if (roll < 0.3) return { target: random.int(80, 200), sections: 0 };
  if (roll < 0.85) return standard;
  return { target: random.int(2_000, 4_500), sections: random.int(4, 8) };
}

const yamlList = (items: readonly string[]): string =>
  `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;

/** The article at `index` of the corpus seeded with `seed`. */
export function benchArticle({
  seed,
  index,
  linkTargets,
  timeZone,
  shape = CORPUS_SHAPES.archive,
}: BenchArticleOptions): BenchArticle {
  const random = createRandom(seedFor(seed, 'article', index));
  // Streams of their own, so the original shape draws exactly the articles it always drew.
  const prose = createRandom(seedFor(seed, 'article-prose', index));
  const size = createRandom(seedFor(seed, 'article-size', index));
  const styled = (text: string) => (shape.prose === 'heavy' ? heavyProse(prose, text) : text);
  const title = styled(headline(random));
  const slug = `${slugify(title).split('-').slice(0, 8).join('-')}-${index + 1}`;
  const date = new Date(ARCHIVE_START + Math.floor(random.next() * (ARCHIVE_END - ARCHIVE_START)));
  const year = date.getUTCFullYear();

  const front = [
    `title: ${JSON.stringify(title)}`,
    `date: ${newsroomDateValue(random, date, timeZone)}`,
  ];
  if (random.chance(0.15)) {
    // A day later at least: a date-only form reads as midnight, which must not precede `date`.
    const updated = new Date(date.getTime() + random.int(24, 30 * 24) * (DAY_MS / 24));
    front.push(`updated: ${newsroomDateValue(random, updated, timeZone)}`);
  }
  if (random.chance(0.95)) front.push(`author: ${random.pick(AUTHORS)}`);
  if (random.chance(0.97)) front.push(`category: ${random.pick(CATEGORIES)}`);
  front.push(`tags: ${yamlList(random.sample(TAGS, random.int(1, 5)))}`);
  if (random.chance(0.6))
    front.push(`description: ${JSON.stringify(styled(sentence(random).text))}`);
  if (random.chance(0.05)) {
    const [, month, day] = date.toISOString().slice(0, 10).split('-');
    front.push(`aliases: ${yamlList([`/${year}/${month}/${day}/${slug}.html`])}`);
  }

  // Sections stop at the first sentence or list past their share: a few words over at most.
  const standard = { target: random.int(490, 850), sections: random.int(2, 3) };
  const { target, sections } = bodySize(standard, shape, size);
  const body: Body = { blocks: [], wordCount: 0 };
  section(random, body, Math.round(target * (sections === 0 ? 1 : 0.2)), linkTargets);
  for (let i = 0; i < sections; i++) {
    body.blocks.push(`## ${phrase(random, 2, 7)}`);
    section(random, body, Math.round((target * 0.8) / sections), linkTargets);
    if (i === 0 && random.chance(0.1)) codeBlock(random, body);
  }

  const blocks = shape.prose === 'heavy' ? heavyMarkdown(prose, body.blocks) : body.blocks;
  return {
    slug,
    path: shape.layout === 'years' ? `articles/${year}/${slug}.md` : `articles/${slug}.md`,
    date,
    source: `---\n${front.join('\n')}\n---\n\n${blocks.join('\n\n')}\n`,
    wordCount: body.wordCount,
  };
}
