-- Teams (docs/team-format.md): a blind mailbox between members and each team's signed list.
-- Only random ids, roles, public keys, sequence numbers, sizes, coarse times and sealed bytes:
-- no name, and no sender on a stored envelope (who sent it is inside the seal).

-- A team and the agency-signed list of its members (ids, roles, public keys), as the admin tool published it.
CREATE TABLE teams (
  team_id text PRIMARY KEY,
  directory bytea,
  directory_serial bigint NOT NULL DEFAULT 0
);

-- A member: one account (a peer's or supervisor's), their role, the public keys their app sent,
-- and a head numbering the envelopes waiting for them. A removed member is refused everything.
CREATE TABLE team_members (
  member_id text PRIMARY KEY,
  team_id text NOT NULL REFERENCES teams ON DELETE CASCADE,
  account_id text NOT NULL UNIQUE REFERENCES accounts ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('peer', 'supervisor')),
  signing_key bytea,
  sealing_key bytea,
  removed boolean NOT NULL DEFAULT false,
  mail_head bigint NOT NULL DEFAULT 0
);

-- Sealed envelopes waiting for a member, numbered per recipient in commit order.
CREATE TABLE team_mail (
  recipient text NOT NULL REFERENCES team_members ON DELETE CASCADE,
  seq bigint NOT NULL,
  size integer NOT NULL,
  received_hour timestamptz NOT NULL DEFAULT date_trunc('hour', now()),
  bytes bytea NOT NULL,
  PRIMARY KEY (recipient, seq)
);
ALTER TABLE team_mail ALTER COLUMN bytes SET STORAGE EXTERNAL;
