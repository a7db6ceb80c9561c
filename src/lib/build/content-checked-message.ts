/**
 * What the content loaders tell `scripts/build.ts` (over the IPC channel it opens) once the
 * content is checked: the script prints the problems, or lets Astro's output through. A module
 * of its own, so the script reads the message without loading the content pass.
 */
import type { ContentReport } from '../content/check-content';
import type { ContentProblem } from '../errors';

/** See the module comment. */
export interface ContentCheckedMessage {
  type: 'rotativa:content-checked';
  problems: ContentProblem[];
  /** Names nobody declared in `src/newsroom.config.ts`: shown, never blocking. */
  warnings: ContentProblem[];
  /** Articles waiting for their date, soonest first. */
  scheduled: ContentReport['scheduled'];
  articleCount: number;
  commentFileCount: number;
  /** Milliseconds the pass took. */
  duration: number;
}

/** Whether `message` is a {@link ContentCheckedMessage}. */
export const isContentCheckedMessage = (message: unknown): message is ContentCheckedMessage =>
  (message as ContentCheckedMessage | undefined)?.type === 'rotativa:content-checked';
