/**
 * Sync for the open notebook, shared by the top bar and Settings: the status, "Sync now", choosing
 * the folder, and automatic syncs (on unlock and every few minutes while the folder is there).
 * A sync runs in the background: the vault worker does the work, so typing never waits on it.
 * The fail-safe questions and the conflicts panel are shown from here, over whichever screen is up.
 */
import { type Message } from '@shared/messages';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SyncFolderProblem } from '@shared/host-api';
import { useHost, useVault } from '../../ui/contexts';
import { useMessage } from '../../i18n/use-message';
import { VaultCallError } from '../../ui/vault-client';
import { SyncQuestion, useSyncQuestions } from './SyncQuestion';
import { ConflictsPanel } from './ConflictsPanel';
import { AdoptKeyChangeDialog } from '../key-change/AdoptKeyChangeDialog';
import type { VaultStatus } from '../../vault/vault';
import {
  createSyncRunner,
  SyncFolderError,
  unwrap,
  type SkippedItem,
  type SyncOutcome,
  type SyncProgress,
  type SyncQuestion as Question,
} from './sync-runner';

/** How often the notebook syncs by itself while the folder is there. */
export const AUTO_SYNC_MS = 3 * 60 * 1000;
/** How often the top bar counts again what waits (saves happen all over the app). */
const RECOUNT_MS = 20 * 1000;

/** Counting fails only once the notebook locked, and locking unmounts all of this. */
const ignoreWhenLocked = () => {};

export interface SyncView {
  /** The chosen folder as the peer knows it; null before one is chosen. */
  folderName: string | null;
  lastSyncedAt: string | null;
  waiting: number;
  conflicts: number;
  running: boolean;
  progress: { done: number; total: number } | null;
  /** What went wrong with the last sync, and what to do; null when it went well. */
  problem: string | null;
  /** What the last sync that finished went past in the folder (everything else synced); empty when nothing. */
  skipped: SkippedItem[];
  /** Said once a sync finishes, or stops at the peer's answer. */
  notice: string | null;
  /** Counts syncs that brought changes and conflicts resolved: screens showing records look again. */
  changes: number;
  syncNow(): void;
  /** Reads everything in the folder again (a damaged record comes back from its copy there); resolves when done. */
  getEverythingAgain(): Promise<void>;
  chooseFolder(): void;
  /** Enrols this computer with the agency's sync server (its address, a one-time code), then syncs through it. */
  connectServer(url: string, code: string): void;
  showConflicts(): void;
  /** A conflict was resolved here: screens look again, and what waits is counted again. */
  resolved(): void;
  /** Counts again what waits (a screen showing the counts opened). */
  recount(): void;
}

const SyncContext = createContext<SyncView | null>(null);

export function useSync(): SyncView {
  const sync = useContext(SyncContext);
  if (!sync) throw new Error('useSync outside <SyncProvider>');
  return sync;
}

type Status = Pick<SyncView, 'folderName' | 'lastSyncedAt' | 'waiting' | 'conflicts'>;

/** A problem in parts the peer's language can translate: the rules' English messages, or this screen's words. */
/** What stopped a sync: the screen's own words, or the rules' messages (after a lead-in of the screen's). */
type Problem = { words: string } | { lead?: string; messages: readonly Message[] };

