/**
 * What the page gets as `window.notebook`: one function per host call and `on` for host events,
 * nothing else. The page never sees ipcRenderer, channel names or IPC event objects (which would
 * let it send on any channel); it sees only the contract in shared/host-api.ts.
 */
import {
  hostCallChannel,
  hostCallNames,
  hostEventChannel,
  hostEventNames,
  hostEvents,
  type HostApi,
  type HostEventName,
} from '@shared/host-api';

/** The members of Electron's ipcRenderer the bridge uses. */
export interface BridgeIpcRenderer {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function isHostEventName(name: unknown): name is HostEventName {
  return typeof name === 'string' && (hostEventNames as string[]).includes(name);
}

export function buildHostBridge(ipcRenderer: BridgeIpcRenderer): HostApi {
  const bridge: Record<string, unknown> = {};
  for (const name of hostCallNames) {
    bridge[name] = (...args: unknown[]) => ipcRenderer.invoke(hostCallChannel(name), ...args);
  }
  bridge.on = (event: unknown, listener: unknown): (() => void) => {
    if (!isHostEventName(event)) throw new Error(`There is no host event ${JSON.stringify(event)}.`);
    if (typeof listener !== 'function') throw new TypeError('A host event listener must be a function.');
    const channel = hostEventChannel(event);
    const schema = hostEvents[event];
    const relay = (_ipcEvent: unknown, payload: unknown) => {
      // The payload only, checked against the contract; the IPC event object never reaches the page.
      const parsed = schema.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(channel, relay);
    return () => {
      ipcRenderer.removeListener(channel, relay);
    };
  };
  return Object.freeze(bridge) as HostApi;
}
