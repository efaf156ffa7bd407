/**
 * The host API: the one narrow contract between the renderer and the main process.
 *
 * Each call is named once here with schemas for its arguments and result. The preload exposes
 * exactly these names on `window.notebook`; the main process validates every argument against
 * these schemas (and the sender's origin) before a handler runs. Nothing else crosses.
 */
import { KeysBody, TeamReply } from './team/team-protocol';
import { MAX_TEAM_ENVELOPE_BYTES } from './team/team-envelope';
import {
  ReassignmentAnswer,
  ReassignmentFile,
  ReassignmentFileChoice,
  ReassignmentRequest,
  ReassignmentStatus,
} from './team/reassignment-calls';
import { z } from 'zod';
import { InstallationPolicy } from './agency/installation-policy';
import { InstallAnswer, UpdateStatus } from './update-status';

const noArgs = z.tuple([]);

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Clipboard text is bounded: nothing a peer copies from a record is near this long. */
const ClipboardText = z.string().max(1_000_000);

/**
 * Backups: the renderer never names a path. A native dialog picks a place and the renderer gets
 * an opaque token for it; writes and reads are streamed in bounded pieces under random ids.
 */
const OpaqueId = z.string().regex(/^[0-9a-f]{32}$/);
/** A piece of a backup file in either direction: a few secretstream chunks at a time. */
export const MAX_BACKUP_PIECE_BYTES = 4 * 1024 * 1024;
const BackupPiece = z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_BACKUP_PIECE_BYTES, 'a backup piece is at most 4 MiB');
/** A backup's file name inside a chosen folder, as listBackups gave it: no folders, no hidden files. */
export const BackupFileName = z
  .string()
  .max(255)
  .regex(/^[^/\\.:\0][^/\\:\0]*\.pnbackup$/);

export const BackupPlaceChoice = z.object({
  place: OpaqueId,
  /** What to show the peer: the folder's path, or the file's name. */
  name: z.string().max(4096),
});
export type BackupPlaceChoice = z.infer<typeof BackupPlaceChoice>;

export const BackupFileInfo = z.object({
  name: BackupFileName,
  createdAt: z.string().max(64),
  vaultId: z.string().max(64),
  bytes: z.number().int().nonnegative(),
});
export type BackupFileInfo = z.infer<typeof BackupFileInfo>;

/** Why a backup file operation failed: a class for the screen to branch on and word in the peer's language. */
export const BackupProblem = z.object({
  ok: z.literal(false),
  problem: z.enum(['disk-full', 'drive-unavailable', 'not-writable', 'read-back-failed', 'file-missing', 'unknown-place']),
});
export type BackupProblem = z.infer<typeof BackupProblem>;

const outcome = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), ...shape }), BackupProblem]);

/**
 * The person's own copy of a plan: a whole HTML page made by the renderer, saved as it is or
 * printed to PDF by the main process, where the peer chooses in a save dialog. The PDF is drawn
 * from a data: URL, which Chromium caps at 2 MiB; a plan's words and signatures fit well within.
 */
export const MAX_PERSON_COPY_HTML_CHARS = 1_500_000;
/** A plain file name, without folders or extension, that every system accepts. */
export const PersonCopyFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\:*?"<>|\p{Cc}]/u.test(name) && !name.startsWith('.') && name.trim() === name, 'a plain file name');
export const PersonCopyRequest = z.object({
  format: z.enum(['pdf', 'html']),
  html: z.string().max(MAX_PERSON_COPY_HTML_CHARS),
  suggestedName: PersonCopyFileName,
});
export type PersonCopyRequest = z.infer<typeof PersonCopyRequest>;
export const PersonCopyOutcome = z.union([
  z.object({ ok: z.literal(true), saved: z.literal(true), name: z.string().max(255) }),
  // The peer cancelled the dialog.
  z.object({ ok: z.literal(true), saved: z.literal(false) }),
  z.object({
    ok: z.literal(false),
    problem: z.enum(['disk-full', 'drive-unavailable', 'not-writable', 'too-large']),
  }),
]);
export type PersonCopyOutcome = z.infer<typeof PersonCopyOutcome>;

/**
 * The community-resource list an agency hands out, as CSV text (it names places, never people).
 * Opened and saved where the peer chooses in a native dialog; a list is at most 5 MiB.
 */
