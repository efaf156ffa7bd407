/**
 * The host API: the one narrow contract between the renderer and the main process.
 *
 * Each call is named once here with schemas for its arguments and result. The preload exposes
 * exactly these names on `window.notebook`; the main process validates every argument against
 * these schemas (and the sender's origin) before a handler runs. Nothing else crosses.
 */
import { z } from 'zod';

const noArgs = z.tuple([]);

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Clipboard text is bounded: nothing a peer copies from a record is near this long. */
const ClipboardText = z.string().max(1_000_000);

export const hostCalls = {
  /** Name, version and platform, for the About screen and support requests. */
  getAppInfo: { args: noArgs, result: AppInfo },
  /** Put text on the clipboard; it is wiped after the clipboard timeout unless replaced. */
  copyText: { args: z.tuple([ClipboardText]), result: z.void() },
  /** The renderer saw a copy (Ctrl+C); wipe the clipboard after the timeout unless replaced. */
  noteTextCopied: { args: noArgs, result: z.void() },
  /** Locking: wipe the clipboard now if it still holds something copied from the app. */
  wipeCopiedText: { args: noArgs, result: z.void() },
} as const;

export type HostCallName = keyof typeof hostCalls;
type Spec<N extends HostCallName> = (typeof hostCalls)[N];
export type HostCallArgs<N extends HostCallName> = z.input<Spec<N>['args']>;
export type HostCallResult<N extends HostCallName> = z.output<Spec<N>['result']>;

/** Events the main process sends to the renderer. */
export const hostEvents = {
  /** The computer is going to sleep or its screen was locked: lock the vault now. */
  lockRequested: z.object({ reason: z.enum(['suspend', 'lock-screen', 'user-switch']) }),
} as const;

export type HostEventName = keyof typeof hostEvents;
export type HostEventPayload<E extends HostEventName> = z.output<(typeof hostEvents)[E]>;

/** What the main process implements: one function per call. */
export type HostHandlers = {
  [N in HostCallName]: (...args: HostCallArgs<N>) => Promise<HostCallResult<N>> | HostCallResult<N>;
};

/** What the renderer sees as `window.notebook`. */
export type HostApi = {
  [N in HostCallName]: (...args: HostCallArgs<N>) => Promise<HostCallResult<N>>;
} & {
  on<E extends HostEventName>(event: E, listener: (payload: HostEventPayload<E>) => void): () => void;
};

export const hostCallNames = Object.keys(hostCalls) as HostCallName[];
export const hostEventNames = Object.keys(hostEvents) as HostEventName[];

export const hostCallChannel = (name: HostCallName): string => `notebook:call:${name}`;
export const hostEventChannel = (name: HostEventName): string => `notebook:event:${name}`;

/** The origin the renderer is served from in the app; IndexedDB data is tied to it, never change it. */
export const APP_ORIGIN = 'app://notebook';
