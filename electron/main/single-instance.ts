/**
 * One instance at a time: two processes writing one vault would fight over its sync state and
 * its IndexedDB files. A second launch hands over to the first (which shows its window) and quits.
 */

/** The members of Electron's App that `claimSingleInstance` uses. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/**
 * True when this process is the one instance; false (and quitting) when another already runs.
 * `onSecondInstance` runs in the first instance each time someone launches the app again.
 */
export function claimSingleInstance(app: SingleInstanceApp, onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => onSecondInstance());
  return true;
}