export const MAX_RESOURCE_LIST_BYTES = 5 * 1024 * 1024;
const ResourceListText = z.string().max(MAX_RESOURCE_LIST_BYTES);
export const ResourceListOpened = z.union([
  z.object({ ok: z.literal(true), opened: z.literal(true), name: z.string().max(255), text: ResourceListText }),
  // The peer cancelled the dialog.
  z.object({ ok: z.literal(true), opened: z.literal(false) }),
  z.object({ ok: z.literal(false), problem: z.enum(['too-large', 'drive-unavailable', 'not-readable']) }),
]);
export type ResourceListOpened = z.infer<typeof ResourceListOpened>;

/**
 * The agency's signed team list as a file (`admin team-sign --out`), for a computer that does not
 * reach the sync server: opened where the peer chooses in a native dialog; at most 2 MiB (2,000
 * members' keys take under 400 KB). The vault worker checks its signature before it is used.
 */
export const MAX_TEAM_LIST_BYTES = 2 * 1024 * 1024;
export const TeamListOpened = z.union([
  z.object({ ok: z.literal(true), opened: z.literal(true), name: z.string().max(255), text: z.string().max(MAX_TEAM_LIST_BYTES) }),
  // The peer cancelled the dialog.
  z.object({ ok: z.literal(true), opened: z.literal(false) }),
  z.object({ ok: z.literal(false), problem: z.enum(['too-large', 'drive-unavailable', 'not-readable']) }),
]);
export type TeamListOpened = z.infer<typeof TeamListOpened>;
export const ResourceListSaved = z.union([
  z.object({ ok: z.literal(true), saved: z.literal(true), name: z.string().max(255) }),
  z.object({ ok: z.literal(true), saved: z.literal(false) }),
  z.object({ ok: z.literal(false), problem: z.enum(['disk-full', 'drive-unavailable', 'not-writable']) }),
]);
export type ResourceListSaved = z.infer<typeof ResourceListSaved>;

/**
 * A file made for someone outside the notebook (a billing clerk's CSV, an agency system's FHIR
 * JSON): whole text made by the renderer, saved where the peer chooses in a save dialog.
 */
export const MAX_EXPORT_FILE_CHARS = 20 * 1024 * 1024;
export const ExportFileRequest = z.object({
  format: z.enum(['csv', 'json']),
  text: z.string().max(MAX_EXPORT_FILE_CHARS),
  suggestedName: PersonCopyFileName,
});
export type ExportFileRequest = z.infer<typeof ExportFileRequest>;
export const ExportFileSaved = z.union([
  z.object({ ok: z.literal(true), saved: z.literal(true), name: z.string().max(255) }),
  // The peer cancelled the dialog.
  z.object({ ok: z.literal(true), saved: z.literal(false) }),
  z.object({ ok: z.literal(false), problem: z.enum(['disk-full', 'drive-unavailable', 'not-writable']) }),
]);
export type ExportFileSaved = z.infer<typeof ExportFileSaved>;

/**
 * The sync folder (a USB stick, a network share, a folder a cloud service syncs): chosen in a
 * native dialog and known to the renderer only by an opaque token, like a backup folder. Inside it
 * the main process keeps <folder>/peer-notebook-sync/<vaultId>/header.json and
 * segments/<deviceId>/<seq>.pnseg; the renderer names a notebook, a device and a number, never a path.
 */
export const SYNC_ROOT = 'peer-notebook-sync';
/** A segment's file name: its number as 10 digits, so names sort in order. */
export const syncSegmentFileName = (seq: number): string => `${String(seq).padStart(10, '0')}.pnseg`;
/** Where a segment is, from the chosen folder, as the peer would look for it ('/' between names). */
export const syncSegmentWhere = (vaultId: string, deviceId: string, seq: number): string =>
  [SYNC_ROOT, vaultId, 'segments', deviceId, syncSegmentFileName(seq)].join('/');
