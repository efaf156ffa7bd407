import { describe, expect, it } from 'vitest';
import { addDays, addMonths, datePart, daysBetween, dueState } from '@shared/records/dates';
import { partInEnglish } from '@shared/messages';

describe('calendar dates', () => {
  it('add days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('add months, keeping the day where it exists', () => {
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 12)).toBe('2027-11-30');
  });

  it('count days between dates, across daylight-saving changes', () => {
    expect(daysBetween('2026-03-01', '2026-03-15')).toBe(14);
    expect(daysBetween('2026-03-15', '2026-03-01')).toBe(-14);
    expect(daysBetween('2026-11-01', '2026-11-02')).toBe(1);
  });

  it('read plainly in messages', () => {
    expect(partInEnglish({ date: '2026-03-04' })).toBe('March 4, 2026');
    expect(datePart('2026-03-04T22:30:00-05:00')).toBe('2026-03-04');
  });

  it('refuse a non-date rather than guess', () => {
    expect(() => addDays('03/04/2026', 1)).toThrow(TypeError);
  });

  it('are due soon within 14 days, overdue the day after', () => {
    expect(dueState('2026-06-30', '2026-06-01')).toBeNull();
    expect(dueState('2026-06-15', '2026-06-01')).toBe('due-soon');
    expect(dueState('2026-06-01', '2026-06-01')).toBe('due-soon');
    expect(dueState('2026-06-01', '2026-06-02')).toBe('overdue');
  });
});
