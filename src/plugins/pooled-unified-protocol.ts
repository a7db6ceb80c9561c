import type { AstroMarkdownOptions, MarkdownRenderResult } from '@astrojs/markdown-remark';

/** What a pool worker is started with: where to import the options from, and Astro's shared config. */
export interface PoolWorkerData {
  /** `file:` URL of the module exporting the options given to `unified()`. */
  optionsModule: string;
  exportName: string;
  shared: AstroMarkdownOptions;
}

/** One `render()` call sent to a worker; the file URL travels as its `href`. */
export interface RenderRequest {
  content: string;
  frontmatter: Record<string, unknown> | undefined;
  fileURL: string | undefined;
}

/** An error thrown in a worker, as the main thread rebuilds it: its cloneable own fields travel too. */
export interface WorkerError {
  name: string;
  message: string;
  stack?: string | undefined;
  fields: Record<string, unknown>;
}

/** A worker's answer to one request: the render result, or the error it threw. */
export type RenderReply =
  { result: MarkdownRenderResult; error?: never } | { result?: never; error: WorkerError };

/** Sent once when the worker's renderer is built and it accepts requests. */
export interface ReadyMessage {
  ready: true;
}