const SyncVaultId = z.string().regex(/^[0-9a-f]{32}$/);
const SyncDeviceId = z.string().regex(/^[0-9a-f]{16}$/);
const SyncSeq = z
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);
/** A sync segment's bytes (shared/sync/sync-segment.ts MAX_SYNC_SEGMENT_BYTES). */
const SyncSegmentBytes = z.instanceof(Uint8Array).refine((bytes) => bytes.length <= 16 * 1024 * 1024, 'a sync segment is at most 16 MiB');
/** The vault header as JSON text: key slots only. */
const SyncHeaderText = z.string().max(64 * 1024);
/** Something in the sync folder, from the chosen folder ('/' between names): ids and names the folder holds, never a record's words. */
const SyncWhere = z.string().max(4096);
export const SyncFolderChoice = z.object({ place: OpaqueId, name: z.string().max(4096) });
export type SyncFolderChoice = z.infer<typeof SyncFolderChoice>;
export const SyncSegmentInfo = z.object({ deviceId: SyncDeviceId, seq: SyncSeq, bytes: z.number().int().nonnegative() });
export type SyncSegmentInfo = z.infer<typeof SyncSegmentInfo>;
/**
 * Something in Peer Notebook's part of the sync folder that is not a sync file it can read: skipped,
 * and reported so the peer can clear it away. `kind` says what was found (the window words it):
 * a folder named like a sync file; a link (never followed); an empty sync file; a sync file this
 * computer may not read; a temp file left by a write that was cut off; a copy a sync service made
 * when two computers changed one file; anything else (desktop.ini, .DS_Store, a stray document).
 */
export const SyncStray = z.object({
  where: SyncWhere,
  kind: z.enum(['folder', 'link', 'empty', 'not-readable', 'unfinished', 'conflict-copy', 'unrelated']),
});
export type SyncStray = z.infer<typeof SyncStray>;
/** Orders strays (and anything else found in the folder) by where they are, as a file manager lists them. */
export const byWhere = (a: { where: string }, b: { where: string }): number => (a.where < b.where ? -1 : a.where > b.where ? 1 : 0);
/** At most this many strays are reported from one listing: a folder full of strangers' files is one report, not a flood. */
export const MAX_SYNC_STRAYS = 1000;
const SyncStrays = z.array(SyncStray).max(MAX_SYNC_STRAYS);
/**
 * Why a sync folder operation failed, for the runner to branch on and the window to word:
 * 'segment-missing' and 'segment-unreadable' concern one segment (skipped; the rest goes on);
 * 'in-the-way' names what occupies a place the notebook needs (its folder, header.json,
 * segments), which the peer has to move before the sync can go on.
 */
export const SyncFolderProblem = z.object({
  ok: z.literal(false),
  problem: z.enum([
    'disk-full',
    'drive-unavailable',
    'not-writable',
    'unknown-place',
    'segment-exists',
    'segment-missing',
    'segment-unreadable',
    'in-the-way',
    // The agency's sync server (docs/SERVER.md): not reachable now; refused this computer (revoked, not enrolled); or this computer's clock is off.
    'server-unreachable',
    'server-refused',
    'server-clock-off',
    // Enrolling with the agency's server: the code is not one it issued, was used already or expired; the address is not https://.
    'server-code-not-valid',
    'server-address-not-valid',
    // The server's device key: this computer has no key store to seal it with (nothing enrolled), or can no longer open it.
    'server-key-store-unavailable',
    'server-key-unreadable',
  ]),
  where: SyncWhere.optional(),
});
export type SyncFolderProblem = z.infer<typeof SyncFolderProblem>;
const syncOutcome = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), ...shape }), SyncFolderProblem]);

/** Why a team call did not go through (shared/team/team-protocol.ts), in kinds the window words. */
export const TeamProblem = z.enum(['no-server', 'not-a-member', 'removed', 'recipient-unknown', 'unreachable', 'refused']);
export type TeamProblem = z.infer<typeof TeamProblem>;
const teamOutcome = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), ...shape }), z.object({ ok: z.literal(false), problem: TeamProblem })]);
const TeamEnvelopeBytes = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.length <= MAX_TEAM_ENVELOPE_BYTES, 'a team envelope is at most 16 MiB');
const TeamMemberId = z.string().regex(/^[0-9a-f]{32}$/);

