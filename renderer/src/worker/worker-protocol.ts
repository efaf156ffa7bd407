/**
 * Messages between the window and the vault worker. Each request carries the window's clock
 * (`at`): the vault core goes by it (clock.ts), so what the peer sees on screen as "now" and what
 * the core decides is due agree. Errors cross as name + message, and with `messages` when the
 * message is several rules' messages joined (each is translated on its own).
 */
import type { Message } from '@shared/messages';

export interface VaultRequest {
  id: number;
  name: string;
  arg: unknown;
  at: number;
}

export type VaultResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; messages?: readonly Message[] } };
