/**
 * What the window says when a sync stops: each folder problem in the peer's words (English and
 * Spanish), and never a system's own message.
 */
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../../renderer/src/i18n/i18n';
import { problemOf } from '../../../../renderer/src/features/sync/use-sync';
import { SyncFolderError } from '../../../../renderer/src/features/sync/sync-runner';

const english = i18n.getFixedT('en');
const spanish = i18n.getFixedT('es');
const wordsOf = (problem: ReturnType<typeof problemOf>) => ('words' in problem ? problem.words : problem.messages.join(' '));

describe('a sync that stopped, as the peer reads it', () => {
  it('an error from the main process is never shown as its system message', () => {
    const raw = new Error("Error invoking remote method 'readSyncSegment': Error: EISDIR: illegal operation on a directory, read");
    for (const t of [english, spanish]) {
      const words = wordsOf(problemOf(raw, t));
      expect(words).not.toMatch(/EISDIR|invoking|remote method/);
      expect(words).toBe(t('sync.problems.unexpected'));
    }
    expect(wordsOf(problemOf(raw, english))).toContain('Nothing was lost');
  });

  it('something in the way names where it is and what to do, in either language', () => {
    const where = `peer-notebook-sync/${'ab'.repeat(16)}/header.json`;
    const inTheWay = new SyncFolderError('in-the-way', where);
    expect(wordsOf(problemOf(inTheWay, english))).toBe(
      `Something in the sync folder is where Peer Notebook keeps its own files: ${where}. Move it out of the sync folder or remove it, then choose Sync now. Nothing was lost.`,
    );
    expect(wordsOf(problemOf(inTheWay, spanish))).toContain(`${where}. Sácalo de la carpeta o bórralo`);
  });

  it('a full drive and a folder it may not write to each say what to do', () => {
    expect(wordsOf(problemOf(new SyncFolderError('disk-full'), english))).toContain('Make some room on it');
    expect(wordsOf(problemOf(new SyncFolderError('not-writable'), spanish))).toContain('Elige otra carpeta');
  });

  it('a computer with no key store, or a key it can no longer open, is told what to do and that nothing was lost', () => {
    const noKeyStore = wordsOf(problemOf(new SyncFolderError('server-key-store-unavailable'), english));
    expect(noKeyStore).toContain('your code was not used');
    expect(noKeyStore).toContain('set up GNOME Keyring or KWallet');
    expect(wordsOf(problemOf(new SyncFolderError('server-key-unreadable'), english))).toContain(
      'Ask your agency for a new enrolment code, then connect again. Nothing was lost',
    );
    expect(wordsOf(problemOf(new SyncFolderError('server-key-store-unavailable'), spanish))).toContain('tu código no se usó');
  });
});
