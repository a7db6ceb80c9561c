/**
 * Piscina task module of the comment workers (`comment-pages-tasks.ts` does the work). Node loads
 * this file with its own type stripping (it is never bundled); the task module imports the
 * site's TypeScript with extensionless paths, which only tsx resolves.
 */
import { register } from 'tsx/esm/api';
import type { CommentPagesTask } from './comment-pages-tasks';

register();
const tasks = (await import(
  new URL('./comment-pages-tasks.ts', import.meta.url).href
)) as typeof import('./comment-pages-tasks');

export default (task: CommentPagesTask): Promise<number> => tasks.writeCommentPages(task);
