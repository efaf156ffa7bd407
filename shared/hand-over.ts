/**
 * Bytes one side of the vault worker gives to the other instead of copying them: posted in
 * postMessage's transfer list, they move, and the sender's view is left empty. A backup's pieces
 * go this way (a megabyte each, the whole file in turn): copied, every piece left a copy on each
 * side of the post for the garbage collector, which the renderer held until a collection came,
 * later the larger the notebook.
 */
const handedOver = new WeakSet<ArrayBufferLike>();

/**
 * `bytes`, marked to be given away when posted: the sender must not use them afterwards. The whole
 * buffer under them moves, so a view of part of a buffer is copied into its own first.
 */
export function handOver(bytes: Uint8Array): Uint8Array {
  const own = ownBytes(bytes);
  handedOver.add(own.buffer);
  return own;
}

/** The bytes in a buffer of their own (copied when they are a view of part of one), to put in a transfer list. */
export const ownBytes = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
  (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice()) as Uint8Array<ArrayBuffer>;

/** The buffers to transfer with a message: those of the handed-over bytes among its top-level fields. */
export function handedOverBuffers(message: unknown): ArrayBuffer[] {
  if (!message || typeof message !== 'object') return [];
  return Object.values(message).flatMap((field) =>
    field instanceof Uint8Array && handedOver.has(field.buffer) ? [field.buffer as ArrayBuffer] : [],
  );
}
