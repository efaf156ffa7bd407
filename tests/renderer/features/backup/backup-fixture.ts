/**
 * Backups end to end in Node: the vault's handlers answer the window's calls (as the worker does),
 * and the real main-process handlers, through the IPC dispatcher's schema checks, write and read
 * real files in a temp folder, with the native dialogs scripted.
 */
import { say } from '@shared/messages';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ORIGIN, hostCallNames, type HostApi } from '@shared/host-api';
import { loadSodium } from '@shared/crypto/sodium';
import { recordKinds, type RecordKind } from '@shared/records/record-kinds';
import type { KindRecord } from '../../../../renderer/src/vault/record-store';
import { createHostHandlers } from '../../../../electron/main/host-handlers';
import { createHostDispatcher } from '../../../../electron/main/ipc';
import { createClipboardGuard } from '../../../../electron/main/clipboard-guard';
import { createBackupFiles } from '../../../../electron/main/backup-files';
import { createBackupPlaces } from '../../../../electron/main/backup-places';
import { createPersonCopies } from '../../../../electron/main/person-copies';
import { createExportFiles } from '../../../../electron/main/export-files';
import { createResourceLists } from '../../../../electron/main/resource-lists';
import { createTeamListFiles } from '../../../../electron/main/team-list-files';
import { createSyncFolders } from '../../../../electron/main/sync-folders';
import type { DecryptedRecord, Vault } from '../../../../renderer/src/vault/vault';
import type { BackupHost } from '../../../../renderer/src/features/backup/backup-runner';
import {
  FakeBackupDialogs,
  FakeClipboard,
  FakePersonCopyDialog,
  FakeExportFileDialog,
  FakeResourceListDialogs,
  FakeTeamListDialogs,
  FakeSyncFolderDialog,
  FakeReassignmentDialog,
} from '../../../electron/main/fakes';
import { communityInstallation, updatesOff } from '../../../support/installation';

export const JORDAN = 'Jordan Rivers';
export const JORDAN_PHONE = '919-555-0142';
export const NOTE_TEXT = 'Talked about the new job at the bakery and how sleep has been.';
/** A community build: no agency keys to seal to. */
export const NO_AGENCY = { recoveryKeys: [], policyKeys: [] };

/** The window's call into the vault, as the worker answers it (arguments and answers are structured-cloned). */
export interface TestHost {
  host: BackupHost & Pick<HostApi, 'chooseBackupFolder' | 'chooseBackupToRestore' | 'listBackups'>;
  dialogs: FakeBackupDialogs;
  /** A folder of its own for this test's backups. */
  dir: string;
}

export async function backupHost(): Promise<TestHost> {
  const dir = await mkdtemp(join(tmpdir(), 'peer-notebook-backups-'));
  const dialogs = new FakeBackupDialogs();
  const dispatch = createHostDispatcher(
    createHostHandlers({
      appInfo: { name: 'Peer Notebook', version: '0.0.0-test', platform: process.platform },
      clipboardGuard: createClipboardGuard(new FakeClipboard()),
      backupPlaces: createBackupPlaces(dialogs, { storePath: join(tmpdir(), `peer-notebook-places-${randomUUID()}.json`) }),
      backupFiles: createBackupFiles({ sodium: loadSodium() }),
      personCopies: createPersonCopies({ dialog: new FakePersonCopyDialog(), renderPdf: async () => new Uint8Array() }),
      resourceLists: createResourceLists({ dialogs: new FakeResourceListDialogs() }),
      teamListFiles: createTeamListFiles({ dialogs: new FakeTeamListDialogs() }),
      exportFiles: createExportFiles({ dialog: new FakeExportFileDialog() }),
      installationPolicy: communityInstallation(await loadSodium()),
      updates: updatesOff(),
      syncFolders: createSyncFolders({
        chooseFolder: () => new FakeSyncFolderDialog().chooseFolder(),
        storePath: join(tmpdir(), `peer-notebook-sync-${randomUUID()}.json`),
      }),
      reassignmentDialog: new FakeReassignmentDialog(),
    }),
    { trustedOrigin: APP_ORIGIN },
  );
  const host = Object.fromEntries(
    hostCallNames.map((name) => [name, (...args: unknown[]) => dispatch(name, args, `${APP_ORIGIN}/`)]),
  ) as unknown as TestHost['host'];
  return { host, dialogs, dir };
}

