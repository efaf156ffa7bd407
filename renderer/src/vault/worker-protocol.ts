/**
 * Messages between the window and the vault worker. Errors cross as name + message, and with
 * `messages` when the message is several rules' messages joined (each is translated on its own).
 */
export interface VaultRequest {
  id: number;
  name: string;
  arg: unknown;
}

export type VaultResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; messages?: readonly string[] } };