/** `onStatus`: taking on a key changed on another computer opens the app's key-change progress. */
export function SyncProvider({ children, onStatus }: { children: ReactNode; onStatus(status: VaultStatus): void }) {
  const vault = useVault();
  const host = useHost();
  const { t } = useTranslation();
  const message = useMessage();
  const runner = useMemo(() => createSyncRunner({ vault, host }), [vault, host]);
  const questions = useSyncQuestions();
  const [status, setStatus] = useState<Status>({ folderName: null, lastSyncedAt: null, waiting: 0, conflicts: 0 });
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [skipped, setSkipped] = useState<SkippedItem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  const [conflictsOpen, setConflictsOpen] = useState(false);
  /** The sync folder's header of a key changed on another computer, while the peer is asked for the passphrase. */
  const [changedKey, setChangedKey] = useState<string | null>(null);
  const busy = useRef(false);

  const refresh = useCallback(async () => {
    const { folder, lastSyncedAt, waiting, conflicts } = await vault('sync.status');
    setStatus({ folderName: folder?.name ?? null, lastSyncedAt: (folder && lastSyncedAt[folder.place]) ?? null, waiting, conflicts });
  }, [vault]);

  const recount = useCallback(() => void refresh().catch(ignoreWhenLocked), [refresh]);

  /** What the peer sees once a sync ends. */
  const settle = useCallback(
    async (outcome: SyncOutcome, how: 'by-hand' | 'automatic') => {
      setSkipped(outcome.outcome === 'synced' ? outcome.skipped : []);
      if (outcome.outcome === 'synced') {
        setProblem(null);
        // With something skipped, its notice says the rest synced; "everything matches" would not be true.
        if (how === 'by-hand' && outcome.skipped.length === 0) setNotice(t('sync.settings.done'));
        if (outcome.pulled.added + outcome.pulled.updated > 0) setChanges((count) => count + 1);
      } else if (outcome.outcome === 'stopped') {
        // A folder holding another notebook is not this notebook's folder: forget it.
        if (outcome.question === 'other-notebook') await vault('sync.setFolder', null);
        if (how === 'by-hand') setNotice(t('sync.settings.stopped'));
        else setProblem({ words: t('sync.problems.needsAnswer') });
      } else if (outcome.outcome === 'refused') setProblem({ messages: outcome.messages });
      else if (outcome.outcome === 'no-notebook') setProblem({ words: t('sync.problems.noNotebook') });
      else if (outcome.outcome === 'key-changed') {
        // Until the new key is taken on here, sync waits; a sync by hand asks for the passphrase now.
        setProblem({ words: t('keyChange.adopt.needed') });
        if (how === 'by-hand') setChangedKey(outcome.header);
      }
    },
    [vault, t],
  );

  const run = useCallback(
    async (how: 'by-hand' | 'automatic', start: () => Promise<SyncOutcome>) => {
      if (busy.current) return;
      busy.current = true;
      setRunning(true);
      setNotice(null);
      setProgress(null);
      try {
        await settle(await start(), how);
      } catch (caught) {
        setSkipped([]);
        setProblem(problemOf(caught, t));
      } finally {
        busy.current = false;
        setRunning(false);
        setProgress(null);
        await refresh().catch(ignoreWhenLocked);
      }
    },
    [settle, refresh, t],
  );

  // An automatic sync never interrupts the peer with a question: it stops, and says so.
  const hooks = useCallback(
    (how: 'by-hand' | 'automatic') => ({
      ask: how === 'by-hand' ? questions.ask : async (_question: Question) => false,
      onProgress: setProgress,
    }),
    [questions.ask],
  );

  const syncNow = useCallback((how: 'by-hand' | 'automatic') => void run(how, () => runner.sync(hooks(how))), [run, runner, hooks]);

  // On unlock (this mounts when the notebook opens) and every few minutes; without a folder it does nothing.
  useEffect(() => {
    const first = setTimeout(() => syncNow('automatic'), 0);
    const timer = setInterval(() => syncNow('automatic'), AUTO_SYNC_MS);
    const counter = setInterval(recount, RECOUNT_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      clearInterval(counter);
    };
  }, [syncNow, recount]);

  const view = useMemo<SyncView>(
    () => ({
      ...status,
      running,
      progress,
      problem: problem && ('words' in problem ? problem.words : [problem.lead, message(problem.messages)].filter(Boolean).join(' ')),
      skipped,
      notice,
      changes,
      syncNow: () => syncNow('by-hand'),
      getEverythingAgain: () =>
        run('by-hand', async () => {
          await vault('sync.readEverythingAgain');
          return runner.sync(hooks('by-hand'));
        }),
      chooseFolder: () =>
        void run('by-hand', async () => {
          const folder = await runner.chooseFolder();
          return folder ? runner.sync(hooks('by-hand')) : { outcome: 'no-folder' };
        }),
      connectServer: (url, code) =>
        void run('by-hand', async () => {
          // The server is this notebook's remote from now on, in place of a folder: the same sync follows.
          const { choice } = unwrap(await host.enrolSyncServer(url, code));
          await vault('sync.setFolder', choice);
          return runner.sync(hooks('by-hand'));
        }),
      showConflicts: () => setConflictsOpen(true),
      resolved: () => {
        setChanges((count) => count + 1);
        recount();
      },
      recount,
    }),
    [status, running, progress, problem, skipped, message, notice, changes, syncNow, run, runner, hooks, recount, vault, host],
  );

  return (
    <SyncContext.Provider value={view}>
      {children}
      {questions.question && <SyncQuestion question={questions.question} onAnswer={questions.answer} />}
      {conflictsOpen && <ConflictsPanel onClose={() => setConflictsOpen(false)} onResolved={view.resolved} />}
      {changedKey && <AdoptKeyChangeDialog header={changedKey} onStatus={onStatus} onClose={() => setChangedKey(null)} />}
    </SyncContext.Provider>
  );
}

/** The folder's problems that stop a sync, in words (a problem with one segment skips that one instead). */
const FOLDER_PROBLEMS = {
  'disk-full': 'sync.problems.diskFull',
  'drive-unavailable': 'sync.problems.folderGone',
  'not-writable': 'sync.problems.notWritable',
  'unknown-place': 'sync.problems.unknownPlace',
  'in-the-way': 'sync.problems.inTheWay',
  'server-unreachable': 'sync.problems.serverUnreachable',
  'server-refused': 'sync.problems.serverRefused',
  'server-clock-off': 'sync.problems.serverClockOff',
  'server-code-not-valid': 'sync.problems.serverCodeNotValid',
  'server-address-not-valid': 'sync.problems.serverAddressNotValid',
  'server-key-store-unavailable': 'sync.problems.serverKeyStoreUnavailable',
  'server-key-unreadable': 'sync.problems.serverKeyUnreadable',
} as const satisfies Partial<Record<SyncFolderProblem['problem'], string>>;

/**
 * A failed sync, said plainly: a pulled stick says to plug it back in; nothing is ever lost. The
 * vault's errors are the rules' own messages (a clock that is off, a wrong passphrase); any other
 * error's text is a system's, never shown to a peer.
 */
export function problemOf(caught: unknown, t: TFunction): Problem {
  if (caught instanceof SyncFolderError && caught.problem in FOLDER_PROBLEMS)
    return { words: t(FOLDER_PROBLEMS[caught.problem as keyof typeof FOLDER_PROBLEMS], { where: caught.where ?? '' }) };
  if (caught instanceof VaultCallError && caught.messages.length > 0) return { lead: t('sync.problems.failed'), messages: caught.messages };
  return { words: t('sync.problems.unexpected') };
}
