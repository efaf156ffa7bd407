import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/locales/en';
import { es } from '../../../renderer/src/i18n/locales/es';

type Tree = { readonly [key: string]: string | Tree };

/** Every string with its dotted key, as i18next looks it up. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/{{\s*-?\s*([\w.]+)[^}]*}}/g)].map((match) => match[1]).sort();
const tags = (text: string) => [...text.matchAll(/<\/?(\w+)\s*\/?>/g)].map((match) => match[0]).sort();

const languages = { en: flatten(en), es: flatten(es) };

describe('translations', () => {
  it('every key exists in English and Spanish', () => {
    expect([...languages.es.keys()].sort()).toEqual([...languages.en.keys()].sort());
    expect(languages.en.size).toBeGreaterThan(300);
  });

  it.each(Object.entries(languages))('every %s string has words in it', (_language, strings) => {
    for (const [key, text] of strings) expect(text.trim(), key).not.toBe('');
  });

  it('each Spanish string fills in the same {{variables}} and keeps the same <strong> marks as the English', () => {
    for (const [key, english] of languages.en) {
      const spanish = languages.es.get(key) ?? '';
      expect(variables(spanish), key).toEqual(variables(english));
      expect(tags(spanish), key).toEqual(tags(english));
    }
  });

  it('every plural has its "one" and "other" forms', () => {
    for (const key of languages.en.keys()) {
      const plural = /^(.*)_(one|other)$/.exec(key);
      if (plural) for (const form of ['one', 'other']) expect(languages.en.has(`${plural[1]}_${form}`), `${plural[1]}_${form}`).toBe(true);
    }
  });
});
