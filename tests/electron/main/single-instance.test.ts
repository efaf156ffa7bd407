import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../../electron/main/single-instance';
import { FakeApp } from './fakes';

describe('claimSingleInstance', () => {
  it('a second instance quits at once and never opens its own window', () => {
    const app = new FakeApp(false);
    const focusExisting = vi.fn();
    expect(claimSingleInstance(app, focusExisting)).toBe(false);
    expect(app.quitCalls).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('the first instance keeps running and brings its window forward when the app is launched again', () => {
    const app = new FakeApp(true);
    const focusExisting = vi.fn();
    expect(claimSingleInstance(app, focusExisting)).toBe(true);
    expect(app.quitCalls).toBe(0);
    expect(focusExisting).not.toHaveBeenCalled();

    app.emit('second-instance', {}, ['peer-notebook'], '/home/peer');
    expect(focusExisting).toHaveBeenCalledTimes(1);
    app.emit('second-instance', {}, ['peer-notebook'], '/home/peer');
    expect(focusExisting).toHaveBeenCalledTimes(2);
  });
});
