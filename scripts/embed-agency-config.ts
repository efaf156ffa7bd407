/**
 * A Vite plugin for the main-process build: checks the agency.json named by the environment and
 * embeds it as the module `virtual:peer-notebook/agency-config` (its default export: the parsed
 * configuration, or null for a community build). An invalid file fails the build, with the
 * problems listed, before anything is bundled.
 */
import type { Plugin } from 'vite';
import type { AgencyConfig } from '../shared/agency/agency-config';
import { agencyConfigForBuild } from './agency-config-file';

export const AGENCY_CONFIG_MODULE = 'virtual:peer-notebook/agency-config';
const RESOLVED_ID = `\0${AGENCY_CONFIG_MODULE}`;

export function embedAgencyConfig(loadConfig: () => Promise<AgencyConfig | null> = () => agencyConfigForBuild()): Plugin {
  let config: AgencyConfig | null = null;
  return {
    name: 'peer-notebook:embed-agency-config',
    async buildStart() {
      config = await loadConfig();
    },
    resolveId: (id) => (id === AGENCY_CONFIG_MODULE ? RESOLVED_ID : null),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(config)};\n` : null),
  };
}
