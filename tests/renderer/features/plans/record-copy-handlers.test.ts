import { describe, expect, it } from 'vitest';
import { noteHandlers } from '../../../../renderer/src/features/notes/worker/note-handlers';
import { documentHandlers } from '../../../../renderer/src/features/documents/worker/document-handlers';
import { peerHandlers } from '../../../../renderer/src/features/peer/worker/peer-handlers';
import { peopleHandlers } from '../../../../renderer/src/features/people/worker/people-handlers';
import { personCopyHandlers } from '../../../../renderer/src/features/plans/worker/person-copy-handlers';
import { createdVault } from '../../vault/vault-fixture';
import { MEETING as note } from '../../../shared/records/service-note-fixtures';

describe("the person's own copy of their record, from the vault", () => {
  it('holds what they said about themselves and only the signed meetings, with no release asked for', async () => {
    const { vault } = await createdVault();
    await peerHandlers(vault)['peer.save']({ name: 'Dana Peer', credential: 'CPSS' });
    const jordan = await peopleHandlers(vault)['people.save']({ id: null, fields: { preferredName: 'Jordan', strengths: 'I keep going' } });
    const notes = noteHandlers(vault);
    await notes['notes.sign']({ personId: jordan.id, id: null, fields: note });
    await notes['notes.saveDraft']({ personId: jordan.id, id: null, fields: { ...note, date: '2026-03-09', whatWeDid: 'Still writing' } });

    const record = await personCopyHandlers(vault)['personCopy.record']({ personId: jordan.id });
    expect(record.about).toMatchObject({ preferredName: 'Jordan', strengths: 'I keep going' });
    expect(record.meetings.map((meeting) => [meeting.date, meeting.whatWeDid, meeting.peerName])).toEqual([
      ['2026-03-02', 'Looked at listings', 'Dana Peer'],
    ]);
    expect(record.sharing).toEqual([]);
    expect(record.recoveryPlan).toBeNull();
  });
});

describe('who the person can reach, from the vault', () => {
  it('is their peer by name, and how and when to reach them as their agreement says', async () => {
    const { vault } = await createdVault();
    const jordan = await peopleHandlers(vault)['people.save']({ id: null, fields: { preferredName: 'Jordan' } });
    const copies = personCopyHandlers(vault);
    expect(await copies['personCopy.support']({ personId: jordan.id })).toEqual({ peerName: '', howToReachPeer: '', whenNotToReach: '' });

    await peerHandlers(vault)['peer.save']({ name: 'Dana Peer' });
    await documentHandlers(vault)['documents.saveDraft']({
      personId: jordan.id,
      kind: 'agreement',
      id: null,
      fields: { startDate: '2026-03-01', reviewDate: '2026-09-01', howToReachPeer: 'Text 919-555-0142', whenNotToReach: 'Weekends' },
    });
    expect(await copies['personCopy.support']({ personId: jordan.id })).toEqual({
      peerName: 'Dana Peer',
      howToReachPeer: 'Text 919-555-0142',
      whenNotToReach: 'Weekends',
    });
  });
});
