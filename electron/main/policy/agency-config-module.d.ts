// The agency.json this build embeds (scripts/embed-agency-config.ts); null for a community build.
declare module 'virtual:peer-notebook/agency-config' {
  import type { AgencyConfig } from '@shared/agency/agency-config';
  const agencyConfig: AgencyConfig | null;
  export default agencyConfig;
}
