import { describe, expect, it } from 'vitest';
import { DEFAULT_PAYER_PROFILE } from '@shared/billing/payer-profile';
import { auditHandlers } from '../../../../renderer/src/features/audit/worker/audit-handlers';
import { billingHandlers } from '../../../../renderer/src/features/billing/worker/billing-handlers';
import { noteHandlers } from '../../../../renderer/src/features/notes/worker/note-handlers';
import { peerHandlers } from '../../../../renderer/src/features/peer/worker/peer-handlers';
import { peopleHandlers } from '../../../../renderer/src/features/people/worker/people-handlers';
import { createdVault } from '../../vault/vault-fixture';
import { MEETING as note } from '../../../shared/records/service-note-fixtures';

describe('billing in the vault', () => {
  it('checks the whole notebook, names whose note is refused, and writes the export into each billed person’s history', async () => {
    const { vault } = await createdVault();
    const people = peopleHandlers(vault);
    const notes = noteHandlers(vault);
    const billing = billingHandlers(vault);
    await peerHandlers(vault)['peer.save']({ name: 'Dana Peer', credential: 'CPSS' });
    const jordan = await people['people.save']({
      id: null,
      fields: { preferredName: 'Jordan', recordNumber: '900123456Q', dateOfBirth: '1990-05-01' },
    });
    const sam = await people['people.save']({ id: null, fields: { preferredName: 'Sam', dateOfBirth: '1985-01-20' } });
    await notes['notes.sign']({ personId: jordan.id, id: null, fields: note });
    await notes['notes.sign']({ personId: sam.id, id: null, fields: { ...note, startTime: '13:00', endTime: '13:30' } });
    await notes['notes.saveDraft']({ personId: jordan.id, id: null, fields: { ...note, date: '2026-03-05' } });

    const report = await billing['billing.check']({ from: '2026-03-01', to: '2026-03-31', profile: DEFAULT_PAYER_PROFILE });
    expect(report.lines.map((line) => [line.medicaidId, line.units])).toEqual([['900123456Q', 3]]);
    expect(report.refused.map((refused) => [refused.personName, refused.reasons.map((reason) => reason.key)])).toEqual([
      ['Sam', ['billing.medicaidIdMissing']],
      ['Jordan', ['billing.unsigned']],
    ]);

    const samsOnly = await billing['billing.check']({
      from: '2026-03-01',
      to: '2026-03-31',
      personId: sam.id,
      profile: DEFAULT_PAYER_PROFILE,
    });
    expect(samsOnly.lines).toEqual([]);
    expect(samsOnly.refused.map((refused) => refused.personName)).toEqual(['Sam']);

    await billing['billing.exported']({ from: '2026-03-01', to: '2026-03-31', payerName: 'NC Medicaid', linePersonIds: [jordan.id] });
    const history = await auditHandlers(vault)['audit.history']({ personId: jordan.id });
    expect(history.events.map((event) => event.summary)).toContain(
      '1 service note from March 1, 2026 to March 31, 2026 exported for billing to NC Medicaid',
    );
    const samHistory = await auditHandlers(vault)['audit.history']({ personId: sam.id });
    expect(samHistory.events.map((event) => event.summary).join(' ')).not.toContain('billing');
  });
});
