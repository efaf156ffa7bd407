/**
 * The check before `npm start`: a Node.js too old, and Electron's program missing and not
 * downloadable, each get plain words and what to do, never a stack trace.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Preflight {
  nodeVersionProblem(current: string, engines: string): string | null;
  electronInstalled(electronDir: string): boolean;
  electronFetchProblem(installerOutput: string): string;
}
// Plain JavaScript (it must run on any Node.js to say it is too old): loaded by its URL.
const preflight = (await import(pathToFileURL(join(import.meta.dirname, '../../scripts/preflight.mjs')).href)) as Preflight;

describe('the Node.js version', () => {
  it('names the version needed, the one found, and how to get it', () => {
    const problem = preflight.nodeVersionProblem('20.20.2', '>=22.12.0');
    expect(problem).toContain('needs Node.js 22.12.0 or newer to start; this is Node.js 20.20.2.');
    expect(problem).toContain('nvm install');
    expect(preflight.nodeVersionProblem('22.11.9', '>=22.12.0')).toContain('this is Node.js 22.11.9');
  });

  it('lets the same or a newer version through', () => {
    for (const version of ['22.12.0', '22.20.1', '24.1.0']) expect(preflight.nodeVersionProblem(version, '>=22.12.0')).toBeNull();
  });
});

describe("Electron's program", () => {
  async function electronFolder(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'preflight-electron-'));
    await mkdir(join(dir, 'dist'));
    for (const [name, text] of Object.entries({ 'package.json': JSON.stringify({ version: '45.4.1' }), ...files }))
      await writeFile(join(dir, name), text);
    return dir;
  }

  it('counts as there only when the version matches and the program exists', async () => {
    const whole = await electronFolder({ 'path.txt': 'electron', 'dist/version': 'v45.4.1', 'dist/electron': '' });
    expect(preflight.electronInstalled(whole)).toBe(true);
    expect(preflight.electronInstalled(await electronFolder({}))).toBe(false);
    expect(preflight.electronInstalled(await electronFolder({ 'path.txt': 'electron', 'dist/version': 'v45.4.1' }))).toBe(false);
    const older = await electronFolder({ 'path.txt': 'electron', 'dist/version': 'v44.0.0', 'dist/electron': '' });
    expect(preflight.electronInstalled(older)).toBe(false);
  });

  it('offline, says the download server could not be reached and what to do, without the stack', () => {
    // What Electron's installer prints on this machine, which has no network.
    const printed = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async FetchDownloader.download';
    const message = preflight.electronFetchProblem(printed);
    expect(message).toContain('could not reach the download server');
    expect(message).toContain('run `npm start` again');
    expect(message).toContain('`npm test`');
    expect(message).not.toMatch(/TypeError|undici|\n\s+at /);
  });

  it('any other failure still says what to do', () => {
    const message = preflight.electronFetchProblem('Error: checksum mismatch');
    expect(message).toContain('The download did not finish.');
    expect(message).toContain('run `npm start` again');
    expect(message).not.toContain('checksum mismatch');
  });
});
