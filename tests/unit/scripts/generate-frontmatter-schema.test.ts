import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FRONTMATTER_SCHEMA_PATH,
  generateFrontmatterSchemaJson,
} from '../../../scripts/generate-frontmatter-schema';

const projectFile = (path: string) =>
  readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe(FRONTMATTER_SCHEMA_PATH, () => {
  it('is up to date with the build schema (run scripts/generate-frontmatter-schema.ts)', () => {
    expect(projectFile(FRONTMATTER_SCHEMA_PATH)).toBe(generateFrontmatterSchemaJson());
  });

  it('requires title and date, describes dates in Italian and refuses unknown keys', () => {
    const schema = JSON.parse(generateFrontmatterSchemaJson()) as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { type?: string; description?: string }>;
    };
    expect(schema.required).toEqual(['title', 'date']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties['date']?.description).toContain('04 Luglio 2018');
    expect(Object.keys(schema.properties)).toContain('aliases');
  });

  it('is wired for editors with the comment schema in .vscode/settings.json', () => {
    const settings = JSON.parse(projectFile('.vscode/settings.json')) as {
      'json.schemas': { url: string }[];
      'yaml.schemas': Record<string, string[]>;
    };
    expect(settings['yaml.schemas'][`./${FRONTMATTER_SCHEMA_PATH}`]).toEqual([
      'content/articles/**/*.md',
    ]);
    expect(settings['json.schemas'].map((entry) => entry.url)).toEqual([
      './schemas/comment-snapshot.schema.json',
    ]);
  });
});
