import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../../src/lib/articles/slug';

// Case tables keep one row per line (prettier-ignore), to scan and extend them as tables.

// prettier-ignore
const SLUGS: [string, string][] = [
  ["Perché l'IA è ovunque", 'perche-l-ia-e-ovunque'],
  ['Xiaomi: 5G à la carte!', 'xiaomi-5g-a-la-carte'],
  ['Lei Jun', 'lei-jun'],
  ['L’iPhone di Apple', 'l-iphone-di-apple'],
  ['2018: l’anno del 5G', '2018-l-anno-del-5g'],
  ['Œuvre d’art', 'oeuvre-d-art'],
  ['Æsir', 'aesir'],
  ['Straße', 'strasse'],
  ['STRAẞE', 'strasse'],
  ['Søren', 'soren'],
  ['Łódź', 'lodz'],
  ['Đoković', 'dokovic'],
  ['Þór', 'thor'],
  ['İstanbul', 'istanbul'],
  ['Diyarbakır', 'diyarbakir'],
  ['ﬁbra ottica', 'fibra-ottica'],
  ['Ça va, Ñandú, Über', 'ca-va-nandu-uber'],
  ['5G', '5g'],
  ['iPhone 15 Pro Max', 'iphone-15-pro-max'],
  ['Wi\u2011Fi 7', 'wi-fi-7'],
  ['C++ e C#', 'c-e-c'],
  ['Ricerca & Sviluppo', 'ricerca-sviluppo'],
  ['già_fatto', 'gia-fatto'],
  ['  --Già   fatto--  ', 'gia-fatto'],
  ['xiaomi-usa', 'xiaomi-usa'],
  ['Xiaomi 小米', 'xiaomi'],
  ['😀 emoji', 'emoji'],
  ['Москва', ''],
  ['!!!', ''],
  ["'", ''],
  ['   ', ''],
  ['', ''],
];

describe('slugify', () => {
  it.each(SLUGS)('turns %j into %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it.each(SLUGS)('makes %j a valid slug, or empty, and is idempotent', (text) => {
    const slug = slugify(text);
    expect(slug === '' || isSlug(slug)).toBe(true);
    expect(slugify(slug)).toBe(slug);
  });
});

describe('isSlug', () => {
  it.each(['xiaomi-usa', 'a', '5g', 'iphone-15-pro-max'])('accepts %j', (value) => {
    expect(isSlug(value)).toBe(true);
  });

  it.each([
    '',
    'Xiaomi',
    'xiaomi--usa',
    '-xiaomi',
    'xiaomi-',
    'xiaomi_usa',
    'xiaomi usa',
    'xiaomi/usa',
    'perché',
  ])('rejects %j', (value) => {
    expect(isSlug(value)).toBe(false);
  });
});
