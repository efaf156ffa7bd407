/**
 * Build time: which agency.json this build carries. The file is named by an environment variable
 * so one source tree builds every agency's installer (and a community build when it is unset).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AgencyConfigError, parseAgencyConfig, type AgencyConfig } from '../shared/agency/agency-config';
import { loadSodium } from '../shared/crypto/sodium';

export const AGENCY_CONFIG_ENV = 'PEER_NOTEBOOK_AGENCY_CONFIG';

/** Reads and checks one agency.json; throws AgencyConfigError saying what to fix. */
export async function readAgencyConfigFile(path: string): Promise<AgencyConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new AgencyConfigError(path, [
      `the file could not be read (${(error as Error).message}); set ${AGENCY_CONFIG_ENV} to the path of your agency.json`,
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AgencyConfigError(path, [`it is not valid JSON: ${(error as Error).message}`]);
  }
  return parseAgencyConfig(await loadSodium(), json, path);
}

/** The agency.json this build embeds, or null (a community build) when the variable is unset. */
export async function agencyConfigForBuild(env: Record<string, string | undefined> = process.env): Promise<AgencyConfig | null> {
  const path = env[AGENCY_CONFIG_ENV]?.trim();
  return path ? readAgencyConfigFile(resolve(path)) : null;
}
