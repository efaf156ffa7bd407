import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { hostEvents, type HostEventPayload } from '@shared/host-api';
import { forwardLockEvents } from '../../../electron/main/lock-events';

function setup() {
  const powerMonitor = new EventEmitter();
  const sent: HostEventPayload<'lockRequested'>[] = [];
  const stop = forwardLockEvents(powerMonitor, (payload) => sent.push(payload));
  return { powerMonitor, sent, stop };
}

describe('forwardLockEvents', () => {
  it.each([
    ['suspend', 'suspend'],
    ['lock-screen', 'lock-screen'],
    ['user-did-resign-active', 'user-switch'],
  ] as const)('asks the renderer to lock on %s (reason %s)', (event, reason) => {
    const { powerMonitor, sent } = setup();
    powerMonitor.emit(event);
    expect(sent).toEqual([{ reason }]);
    // What is sent is exactly what the contract lets the renderer accept.
    expect(hostEvents.lockRequested.parse(sent[0])).toEqual({ reason });
  });

  it('ignores power events that are no reason to lock', () => {
    const { powerMonitor, sent } = setup();
    for (const event of ['resume', 'unlock-screen', 'on-ac', 'on-battery', 'user-did-become-active']) powerMonitor.emit(event);
    expect(sent).toEqual([]);
  });

  it('stops forwarding when unsubscribed, leaving no listener behind', () => {
    const { powerMonitor, sent, stop } = setup();
    stop();
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    expect(sent).toEqual([]);
    expect(powerMonitor.eventNames()).toEqual([]);
  });
});
