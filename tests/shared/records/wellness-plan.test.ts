import { describe, expect, it } from 'vitest';
import { english } from '../../support/english';
import { compareVersions } from '@shared/records/plan-outline';
import { assertEditable, SignedRecordLockedError, signedVersionShape, type Signature } from '@shared/records/signed-versions';
import {
  nextWellnessPlanVersion,
  supportersToOffer,
  withSupporter,
  WELLNESS_SECTIONS,
  WellnessPlanFields,
  wellnessPlanMissing,
  wellnessPlanOutline,
  type WellnessPlanInput,
} from '@shared/records/wellness-plan';

const signature: Signature = { method: 'typed', signedAt: '2026-03-04T10:00:00-05:00', signerName: 'Dana Reyes' };
const plan = (over: Partial<WellnessPlanInput> = {}) => WellnessPlanFields.parse({ seriesId: 'wellness-1', ...over });
const ready = (over: Partial<WellnessPlanInput> = {}) =>
  plan({
    toolbox: 'Music, my dog, calling my sister',
    likeWhenWell: 'Funny, up early, cooking',
    crisisSupporters: 'My sister Ana, 555-0101',
    ...over,
  });

describe('the wellness and crisis plan', () => {
  it('has its sections in order, under plain names', () => {
    expect(WELLNESS_SECTIONS.map((section) => [section.id, section.title])).toEqual([
      ['wellness-toolbox', 'My wellness toolbox'],
      ['daily-maintenance', 'Staying well every day'],
      ['triggers', "Triggers, and what I'll do"],
      ['early-warning-signs', "Early warning signs, and what I'll do"],
      ['breaking-down', "When things are breaking down, and what I'll do"],
      ['crisis-plan', 'Crisis plan'],
      ['after-crisis', 'After a crisis'],
    ]);
  });

  it('has a crisis plan covering everything supporters need to know', () => {
    const crisis = WELLNESS_SECTIONS.find((section) => section.id === 'crisis-plan')!;
    expect(crisis.parts.map((part) => part.title)).toEqual([
      "What I'm like when I'm well",
      'Signs that others should step in and help',
      'People who can help, and how to reach them',
      "People I don't want involved",
      'Medications',
      'Treatments',
      "Places I'd like to go for care",
      "Places I don't want to go for care",
      'What helps',
      "What doesn't help",
      'When this plan is no longer needed',
    ]);
  });

  it('shows every part somewhere, and asks "what I\'m like when I\'m well" only once', () => {
    const shown = new Set(WELLNESS_SECTIONS.flatMap((section) => section.parts.map((part) => part.field)));
    const words = Object.keys(WellnessPlanFields.parse({ seriesId: 's' })).filter((name) => !(name in signedVersionShape));
    expect([...shown].sort()).toEqual(words.sort());
    const sectionsWithIt = WELLNESS_SECTIONS.filter((section) => section.parts.some((part) => part.field === 'likeWhenWell'));
    expect(sectionsWithIt.map((section) => section.id)).toEqual(['daily-maintenance', 'crisis-plan']);
  });

  it("keeps the person's words as they wrote them", () => {
    expect(plan({ crisisWhatHelps: "Don't touch me. Talk to me slowly." }).crisisWhatHelps).toBe("Don't touch me. Talk to me slowly.");
  });
});

describe('what the wellness plan needs before signing', () => {
  it('asks for something written, and who can help in a crisis', () => {
    expect(english(wellnessPlanMissing(plan()))).toEqual([
      "Write at least one part of the plan, in the person's own words.",
      "In the crisis plan, write down who can help, or a note that there isn't anyone yet.",
    ]);
    expect(english(wellnessPlanMissing(plan({ afterCrisis: 'A quiet day at home' })))).toEqual([
      "In the crisis plan, write down who can help, or a note that there isn't anyone yet.",
    ]);
  });

  it('accepts a note that there is nobody yet', () => {
    expect(english(wellnessPlanMissing(plan({ crisisSupporters: 'Nobody right now. We will work on it.' })))).toEqual([]);
    expect(english(wellnessPlanMissing(ready()))).toEqual([]);
  });

  it("can't be signed while something is missing", () => {
    expect(WellnessPlanFields.safeParse({ seriesId: 'w', toolbox: 'Music', signature }).success).toBe(false);
    expect(WellnessPlanFields.safeParse({ seriesId: 'w', toolbox: 'Music', crisisSupporters: 'Ana', signature }).success).toBe(true);
  });
});

describe('versions of the wellness plan', () => {
  it('a signed plan is fixed; the next version keeps the words, unsigned, one up', () => {
    const signed = ready({ signature });
    expect(() => assertEditable(signed, { toolbox: 'Something else' })).toThrow(SignedRecordLockedError);
    const next = nextWellnessPlanVersion({ id: 'w-1', fields: signed });
    expect(next).toEqual({ ...signed, version: 2, supersedes: 'w-1', signature: null });
    expect(WellnessPlanFields.parse(next)).toEqual(next);
  });

  it('compare section by section with the same comparison as the recovery plan', () => {
    const older = ready();
    const newer = ready({ crisisNotInvolved: 'My uncle', toolbox: older.toolbox });
    const parts = compareVersions(wellnessPlanOutline(older), wellnessPlanOutline(newer));
    expect(parts.map((part) => [part.key, part.change])).toEqual([
      ['wellness-toolbox', 'unchanged'],
      ['daily-maintenance', 'unchanged'],
      ['triggers', 'unchanged'],
      ['early-warning-signs', 'unchanged'],
      ['breaking-down', 'unchanged'],
      ['crisis-plan', 'changed'],
      ['after-crisis', 'unchanged'],
    ]);
    const crisis = parts.find((part) => part.key === 'crisis-plan')!;
    expect(crisis.children.filter((part) => part.change !== 'unchanged')).toEqual([
      expect.objectContaining({
        key: 'crisisNotInvolved',
        title: "People I don't want involved",
        old: '',
        new: 'My uncle',
        change: 'changed',
      }),
    ]);
  });
});

describe("the crisis plan's people who can help, from the person's profile", () => {
  const ana = { name: 'Ana', relationship: 'sister', phone: '555-0101' };
  const anabel = { name: 'Anabel', relationship: '', phone: '' };
  const marcus = { name: 'Marcus Lee', relationship: 'sponsor', phone: '' };

  it('adds a supporter on a line of their own, as the profile has them', () => {
    expect(withSupporter('', ana)).toBe('Ana, sister, 555-0101');
    expect(withSupporter('My neighbour Rosa\n', marcus)).toBe('My neighbour Rosa\nMarcus Lee, sponsor');
  });

  it('offers only the supporters no line names yet, however the line was written', () => {
    const everyone = [ana, anabel, marcus];
    expect(supportersToOffer(everyone, '')).toEqual(everyone);
    expect(supportersToOffer(everyone, withSupporter('', ana))).toEqual([anabel, marcus]);
    // Typed by hand, in another case, with words after the name: still named.
    expect(supportersToOffer(everyone, 'Rosa\n  marcus lee (call after 6)')).toEqual([ana, anabel]);
    expect(supportersToOffer(everyone, 'Anabel, cousin')).toEqual([ana, marcus]);
    // A name inside a line is not the line naming them.
    expect(supportersToOffer([ana], 'Call Ana first')).toEqual([ana]);
  });
});
