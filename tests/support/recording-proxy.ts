/**
 * A TCP relay in front of a test server that keeps every byte it carries, both ways: what went over
 * the wire, as an eavesdropper on an unencrypted hop would see it, to search for words that must
 * never travel in clear.
 */
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';

export interface RecordingProxy {
  /** http://127.0.0.1:<port>: reach the server through this. */
  url: string;
  /** Everything carried so far, both directions, read as Latin-1 and as UTF-8. */
  carried(): string;
  /** How many bytes it has carried. */
  bytes(): number;
  stop(): Promise<void>;
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const { hostname, port } = new URL(target);
  const chunks: Buffer[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  };
  const relay = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    track(client);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const address = relay.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    carried() {
      const all = Buffer.concat(chunks);
      return `${all.toString('latin1')}\n${all.toString('utf8')}`;
    },
    bytes: () => chunks.reduce((total, chunk) => total + chunk.length, 0),
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
    },
  };
}
