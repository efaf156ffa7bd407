import { describe, expect, it } from 'vitest';
import { fieldProblem } from '../../../renderer/src/ui/field-problem';
import { i18n } from '../../../renderer/src/i18n/i18n';

const VALID = {
  valid: true,
  valueMissing: false,
  typeMismatch: false,
  badInput: false,
  rangeUnderflow: false,
  rangeOverflow: false,
  stepMismatch: false,
  tooLong: false,
};
const failing = (flag: keyof typeof VALID) => ({ ...VALID, valid: false, [flag]: true });

describe('a field that fails its checks says why in the app’s words', () => {
  it('is silent while the field is fine', () => {
    expect(fieldProblem(VALID, { type: 'text' })).toBeNull();
  });

  it('names what is missing: words to fill in, a choice to make, a whole date', () => {
    expect(fieldProblem(failing('valueMissing'), { type: 'text' })).toEqual({ key: 'required' });
    expect(fieldProblem(failing('valueMissing'), { type: 'select-one' })).toEqual({ key: 'choose' });
    expect(fieldProblem(failing('valueMissing'), { type: 'date' })).toEqual({ key: 'date' });
    expect(fieldProblem(failing('badInput'), { type: 'date' })).toEqual({ key: 'date' });
  });

  it('names the kind of value a typed field needs', () => {
    expect(fieldProblem(failing('typeMismatch'), { type: 'email' })).toEqual({ key: 'email' });
    expect(fieldProblem(failing('typeMismatch'), { type: 'url' })).toEqual({ key: 'url' });
    expect(fieldProblem(failing('badInput'), { type: 'number' })).toEqual({ key: 'number' });
  });

  it('names the limit a number or a text broke', () => {
    expect(fieldProblem(failing('rangeUnderflow'), { type: 'number', min: '0.25' })).toEqual({ key: 'tooLow', min: '0.25' });
    expect(fieldProblem(failing('rangeOverflow'), { type: 'number', max: '500' })).toEqual({ key: 'tooHigh', max: '500' });
    expect(fieldProblem(failing('stepMismatch'), { type: 'number', step: '0.25' })).toEqual({ key: 'step', step: '0.25' });
    expect(fieldProblem(failing('tooLong'), { type: 'text', maxLength: 80 })).toEqual({ key: 'tooLong', max: 80 });
  });

  it('reads in Spanish when the peer chose Spanish, with the limit in it', () => {
    const spanish = i18n.getFixedT('es');
    const english = i18n.getFixedT('en');
    expect(spanish('field.required')).toBe('Completa esto para seguir.');
    expect(english('field.required')).toBe('Fill this in to go on.');
    expect(spanish('field.tooHigh', { max: '500' })).toBe('Escribe 500 o menos.');
  });
});
