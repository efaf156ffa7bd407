/**
 * The vault must lock when the computer sleeps, its screen locks or another user takes over the
 * session: the person at the keyboard may no longer be the peer specialist. The operating system
 * tells the main process; this passes it on to the renderer as `lockRequested`.
 */
import type { HostEventPayload } from '@shared/host-api';

type LockReason = HostEventPayload<'lockRequested'>['reason'];

/** The members of Electron's powerMonitor used here (an EventEmitter). */
export interface PowerEvents {
  on(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
}

/** powerMonitor event -> the reason the renderer shows on its lock screen. */
const LOCK_TRIGGERS: ReadonlyArray<readonly [event: string, reason: LockReason]> = [
  ['suspend', 'suspend'],
  ['lock-screen', 'lock-screen'],
  // macOS fast user switching; Windows and Linux do not emit it.
  ['user-did-resign-active', 'user-switch'],
];

/** Forwards lock-worthy power events to `send`; returns a function that stops forwarding. */
export function forwardLockEvents(powerMonitor: PowerEvents, send: (payload: HostEventPayload<'lockRequested'>) => void): () => void {
  const subscriptions = LOCK_TRIGGERS.map(([event, reason]) => {
    const listener = () => send({ reason });
    powerMonitor.on(event, listener);
    return () => powerMonitor.removeListener(event, listener);
  });
  return () => subscriptions.forEach((unsubscribe) => unsubscribe());
}
