import type { HostApi } from '@shared/host-api';

declare global {
  interface Window {
    /** The host API, exposed by the preload (or the test bridge). Nothing else from the host. */
    readonly notebook: HostApi;
  }
}

export function host(): HostApi {
  if (!window.notebook) throw new Error('Peer Notebook must be opened as an app, not in a browser.');
  return window.notebook;
}
