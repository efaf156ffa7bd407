import { ReleaseFields, type ReleaseInput } from '@shared/records/release';
import type { Signature } from '@shared/records/signed-versions';

export const signed: Signature = { method: 'typed', signedAt: '2026-02-01T10:00:00-05:00', signerName: 'Dana Reyes' };

/** A complete, signed release to Wake County Housing, good through 2026-12-31. */
export const completeInput = (over: Partial<ReleaseInput> = {}): ReleaseInput => ({
  seriesId: 'release-1',
  personName: 'Dana Reyes',
  discloser: 'Sam Peer, peer support specialist, Hope Street Recovery',
  informationToDisclose: 'Attendance and progress in peer support',
  recipients: [{ name: 'Wake County Housing' }],
  purpose: 'Housing application',
  rightToRevokeExplained: true,
  revocationHow: 'A signed note to the Hope Street office',
  expiration: { kind: 'date', date: '2026-12-31' },
  signature: signed,
  ...over,
});

export const release = (over: Partial<ReleaseInput> = {}): ReleaseFields => ReleaseFields.parse(completeInput(over));

/** Fields as a draft being filled in: parsed without the signing gate. */
export const draft = (over: Partial<ReleaseInput> = {}): ReleaseFields => ({
  ...release({ signature: null }),
  ...(over as Partial<ReleaseFields>),
});