export const hostCalls = {
  /** Name, version and platform, for the About screen and support requests. */
  getAppInfo: { args: noArgs, result: AppInfo },
  /** Put text on the clipboard; it is wiped after the clipboard timeout unless replaced. */
  copyText: { args: z.tuple([ClipboardText]), result: z.void() },
  /** The renderer saw a copy (Ctrl+C); wipe the clipboard after the timeout unless replaced. */
  noteTextCopied: { args: noArgs, result: z.void() },
  /** Locking: wipe the clipboard now if it still holds something copied from the app. */
  wipeCopiedText: { args: noArgs, result: z.void() },

  /** A folder for scheduled backups (remembered across restarts); null if the peer cancelled. */
  chooseBackupFolder: { args: noArgs, result: BackupPlaceChoice.nullable() },
  /** Where to save one backup now (a save dialog). */
  chooseBackupExportFile: { args: noArgs, result: BackupPlaceChoice.nullable() },
  /** A backup file to restore from (an open dialog). */
  chooseBackupToRestore: { args: noArgs, result: BackupPlaceChoice.nullable() },
  /** The backups in a chosen folder, newest first, with their times (for the last-backup display and restore). */
  listBackups: { args: z.tuple([OpaqueId]), result: outcome({ backups: z.array(BackupFileInfo).max(100_000) }) },
  /** Starts writing a backup to a chosen folder or export file; nothing appears under its real name until it is finished. */
  beginBackupWrite: { args: z.tuple([OpaqueId]), result: outcome({ writeId: OpaqueId }) },
  writeBackupPiece: { args: z.tuple([OpaqueId, BackupPiece]), result: outcome({}) },
  /** Flushes, renames, reads the file back and checks it; in a folder, then keeps only the last `keepLast`. */
  finishBackupWrite: {
    args: z.tuple([OpaqueId, z.object({ keepLast: z.number().int().min(1).max(1000).nullable() })]),
    result: outcome({
      backup: BackupFileInfo.extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/), removedOld: z.number().int().nonnegative() }),
    }),
  },
  /** Gives up a write (the vault failed mid-way): the temp file is removed. */
  abortBackupWrite: { args: z.tuple([OpaqueId]), result: z.void() },
  /** Opens a chosen backup file, or one listed in a chosen folder (by its name), for reading. */
  beginBackupRead: {
    args: z.tuple([OpaqueId, BackupFileName.nullable()]),
    result: outcome({ readId: OpaqueId, bytes: z.number().int().nonnegative() }),
  },
  readBackupPiece: { args: z.tuple([OpaqueId]), result: outcome({ piece: BackupPiece, done: z.boolean() }) },
  endBackupRead: { args: z.tuple([OpaqueId]), result: z.void() },

  /** Saves the person's own copy of a plan where the peer chooses (a save dialog). */
  savePersonCopy: { args: z.tuple([PersonCopyRequest]), result: PersonCopyOutcome },

  /** A folder to sync through (remembered across restarts); null if the peer cancelled. */
  chooseSyncFolder: { args: noArgs, result: SyncFolderChoice.nullable() },
  /**
   * Enrols this computer with the agency's sync server (https://, from agency.json or typed) and a
   * one-time code from the agency; the server is then synced with like a folder, by its place token.
   */
  enrolSyncServer: {
    args: z.tuple([z.string().max(2048), z.string().max(64)]),
    result: syncOutcome({ choice: SyncFolderChoice }),
  },
  /** The notebooks (vault ids) a sync folder holds, and what else is in its peer-notebook-sync folder. */
  listSyncVaults: { args: z.tuple([OpaqueId]), result: syncOutcome({ vaultIds: z.array(SyncVaultId).max(1000), strays: SyncStrays }) },
  /** A notebook's header in the folder, as JSON text; null when there is none. */
  readSyncHeader: { args: z.tuple([OpaqueId, SyncVaultId]), result: syncOutcome({ header: SyncHeaderText.nullable() }) },
  /** Writes (or replaces) a notebook's header in the folder, atomically. */
  writeSyncHeader: { args: z.tuple([OpaqueId, SyncVaultId, SyncHeaderText]), result: syncOutcome({}) },
  /** Every segment of a notebook in the folder, by device and sequence number, and what else is in its folder. */
  listSyncSegments: {
    args: z.tuple([OpaqueId, SyncVaultId]),
    result: syncOutcome({ segments: z.array(SyncSegmentInfo).max(1_000_000), strays: SyncStrays, historyLost: z.boolean().optional() }),
  },
  readSyncSegment: { args: z.tuple([OpaqueId, SyncVaultId, SyncDeviceId, SyncSeq]), result: syncOutcome({ bytes: SyncSegmentBytes }) },
  /** Writes a new segment atomically (temp, flush, rename); refuses ('segment-exists') to replace one. */
  writeSyncSegment: { args: z.tuple([OpaqueId, SyncVaultId, SyncDeviceId, SyncSeq, SyncSegmentBytes]), result: syncOutcome({}) },

  /** A resource list (CSV) the peer picks in an open dialog. */
  openResourceList: { args: noArgs, result: ResourceListOpened },
  /** Saves the resource directory as CSV where the peer chooses (a save dialog). */
  saveResourceList: { args: z.tuple([ResourceListText]), result: ResourceListSaved },

  /** The agency's signed team list (a file) the peer picks in an open dialog. */
  openTeamListFile: { args: noArgs, result: TeamListOpened },

  /** Saves an export file (claims CSV, FHIR JSON) where the peer chooses (a save dialog). */
  saveExportFile: { args: z.tuple([ExportFileRequest]), result: ExportFileSaved },

  /** The settings this installation runs with, where each came from, and any refused policy. */
  getInstallationPolicy: { args: noArgs, result: InstallationPolicy },
  getUpdateStatus: { args: noArgs, result: UpdateStatus },
  checkForUpdates: { args: noArgs, result: z.void() },
  /** The peer agreed to download an update found on a metered connection. */
  downloadUpdateWithConsent: { args: noArgs, result: z.void() },
  /** Whether a form holds unsaved work: an update never restarts the app over it. */
  setUnsavedWork: { args: z.tuple([z.boolean()]), result: z.void() },
  installUpdateNow: { args: noArgs, result: InstallAnswer },

  /** Team work through the sync server this notebook syncs with (its place token): who I am on the team and the signed list. */
  teamInfo: { args: z.tuple([OpaqueId]), result: teamOutcome({ team: TeamReply }) },
  /** Sends this notebook's public team keys for the agency to list. */
  publishTeamKeys: { args: z.tuple([OpaqueId, KeysBody]), result: teamOutcome({}) },
  /** Leaves one sealed envelope in a member's mailbox. */
  sendTeamMail: { args: z.tuple([OpaqueId, TeamMemberId, TeamEnvelopeBytes]), result: teamOutcome({}) },
  /** A page of the envelopes sealed to me after `after`. */
  readTeamMail: {
    args: z.tuple([OpaqueId, z.number().int().nonnegative()]),
    result: teamOutcome({
      head: z.number().int().nonnegative(),
      mail: z.array(z.object({ seq: z.number().int().positive(), bytes: TeamEnvelopeBytes })).max(10_000),
    }),
  },

  /** A supervisor reassigning a departed peer's caseload (team/reassignment-calls.ts): a file picked in an open dialog. */
  chooseReassignmentFile: { args: z.tuple([ReassignmentFile]), result: ReassignmentFileChoice.nullable() },
  /** Starts the reassignment through the sync server this notebook syncs with (its place token); how it goes is asked by its id. */
  beginReassignment: { args: z.tuple([OpaqueId, ReassignmentRequest]), result: z.object({ job: OpaqueId }) },
  reassignmentStatus: { args: z.tuple([OpaqueId]), result: ReassignmentStatus },
  /** Sends a reassignment that is ready (the supervisor reviewed whose it is), or drops it. */
  answerReassignment: { args: z.tuple([OpaqueId, ReassignmentAnswer]), result: z.void() },
} as const;

