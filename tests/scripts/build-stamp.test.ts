/** A stale build is refused with what to run, and a build made from the sources as they are passes. */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceHash, staleBuildProblem, writeBuildStamp } from '../../scripts/build-stamp';

async function builtFolder(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'peer-notebook-out-'));
  await mkdir(join(out, 'renderer'));
  await writeFile(join(out, 'renderer/index.html'), '<!doctype html>');
  return out;
}

describe('the build stamp', () => {
  it('passes a build recorded with the hash of the sources as they are now', async () => {
    const out = await builtFolder();
    writeBuildStamp(out, sourceHash());
    expect(staleBuildProblem(out)).toBeNull();
  });

  it('refuses a build made from other sources, and says to run npm run build', async () => {
    const out = await builtFolder();
    writeBuildStamp(out, '0'.repeat(64));
    expect(staleBuildProblem(out)).toMatch(/is older than the sources: they changed since it was made\. Run `npm run build` first\.$/);
  });

  it('refuses a build with no record, and a folder with no build', async () => {
    expect(staleBuildProblem(await builtFolder())).toMatch(/was not made by `npm run build`.*Run `npm run build` first\./);
    expect(staleBuildProblem(await mkdtemp(join(tmpdir(), 'peer-notebook-out-')))).toMatch(
      /There is no build in .* yet\. Run `npm run build` first\./,
    );
  });
});
