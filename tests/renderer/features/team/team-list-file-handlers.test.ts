/**
 * A team list from a file (no server): shown with who signed it, its number and who is on it
 * before it is taken; a damaged, wrongly signed, other team's or older file is refused in plain
 * words and the list held does not change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inEnglish, type Message } from '@shared/messages';
import { teamAgency, teamNotebook, type TeamAgency } from './team-fixture';

let agency: TeamAgency;
let peer: Awaited<ReturnType<typeof teamNotebook>>;
let supervisor: Awaited<ReturnType<typeof teamNotebook>>;

beforeAll(async () => {
  agency = await teamAgency();
  peer = await teamNotebook(agency, 'peer');
  supervisor = await teamNotebook(agency, 'supervisor');
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no refusal',
    (error: { messages: Message[] }) => inEnglish(error.messages),
  );
const asFile = (value: unknown) => JSON.stringify(value, null, 2);

describe('a team list from a file', () => {
  it('is checked and described before it is taken, then taken as the list the notebook works by', async () => {
    const first = agency.sign([peer.keys, supervisor.keys], 3);
    expect(await peer.call('team.previewDirectory', { text: asFile(first) })).toEqual({
      serial: 3,
      issuedAt: '2026-11-23T09:00:00.000Z',
      signedBy: agency.fingerprint,
      peers: 1,
      supervisors: 1,
      myRole: 'peer',
      heldSerial: null,
    });
    // Looking is not taking.
    expect(await peer.call('team.status')).toMatchObject({ serial: null, role: null });

    expect(await peer.call('team.acceptDirectory', { directory: JSON.parse(asFile(first)) })).toMatchObject({
      serial: 3,
      role: 'peer',
      memberId: peer.keys.memberId,
    });
    const next = agency.sign([peer.keys], 4);
    expect(await peer.call('team.previewDirectory', { text: asFile(next) })).toMatchObject({ serial: 4, supervisors: 0, heldSerial: 3 });
    // A list without this notebook's keys is described as such.
    expect(await supervisor.call('team.previewDirectory', { text: asFile(next) })).toMatchObject({ myRole: null });
  });

  it('refuses a damaged, wrongly signed or older file in plain words, and keeps the list held', async () => {
    const held = agency.sign([peer.keys, supervisor.keys], 3);
    const damaged = asFile(held).slice(0, 200);
    const changed = asFile({ ...held, members: [{ ...supervisor.keys, role: 'peer' }, peer.keys] });
    const otherKey = agency.sodium.crypto_sign_keypair().privateKey;
    const older = agency.sign([peer.keys], 2);

    expect(await refusal(peer.call('team.previewDirectory', { text: damaged }))).toMatch(
      /not a Peer Notebook team list, or it was damaged/,
    );
    expect(await refusal(peer.call('team.previewDirectory', { text: 'PK\u0003\u0004 a zip file' }))).toMatch(
      /not a Peer Notebook team list/,
    );
    expect(await refusal(peer.call('team.previewDirectory', { text: changed }))).toMatch(
      /not signed with your agency's key \(or it was changed/,
    );
    expect(await refusal(peer.call('team.previewDirectory', { text: asFile(agency.sign([peer.keys], 9, otherKey)) }))).toMatch(
      /not signed with your agency's key/,
    );
    expect(await refusal(peer.call('team.previewDirectory', { text: asFile(older) }))).toBe(
      'This team list is older than the one you already have, so the newer one stays. Nothing was changed.',
    );
    expect(await refusal(peer.call('team.acceptDirectory', { directory: JSON.parse(changed) }))).toMatch(
      /not signed with your agency's key/,
    );
    expect(await peer.call('team.status')).toMatchObject({ serial: 3, role: 'peer' });
  });
});
