/**
 * Piscina task module of the share images (`share-image-tasks.ts` does the work). Node loads this
 * file with its own type stripping; the task module imports the site's TypeScript with
 * extensionless paths, which only tsx resolves.
 */
import { register } from 'tsx/esm/api';
import type { PlanTask, RenderTask } from './share-image-tasks';

register();
const tasks = (await import(
  new URL('./share-image-tasks.ts', import.meta.url).href
)) as typeof import('./share-image-tasks');

export const plan = (task: PlanTask) => tasks.plan(task);
export const render = (task: RenderTask) => tasks.render(task);
