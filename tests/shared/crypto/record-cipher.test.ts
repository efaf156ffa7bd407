import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import {
  RECORD_FORMAT_VERSION,
  RECORD_NONCE_BYTES,
  openRecord,
  recordAssociatedData,
  sealRecord,
  type RecordBinding,
} from '@shared/crypto/record-cipher';
import { TamperedDataError, UnsupportedFormatError } from '@shared/crypto/errors';
import { fromHex, fromUtf8, randomBytes, toHex, utf8 } from '@shared/crypto/bytes';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

/** A copy of `bytes` with one bit flipped. */
const flipBit = (bytes: Uint8Array, index: number, bit = 0): Uint8Array => {
  const copy = bytes.slice();
  copy[index]! ^= 1 << bit;
  return copy;
};

describe('XChaCha20-Poly1305, the AEAD the record cipher is built on (known answer)', () => {
  // draft-irtf-cfrg-xchacha-03, appendix A.3.1.
  const key = fromHex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
  const nonce = fromHex('404142434445464748494a4b4c4d4e4f5051525354555657');
  const aad = fromHex('50515253c0c1c2c3c4c5c6c7');
  const plaintext = utf8(
    "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
  );
  const ciphertext =
    'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e';
  const tag = 'c0875924c1c7987947deafd8780acf49';

  it("encrypts the draft's plaintext to exactly its ciphertext and tag", () => {
    const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, aad, null, nonce, key);
    expect(toHex(sealed)).toBe(ciphertext + tag);
  });

  it("decrypts the draft's ciphertext and tag back to its plaintext", () => {
    const opened = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, fromHex(ciphertext + tag), aad, nonce, key);
    expect(fromUtf8(opened)).toBe(fromUtf8(plaintext));
  });

  it("is the primitive sealRecord uses: the envelope body is that AEAD over the record's associated data", () => {
    const binding = { vaultId: 'v', recordId: 'r', rev: '1' };
    const envelope = sealRecord(sodium, key, binding, plaintext, nonce);
    const expected = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      plaintext,
      utf8('["peer-notebook/record/v1","v","r","1"]'),
      null,
      nonce,
      key,
    );
    expect(toHex(envelope.subarray(1 + RECORD_NONCE_BYTES))).toBe(toHex(expected));
  });
});

describe('record format version 1 (frozen vector)', () => {
  // Computed once with sealRecord and pasted. If this test breaks, the on-disk record format has
  // changed: every existing notebook would stop opening. Add a new format version instead.
  const key = Uint8Array.from({ length: 32 }, (_, i) => i);
  const binding: RecordBinding = {
    vaultId: '5f0c3e9a1b2d4c6e8f7a9b0c1d2e3f40',
    recordId: '9d3b7c1e5a2f4d6b8c0e1f2a3b4c5d6e',
    rev: '2025-03-14T09:26:53.589Z-0000-a1b2c3d4e5f60718',
  };
  const nonce = Uint8Array.from({ length: 24 }, (_, i) => 0xa0 + i);
  const plaintext = '{"name":"Jordan Ellis","note":"Talked about the job interview on Friday."}';
  const FROZEN_ENVELOPE =
    '01' + // format version
    'a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7' + // 24-byte nonce
    '3ece647cda388696432542fb1551cde07ec6f345d924e6fb732fff82c599dc62b0ebc14a22661daeca9e1a76ef5cca0ecf4944d9b306a4c288c1688f5e011ded46349415c88a1113bb11' + // ciphertext
    'd64d0cc43b2d68741a5333740db51c87'; // Poly1305 tag

  it('seals to exactly the frozen envelope', () => {
    expect(toHex(sealRecord(sodium, key, binding, utf8(plaintext), nonce))).toBe(FROZEN_ENVELOPE);
  });

  it('opens the frozen envelope', () => {
    expect(fromUtf8(openRecord(sodium, key, binding, fromHex(FROZEN_ENVELOPE)))).toBe(plaintext);
  });

  it('binds vault id, record id and revision as this exact associated data', () => {
    expect(fromUtf8(recordAssociatedData(binding))).toBe(
      '["peer-notebook/record/v1","5f0c3e9a1b2d4c6e8f7a9b0c1d2e3f40","9d3b7c1e5a2f4d6b8c0e1f2a3b4c5d6e","2025-03-14T09:26:53.589Z-0000-a1b2c3d4e5f60718"]',
    );
  });

  it('lays out the envelope as version byte, then nonce, then ciphertext with a 16-byte tag', () => {
    const envelope = fromHex(FROZEN_ENVELOPE);
    expect(envelope[0]).toBe(RECORD_FORMAT_VERSION);
    expect(RECORD_FORMAT_VERSION).toBe(1);
    expect(envelope.subarray(1, 25)).toEqual(nonce);
    expect(envelope).toHaveLength(1 + 24 + utf8(plaintext).length + 16);
  });
});

