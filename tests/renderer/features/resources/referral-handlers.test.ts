import { afterEach, describe, expect, it, vi } from 'vitest';
import { referralHandlers } from '../../../../renderer/src/features/resources/worker/referral-handlers';
import { resourceHandlers } from '../../../../renderer/src/features/resources/worker/resource-handlers';
import { auditHandlers } from '../../../../renderer/src/features/audit/worker/audit-handlers';
import { createdVault } from '../../vault/vault-fixture';

afterEach(() => {
  vi.useRealTimers();
});

async function withFoodBank() {
  const { vault } = await createdVault();
  const resources = resourceHandlers(vault);
  const foodBank = await resources['resources.save']({
    id: null,
    fields: { name: 'Inter-Faith Food Shuttle', kind: 'food', phone: '919-250-0043' },
  });
  return { vault, resources, referrals: referralHandlers(vault), foodBank };
}

describe("a person's referrals", () => {
  it('are suggested from the directory and followed up: contacted with a date to check in, then connected with how it went', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 2, 10));
    const { vault, referrals, foodBank } = await withFoodBank();
    const { id } = await referrals['referrals.add']({
      personId: 'jordan',
      fields: { resourceId: foodBank.id, reason: 'Groceries until payday', madeOn: '2026-03-02' },
    });
    expect(await referrals['referrals.list']({ personId: 'jordan' })).toEqual([
      {
        id,
        fields: {
          resourceId: foodBank.id,
          reason: 'Groceries until payday',
          madeOn: '2026-03-02',
          status: 'suggested',
          followUpOn: '',
          outcome: '',
        },
        resource: { name: 'Inter-Faith Food Shuttle', kind: 'food', phone: '919-250-0043', address: '', hours: '' },
        followUpDue: false,
      },
    ]);

    await referrals['referrals.update']({ id, progress: { status: 'contacted', followUpOn: '2026-03-09', outcome: '' } });
    expect((await referrals['referrals.list']({ personId: 'jordan' }))[0]).toMatchObject({
      fields: { status: 'contacted', followUpOn: '2026-03-09' },
      followUpDue: false,
    });

    vi.setSystemTime(new Date(2026, 2, 9, 10));
    expect((await referrals['referrals.list']({ personId: 'jordan' }))[0]!.followUpDue).toBe(true);

    await referrals['referrals.update']({
      id,
      progress: { status: 'connected', followUpOn: '2026-03-09', outcome: 'Picks up a box every Friday' },
    });
    const [connected] = await referrals['referrals.list']({ personId: 'jordan' });
    expect(connected).toMatchObject({
      fields: { status: 'connected', outcome: 'Picks up a box every Friday', reason: 'Groceries until payday' },
      followUpDue: false,
    });
    expect(await referrals['referrals.list']({ personId: 'someone-else' })).toEqual([]);

    const { events } = await auditHandlers(vault)['audit.history']({ personId: 'jordan' });
    expect(events.map(({ summary }) => summary)).toEqual(
      expect.arrayContaining(['Referral suggested', 'Referral: the person made contact', 'Referral: the person got connected']),
    );
  });

  it('need a place from the directory and real dates', async () => {
    const { referrals, foodBank } = await withFoodBank();
    await expect(
      referrals['referrals.add']({ personId: 'jordan', fields: { resourceId: 'not-in-the-directory', madeOn: '2026-03-02' } }),
    ).rejects.toThrow('That resource could not be found');
    const { id } = await referrals['referrals.add']({ personId: 'jordan', fields: { resourceId: foodBank.id, madeOn: '2026-03-02' } });
    await expect(
      referrals['referrals.update']({ id, progress: { status: 'contacted', followUpOn: 'next week', outcome: '' } }),
    ).rejects.toThrow('Write the follow-up date as YYYY-MM-DD.');
    await expect(
      referrals['referrals.update']({ id: foodBank.id, progress: { status: 'contacted', followUpOn: '', outcome: '' } }),
    ).rejects.toThrow('That referral could not be found');
  });

  it('still show once their place has left the directory', async () => {
    const { referrals, resources, foodBank } = await withFoodBank();
    await referrals['referrals.add']({
      personId: 'jordan',
      fields: { resourceId: foodBank.id, madeOn: '2026-03-02', status: 'not-pursued', outcome: 'Found a closer pantry herself' },
    });
    await resources['resources.remove']({ id: foodBank.id });
    expect(await referrals['referrals.list']({ personId: 'jordan' })).toEqual([
      expect.objectContaining({ resource: null, fields: expect.objectContaining({ outcome: 'Found a closer pantry herself' }) }),
    ]);
  });
});
