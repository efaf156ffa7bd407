/**
 * Devices and their signed requests. A device enrols once with a one-time code from the agency's
 * admin tool (stored as its SHA-256) and registers its own Ed25519 public key; from then on every
 * request carries the device id, the time, a fresh nonce and a signature over those, the method,
 * the path and the body's hash (shared/sync/server-protocol.ts). A request outside the replay
 * window, with a nonce already seen, from a revoked device or with a signature that does not
 * verify is refused; the device is read from the database on every request, so a revocation
 * holds at once for new requests (waiting pulls hear of it through ChangeWatch).
 */
import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import type pg from 'pg';
import { AUTH_HEADERS, DEVICE_ID, NONCE, REPLAY_WINDOW_MS, signedText, type ServerRefusal } from '@shared/sync/server-protocol';

export interface Device {
  deviceId: string;
  accountId: string;
}

export interface SignedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array;
}

type Refusal = ServerRefusal['error'];

const header = (request: SignedRequest, name: string) => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** An Ed25519 public key as 32 raw bytes, in the form node:crypto verifies with. */
function publicKeyFrom(raw: Uint8Array) {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export class DeviceAuth {
  private lastSweep = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => number = Date.now,
  ) {}

  /** Redeems a one-time code for a new device with this public key; null when the code is unknown, used or expired. */
  async enrol(code: string, publicKey: Uint8Array): Promise<Device | null> {
    if (publicKey.length !== 32) return null;
    const codeHash = createHash('sha256').update(code, 'utf8').digest();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const used = await client.query<{ account_id: string }>(
        'UPDATE enrolment_codes SET used = true WHERE code_sha256 = $1 AND NOT used AND expires_at > now() RETURNING account_id',
        [codeHash],
      );
      const accountId = used.rows[0]?.account_id;
      // The same key enrolled twice would make two devices of one key: refused, and the code stays unused.
      const known = await client.query('SELECT 1 FROM devices WHERE public_key = $1', [Buffer.from(publicKey)]);
      if (!accountId || known.rowCount) {
        await client.query('ROLLBACK');
        return null;
      }
      const deviceId = randomBytes(16).toString('hex');
      await client.query('INSERT INTO devices (device_id, account_id, public_key) VALUES ($1, $2, $3)', [
        deviceId,
        accountId,
        Buffer.from(publicKey),
      ]);
      await client.query('COMMIT');
      return { deviceId, accountId };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** The device that signed this request, or why it is refused. The nonce is remembered only once the signature verified. */
  async authenticate(request: SignedRequest): Promise<Device | Refusal> {
    const deviceId = header(request, AUTH_HEADERS.device);
    const time = Number(header(request, AUTH_HEADERS.time));
    const nonce = header(request, AUTH_HEADERS.nonce);
    const signature = header(request, AUTH_HEADERS.signature);
    if (!deviceId || !DEVICE_ID.test(deviceId) || !nonce || !NONCE.test(nonce) || !signature || !Number.isSafeInteger(time))
      return 'unauthorised';
    const { rows } = await this.pool.query<{ account_id: string; public_key: Buffer; revoked: boolean }>(
      'SELECT account_id, public_key, revoked FROM devices WHERE device_id = $1',
      [deviceId],
    );
    const device = rows[0];
    if (!device) return 'unauthorised';
    const text = signedText({
      method: request.method,
      path: request.url,
      bodySha256: sha256Hex(request.body),
      time,
      nonce,
      device: deviceId,
    });
    const signatureBytes = Buffer.from(signature, 'base64');
    if (signatureBytes.length !== 64 || !verify(null, text, publicKeyFrom(device.public_key), signatureBytes)) return 'unauthorised';
    if (device.revoked) return 'revoked';
    if (Math.abs(time - this.now()) > REPLAY_WINDOW_MS) return 'clock-off';
    await this.sweepNonces();
    const fresh = await this.pool.query('INSERT INTO request_nonces (device_id, nonce) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      deviceId,
      nonce,
    ]);
    if (fresh.rowCount === 0) return 'replayed';
    return { deviceId, accountId: device.account_id };
  }

  /** Whether the device is still allowed (a waiting pull asks between its slices). */
  async isActive(deviceId: string): Promise<boolean> {
    const { rows } = await this.pool.query<{ revoked: boolean }>('SELECT revoked FROM devices WHERE device_id = $1', [deviceId]);
    return rows[0]?.revoked === false;
  }

  /** Nonces older than two windows can no longer be replayed (their time is refused): forgotten, at most once a window. */
  private async sweepNonces(): Promise<void> {
    const now = this.now();
    if (now - this.lastSweep < REPLAY_WINDOW_MS) return;
    this.lastSweep = now;
    await this.pool.query(`DELETE FROM request_nonces WHERE seen_at < now() - interval '${(2 * REPLAY_WINDOW_MS) / 1000} seconds'`);
  }
}
