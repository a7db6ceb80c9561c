/**
 * The reader comments of one synthetic article: 0-40 comments, about 30% of them replies, dated
 * after the article, in the snapshot format of `src/schemas/comments.ts`.
 */
import type { Comment, CommentSnapshot } from '../../src/schemas/comments';
import { formatIsoWithOffset } from '../../src/lib/dates/rome-time';
import { COMMENTERS, SOURCE_HOSTS } from './corpus-names';
import { createRandom, seedFor, type Random } from './random';
import { sentence, words } from './italian-text';

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
}: BenchCommentsOptions): CommentSnapshot | undefined {
  const random = createRandom(seedFor(seed, 'comments', index));
  const count = random.int(0, 40);
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
      body: commentBody(random),
      ...status(random),
    });
  }
  return { version: 1, article: slug, source: 'legacy', comments };
}