/** Fields of each kind, as small as its rules allow, each holding `text` where a person's words go. */
export function sampleFieldsOf(kind: RecordKind, text: string, parentId: string): Record<string, unknown> {
  const series = { seriesId: `series-${kind}` };
  const samples: Record<RecordKind, Record<string, unknown>> = {
    person: { preferredName: text },
    agreement: { ...series, startDate: '2026-11-02', reviewDate: '2027-05-02', boundaries: text },
    'confidentiality-disclosure': {
      ...series,
      limitsExplained: ['harm-to-self'],
      explainedOn: '2026-11-02',
      explainedBy: text,
      acknowledgement: 'signed-on-screen',
      nextReviewDate: '2027-11-02',
    },
    release: { ...series, information: text },
    disclosure: {
      whatWasShared: text,
      sharedWith: 'Wake Housing',
      purpose: 'Housing',
      sharedOn: '2026-11-02',
      releaseId: parentId,
      releaseVersion: 1,
      method: 'phone',
    },
    'crisis-event': { occurredAt: '2026-11-02T10:00:00Z', whatHappened: text, actionsTaken: text },
    'recovery-plan': { ...series, strengths: text },
    'team-membership': {
      identity: {
        format: 1,
        signingPublicKey: 'A'.repeat(43),
        signingSecretKey: 'A'.repeat(86),
        sealingPublicKey: 'B'.repeat(43),
        sealingPrivateKey: 'C'.repeat(43),
      },
    },
    'review-submission': {
      submissionId: 'a'.repeat(32),
      recordId: parentId,
      recordKind: 'service-note',
      recordRev: 'r1',
      submittedAt: '2026-11-02T10:00:00Z',
      comment: text,
    },
    'review-item': {
      submissionId: 'a'.repeat(32),
      fromMemberId: 'b'.repeat(32),
      peerName: text,
      personName: text,
      sentAt: '2026-11-02T10:00:00Z',
      receivedAt: '2026-11-02T10:00:00Z',
      record: { id: 'r1', rev: 'r1', body: { v: 1, kind: 'service-note', parentId: null, fields: { whatWeDid: text }, clocks: {} } },
    },
    handoff: {
      handoffId: 'a'.repeat(32),
      direction: 'sent',
      otherMemberId: 'b'.repeat(32),
      at: '2026-11-02T10:00:00Z',
      consent: { givenOn: '2026-11-02', how: 'signed', note: text },
    },
    'wellness-plan': { ...series, wellnessToolbox: text },
    'goal-progress': {
      planSeriesId: 's1',
      goalId: 'g1',
      on: '2026-11-02',
      status: 'started',
      inTheirWords: text,
      recordedAt: '2026-11-02T10:00:00Z',
    },
    barc10: { takenOn: '2026-11-02', answers: { 1: 6, 2: 5 }, notes: text },
    'service-note': { date: '2026-11-02', setting: 'home', contactType: 'in-person', whatWeDid: text },
    'note-addendum': { noteId: parentId, text, author: 'Dana Peer', writtenAt: '2026-11-02T10:00:00Z' },
    task: { title: text, dueOn: '2026-11-02' },
    resource: { name: text, kind: 'food' },
    referral: { resourceId: parentId, madeOn: '2026-11-02', outcome: text },
    'peer-profile': { name: text },
  };
  return samples[kind];
}

/** A notebook holding Jordan, one record of every kind there is under them, a deleted record, and their audit trail. */
export async function fillEveryKind(vault: Vault): Promise<{ jordan: KindRecord<'person'> }> {
  const jordan = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: JORDAN, phone: JORDAN_PHONE } });
  for (const kind of (Object.keys(recordKinds) as RecordKind[]).filter((each) => each !== 'person')) {
    const belongsToNoOne = recordKinds[kind].belongsTo === 'no-one';
    const parentId = belongsToNoOne ? null : jordan.id;
    await vault.records.save({ id: null, kind, parentId, changes: sampleFieldsOf(kind, `${kind}: ${NOTE_TEXT}`, jordan.id) });
  }
  const gone = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Sam Okafor' } });
  await vault.records.remove('person', gone.id);
  await vault.records.note({ id: jordan.id, kind: 'person', parentId: null }, 'view', {
    personId: jordan.id,
    note: say('history.theirPage'),
  });
  return { jordan };
}

/** Every stored revision (tombstones too) and the audit trail, as a restore must reproduce them. */
export async function contentsOf(vault: Vault) {
  const records: DecryptedRecord[] = [];
  for await (const page of vault.records.pages(100)) records.push(...page.records);
  const { events, integrity } = await vault.audit.trail();
  return { records: records.sort((a, b) => a.id.localeCompare(b.id)), events, integrity };
}
