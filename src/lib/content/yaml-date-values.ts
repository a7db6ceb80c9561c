/**
 * YAML 1.1 reads an unquoted `2018-07-04` as a date. The checker parses front-matter with the
 * core schema, which keeps it as text, but a reader with the default schema (Astro's, most YAML
 * tools) turns a title or a tag written that way into a date: the field then means one thing to
 * one tool and another to the next. Such values must be quoted.
 */
import yaml from 'js-yaml';

/** Where a value that YAML's default schema reads as a date sits in the front-matter. */
export interface YamlDateValue {
  path: (string | number)[];
  value: string;
}

/**
 * Values of `matter` (the front-matter's YAML text) that the default schema reads as dates and
 * the core schema as text, outside the top-level keys in `dateKeys`, where a date belongs.
 */
export function yamlDateValues(matter: string, dateKeys: ReadonlySet<string>): YamlDateValue[] {
  let loose: unknown;
  let core: unknown;
  try {
    loose = yaml.load(matter);
    core = yaml.load(matter, { schema: yaml.CORE_SCHEMA });
  } catch {
    return [];
  }
  const found: YamlDateValue[] = [];
  // Iterative: front-matter nesting is the author's, and a walk must not depend on its depth.
  const stack: { path: (string | number)[]; loose: unknown; core: unknown }[] = [
    { path: [], loose, core },
  ];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { path } = item;
    if (item.loose instanceof Date && typeof item.core === 'string') {
      if (!(path.length === 1 && dateKeys.has(String(path[0]))))
        found.push({ path, value: item.core });
      continue;
    }
    if (Array.isArray(item.loose) && Array.isArray(item.core)) {
      const coreList = item.core as unknown[];
      item.loose.forEach((value: unknown, index) =>
        stack.push({ path: [...path, index], loose: value, core: coreList[index] }),
      );
    } else if (isRecord(item.loose) && isRecord(item.core)) {
      const coreRecord = item.core;
      for (const [key, value] of Object.entries(item.loose))
        stack.push({ path: [...path, key], loose: value, core: coreRecord[key] });
    }
  }
  return found.reverse();
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
