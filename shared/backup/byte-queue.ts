/**
 * Bytes that arrive in pieces of any size (file reads, IPC messages, decrypted chunks) and are
 * taken out in the sizes a format needs. Holds only what has not been taken yet, so a reader's
 * memory stays bounded by the largest single item it waits for.
 */
export class ByteQueue {
  private readonly pieces: Uint8Array[] = [];
  private head = 0; // bytes of pieces[0] already taken
  private total = 0;

  get length(): number {
    return this.total;
  }

  /** Keeps a reference, not a copy: the caller must not change `bytes` afterwards. */
  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.pieces.push(bytes);
    this.total += bytes.length;
  }

  /** The next `count` bytes without taking them, or null while fewer have arrived. */
  peek(count: number): Uint8Array | null {
    return this.copy(count, false);
  }

  /** Takes the next `count` bytes, or returns null (taking nothing) while fewer have arrived. */
  take(count: number): Uint8Array | null {
    return this.copy(count, true);
  }

  private copy(count: number, consume: boolean): Uint8Array | null {
    if (count > this.total) return null;
    const out = new Uint8Array(count);
    let filled = 0;
    let index = 0;
    let offset = this.head;
    while (filled < count) {
      const piece = this.pieces[index]!;
      const n = Math.min(count - filled, piece.length - offset);
      out.set(piece.subarray(offset, offset + n), filled);
      filled += n;
      offset += n;
      if (offset === piece.length) {
        index += 1;
        offset = 0;
      }
    }
    if (consume) {
      this.pieces.splice(0, index);
      this.head = offset;
      this.total -= count;
    }
    return out;
  }
}
