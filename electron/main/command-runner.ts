/**
 * Runs a system tool (reg.exe, plutil, nmcli...) and hands back what it printed. Main-process
 * modules take a CommandRunner as a parameter, so tests give them a fake that answers as the
 * tool would.
 */
import { execFile } from 'node:child_process';

export interface CommandResult {
  /** 0 on success; the tool's exit code, or -1 when it could not be started or timed out. */
  exitCode: number;
  stdout: string;
  stderr: string;
}

export type CommandRunner = (file: string, args: readonly string[]) => Promise<CommandResult>;

/** No shell (arguments are never parsed), no window on Windows, and no tool may hang start-up. */
export const runCommand: CommandRunner = (file, args) =>
  new Promise((resolve) => {
    execFile(file, args, { encoding: 'utf8', timeout: 10_000, windowsHide: true, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve({ exitCode: 0, stdout, stderr });
      resolve({ exitCode: typeof error.code === 'number' ? error.code : -1, stdout, stderr: stderr || error.message });
    });
  });
