/**
 * The one way a snapshot is written to disk: fixed key order, 2-space indent, trailing newline,
 * so importing twice gives the same bytes and a re-import diffs line by line in git.
 */
import type { Comment, CommentSnapshot } from '../../schemas/comments';

/** A comment with its keys in schema order and no undefined values. */
function orderedComment(comment: Comment): Comment {
  return {
    id: comment.id,
    parent: comment.parent,
    ...(comment.author === undefined ? {} : { author: comment.author }),
    ...(comment.date === undefined ? {} : { date: comment.date }),
    body: comment.body,
    ...(comment.status === undefined ? {} : { status: comment.status }),
  };
}

/** `snapshot` as the JSON text of `content/comments/<slug>.json`. */
export function serializeCommentSnapshot(snapshot: CommentSnapshot): string {
  const ordered: CommentSnapshot = {
    version: snapshot.version,
    article: snapshot.article,
    source: snapshot.source,
    ...(snapshot.exportedAt === undefined ? {} : { exportedAt: snapshot.exportedAt }),
    comments: snapshot.comments.map(orderedComment),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
