/**
 * Root of the content folder: `content/` in the project, another folder for fixture and
 * benchmark builds (set by `scripts/build.ts` through `ROTATIVA_CONTENT_DIR`).
 */
export const CONTENT_DIR = process.env['ROTATIVA_CONTENT_DIR'] ?? './content';
