import { describe, expect, it } from 'vitest';
import { entryHandlers } from '../../../../renderer/src/features/entries/worker/entry-handlers';
import { createdVault } from '../../vault/vault-fixture';

describe('entries (progress, BARC-10)', () => {
  it('are added under the person and listed back, each its own record', async () => {
    const { vault } = await createdVault();
    const entries = entryHandlers(vault);
    const progress = {
      planSeriesId: 'plan',
      goalId: 'g1',
      on: '2026-03-02',
      status: 'paused',
      inTheirWords: 'Too much this month',
      recordedAt: '2026-03-02T15:00:00.000Z',
    };
    await entries['entries.add']({ personId: 'p1', kind: 'goal-progress', fields: progress });
    await entries['entries.add']({ personId: 'p1', kind: 'barc10', fields: { takenOn: '2026-03-02', answers: { 1: 5, 2: null } } });
    expect(await entries['entries.list']({ personId: 'p1', kind: 'goal-progress' })).toEqual([
      expect.objectContaining({ fields: { ...progress, stepId: null } }),
    ]);
    expect(await entries['entries.list']({ personId: 'p2', kind: 'goal-progress' })).toEqual([]);
    const [barc] = await entries['entries.list']({ personId: 'p1', kind: 'barc10' });
    expect(barc!.fields).toMatchObject({ answers: { 1: 5, 2: null } });
  });

  it('explain what is missing, and know only their own kinds', async () => {
    const { vault } = await createdVault();
    const entries = entryHandlers(vault);
    await expect(
      entries['entries.add']({ personId: 'p1', kind: 'barc10', fields: { takenOn: '2026-03-02', answers: {} } }),
    ).rejects.toThrow('Answer at least one statement, or leave this for another day.');
    await expect(entries['entries.list']({ personId: 'p1', kind: 'person' as never })).rejects.toThrow('Unknown kind of entry: person');
  });
});
