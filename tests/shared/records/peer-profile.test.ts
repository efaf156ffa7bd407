import { describe, expect, it } from 'vitest';
import { certificationStatus, PeerProfileFields, type PeerProfileInput } from '@shared/records/peer-profile';

const profile = (over: Partial<PeerProfileInput> = {}) => PeerProfileFields.parse({ name: 'Dana Peer', credential: 'CPSS', ...over });
const training = (id: string, on: string, hours: number) => ({ id, on, title: 'Ethics refresher', hours });

describe("the peer's certification", () => {
  it('has no status until a certification date is written (profiles saved before it still open)', () => {
    expect(PeerProfileFields.parse({ name: 'Dana' })).toMatchObject({ certifiedOn: '', ceLog: [], ceHoursRequired: 20 });
    expect(certificationStatus(profile(), '2026-03-01')).toBeNull();
  });

  it('renews two years after certification, reminding from 90 days before', () => {
    const certified = profile({ certifiedOn: '2025-06-15' });
    expect(certificationStatus(certified, '2027-03-16')).toMatchObject({ renewalOn: '2027-06-15', daysLeft: 91, remind: false });
    expect(certificationStatus(certified, '2027-03-17')).toMatchObject({ daysLeft: 90, remind: true });
    expect(certificationStatus(certified, '2027-07-01')).toMatchObject({ daysLeft: -16, remind: true });
  });

  it('counts continuing-education hours in the current period only, against the requirement', () => {
    const certified = profile({
      certifiedOn: '2023-06-15',
      renewalOn: '2027-06-15',
      ceHoursRequired: 20,
      ceLog: [training('old', '2025-01-10', 12), training('a', '2025-09-01', 6), training('b', '2026-02-20', 3.5)],
    });
    expect(certificationStatus(certified, '2026-03-01')).toMatchObject({ hoursLogged: 9.5, hoursRequired: 20, hoursStillNeeded: 10.5 });
  });
});
