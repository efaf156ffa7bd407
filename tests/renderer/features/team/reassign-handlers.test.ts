/** The supervisor's own history line for a caseload they reassigned from their app. */
import { describe, expect, it } from 'vitest';
import { callsOf, createdVault } from '../../vault/vault-fixture';

describe('team.reassigned', () => {
  it("writes a line in the supervisor's own history naming both members and how many people went", async () => {
    const { vault } = await createdVault();
    const call = callsOf(vault);
    await call('team.status');
    await call('team.reassigned', { from: '1'.repeat(32), to: '2'.repeat(32), people: 2 });
    await call('team.reassigned', { from: '3'.repeat(32), to: '2'.repeat(32), people: 1 });
    const own = (await call('audit.history', { personId: '' })).events.map((event) => event.summary);
    expect(own).toEqual(
      expect.arrayContaining([
        `You reassigned the caseload of member ${'1'.repeat(32)}, who left the team, to member ${'2'.repeat(32)}: 2 people`,
        `You reassigned the caseload of member ${'3'.repeat(32)}, who left the team, to member ${'2'.repeat(32)}: 1 person`,
      ]),
    );
  });
});
