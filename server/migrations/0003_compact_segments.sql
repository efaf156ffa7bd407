-- Segments stored in fewer bytes (docs/SERVER.md, "How much it stores"). The cost of a segment
-- beyond its sealed bytes is per row, in the heap and in both indexes: ids kept as hex text, a
-- SHA-256 no lookup needs, and columns in an order that pads. Now:
--   - the notebook id is a uuid (its 32 hex digits are exactly 16 bytes; PostgreSQL reads the
--     hex form the API uses, and the store gives it back in that form) and the writer's 16-hex id
--     is 8 bytes of bytea: 16 + 9 bytes instead of 33 + 17, in the heap and in both indexes;
--   - no sha256: a segment sent again is compared with the one stored, byte for byte, on that
--     rare path (server/vault-store.ts), which is exact where the digest only was very likely;
--   - fixed-width columns first, widest first, so nothing pads between them;
--   - a segment's bytes in two parts: `bytes`, whole TOAST chunks (1,996 bytes each on PostgreSQL's
--     standard 8 KB pages; four fill a page), moved out of the row; and `bytes_rest`, what is left
--     over, kept in the row. One column alone ends every segment in a part-filled chunk that
--     leaves the rest of its page mostly unusable (a 4 KB segment is two chunks and 104 bytes, and
--     cost 5.5 KB in TOAST). Where the remainder would make the row too wide for four rows to a
--     page, or the segment is smaller than a chunk, it all stays in `bytes`.
-- Both indexes stay: pulls find segments by (vault, server_seq), a re-sent push by its name
-- (vault, writer, seq), and one index cannot answer both without reading all of a notebook's rows.
-- The rows are copied in (vault, server_seq) order, so the primary key is built packed.

ALTER TABLE segments DROP CONSTRAINT segments_vault_id_fkey;
ALTER TABLE vaults ALTER COLUMN vault_id TYPE uuid USING vault_id::uuid;

-- How many of a segment's first bytes go in `bytes`; the rest go in `bytes_rest`.
CREATE FUNCTION segment_chunked_length(size integer) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT
AS $$ SELECT CASE WHEN size < 1996 OR size % 1996 > 1900 THEN size ELSE size - size % 1996 END $$;

CREATE TABLE segments_compact (
  vault_id uuid NOT NULL REFERENCES vaults ON DELETE CASCADE,
  server_seq bigint NOT NULL,
  received_hour timestamptz NOT NULL DEFAULT date_trunc('hour', now()),
  seq integer NOT NULL,
  size integer NOT NULL,
  writer bytea NOT NULL CHECK (octet_length(writer) = 8),
  bytes bytea NOT NULL,
  bytes_rest bytea NOT NULL DEFAULT ''
);
-- Ciphertext does not compress: store it as it is, the chunks out of the row and the rest in it.
ALTER TABLE segments_compact ALTER COLUMN bytes SET STORAGE EXTERNAL;
ALTER TABLE segments_compact ALTER COLUMN bytes_rest SET STORAGE PLAIN;

INSERT INTO segments_compact (vault_id, server_seq, received_hour, seq, size, writer, bytes, bytes_rest)
SELECT vault_id::uuid, server_seq, received_hour, seq, size, decode(writer, 'hex'),
  substring(bytes FROM 1 FOR segment_chunked_length(size)), substring(bytes FROM segment_chunked_length(size) + 1)
FROM segments
ORDER BY 1, 2;

DROP TABLE segments;
ALTER TABLE segments_compact RENAME TO segments;
ALTER TABLE segments RENAME CONSTRAINT segments_compact_vault_id_fkey TO segments_vault_id_fkey;
ALTER TABLE segments RENAME CONSTRAINT segments_compact_writer_check TO segments_writer_check;
ALTER TABLE segments ADD CONSTRAINT segments_pkey PRIMARY KEY (vault_id, server_seq);
ALTER TABLE segments ADD CONSTRAINT segments_vault_id_writer_seq_key UNIQUE (vault_id, writer, seq);
