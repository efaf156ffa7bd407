/**
 * electron-builder's configuration: signed installers for Windows (NSIS, per machine), macOS (dmg
 * and zip, hardened runtime, notarized) and Linux (AppImage, deb). Run by `npm run package`.
 *
 * Nothing secret is written here: signing and notarization credentials come from the build
 * machine's environment (docs/AGENCY.md lists every variable), and the agency's settings from the
 * agency.json named by PEER_NOTEBOOK_AGENCY_CONFIG (the same file the main-process build embeds).
 */
import type { Configuration } from 'electron-builder';
import { agencyConfigForBuild } from './scripts/agency-config-file';
import { APP_ID, PRODUCT_NAME } from './shared/app-identity';

type Env = Record<string, string | undefined>;

/** Azure Trusted Signing (cloud signing): all three set, or none. Entra ID credentials are Azure's own AZURE_* variables. */
const AZURE_SIGNING_ENV = {
  endpoint: 'PEER_NOTEBOOK_AZURE_SIGNING_ENDPOINT',
  codeSigningAccountName: 'PEER_NOTEBOOK_AZURE_SIGNING_ACCOUNT',
  certificateProfileName: 'PEER_NOTEBOOK_AZURE_SIGNING_PROFILE',
} as const;
/** The publisher an update's signature must match: the certificate's subject CN (required with Azure). */
const PUBLISHER_ENV = 'PEER_NOTEBOOK_WINDOWS_PUBLISHER';

export class SigningConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningConfigurationError';
  }
}

/**
 * Windows signing: a certificate file (CSC_LINK or WIN_CSC_LINK, with its password in
 * CSC_KEY_PASSWORD / WIN_CSC_KEY_PASSWORD, read by electron-builder itself) or Azure Trusted Signing.
 */
function windowsSigning(env: Env): Pick<NonNullable<Configuration['win']>, 'azureSignOptions' | 'signtoolOptions'> {
  const azureNames = Object.values(AZURE_SIGNING_ENV);
  const publisherName = env[PUBLISHER_ENV] || null;
  if (!azureNames.some((name) => env[name])) {
    // sha256 only: SHA-1 Authenticode signatures have not been trusted since 2016.
    return { signtoolOptions: { signingHashAlgorithms: ['sha256'], publisherName } };
  }
  const missing = [...azureNames, PUBLISHER_ENV].filter((name) => !env[name]);
  if (missing.length)
    throw new SigningConfigurationError(
      `Azure Trusted Signing is half set up: also set ${missing.join(', ')}, or unset the PEER_NOTEBOOK_AZURE_SIGNING_* variables to sign with a certificate file.`,
    );
  return {
    azureSignOptions: {
      endpoint: env[AZURE_SIGNING_ENV.endpoint]!,
      codeSigningAccountName: env[AZURE_SIGNING_ENV.codeSigningAccountName]!,
      certificateProfileName: env[AZURE_SIGNING_ENV.certificateProfileName]!,
      publisherName: publisherName!,
    },
  };
}

export async function builderConfiguration(env: Env = process.env): Promise<Configuration> {
  const agency = await agencyConfigForBuild(env);
  return {
    appId: APP_ID,
    productName: PRODUCT_NAME,
    directories: { buildResources: 'build', output: 'dist' },
    // Built output only: the bundles in out/ (no node_modules: everything the app runs is bundled).
    files: ['out/**/*', 'package.json', '!**/*.{map,ts,tsx}'],
    asar: true,
    // No native modules to rebuild.
    npmRebuild: false,
    electronFuses: {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      // The renderer is served from app://, never file://.
      grantFileProtocolExtraPrivileges: false,
    },
    // With an agency update feed, electron-builder writes app-update.yml (the feed, and on Windows
    // the publisher an update's signature must match) and latest*.yml for the agency to host.
    publish: agency?.updateFeed ? [{ provider: 'generic', url: agency.updateFeed }] : null,

    win: {
      target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
      ...windowsSigning(env),
    },
    nsis: {
      oneClick: false,
      // For every account on the machine, in Program Files; silent with /S (docs/AGENCY.md).
      perMachine: true,
      allowElevation: true,
      allowToChangeInstallationDirectory: false,
      // Uninstalling must never delete a peer's notebook: it lives in their profile and stays.
      deleteAppDataOnUninstall: false,
      shortcutName: PRODUCT_NAME,
      artifactName: 'peer-notebook-${version}-setup.${ext}',
    },

    mac: {
      target: ['dmg', 'zip'],
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
      // Notarized when APPLE_API_KEY/APPLE_API_KEY_ID/APPLE_API_ISSUER (or APPLE_ID/...) are set.
      notarize: true,
    },
    dmg: { artifactName: 'peer-notebook-${version}-${arch}.${ext}' },

    linux: {
      target: ['AppImage', 'deb'],
      category: 'Office',
      executableName: 'peer-notebook',
      synopsis: 'Encrypted, offline records for peer support specialists',
      maintainer: agency ? agency.agencyName : PRODUCT_NAME,
      artifactName: 'peer-notebook-${version}-${arch}.${ext}',
    },
  };
}

export default () => builderConfiguration();
