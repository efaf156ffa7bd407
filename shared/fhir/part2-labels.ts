/**
 * HL7 security labels for information 42 CFR Part 2 protects, as the DS4P implementation guide
 * applies them: restricted confidentiality, substance use information sensitivity, the privacy law
 * that governs it, and the refrain that forbids redisclosure without the person's consent.
 */
import type { Coding } from 'fhir/r4';

const CONFIDENTIALITY = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

export const PART2_SECURITY_LABELS: readonly Coding[] = [
  { system: CONFIDENTIALITY, code: 'R', display: 'restricted' },
  { system: ACT_CODE, code: 'ETH', display: 'substance abuse information sensitivity' },
  { system: ACT_CODE, code: 'SUD', display: 'substance use disorder information sensitivity' },
  { system: ACT_CODE, code: '42CFRPart2', display: '42 CFR Part2' },
  { system: ACT_CODE, code: 'NORDSCLCD', display: 'no redisclosure without consent directive' },
];
