/**
 * CSV injection: a cell starting with = + - @, a tab or a carriage return is run as a formula by
 * spreadsheets, so it is written with a leading apostrophe, and read back without it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const spreadsheetSafeCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

export const spreadsheetCellValue = (value: string): string =>
  value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
