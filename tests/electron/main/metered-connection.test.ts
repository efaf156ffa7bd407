import { describe, expect, it } from 'vitest';
import { createConnectionCostProbe } from '../../../electron/main/metered-connection';
import { fakeCommands } from './command-fakes';

describe('the metered-connection probe', () => {
  it.each([
    ['Unrestricted', 'unmetered'],
    ['Fixed', 'metered'],
    ['Variable', 'metered'],
    ['None', 'unknown'],
  ] as const)('on Windows, a connection cost of %s is %s', async (cost, expected) => {
    const commands = fakeCommands(() => ({ stdout: `${cost}\r\n` }));
    expect(await createConnectionCostProbe('win32', commands.run)()).toBe(expected);
    expect(commands.calls[0]!.file).toBe('powershell.exe');
    expect(commands.calls[0]!.args).toContain('-NonInteractive');
  });

  it.each([
    ['u 1', 'metered'],
    ['u 3', 'metered'],
    ['u 2', 'unmetered'],
    ['u 4', 'unmetered'],
    ['u 0', 'unknown'],
  ] as const)("on Linux, NetworkManager's Metered %s is %s", async (answer, expected) => {
    const commands = fakeCommands(() => ({ stdout: `${answer}\n` }));
    expect(await createConnectionCostProbe('linux', commands.run)()).toBe(expected);
    expect(commands.calls[0]!.args).toContain('org.freedesktop.NetworkManager');
  });

  it('when the system tool is missing or fails, the cost is unknown (so the peer is asked)', async () => {
    const missing = fakeCommands(() => ({ exitCode: -1, stderr: 'spawn busctl ENOENT' }));
    expect(await createConnectionCostProbe('linux', missing.run)()).toBe('unknown');
    expect(await createConnectionCostProbe('win32', missing.run)()).toBe('unknown');
  });

  it('on macOS the cost cannot be told, so it is unknown without running anything', async () => {
    const commands = fakeCommands(() => ({}));
    expect(await createConnectionCostProbe('darwin', commands.run)()).toBe('unknown');
    expect(commands.calls).toEqual([]);
  });
});
