/**
 * The main-process side of the host API: every call from the renderer is checked here before a
 * handler runs. The sender must be the app's own origin, the call must be one the contract names,
 * and its arguments must parse against the contract's schema; the result is parsed too, so a
 * handler bug cannot hand the page something the contract does not promise.
 *
 * Independent of Electron: the end-to-end harness uses the same dispatcher over another transport.
 */
import { hostCallChannel, hostCallNames, hostCalls, type HostCallName, type HostHandlers } from '@shared/host-api';
import { originOf } from './origin';

export type HostCallRefusal = 'untrusted-sender' | 'unknown-call' | 'invalid-arguments' | 'invalid-result';

/** A host call that was not run (or whose result was not returned), and why. */
export class HostCallRefused extends Error {
  override readonly name = 'HostCallRefused';
  constructor(
    readonly reason: HostCallRefusal,
    message: string,
  ) {
    super(message);
  }
}

export type HostDispatcher = (name: string, args: unknown[], senderUrl: string | undefined) => Promise<unknown>;

export interface DispatcherOptions {
  /** The origin the renderer is served from; calls from any other page are refused. */
  trustedOrigin: string;
}

function isHostCallName(name: string): name is HostCallName {
  // Own keys only: "toString" or "__proto__" are not host calls.
  return typeof name === 'string' && Object.hasOwn(hostCalls, name);
}

/** Error messages name the schema's complaint (type, path), never the value: it may be a peer's data. */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => (issue.path.length ? `argument ${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export function createHostDispatcher(handlers: HostHandlers, { trustedOrigin }: DispatcherOptions): HostDispatcher {
  const trusted = originOf(trustedOrigin);
  if (!trusted) throw new Error(`Not an origin: ${trustedOrigin}`);

  return async (name, args, senderUrl) => {
    if (originOf(senderUrl) !== trusted) {
      throw new HostCallRefused('untrusted-sender', `Host call ${JSON.stringify(name)} refused: the sender is not the app's page.`);
    }
    if (!isHostCallName(name)) {
      throw new HostCallRefused('unknown-call', `Host call ${JSON.stringify(name)} refused: there is no such call.`);
    }
    const spec = hostCalls[name];
    const parsedArgs = spec.args.safeParse(args);
    if (!parsedArgs.success) {
      throw new HostCallRefused('invalid-arguments', `Host call "${name}" refused: ${describeIssues(parsedArgs.error.issues)}.`);
    }
    // The tuple schema matched this name, so the handler's parameter types hold.
    const handler = handlers[name] as (...callArgs: unknown[]) => unknown;
    const result = await handler(...(parsedArgs.data as unknown[]));
    const parsedResult = spec.result.safeParse(result);
    if (!parsedResult.success) {
      throw new HostCallRefused('invalid-result', `Host call "${name}" returned a result the contract does not allow.`);
    }
    return parsedResult.data;
  };
}

/** The part of Electron's invoke event the dispatcher needs: which page frame sent the call. */
export interface HostInvokeEvent {
  senderFrame?: { url: string } | null;
}

/** The member of Electron's ipcMain that `registerHostHandlers` uses. */
export interface HostIpcMain {
  handle(channel: string, listener: (event: HostInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/** One ipcMain channel per host call, all going through the dispatcher. */
export function registerHostHandlers(ipcMain: HostIpcMain, dispatch: HostDispatcher): void {
  for (const name of hostCallNames) {
    ipcMain.handle(hostCallChannel(name), (event, ...args) => dispatch(name, args, event.senderFrame?.url));
  }
}
