/**
 * `tsx scripts/generate-frontmatter-schema.ts`: writes `schemas/article-frontmatter.schema.json`,
 * the JSON Schema editors use to check and complete an article's front-matter, from the zod
 * schema the build uses. A unit test fails when the committed file is stale: run this script then.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { createArticleSchema } from '../src/schemas/article';

/** Path of the published schema, from the project root. */
export const FRONTMATTER_SCHEMA_PATH = 'schemas/article-frontmatter.schema.json';

/** Dates are parsed by our own Italian parser, which JSON Schema cannot express: described instead. */
const DATE = {
  type: 'string',
  description:
    'Data e ora di Roma: 04 Luglio 2018, 4 lug 2018 10:30, 2018-07-04, "2018-07-04 10:30". Nel futuro, l’articolo esce da solo a quell’ora.',
  examples: ['04 Luglio 2018 10:30', '2018-07-04'],
};

/** The JSON Schema text, exactly as committed. */
export function generateFrontmatterSchemaJson(): string {
  const schema = z.toJSONSchema(
    createArticleSchema(z.string().meta({ description: 'Percorso dell’immagine' })),
    { io: 'input', unrepresentable: 'any' },
  ) as { properties: Record<string, unknown> };
  schema.properties['date'] = DATE;
  schema.properties['updated'] = {
    ...DATE,
    description: 'Data dell’ultimo aggiornamento importante, nelle stesse forme di date.',
  };
  return `${JSON.stringify({ title: 'Intestazione di un articolo di Rotativa', ...schema }, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(
    new URL(`../${FRONTMATTER_SCHEMA_PATH}`, import.meta.url),
    generateFrontmatterSchemaJson(),
  );
  console.log(`scritto: ${FRONTMATTER_SCHEMA_PATH}`);
}
