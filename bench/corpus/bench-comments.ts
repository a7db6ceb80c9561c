/**
 * The reader comments of one synthetic article: as many as the shape's comment load draws (0-40
 * or 0-200), about 30% of them replies, dated after the article, in the snapshot format of
 * `src/schemas/comments.ts`.
 */
import type { Comment, CommentSnapshot } from '../../src/schemas/comments';
import { formatIsoWithOffset } from '../../src/lib/dates/rome-time';
import { COMMENTERS, SOURCE_HOSTS } from './corpus-names';
import { createRandom, seedFor, type Random } from './random';
import { sentence, words } from './italian-text';
import { heavyProse } from './heavy-prose';
import { CORPUS_SHAPES, type CommentLoad, type CorpusShape } from './shapes';

const MINUTE_MS = 60 * 1000;

/** Options of {@link benchComments}. */
export interface BenchCommentsOptions {
  seed: number;
  /** Position of the article in the corpus. */
  index: number;
  slug: string;
  /** Publication instant of the article; comments come after it. */
  published: Date;
  timeZone: string;
  shape?: CorpusShape;
}

/**
 * How many comments an article draws. Skewed loads take a power of one uniform draw: most
 * articles get a few, a tail gets many, and the mean is `max / (exponent + 1)`.
 */
function commentCount(random: Random, load: CommentLoad): number {
  switch (load) {
    case 'archive':
      return random.int(0, 40);
    case 'newsroom':
      return Math.floor(41 * random.next() ** 1.7);
    case 'heavy':
      return Math.floor(201 * random.next() ** 3);
  }
}

/** A comment body in the small Markdown subset comments allow: emphasis, quotes, links. */
function commentBody(random: Random): string {
  const text = Array.from({ length: random.int(1, 4) }, () => sentence(random).text).join(' ');
  // About one comment in five uses Markdown or a link; the rest is plain prose.
  const roll = random.next();
  if (roll < 0.05) return `> ${sentence(random).text}\n\n${text}`;
  if (roll < 0.11) return `${text} Fonte: https://${random.pick(SOURCE_HOSTS)}/${words(random, 1)}`;
  if (roll < 0.17) return text.replace(/ (\p{L}{4,}) /u, ' *$1* ');
  if (roll < 0.2) return text.replace(/ (\p{L}{4,}) /u, ' **$1** ');
  return text;
}

function status(random: Random): Pick<Comment, 'status'> {
  const roll = random.next();
  if (roll < 0.04) return { status: 'deleted' };
  if (roll < 0.06) return { status: 'spam' };
  // A missing status means published: imported snapshots carry both forms.
  return roll < 0.5 ? { status: 'published' } : {};
}

/** The snapshot of the article at `index`, or undefined when it drew no comments. */
export function benchComments({
  seed,
  index,
  slug,
  published,
  timeZone,
  shape = CORPUS_SHAPES.archive,
}: BenchCommentsOptions): CommentSnapshot | undefined {
  const random = createRandom(seedFor(seed, 'comments', index));
  // Its own stream, so plain-prose shapes draw exactly the comments they always drew.
  const prose = createRandom(seedFor(seed, 'comment-prose', index));
  const count = commentCount(random, shape.comments);
  if (count === 0) return undefined;
  let at = published.getTime();
  const comments: Comment[] = [];
  for (let i = 0; i < count; i++) {
    at += random.int(2, 36 * 60) * MINUTE_MS;
    const parent = i > 0 && random.chance(0.3) ? random.pick(comments).id : null;
    comments.push({
      id: `c${i + 1}`,
      parent,
      ...(random.chance(0.95) ? { author: random.pick(COMMENTERS) } : {}),
      ...(random.chance(0.97) ? { date: formatIsoWithOffset(new Date(at), timeZone) } : {}),
      body: shape.prose === 'heavy' ? heavyProse(prose, commentBody(random)) : commentBody(random),
      ...status(random),
    });
  }
  return { version: 1, article: slug, source: 'legacy', comments };
}