describe('sealing and opening', () => {
  const key = randomBytes(32);
  const binding: RecordBinding = {
    vaultId: 'a'.repeat(32),
    recordId: 'b'.repeat(32),
    rev: '2025-01-01T00:00:00.000Z-0000-0123456789abcdef',
  };

  it('round-trips a record, an empty record and a 1 MiB record', () => {
    for (const plaintext of [utf8('Goal: walk to the park twice this week.'), new Uint8Array(0), randomBytes(1024 * 1024)]) {
      const opened = openRecord(sodium, key, binding, sealRecord(sodium, key, binding, plaintext));
      // Buffer.equals: a deep toEqual over a 1 MiB array takes seconds.
      expect(opened).toHaveLength(plaintext.length);
      expect(Buffer.from(opened).equals(Buffer.from(plaintext))).toBe(true);
    }
  });

  it('draws a fresh nonce for every write, so the same record never encrypts the same way twice', () => {
    const plaintext = utf8('same text');
    const envelopes = Array.from({ length: 100 }, () => sealRecord(sodium, key, binding, plaintext));
    expect(new Set(envelopes.map((e) => toHex(e.subarray(1, 25)))).size).toBe(100);
    expect(new Set(envelopes.map((e) => toHex(e))).size).toBe(100);
  });

  it('does not leave the plaintext readable in the envelope', () => {
    const secret = 'Diagnosis: bipolar II; lives at 12 Elm Street';
    const envelope = sealRecord(sodium, key, binding, utf8(secret));
    expect(Buffer.from(envelope).toString('latin1')).not.toContain('Elm Street');
    expect(toHex(envelope)).not.toContain(toHex(utf8('Elm Street')));
  });
});

describe('tampering is detected, never opened', () => {
  const key = randomBytes(32);
  const binding: RecordBinding = {
    vaultId: 'c'.repeat(32),
    recordId: 'd'.repeat(32),
    rev: '2025-01-01T00:00:00.000Z-0000-0123456789abcdef',
  };
  const plaintext = utf8('Peer said they feel safe at home now.');
  let envelope: Uint8Array;
  beforeAll(() => {
    envelope = sealRecord(sodium, key, binding, plaintext);
  });
  const open =
    (env: Uint8Array, withBinding: RecordBinding = binding, withKey: Uint8Array = key) =>
    () =>
      openRecord(sodium, withKey, withBinding, env);

  it('a flipped bit in the nonce', () => {
    expect(open(flipBit(envelope, 1))).toThrow(TamperedDataError);
    expect(open(flipBit(envelope, 24, 7))).toThrow(TamperedDataError);
  });

  it('a flipped bit in the ciphertext body', () => {
    expect(open(flipBit(envelope, 25))).toThrow(TamperedDataError);
    expect(open(flipBit(envelope, 25 + 10, 3))).toThrow(TamperedDataError);
  });

  it('a flipped bit in the tag', () => {
    expect(open(flipBit(envelope, envelope.length - 16))).toThrow(TamperedDataError);
    expect(open(flipBit(envelope, envelope.length - 1, 7))).toThrow(TamperedDataError);
  });

  it('any single flipped bit anywhere in the envelope', () => {
    for (let index = 0; index < envelope.length; index++) {
      for (let bit = 0; bit < 8; bit++) {
        const expected = index === 0 ? UnsupportedFormatError : TamperedDataError;
        expect(open(flipBit(envelope, index, bit)), `byte ${index} bit ${bit}`).toThrow(expected);
      }
    }
  });

  it('a flipped bit in the version byte is reported as an unknown format, not opened', () => {
    expect(open(flipBit(envelope, 0))).toThrow(UnsupportedFormatError);
  });

  it('a newer format version says so, in words that tell the peer to update', () => {
    const v2 = envelope.slice();
    v2[0] = 2;
    expect(open(v2)).toThrow(UnsupportedFormatError);
    expect(open(v2)).toThrow(/format version 2.*Update the app/);
  });

  it('a ciphertext moved to another record', () => {
    expect(open(envelope, { ...binding, recordId: 'e'.repeat(32) })).toThrow(TamperedDataError);
  });

  it('a ciphertext replayed as another revision', () => {
    expect(open(envelope, { ...binding, rev: '2025-01-01T00:00:00.000Z-0001-0123456789abcdef' })).toThrow(TamperedDataError);
  });

  it('a ciphertext moved to another vault', () => {
    expect(open(envelope, { ...binding, vaultId: 'f'.repeat(32) })).toThrow(TamperedDataError);
  });

  it('bindings that would collide if the fields were simply joined still do not open each other', () => {
    const a = { vaultId: 'ab', recordId: 'c', rev: '1' };
    const b = { vaultId: 'a', recordId: 'bc', rev: '1' };
    const quoted = { vaultId: 'a","b', recordId: 'c', rev: '1' };
    const sealed = sealRecord(sodium, key, a, plaintext);
    expect(open(sealed, b)).toThrow(TamperedDataError);
    expect(open(sealRecord(sodium, key, quoted, plaintext), { vaultId: 'a', recordId: 'b","c', rev: '1' })).toThrow(TamperedDataError);
  });

  it('opened with the wrong key', () => {
    expect(open(envelope, binding, randomBytes(32))).toThrow(TamperedDataError);
  });

  it('a truncated envelope, down to nothing', () => {
    for (const length of [envelope.length - 1, envelope.length - 16, 1 + 24 + 16, 1 + 24 + 15, 25, 1, 0]) {
      expect(open(envelope.slice(0, length)), `${length} bytes`).toThrow(TamperedDataError);
    }
  });

  it('an envelope with bytes appended', () => {
    expect(open(Uint8Array.of(...envelope, 0))).toThrow(TamperedDataError);
  });

  it('names the record but none of its contents in the error', () => {
    expect(open(flipBit(envelope, 30))).toThrow(
      /^Record d{32} could not be verified: it was changed or does not belong here\. It has not been opened\.$/,
    );
  });
});
