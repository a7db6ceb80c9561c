/**
 * How many comments an article shows, without building its thread (listings need the number
 * for every article).
 */
import type { Comment } from '../../schemas/comments';

/** Whether a comment is published: a missing status means published. */
export const isPublishedComment = (comment: Comment): boolean =>
  comment.status === undefined || comment.status === 'published';

/**
 * Visible published comments: every published comment is shown (replies to spam included, see
 * `buildCommentThread`), so this equals the published ones; deleted placeholders and spam do
 * not count.
 */
export function countVisibleComments(comments: readonly Comment[]): number {
  return comments.filter(isPublishedComment).length;
}
