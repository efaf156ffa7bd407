/**
 * Is this computer on a metered connection (a phone hotspot, a capped mobile plan)? Peers often
 * work from such connections, and an update is a hundred megabytes, so updates download there only
 * with the peer's consent. Electron has no API for this, so the main process asks the system:
 * Windows through PowerShell's WinRT connection cost, Linux through NetworkManager's D-Bus
 * property. macOS offers no tool for it (only NWPath in Swift), so there it is "unknown".
 * The caller treats "unknown" as metered: asking once too often costs a click, not a data plan.
 */
import type { CommandRunner } from './command-runner';

export type ConnectionCost = 'metered' | 'unmetered' | 'unknown';

const WINDOWS_COST_SCRIPT = [
  '[Windows.Networking.Connectivity.NetworkInformation,Windows.Networking.Connectivity,ContentType=WindowsRuntime] | Out-Null',
  '$profile = [Windows.Networking.Connectivity.NetworkInformation]::GetInternetConnectionProfile()',
  "if ($profile) { $profile.GetConnectionCost().NetworkCostType } else { 'None' }",
].join('; ');

/** NetworkCostType: Unrestricted, Fixed (a data cap), Variable (pay per byte), Unknown. */
function windowsCost(output: string): ConnectionCost {
  const cost = output.trim();
  if (cost === 'Unrestricted') return 'unmetered';
  return cost === 'Fixed' || cost === 'Variable' ? 'metered' : 'unknown';
}

/** NMMetered as busctl prints it ("u 4"): 1 yes, 2 no, 3 guessed yes, 4 guessed no, 0 unknown. */
function networkManagerCost(output: string): ConnectionCost {
  const value = /^u (\d)$/.exec(output.trim())?.[1];
  if (value === '1' || value === '3') return 'metered';
  return value === '2' || value === '4' ? 'unmetered' : 'unknown';
}

export function createConnectionCostProbe(platform: NodeJS.Platform, run: CommandRunner): () => Promise<ConnectionCost> {
  if (platform === 'win32') {
    return async () => {
      const result = await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_COST_SCRIPT]);
      return result.exitCode === 0 ? windowsCost(result.stdout) : 'unknown';
    };
  }
  if (platform === 'linux') {
    return async () => {
      const result = await run('busctl', [
        '--system',
        'get-property',
        'org.freedesktop.NetworkManager',
        '/org/freedesktop/NetworkManager',
        'org.freedesktop.NetworkManager',
        'Metered',
      ]);
      return result.exitCode === 0 ? networkManagerCost(result.stdout) : 'unknown';
    };
  }
  return async () => 'unknown';
}
