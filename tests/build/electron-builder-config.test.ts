import { readFileSync } from 'node:fs';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from 'electron-builder';
import { builderConfiguration, SigningConfigurationError } from '../../electron-builder.config';
import { loadSodium } from '../../shared/crypto/sodium';
import { makeTestAgency } from '../shared/agency/agency-fixtures';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

// electron-builder's own loading and checking, as `electron-builder --config electron-builder.config.ts` runs them.
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void>;
};
const { getFileMatchers } = require('app-builder-lib/out/fileMatcher.js') as {
  getFileMatchers(
    config: Configuration,
    name: 'files',
    destination: string,
    options: object,
  ): { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean }[];
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const validate = (config: Configuration) => validateConfiguration(config, new DebugLogger(false));

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(PROJECT, 'electron-builder.config.ts', null);
}, 60_000);

describe('the electron-builder configuration', () => {
  it("passes electron-builder's own schema, loaded as electron-builder loads it", async () => {
    await expect(validate(config)).resolves.toBeUndefined();
    // The check is real: a misspelt option is refused.
    await expect(validate({ ...config, nsis: { ...config.nsis, perMachin: true } as Configuration['nsis'] })).rejects.toThrow(
      /configuration\.nsis should be/,
    );
    expect(JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).scripts.package).toBe(
      'npm run build && electron-builder --config electron-builder.config.ts --publish never',
    );
  });

  it('sets the Electron fuses DESIGN.md asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('packages built output only: no sources, tests, source maps or node_modules', () => {
    const [matcher] = getFileMatchers(config, 'files', '/app', {
      macroExpander: (pattern: string) => pattern,
      customBuildOptions: config.linux,
      globalOutDir: join(PROJECT, 'dist'),
      defaultSrc: PROJECT,
    });
    const filter = matcher!.createFilter();
    const packaged = (path: string) => filter(join(PROJECT, path), { isDirectory: () => false });
    expect(
      [
        'out/main/index.js',
        'out/preload/index.cjs',
        'out/renderer/index.html',
        'out/renderer/assets/index-abc123.js',
        'package.json',
      ].filter(packaged),
    ).toHaveLength(5);
    expect(
      [
        'out/main/index.js.map',
        'out/renderer/assets/vault.worker.ts',
        'electron/main/index.ts',
        'shared/agency/agency-config.ts',
        'tests/shared/agency/agency-config.test.ts',
        'renderer/src/main.tsx',
        'node_modules/zod/index.js',
        'README.md',
        'build/agency.example.json',
      ].filter(packaged),
    ).toEqual([]);
  });

  it("makes a per-machine NSIS installer for Windows that keeps peers' notebooks on uninstall", () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false, deleteAppDataOnUninstall: false });
  });

  it('makes hardened-runtime, notarized dmg and zip for macOS, with only the JIT entitlement', () => {
    expect(config.mac).toMatchObject({
      target: ['dmg', 'zip'],
      hardenedRuntime: true,
      notarize: true,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
    });
    const entitlements = readFileSync(join(PROJECT, 'build/entitlements.mac.plist'), 'utf8');
    expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('makes an AppImage and a deb for Linux', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], executableName: 'peer-notebook' });
  });

  it('names the app and finds its icon in build/', () => {
    expect(config).toMatchObject({
      appId: 'org.peernotebook.app',
      productName: 'Peer Notebook',
      directories: { buildResources: 'build', output: 'dist' },
    });
    expect(readFileSync(join(PROJECT, 'build/icon.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('the configuration for an agency build', () => {
  it('a community build publishes no update feed', () => {
    expect(config.publish).toBeNull();
  });

  it("an agency build points updates at the agency's generic feed", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pn-builder-'));
    try {
      const agency = makeTestAgency(await loadSodium());
      await writeFile(join(dir, 'agency.json'), JSON.stringify(agency.json));
      const agencyConfig = await builderConfiguration({ PEER_NOTEBOOK_AGENCY_CONFIG: join(dir, 'agency.json') });
      await validate(agencyConfig);
      expect(agencyConfig.publish).toEqual([{ provider: 'generic', url: 'https://updates.riverbend.example/peer-notebook/' }]);
      expect(agencyConfig.linux?.maintainer).toBe('Riverbend Peer Services');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('signs Windows with a certificate file by default (sha256), or through Azure Trusted Signing when set', async () => {
    expect((await builderConfiguration({})).win?.signtoolOptions).toEqual({ signingHashAlgorithms: ['sha256'], publisherName: null });

    const azure = await builderConfiguration({
      PEER_NOTEBOOK_AZURE_SIGNING_ENDPOINT: 'https://eus.codesigning.azure.net',
      PEER_NOTEBOOK_AZURE_SIGNING_ACCOUNT: 'riverbend-signing',
      PEER_NOTEBOOK_AZURE_SIGNING_PROFILE: 'riverbend-public',
      PEER_NOTEBOOK_WINDOWS_PUBLISHER: 'Riverbend Peer Services, Inc.',
    });
    await validate(azure);
    expect(azure.win?.azureSignOptions).toEqual({
      endpoint: 'https://eus.codesigning.azure.net',
      codeSigningAccountName: 'riverbend-signing',
      certificateProfileName: 'riverbend-public',
      publisherName: 'Riverbend Peer Services, Inc.',
    });
    expect(azure.win?.signtoolOptions).toBeUndefined();
  });

  it('refuses half-configured cloud signing, naming what is missing', async () => {
    await expect(builderConfiguration({ PEER_NOTEBOOK_AZURE_SIGNING_ENDPOINT: 'https://eus.codesigning.azure.net' })).rejects.toThrow(
      SigningConfigurationError,
    );
    await expect(builderConfiguration({ PEER_NOTEBOOK_AZURE_SIGNING_ENDPOINT: 'https://eus.codesigning.azure.net' })).rejects.toThrow(
      'also set PEER_NOTEBOOK_AZURE_SIGNING_ACCOUNT, PEER_NOTEBOOK_AZURE_SIGNING_PROFILE, PEER_NOTEBOOK_WINDOWS_PUBLISHER',
    );
  });

  it('refuses to configure a build from an invalid agency.json', async () => {
    await expect(builderConfiguration({ PEER_NOTEBOOK_AGENCY_CONFIG: join(tmpdir(), 'no-such-agency.json') })).rejects.toThrow(
      'is not a valid agency configuration',
    );
  });
});
