import { describe, expect, it } from 'vitest';
import { BARC10_ITEMS } from '@shared/records/barc10';
import { PROGRESS_STATUSES } from '@shared/records/recovery-plan';
import { WELLNESS_SECTIONS } from '@shared/records/wellness-plan';
import { plansEn } from '../../../renderer/src/i18n/locales/plans.en';
import { plansEs } from '../../../renderer/src/i18n/locales/plans.es';

describe("the words of the person's plans", () => {
  it('show the BARC-10 statements word for word as the instrument has them', () => {
    for (const item of BARC10_ITEMS) expect(plansEn.barc.items[String(item.id) as '1']).toBe(item.statement);
  });

  it('name every wellness section and part the plan has, and every progress status', () => {
    for (const section of WELLNESS_SECTIONS) {
      expect(plansEn.wellness.sections[section.id as 'triggers']).toBe(section.title);
      for (const part of section.parts) expect(plansEn.wellness.parts[part.field]).toBeTruthy();
    }
    for (const status of PROGRESS_STATUSES) expect(plansEn.status[status]).toBeTruthy();
  });

  it('give the BARC-10 threshold (47) as information to talk about, never a mark to pass', () => {
    for (const words of [plansEn, plansEs]) {
      expect(words.barc.threshold).toContain('47');
      expect(words.barc.threshold).not.toMatch(
        /fail|pass|good|bad|poor|low|should|must|remission|relapse|aprob|reprob|malo|baj[oa]|deber/i,
      );
    }
  });

  it('never call a change a failure, a relapse or a setback, in English or Spanish', () => {
    const judging =
      /fail|relapse|lapse|non-?compliant|compliance|setback|set back|gave up|give up|quit|regress|behind|slip|fracas|reca[ií]d|fall[oó]|retroces|abandon|incumpl/i;
    for (const words of [plansEn, plansEs]) {
      for (const text of [...Object.values(words.status), ...Object.values(words.progress.describe), words.progress.intro])
        expect(text).not.toMatch(judging);
    }
  });
});
