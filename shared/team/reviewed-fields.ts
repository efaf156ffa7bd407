/**
 * What a supervisor reviews of a note or plan: what the peer and the person wrote, and nothing
 * else of the record as stored (its field clocks, values another device wrote that are not merged
 * yet, fields a newer app added, series ids, the images of drawn signatures). Only these travel
 * in a review request, and a co-signature covers exactly these (co-signature.ts), so the peer's
 * notebook and the supervisor's compute them alike.
 */
import type { ReviewableKind } from '../agency/policy-settings';
import { WELLNESS_SECTIONS } from '../records/wellness-plan';

const WELLNESS_WORDS = [...new Set(WELLNESS_SECTIONS.flatMap((section) => section.parts.map((part) => part.field)))];

export const REVIEWED_FIELDS: Record<ReviewableKind, readonly string[]> = {
  'service-note': [
    'date',
    'startTime',
    'endTime',
    'setting',
    'contactType',
    'serviceCode',
    'goalsAddressed',
    'whatWeDid',
    'theirResponse',
    'nextSteps',
    'peerName',
    'credential',
    'group',
    'signature',
  ],
  'recovery-plan': [
    'version',
    'lifeDomains',
    'strengths',
    'goals',
    'supports',
    'reviewDate',
    'signature',
    'peerSignature',
    'supervisorSignature',
  ],
  'wellness-plan': ['version', ...WELLNESS_WORDS, 'signature'],
};

/** Who signed, how and when: a drawn signature's picture stays with the record. */
const SIGNATURE_FIELDS = new Set(['signature', 'peerSignature', 'supervisorSignature']);
const withoutDrawing = (value: unknown): unknown => {
  if (!value || typeof value !== 'object' || !('drawing' in value)) return value;
  const { drawing: _picture, ...signature } = value as Record<string, unknown>;
  return signature;
};

/** The fields of a record of `kind` that a supervisor reviews, as they stand. */
export function reviewedFields(kind: ReviewableKind, fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const reviewed: Record<string, unknown> = {};
  for (const name of REVIEWED_FIELDS[kind]) {
    if (!Object.hasOwn(fields, name)) continue;
    reviewed[name] = SIGNATURE_FIELDS.has(name) ? withoutDrawing(fields[name]) : fields[name];
  }
  return reviewed;
}
