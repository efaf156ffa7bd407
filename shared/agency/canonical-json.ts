/**
 * One byte-exact JSON form of a value, so a signature made over a document on the agency's
 * machine verifies over the same document read back from a file, the registry or a plist:
 * object keys sorted by code unit, no whitespace, arrays in order.
 */
export class NotCanonicalJsonError extends Error {
  constructor(what: string) {
    super(
      `This document cannot be signed or checked: ${what}. Policy documents hold only text, whole numbers, true/false, lists and objects.`,
    );
    this.name = 'NotCanonicalJsonError';
  }
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new NotCanonicalJsonError(`it holds the number ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  throw new NotCanonicalJsonError(`it holds a ${typeof value}`);
}
