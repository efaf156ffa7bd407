import { describe, expect, it } from 'vitest';
import { noteHandlers } from '../../../../renderer/src/features/notes/worker/note-handlers';
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
