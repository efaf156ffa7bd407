/**
 * The peer's own profile: name and credential (for example "NC Certified Peer Support
 * Specialist"), and their certification, which renews every two years with continuing-education
 * hours logged against the board's requirement.
 */
import { z } from 'zod';
import { issue } from '../messages';
import { addYears, daysBetween, isoDate, optionalIsoDate } from './dates';
import { text } from './text';

/** Certification renews every two years (NC CPSS); the renewal date can be set by hand. */
export const CERTIFICATION_YEARS = 2;
/** How soon before renewal the Today view starts reminding. */
export const RENEWAL_REMINDER_DAYS = 90;

export const ContinuingEducation = z.object({
  id: z.string().min(1),
  on: isoDate(issue('peerProfile.trainingDateMissing')),
  title: text(300).min(1, issue('peerProfile.trainingTitleMissing')),
  hours: z
    .number({ error: issue('peerProfile.hoursMissing') })
    .positive(issue('peerProfile.hoursNotPositive'))
    .max(100),
});
export type ContinuingEducation = z.infer<typeof ContinuingEducation>;

export const PeerProfileFields = z.object({
  name: text(200).default(''),
  credential: text(200).default(''),
  /** The code the peer's one-to-one notes are billed under ('' for H0038); asked once, with name and credential. */
  serviceCode: text(20).default(''),
  certifiedOn: optionalIsoDate(issue('peerProfile.certifiedOnInvalid')),
  /** Empty means two years after certifiedOn. */
  renewalOn: optionalIsoDate(issue('peerProfile.renewalOnInvalid')),
  /** The board's requirement for one renewal period (check your board: it varies by state). */
  ceHoursRequired: z.number().min(0).max(500).default(20),
  ceLog: z.array(ContinuingEducation).default([]),
  /** Where the peer works, when the agency has note deadlines by state ('' when not said: the general deadline applies). */
  workState: z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/)]).default(''),
});
export type PeerProfileFields = z.infer<typeof PeerProfileFields>;
export type PeerProfileInput = z.input<typeof PeerProfileFields>;

export interface CertificationStatus {
  renewalOn: string;
  daysLeft: number;
  /** Hours logged in the current period (after the last renewal, up to the next). */
  hoursLogged: number;
  hoursRequired: number;
  hoursStillNeeded: number;
  /** Within RENEWAL_REMINDER_DAYS of renewal, or past it. */
  remind: boolean;
}

/** Where the peer's certification stands on `today`; null until a certification date is written. */
export function certificationStatus(profile: PeerProfileFields, today: string): CertificationStatus | null {
  if (!profile.certifiedOn) return null;
  const renewalOn = profile.renewalOn || addYears(profile.certifiedOn, CERTIFICATION_YEARS);
  const periodStart = addYears(renewalOn, -CERTIFICATION_YEARS);
  const hoursLogged = profile.ceLog
    .filter((entry) => entry.on > periodStart && entry.on <= renewalOn)
    .reduce((sum, entry) => sum + entry.hours, 0);
  const daysLeft = daysBetween(today, renewalOn);
  return {
    renewalOn,
    daysLeft,
    hoursLogged,
    hoursRequired: profile.ceHoursRequired,
    hoursStillNeeded: Math.max(0, profile.ceHoursRequired - hoursLogged),
    remind: daysLeft <= RENEWAL_REMINDER_DAYS,
  };
}
