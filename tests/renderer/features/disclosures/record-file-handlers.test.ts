import { describe, expect, it } from 'vitest';
import type { Bundle } from 'fhir/r4';
import { PART2_REDISCLOSURE_NOTICE } from '@shared/records/disclosure-log';
import { disclosureHandlers } from '../../../../renderer/src/features/disclosures/worker/disclosure-handlers';
import { recordFileHandlers } from '../../../../renderer/src/features/disclosures/worker/record-file-handlers';
import { peopleHandlers } from '../../../../renderer/src/features/people/worker/people-handlers';
import { localToday } from '../../../../renderer/src/vault/clock';
import { addDays } from '@shared/records/dates';
import { completeInput } from '../../../shared/records/release-fixtures';
import { createdVault } from '../../vault/vault-fixture';

const request = { sharedWith: 'Wake County Housing', purpose: 'Housing application', informationCovered: true };

describe("a person's record as a file for someone else", () => {
  it('is refused without a release, and made under one with the notice, then logged by the sharing log', async () => {
    const { vault } = await createdVault();
    const files = recordFileHandlers(vault);
    const jordan = await peopleHandlers(vault)['people.save']({
      id: null,
      fields: { preferredName: 'Jordan', recordNumber: '900123456Q' },
    });

    expect(await files['recordFile.forRecipient']({ personId: jordan.id, request })).toEqual({
      ok: false,
      reason: { key: 'disclosure.noRelease' },
    });

    const today = localToday(vault.clock.now());
    const release = await vault.records.save({
      id: null,
      kind: 'release',
      parentId: jordan.id,
      changes: completeInput({ personName: 'Jordan', expiration: { kind: 'date', date: addDays(today, 30) } }),
    });
    const made = await files['recordFile.forRecipient']({ personId: jordan.id, request });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const bundle = JSON.parse(made.json) as Bundle;
    expect(bundle.entry!.map((entry) => entry.resource!.resourceType)).toEqual(
      expect.arrayContaining(['Patient', 'Practitioner', 'Consent', 'DocumentReference', 'Provenance']),
    );
    expect(JSON.stringify(bundle)).toContain(JSON.stringify(PART2_REDISCLOSURE_NOTICE).slice(1, -1));
    expect(made.entry).toMatchObject({ releaseId: release.id, sharedWith: 'Wake County Housing', method: 'electronic' });

    await disclosureHandlers(vault)['disclosures.record']({ personId: jordan.id, entry: made.entry });
    const log = await disclosureHandlers(vault)['disclosures.list']({ personId: jordan.id });
    expect(log.map((entry) => [entry.fields.sharedWith, entry.fields.notice])).toEqual([
      ['Wake County Housing', PART2_REDISCLOSURE_NOTICE],
    ]);
  });
});
