/**
 * Reading a small file the peer chose in an open dialog (a resource list, a team list): refused
 * when too large before it is read (and again after, in case it grew in between), and a drive
 * that went away or a file they may not read said as a kind the window words.
 */
import { fileProblemOf } from './file-problems';

export type ChosenFileProblem = 'too-large' | 'drive-unavailable' | 'not-readable';

/** The file-system members used here: node:fs/promises, or a wrapper in tests that fails on cue. */
export interface ChosenFileFs {
  stat(path: string): Promise<{ size: number }>;
  readFile(path: string): Promise<Uint8Array>;
}

export async function readChosenFile(
  fs: ChosenFileFs,
  path: string,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; problem: ChosenFileProblem }> {
  try {
    if ((await fs.stat(path)).size > maxBytes) return { ok: false, problem: 'too-large' };
    const bytes = await fs.readFile(path);
    if (bytes.length > maxBytes) return { ok: false, problem: 'too-large' };
    return { ok: true, bytes };
  } catch (error) {
    const problem = fileProblemOf(error);
    if (!problem) throw error;
    return { ok: false, problem: problem === 'not-writable' ? 'not-readable' : 'drive-unavailable' };
  }
}
