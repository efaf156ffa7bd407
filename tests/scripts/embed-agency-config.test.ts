import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { agencyConfigForBuild, AGENCY_CONFIG_ENV } from '../../scripts/agency-config-file';
import { AGENCY_CONFIG_MODULE, embedAgencyConfig } from '../../scripts/embed-agency-config';
import { loadSodium, type Sodium } from '../../shared/crypto/sodium';
import { AgencyConfigError } from '../../shared/agency/agency-config';
import { makeTestAgency } from '../shared/agency/agency-fixtures';

let sodium: Sodium;
let dir: string;
beforeAll(async () => {
  sodium = await loadSodium();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pn-agency-build-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Bundles a module that imports the embedded configuration, as the main process does; returns what it exports. */
async function bundleWithAgencyConfig(env: Record<string, string | undefined>): Promise<unknown> {
  const entry = join(dir, 'entry.js');
  await writeFile(entry, `import agencyConfig from '${AGENCY_CONFIG_MODULE}';\nexport default agencyConfig;\n`);
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [embedAgencyConfig(() => agencyConfigForBuild(env))],
    build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'bundle' } },
  })) as Rollup.RollupOutput[];
  const bundled = join(dir, 'bundle.mjs');
  await writeFile(bundled, output[0]!.output[0].code);
  return ((await import(pathToFileURL(bundled).href)) as { default: unknown }).default;
}

describe('the agency configuration built into the app', () => {
  it('embeds the checked agency.json named by PEER_NOTEBOOK_AGENCY_CONFIG', async () => {
    const agency = makeTestAgency(sodium);
    const path = join(dir, 'agency.json');
    await writeFile(path, JSON.stringify(agency.json, null, 2));
    const embedded = await bundleWithAgencyConfig({ [AGENCY_CONFIG_ENV]: path });
    expect(embedded).toMatchObject({
      agencyName: 'Riverbend Peer Services',
      policies: { autoLockMaxMinutes: 15 },
      syncServer: 'https://sync.riverbend.example',
    });
  });

  it('embeds nothing for a community build (the variable unset or empty)', async () => {
    expect(await bundleWithAgencyConfig({})).toBeNull();
    expect(await agencyConfigForBuild({ [AGENCY_CONFIG_ENV]: '  ' })).toBeNull();
  });

  it('fails the build on an invalid agency.json, listing what to fix', async () => {
    const agency = makeTestAgency(sodium);
    const path = join(dir, 'agency.json');
    await writeFile(path, JSON.stringify({ ...agency.json, updateFeed: 'http://updates.riverbend.example' }));
    await expect(bundleWithAgencyConfig({ [AGENCY_CONFIG_ENV]: path })).rejects.toThrow(
      `${path} is not a valid agency configuration:\n  - updateFeed: must be an https:// address without a user name or password`,
    );
  });

  it('says so when the named file is missing or is not JSON', async () => {
    const missing = join(dir, 'nowhere.json');
    await expect(agencyConfigForBuild({ [AGENCY_CONFIG_ENV]: missing })).rejects.toThrow(AgencyConfigError);
    await expect(agencyConfigForBuild({ [AGENCY_CONFIG_ENV]: missing })).rejects.toThrow(
      `set ${AGENCY_CONFIG_ENV} to the path of your agency.json`,
    );
    const broken = join(dir, 'agency.json');
    await writeFile(broken, '{ "format": 1, ');
    await expect(agencyConfigForBuild({ [AGENCY_CONFIG_ENV]: broken })).rejects.toThrow(
      /is not a valid agency configuration:\n {2}- it is not valid JSON: /,
    );
  });
});
