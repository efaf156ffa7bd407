/**
 * What the admin tool touches outside its files: output, the environment, and the terminal it
 * asks for passphrases on. Passed in, so tests run every command in-process with scripted answers.
 */
import { createInterface, type Interface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import type { KdfCost } from '@shared/crypto/kdf';

export interface AdminIo {
  out(line: string): void;
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Asks for a secret on the terminal without echoing it (or reads one line of piped input); null when input ended. */
  askSecret(question: string): Promise<string | null>;
  /** Lets go of the terminal so the process can end. */
  close(): void;
  /**
   * How hard keygen stretches a new private key's passphrase. Absent (the real process): calibrated
   * to about a second on this computer. Tests give the floor, as the vault's tests do.
   */
  kdfCost?: KdfCost;
}

/** The real process: stdout, stderr, the environment, and stdin for passphrases. */
export function processIo(): AdminIo {
  let muted = false;
  let lines: Interface | null = null;
  let ended = false;
  // Typed characters are echoed through this stream; while a secret is typed, nothing gets through.
  const echo = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    async askSecret(question) {
      if (!lines) {
        lines = createInterface({ input: process.stdin, output: echo, terminal: Boolean(process.stdin.isTTY) });
        lines.once('close', () => (ended = true));
      }
      if (ended) return null;
      const reader = lines;
      process.stderr.write(question);
      muted = true;
      try {
        return await new Promise<string | null>((resolve) => {
          reader.once('close', () => resolve(null));
          void reader.question('').then(resolve, () => resolve(null));
        });
      } finally {
        muted = false;
        if (process.stdin.isTTY) process.stderr.write('\n');
      }
    },
    close: () => lines?.close(),
  };
}
