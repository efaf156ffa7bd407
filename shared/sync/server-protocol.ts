/**
 * The sync server's wire protocol (docs/SERVER.md), shared by the server (server/) and the app's
 * client (electron/main): the same sealed segments a sync folder holds (sync-segment.ts), moved
 * over HTTP. The server stores bytes it cannot open; everything it sees is named here.
 *
 * Requests are signed by the device's Ed25519 key, registered once with a one-time enrolment
 * code. The signed text binds method, path (with query), body, time and a nonce, so a request
 * cannot be replayed, moved to another route or changed on the way.
 */
import { z } from 'zod';
import { concatBytes, fromUtf8, utf8 } from '../crypto/bytes';
import { readU32le, u32le } from '../backup/backup-layout';

export const PROTOCOL_PREFIX = '/v1';

/** Signed request headers. */
export const AUTH_HEADERS = {
  device: 'x-pn-device',
  time: 'x-pn-time',
  nonce: 'x-pn-nonce',
  signature: 'x-pn-signature',
} as const;

/** A signed request is accepted this long either side of the server's clock; its nonce is remembered as long. */
export const REPLAY_WINDOW_MS = 60_000;
/** A pull page holds segments up to about this many bytes (one larger segment goes alone). */
export const PULL_PAGE_BYTES = 1024 * 1024;
/** The longest a pull waits for a change before answering "nothing new". */
export const MAX_WAIT_SECONDS = 25;

/**
 * PostgreSQL channels the server's processes listen on: a committed push notifies `head` with the
 * vault id; the admin tool's revocation notifies `revoked` with the device id.
 */
export const SERVER_CHANNELS = { head: 'pn_head', revoked: 'pn_revoked' } as const;

export const VAULT_ID = /^[0-9a-f]{32}$/;
export const DEVICE_ID = /^[0-9a-f]{32}$/;
export const WRITER_ID = /^[0-9a-f]{16}$/;
export const NONCE = /^[0-9a-f]{32}$/;
/** An enrolment code as the admin tool prints it: 5 groups of 4 (about 100 bits). */
export const ENROLMENT_CODE = /^[A-Z2-7]{4}(-[A-Z2-7]{4}){4}$/;

/**
 * The text a device signs: one line each, so no field can bleed into the next.
 * `bodySha256` is the hex SHA-256 of the raw body (of nothing for a GET).
 */
export function signedText(request: {
  method: string;
  path: string;
  bodySha256: string;
  time: number;
  nonce: string;
  device: string;
}): Uint8Array {
  return utf8(
    [
      'peer-notebook/sync-request/v1',
      request.method.toUpperCase(),
      request.path,
      request.bodySha256,
      String(request.time),
      request.nonce,
      request.device,
    ].join('\n'),
  );
}

/** Where a vault stands on the server: a random epoch (a new one after the server's database went back) and its head. */
export const VaultPosition = z.object({ epoch: z.string(), head: z.number().int().nonnegative() });
export type VaultPosition = z.infer<typeof VaultPosition>;

export const EnrolReply = z.object({ deviceId: z.string().regex(DEVICE_ID) });
export const VaultsReply = z.object({ vaults: z.array(VaultPosition.extend({ vaultId: z.string().regex(VAULT_ID) })) });
export const HeaderReply = VaultPosition.extend({ header: z.string().nullable() });
export const PushReply = VaultPosition.extend({ serverSeq: z.number().int().positive() });

/** What a refusal says: a kind the app words, never a system message. */
export const ServerRefusal = z.object({
  error: z.enum([
    'unauthorised',
    'clock-off',
    'replayed',
    'revoked',
    'forbidden',
    'not-found',
    'segment-exists',
    'bad-request',
    'too-large',
    'too-many-requests',
    'code-not-valid',
    'server-error',
  ]),
});
export type ServerRefusal = z.infer<typeof ServerRefusal>;

/** One segment in a pull page: its place in the vault's sequence, its name and its sealed bytes. */
export interface PulledSegment {
  serverSeq: number;
  deviceId: string;
  seq: number;
  bytes: Uint8Array;
}

const PageMeta = VaultPosition.extend({
  continues: z.boolean(),
  segments: z.array(
    z.tuple([z.number().int().positive(), z.string().regex(WRITER_ID), z.number().int().positive(), z.number().int().nonnegative()]),
  ),
});

export interface PullPage extends VaultPosition {
  /**
   * False when the segment the reader last had (at `after`) is not the one the server holds
   * there, or the head is behind `after`: the server's database went back in time.
   */
  continues: boolean;
  segments: PulledSegment[];
}

/** A pull page on the wire: [u32 LE n][n bytes of JSON: epoch, head, continues, [serverSeq, deviceId, seq, bytes]...][segment bytes in order]. */
export function encodePullPage(page: PullPage): Uint8Array<ArrayBuffer> {
  const meta = utf8(
    JSON.stringify({
      epoch: page.epoch,
      head: page.head,
      continues: page.continues,
      segments: page.segments.map((s) => [s.serverSeq, s.deviceId, s.seq, s.bytes.length]),
    }),
  );
  return concatBytes(u32le(meta.length), meta, ...page.segments.map((s) => s.bytes)) as Uint8Array<ArrayBuffer>;
}

export function decodePullPage(bytes: Uint8Array): PullPage {
  const metaLength = readU32le(bytes, 0);
  const meta = PageMeta.parse(JSON.parse(fromUtf8(bytes.subarray(4, 4 + metaLength))));
  let offset = 4 + metaLength;
  const segments = meta.segments.map(([serverSeq, deviceId, seq, length]) => {
    const segment = { serverSeq, deviceId, seq, bytes: bytes.slice(offset, offset + length) };
    offset += length;
    return segment;
  });
  if (offset !== bytes.length) throw new TypeError('a pull page of the wrong length');
  return { epoch: meta.epoch, head: meta.head, continues: meta.continues, segments };
}
