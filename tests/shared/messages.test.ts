import { describe, expect, it } from 'vitest';
import { fillTemplate, MESSAGES, say, TEMPLATE_PARAM } from '@shared/messages';
import { parseFormattedDate, formatDate } from '@shared/records/dates';
import { describeRecurrence } from '@shared/records/task';

describe('the message catalogue', () => {
  it('fills a template with its parts', () => {
    expect(say('person.nameRequired')).toBe('Add the name this person likes to be called.');
    expect(say('confidentiality.reviewDueSoon', { name: 'Dana', reviewBy: 'July 10, 2026' })).toBe(
      "It's almost time to go over the limits of confidentiality with Dana again, by July 10, 2026.",
    );
    expect(say('crisis.sharedWithConsent', { contact: 'Dr. Lee', person: 'Dana' })).toBe(
      "You shared with Dr. Lee with Dana's permission: add it to the disclosure log under Dana's release, so Dana can see who was told.",
    );
  });

  it('takes parts as they are, even ones that look like replacement patterns', () => {
    expect(fillTemplate('Hello {{name}}.', { name: '$& $1 $$ {{other}}' })).toBe('Hello $& $1 $$ {{other}}.');
    expect(fillTemplate('Hello {{name}}.')).toBe('Hello {{name}}.');
  });

  it('has well-formed templates: only {{word}} parts, no stray braces, no blank ones, each English text once', () => {
    for (const [key, template] of Object.entries(MESSAGES)) {
      expect(template.trim(), key).not.toBe('');
      expect(template.replace(TEMPLATE_PARAM, ''), key).not.toMatch(/[{}]/);
    }
    const texts = Object.values(MESSAGES);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('is what the rules say', () => {
    expect(describeRecurrence({ every: 'none' })).toBe('Once');
    expect(describeRecurrence({ every: 'week', interval: 1 })).toBe('Every week');
    expect(describeRecurrence({ every: 'month', interval: 3 })).toBe('Every 3 months');
  });

  it('reads a written-out date back', () => {
    expect(parseFormattedDate(formatDate('2026-03-04'))).toBe('2026-03-04');
    expect(parseFormattedDate('December 31, 2027')).toBe('2027-12-31');
    expect(parseFormattedDate('Dana')).toBeNull();
    expect(parseFormattedDate('Smarch 4, 2026')).toBeNull();
  });
});
