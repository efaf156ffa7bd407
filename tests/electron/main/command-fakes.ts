/** A stand-in for system tools: answers each command as the real tool would, and records the calls. */
import type { CommandResult, CommandRunner } from '../../../electron/main/command-runner';

export interface FakeCommands {
  run: CommandRunner;
  calls: { file: string; args: readonly string[] }[];
}

export function fakeCommands(answer: (file: string, args: readonly string[]) => Partial<CommandResult>): FakeCommands {
  const calls: FakeCommands['calls'] = [];
  return {
    calls,
    run: async (file, args) => {
      calls.push({ file, args });
      return { exitCode: 0, stdout: '', stderr: '', ...answer(file, args) };
    },
  };
}
