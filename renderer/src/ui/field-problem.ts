/**
 * What is wrong with a field, read from the browser's own check of it (its ValidityState), as one
 * of the app's own sentences (`field.*` in the locale files): the browser's bubbles speak the
 * browser's language, never the peer's, so forms turn them off and show these beside the field.
 */
export type FieldProblem =
  | { key: 'required' | 'choose' | 'url' | 'email' | 'number' | 'date' | 'invalid' }
  | { key: 'tooLow'; min: string }
  | { key: 'tooHigh'; max: string }
  | { key: 'step'; step: string }
  | { key: 'tooLong'; max: number };

type Validity = Pick<
  ValidityState,
  'valid' | 'valueMissing' | 'typeMismatch' | 'badInput' | 'rangeUnderflow' | 'rangeOverflow' | 'stepMismatch' | 'tooLong'
>;

/** The constraints the field was given, to name them in the sentence. */
export interface FieldConstraints {
  /** The input's type ('text', 'email', 'number', 'date', ...), or 'select-one' / 'textarea'. */
  type: string;
  min?: string;
  max?: string;
  step?: string;
  maxLength?: number;
}

export function fieldProblem(validity: Validity, field: FieldConstraints): FieldProblem | null {
  if (validity.valid) return null;
  if (validity.badInput) return { key: field.type === 'date' ? 'date' : 'number' };
  if (validity.valueMissing) return { key: field.type.startsWith('select') ? 'choose' : field.type === 'date' ? 'date' : 'required' };
  if (validity.typeMismatch) return { key: field.type === 'email' ? 'email' : field.type === 'url' ? 'url' : 'invalid' };
  if (validity.rangeUnderflow && field.min !== undefined) return { key: 'tooLow', min: field.min };
  if (validity.rangeOverflow && field.max !== undefined) return { key: 'tooHigh', max: field.max };
  if (validity.stepMismatch && field.step !== undefined) return { key: 'step', step: field.step };
  if (validity.tooLong && field.maxLength !== undefined) return { key: 'tooLong', max: field.maxLength };
  return { key: 'invalid' };
}

/** The field's constraints as its element holds them. */
export function constraintsOf(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): FieldConstraints {
  const attribute = (name: string) => element.getAttribute(name) ?? undefined;
  return {
    type: element.type,
    min: attribute('min'),
    max: attribute('max'),
    step: attribute('step'),
    maxLength: 'maxLength' in element && element.maxLength >= 0 ? element.maxLength : undefined,
  };
}
