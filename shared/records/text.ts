/**
 * Free-text fields: trimmed and bounded, and compared the way a person reads them (so
 * "Wake County  Housing" and "wake county housing" are the same name).
 */
import { z } from 'zod';
import { issue } from '../messages';

export const text = (max: number) => z.string().trim().max(max, issue('text.tooLong'));

/** Case-, accent-form- and whitespace-insensitive form of a name or phrase, for comparing. */
export const normalizeText = (value: string): string => value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export const sameText = (a: string, b: string): boolean => normalizeText(a) === normalizeText(b);

/** Wraps a phrase in curly quotes for a message. */
export const quoted = (value: string): string => `“${value.trim()}”`;

/** Orders plain strings by code unit, not locale: right for ISO dates, date-times in UTC and ids. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