export type HostCallName = keyof typeof hostCalls;
type Spec<N extends HostCallName> = (typeof hostCalls)[N];
export type HostCallArgs<N extends HostCallName> = z.input<Spec<N>['args']>;
export type HostCallResult<N extends HostCallName> = z.output<Spec<N>['result']>;

/** Events the main process sends to the renderer. */
export const hostEvents = {
  /** The computer is going to sleep or its screen was locked: lock the vault now. */
  lockRequested: z.object({ reason: z.enum(['suspend', 'lock-screen', 'user-switch']) }),
  /** Something changed about updates from the agency's feed. */
  updateStatusChanged: UpdateStatus,
} as const;

export type HostEventName = keyof typeof hostEvents;
export type HostEventPayload<E extends HostEventName> = z.output<(typeof hostEvents)[E]>;

/** What the main process implements: one function per call. */
export type HostHandlers = {
  [N in HostCallName]: (...args: HostCallArgs<N>) => Promise<HostCallResult<N>> | HostCallResult<N>;
};

/** What the renderer sees as `window.notebook`. */
export type HostApi = {
  [N in HostCallName]: (...args: HostCallArgs<N>) => Promise<HostCallResult<N>>;
} & {
  on<E extends HostEventName>(event: E, listener: (payload: HostEventPayload<E>) => void): () => void;
};

export const hostCallNames = Object.keys(hostCalls) as HostCallName[];
export const hostEventNames = Object.keys(hostEvents) as HostEventName[];

export const hostCallChannel = (name: HostCallName): string => `notebook:call:${name}`;
export const hostEventChannel = (name: HostEventName): string => `notebook:event:${name}`;

/** The origin the renderer is served from in the app; IndexedDB data is tied to it, never change it. */
export const APP_ORIGIN = 'app://notebook';
