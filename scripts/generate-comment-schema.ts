/**
 * `tsx scripts/generate-comment-schema.ts`: writes `schemas/comment-snapshot.schema.json`, the
 * JSON Schema editors use to check and complete `content/comments/*.json`, from the zod schema
 * the build uses. A unit test fails when the committed file is stale: run this script then.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { commentSnapshotSchema } from '../src/schemas/comments';

/** Path of the published schema, from the project root. */
export const COMMENT_SCHEMA_PATH = 'schemas/comment-snapshot.schema.json';

/** The JSON Schema text, exactly as committed. */
export function generateCommentSchemaJson(): string {
  return `${JSON.stringify(z.toJSONSchema(commentSnapshotSchema), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL(`../${COMMENT_SCHEMA_PATH}`, import.meta.url), generateCommentSchemaJson());
  console.log(`scritto: ${COMMENT_SCHEMA_PATH}`);
}
