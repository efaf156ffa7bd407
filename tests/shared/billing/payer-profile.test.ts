import { describe, expect, it } from 'vitest';
import { messageOfIssue, partInEnglish, type IssueLike } from '@shared/messages';
import {
  DEFAULT_PAYER_PROFILE,
  PayerProfile,
  PayerProfiles,
  payerProfilesOf,
  payerServiceFor,
  splitServiceCode,
} from '@shared/billing/payer-profile';

/** An issue's words: a message's English where it carries one (the unit rule's, shared with the agency's policy), else zod's text. */
const worded = (issue: IssueLike): string => {
  const message = messageOfIssue(issue);
  return message.key === 'common.needsAnotherLook' ? issue.message : partInEnglish(message);
};

describe('payer profiles', () => {
  it('defaults to NC Medicaid peer support when the agency lists none', () => {
    expect(payerProfilesOf(undefined)).toEqual([DEFAULT_PAYER_PROFILE]);
    expect(payerProfilesOf([])).toEqual([DEFAULT_PAYER_PROFILE]);
    expect(PayerProfile.parse(DEFAULT_PAYER_PROFILE)).toEqual(DEFAULT_PAYER_PROFILE);
  });

  it("uses the agency's own list when there is one", () => {
    const texas = PayerProfile.parse({
      id: 'tx-medicaid',
      name: 'Texas Medicaid',
      services: [{ code: 'H0038' }, { code: 'H0038', modifiers: ['HQ'], forGroups: true }],
      unitRule: { unitMinutes: 15, partialUnitFromMinutes: 15 },
      dailyUnitCap: 16,
    });
    expect(texas).toMatchObject({ dailyUnitCap: 16, minimumAge: null, serviceOrderRequired: false, groupMaxPeople: null });
    expect(payerProfilesOf([texas])).toEqual([texas]);
  });

  it('says what is wrong with a bad profile', () => {
    const result = PayerProfile.safeParse({
      id: 'NC Medicaid',
      name: '',
      services: [{ code: 'h38', modifiers: ['HQX'] }],
      unitRule: { unitMinutes: 15, partialUnitFromMinutes: 20 },
      minimumAge: 21,
      maximumAge: 18,
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${worded(issue)}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'id: must be a short id such as "nc-medicaid"',
        "name: must be the payer's name",
        'services.0.code: must be a HCPCS code such as "H0038"',
        'services.0.modifiers.0: must be two capital letters or digits, such as "HQ"',
        'unitRule: partialUnitFromMinutes must be at most unitMinutes (equal to it: whole units only)',
      ]),
    );
    expect(PayerProfiles.safeParse([DEFAULT_PAYER_PROFILE, DEFAULT_PAYER_PROFILE]).error?.issues[0]?.message).toBe(
      'lists a payer id more than once',
    );
  });

  it('reads a note code with its modifiers however they are joined', () => {
    expect(splitServiceCode('H0038-HQ')).toEqual({ code: 'H0038', modifiers: ['HQ'] });
    expect(splitServiceCode('h0038 hq')).toEqual({ code: 'H0038', modifiers: ['HQ'] });
    expect(payerServiceFor(DEFAULT_PAYER_PROFILE, 'H0038')?.forGroups).toBe(false);
    expect(payerServiceFor(DEFAULT_PAYER_PROFILE, 'H0038-HQ')?.forGroups).toBe(true);
    expect(payerServiceFor(DEFAULT_PAYER_PROFILE, 'H0038-U4')).toBeNull();
  });
});
