import { describe, expect, it } from 'vitest';
import { languageOfThisComputer } from '@shared/languages';

describe("the first run's language", () => {
  it("is the computer's own language when the app speaks it, else English", () => {
    expect(languageOfThisComputer(['es-MX', 'en-US'])).toBe('es');
    expect(languageOfThisComputer(['fr-FR', 'es-ES'])).toBe('es');
    expect(languageOfThisComputer(['EN-gb'])).toBe('en');
    expect(languageOfThisComputer(['fr-FR'])).toBe('en');
    expect(languageOfThisComputer([])).toBe('en');
  });
});
