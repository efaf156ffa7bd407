import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { hostCallChannel, hostCallNames, hostEventChannel } from '@shared/host-api';
import { buildHostBridge } from '../../../electron/preload/host-bridge';

/** Like Electron's ipcRenderer: invoke is recorded, `on` listeners get (event, ...args). */
class FakeIpcRenderer extends EventEmitter {
  readonly invoked: { channel: string; args: unknown[] }[] = [];
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return `answer from ${channel}`;
  }
  /** What the main process's webContents.send does: the listener gets an IPC event first. */
  deliver(channel: string, ...args: unknown[]): void {
    this.emit(channel, { sender: this, senderId: 0, ports: [] }, ...args);
  }
}

describe('the preload bridge (window.notebook)', () => {
  it('exposes exactly one function per host call, plus on, and nothing else', () => {
    const bridge = buildHostBridge(new FakeIpcRenderer());
    expect(Object.keys(bridge).sort()).toEqual([...hostCallNames, 'on'].sort());
    for (const key of Object.keys(bridge)) expect(typeof (bridge as unknown as Record<string, unknown>)[key]).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('send');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('invokes each call on its own channel with the arguments given', async () => {
    const ipc = new FakeIpcRenderer();
    const bridge = buildHostBridge(ipc);
    await expect(bridge.copyText('a note')).resolves.toBe(`answer from ${hostCallChannel('copyText')}`);
    await bridge.getAppInfo();
    expect(ipc.invoked).toEqual([
      { channel: 'notebook:call:copyText', args: ['a note'] },
      { channel: 'notebook:call:getAppInfo', args: [] },
    ]);
  });

  it('on delivers the payload only, never the IPC event (which could reach ipcRenderer)', () => {
    const ipc = new FakeIpcRenderer();
    const received: unknown[][] = [];
    buildHostBridge(ipc).on('lockRequested', (...args: unknown[]) => received.push(args));
    ipc.deliver(hostEventChannel('lockRequested'), { reason: 'suspend' });
    expect(received).toEqual([[{ reason: 'suspend' }]]);
  });

  it('drops an event whose payload the contract does not allow', () => {
    const ipc = new FakeIpcRenderer();
    const received: unknown[] = [];
    buildHostBridge(ipc).on('lockRequested', (payload) => received.push(payload));
    ipc.deliver(hostEventChannel('lockRequested'), { reason: 'because' });
    ipc.deliver(hostEventChannel('lockRequested'));
    expect(received).toEqual([]);
  });

  it('on returns an unsubscribe that stops delivery and removes the IPC listener', () => {
    const ipc = new FakeIpcRenderer();
    const received: unknown[] = [];
    const channel = hostEventChannel('lockRequested');
    const unsubscribe = buildHostBridge(ipc).on('lockRequested', (payload) => received.push(payload));
    expect(ipc.listenerCount(channel)).toBe(1);
    unsubscribe();
    ipc.deliver(channel, { reason: 'lock-screen' });
    expect(received).toEqual([]);
    expect(ipc.listenerCount(channel)).toBe(0);
  });

  it('on refuses unknown event names and non-function listeners', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = buildHostBridge(ipc);
    const on = bridge.on as (event: string, listener: unknown) => () => void;
    expect(() => on('ipc-message', () => undefined)).toThrow(/no host event/);
    expect(() => on('__proto__', () => undefined)).toThrow(/no host event/);
    expect(() => on('lockRequested', 'not a function')).toThrow(TypeError);
    expect(ipc.eventNames()).toEqual([]);
  });
});
