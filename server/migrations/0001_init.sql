-- The sync server holds only random ids, sequence numbers, sizes, coarse times and sealed bytes.
-- No name, no note, no key: segments are sealed by the notebook (docs/sync-format.md) and the
-- header is the notebook's key slots, each key wrapped under a passphrase-derived key.

-- A peer's account: the devices enrolled for it may use its notebooks, and no others.
CREATE TABLE accounts (
  account_id text PRIMARY KEY,
  created_day date NOT NULL DEFAULT current_date
);

-- One-time enrolment codes, stored as their SHA-256 (a code is 100 random bits).
CREATE TABLE enrolment_codes (
  code_sha256 bytea PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  used boolean NOT NULL DEFAULT false
);

-- A device: its Ed25519 public key, registered with a code; revoked devices are refused.
CREATE TABLE devices (
  device_id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts ON DELETE CASCADE,
  public_key bytea NOT NULL UNIQUE,
  enrolled_day date NOT NULL DEFAULT current_date,
  revoked boolean NOT NULL DEFAULT false
);

-- A notebook: its account, its epoch (new after the database went back in time), its head.
CREATE TABLE vaults (
  vault_id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts ON DELETE CASCADE,
  epoch text NOT NULL,
  head bigint NOT NULL DEFAULT 0,
  header bytea
);

-- Sealed segments, numbered per vault in commit order; (writer, seq) is the segment's own name.
CREATE TABLE segments (
  vault_id text NOT NULL REFERENCES vaults ON DELETE CASCADE,
  server_seq bigint NOT NULL,
  writer text NOT NULL,
  seq integer NOT NULL,
  size integer NOT NULL,
  sha256 bytea NOT NULL,
  received_hour timestamptz NOT NULL DEFAULT date_trunc('hour', now()),
  bytes bytea NOT NULL,
  PRIMARY KEY (vault_id, server_seq),
  UNIQUE (vault_id, writer, seq)
);
-- Ciphertext does not compress: store it as it is.
ALTER TABLE segments ALTER COLUMN bytes SET STORAGE EXTERNAL;

-- Nonces of signed requests seen within the replay window.
CREATE TABLE request_nonces (
  device_id text NOT NULL,
  nonce text NOT NULL,
  seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, nonce)
);
CREATE INDEX request_nonces_seen_at ON request_nonces (seen_at);
