import { describe, expect, it } from 'vitest';
import { languageOfThisComputer, perLanguage, type Language } from '@shared/languages';

describe("the first run's language", () => {
  it("is the computer's own language when the app speaks it, else English", () => {
    expect(languageOfThisComputer(['es-MX', 'en-US'])).toBe('es');
    expect(languageOfThisComputer(['fr-FR', 'es-ES'])).toBe('es');
    expect(languageOfThisComputer(['EN-gb'])).toBe('en');
    expect(languageOfThisComputer(['fr-FR'])).toBe('en');
    expect(languageOfThisComputer([])).toBe('en');
  });
});

describe('what is made per language', () => {
  it('is made once for each language, the first time it is asked for, and each language keeps its own', () => {
    const made: Language[] = [];
    const greeting = perLanguage((language) => {
      made.push(language);
      return { words: language === 'es' ? 'Hola' : 'Hello' };
    });
    expect(made).toEqual([]);
    const english = greeting('en');
    expect(greeting('en')).toBe(english);
    expect(greeting('es').words).toBe('Hola');
    expect(greeting('es')).toBe(greeting('es'));
    expect(english.words).toBe('Hello');
    expect(made).toEqual(['en', 'es']);
  });
});
