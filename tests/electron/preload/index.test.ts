/** The preload entry, with `electron` replaced by a fake: it exposes `window.notebook` and nothing else. */
import { describe, expect, it, vi } from 'vitest';
import { hostCallNames } from '@shared/host-api';

const fake = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  invoked: [] as unknown[][],
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.push([key, api]) },
    ipcRenderer: Object.assign(new Emitter(), { invoke: async (...args: unknown[]) => void fake.invoked.push(args) }),
  };
});

describe('the preload entry', () => {
  it('exposes only window.notebook, built from the host contract', async () => {
    await import('../../../electron/preload/index');
    expect(fake.exposed.map(([key]) => key)).toEqual(['notebook']);
    const api = fake.exposed[0]![1] as Record<string, (...args: unknown[]) => unknown>;
    expect(Object.keys(api).sort()).toEqual([...hostCallNames, 'on'].sort());
    await api.copyText!('x');
    expect(fake.invoked).toEqual([['notebook:call:copyText', 'x']]);
  });
});
