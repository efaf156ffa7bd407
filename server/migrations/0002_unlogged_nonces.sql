-- Nonces matter only within the replay window (60 s): kept out of the write-ahead log, so a request
-- costs no disk flush for them. After a database crash the table starts empty, and requests signed
-- in the last minute before it could be replayed until their time runs out.
ALTER TABLE request_nonces SET UNLOGGED;
