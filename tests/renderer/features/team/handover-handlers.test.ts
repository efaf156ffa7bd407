/**
 * Handing people to another peer, in the vault worker: each person's own consent is required,
 * the sender's copy becomes read-only only once the handoff has left, every later change of that
 * person or their records is refused by the worker in plain words, and both histories carry it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inEnglish, type Message } from '@shared/messages';
import { MEETING } from '../../../shared/records/service-note-fixtures';
import { PASSPHRASE } from '../../vault/vault-fixture';
import { teamAgency, teamNotebook } from './team-fixture';

type Notebook = Awaited<ReturnType<typeof teamNotebook>>;
let alex: Notebook;
let blair: Notebook;

beforeAll(async () => {
  const agency = await teamAgency();
  alex = await teamNotebook(agency, 'peer');
  blair = await teamNotebook(agency, 'peer');
  const list = agency.sign([alex.keys, blair.keys], 1);
  for (const who of [alex, blair]) await who.call('team.acceptDirectory', { directory: list });
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no refusal',
    (error: { messages: Message[] }) => inEnglish(error.messages),
  );

async function person(name: string) {
  const { id } = await alex.call('people.save', { id: null, fields: { preferredName: name } });
  await alex.call('notes.saveDraft', { personId: id, id: null, fields: { ...MEETING, whatWeDid: `Walked with ${name}` } });
  return id;
}

const handOver = (people: { personId: string; consent: { givenOn: string; how: 'signed' | 'verbal' | 'peer-left'; note: string } }[]) =>
  alex.call('team.handOver', { people, toMemberId: blair.keys.memberId, toName: 'Blair', senderName: 'Alex' });

describe('handing people over', () => {
  it("refuses a caseload unless every person's own consent is recorded (the day, not after today, and how), and writes nothing", async () => {
    const ana = await person('Ana');
    const bo = await person('Bo');
    const signedByAna = { givenOn: '2026-11-20', how: 'signed' as const, note: '' };

    expect(
      await refusal(
        handOver([
          { personId: ana, consent: signedByAna },
          { personId: bo, consent: { ...signedByAna, givenOn: '' } },
        ]),
      ),
    ).toBe("Record Bo's consent to move their records to another peer (the day they agreed, and how) before handing them over.");
    expect(await refusal(handOver([{ personId: bo, consent: { ...signedByAna, how: 'peer-left' } }]))).toMatch(/Record Bo's consent/);
    expect(await refusal(handOver([{ personId: bo, consent: { ...signedByAna, givenOn: '2026-11-24' } }]))).toBe(
      'The day Bo gave consent is after today. Check the date, then try again.',
    );
    expect(await refusal(handOver([]))).toBe('Choose at least one person to hand over.');
    expect(
      await refusal(
        alex.call('team.handOver', {
          people: [{ personId: ana, consent: signedByAna }],
          toMemberId: blair.keys.memberId,
          toName: ' ',
          senderName: 'Alex',
        }),
      ),
    ).toMatch(/Write the name of the peer/);

    // Refused, so both are still Alex's to write in.
    expect((await alex.call('team.handOverCandidates')).map((candidate) => candidate.preferredName)).toEqual(['Ana', 'Bo']);
    await alex.call('people.save', { id: bo, fields: { preferredName: 'Bo', pronouns: 'he/him' } });
  });

  it("hands a whole caseload over with each person's consent; only once it has left are the sender's copies read-only, with both histories saying so", async () => {
    const [ana, bo] = (await alex.call('team.handOverCandidates')).map((candidate) => candidate.id);
    const dueFor = async () => (await alex.call('today.list')).notes.map((note) => note.personName).sort();
    expect(await dueFor()).toEqual(['Ana', 'Bo']);
    const { handoffId, envelope } = await handOver([
      { personId: ana!, consent: { givenOn: '2026-11-20', how: 'signed', note: 'Signed the transfer form' } },
      { personId: bo!, consent: { givenOn: '2026-11-21', how: 'verbal', note: '' } },
    ]);
    expect(envelope.recipient).toBe(blair.keys.memberId);
    // Sealed but not yet sent: nothing here has changed.
    expect(await alex.call('team.handedOverTo', { personId: ana! })).toBeNull();
    expect(await alex.call('team.handOverCandidates')).toHaveLength(2);

    await alex.call('team.handOverSent', { handoffId });
    expect(await alex.call('team.handedOverTo', { personId: ana! })).toMatchObject({
      toName: 'Blair',
      toMemberId: blair.keys.memberId,
      consent: { givenOn: '2026-11-20', how: 'signed', note: 'Signed the transfer form' },
    });
    expect(await alex.call('team.handedOverTo', { personId: bo! })).toMatchObject({ consent: { givenOn: '2026-11-21', how: 'verbal' } });
    expect(await alex.call('team.handOverCandidates')).toEqual([]);
    expect((await alex.call('people.list')).map((each) => [each.preferredName, each.handedOver])).toEqual([
      ['Ana', true],
      ['Bo', true],
    ]);
    // Nothing of theirs is due here any more (this copy can no longer be written in).
    expect(await dueFor()).toEqual([]);

    // The worker refuses every change, whatever asks for it: kept here, under the retention rules, never removed.
    const readOnly =
      'These records were handed over to another peer and are kept read-only here. The peer who has them now can add to them.';
    const [note] = await alex.call('notes.list', { personId: ana! });
    expect(await refusal(alex.call('people.save', { id: ana!, fields: { preferredName: 'Ana R.' } }))).toBe(readOnly);
    expect(await refusal(alex.call('notes.saveDraft', { personId: ana!, id: null, fields: MEETING }))).toBe(readOnly);
    expect(
      await refusal(alex.call('notes.saveDraft', { personId: ana!, id: note!.id, fields: { ...MEETING, whatWeDid: 'changed' } })),
    ).toBe(readOnly);
    expect(await refusal(alex.call('people.remove', { id: bo! }))).toBe(readOnly);
    expect(await refusal(alex.vault.records.write((tx) => tx.rewrite(ana!, (body) => body, { personId: ana! })))).toBe(readOnly);
    expect(await refusal(handOver([{ personId: ana!, consent: { givenOn: '2026-11-20', how: 'signed', note: '' } }]))).toBe(
      'Ana was already handed over to another peer, so nothing was sent.',
    );
    expect((await alex.call('people.get', { id: ana! })).preferredName).toBe('Ana');
    expect((await alex.call('notes.list', { personId: ana! })).map((each) => each.fields.whatWeDid)).toEqual(['Walked with Ana']);
    const alexHistory = (await alex.call('audit.history', { personId: ana! })).events.map((event) => event.summary);
    expect(alexHistory).toEqual(
      expect.arrayContaining([
        'Handed over to Blair, with consent recorded on November 20, 2026',
        'Kept here read-only from now on, under the retention rules',
      ]),
    );

    // The receiver files both, with their records and the sender's history, and may write on.
    expect(await blair.call('team.receive', { mail: [{ seq: 1, bytes: envelope.bytes }] })).toEqual({ filed: 1, problems: [] });
    expect((await blair.call('people.list')).map((each) => [each.preferredName, each.handedOver])).toEqual([
      ['Ana', false],
      ['Bo', false],
    ]);
    expect((await blair.call('notes.list', { personId: ana! })).map((each) => each.fields.whatWeDid)).toEqual(['Walked with Ana']);
    const blairHistory = (await blair.call('audit.history', { personId: bo! })).events.map((event) => event.summary);
    expect(blairHistory).toEqual(
      expect.arrayContaining([
        'Received from Alex, with consent recorded on November 21, 2026',
        'Added to the notebook',
        'Profile updated',
      ]),
    );
    await blair.call('people.save', { id: bo!, fields: { preferredName: 'Bo', pronouns: 'they/them' } });
  });

  it('records nothing for a handoff it did not seal, or sealed before the notebook was locked', async () => {
    const cy = await person('Cy');
    expect(await refusal(alex.call('team.handOverSent', { handoffId: 'a'.repeat(32) }))).toMatch(/was not recorded here/);
    const { handoffId } = await handOver([{ personId: cy, consent: { givenOn: '2026-11-20', how: 'verbal', note: '' } }]);
    await alex.vault.lock();
    await alex.vault.unlock(PASSPHRASE);
    expect(await refusal(alex.call('team.handOverSent', { handoffId }))).toMatch(/was not recorded here/);
    expect(await alex.call('team.handedOverTo', { personId: cy })).toBeNull();
    await alex.call('people.save', { id: cy, fields: { preferredName: 'Cy', pronouns: 'she/her' } });
  });
});
