/** Reading and writing the admin tool's files, with messages that name the file and what to do. */
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { AdminError } from './admin-errors';

const explain = (path: string, error: unknown): AdminError => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new AdminError(`There is no file at ${path}. Check the path.`);
  if (code === 'EACCES' || code === 'EPERM') return new AdminError(`${path} cannot be opened: permission denied.`);
  if (code === 'EISDIR') return new AdminError(`${path} is a folder; give the path of a file.`);
  return new AdminError(`${path} could not be read or written (${code ?? String(error)}).`);
};

/** A file's bytes as they are read, so a large backup never has to fit in memory. */
export async function* fileBytes(path: string): AsyncGenerator<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) yield chunk as Buffer;
  } catch (error) {
    throw error instanceof AdminError ? error : explain(path, error);
  }
}

export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw explain(path, error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AdminError(`${path} is not a JSON file.`);
  }
}

/** Files holding keys or decrypted records are readable by their owner only. */
export async function writePrivateFile(path: string, content: string, options: { append?: boolean } = {}): Promise<void> {
  try {
    await writeFile(path, content, { mode: 0o600, flag: options.append ? 'a' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new AdminError(`${path} already exists; nothing was overwritten. Choose an empty folder.`);
    throw explain(path, error);
  }
}

/** A folder to write into: created if missing, and refused if it already holds anything. */
export async function emptyFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true, mode: 0o700 });
    if ((await readdir(path)).length > 0)
      throw new AdminError(`${path} is not empty. Choose an empty or new folder, so nothing is overwritten or mixed up.`);
  } catch (error) {
    throw error instanceof AdminError ? error : explain(path, error);
  }
}
