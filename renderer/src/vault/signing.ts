/**
 * "Signed means fixed", enforced where every save passes: once a record carries a signature, the
 * vault refuses to change it (or delete it), except the fields its kind says may change after
 * signing (a release being revoked). Corrections are new versions, made as new records, or for a
 * service note an addendum under it.
 */
import { assertEditable, type Signature } from '@shared/records/signed-versions';
import { correctionOf, fieldsOpenAfterSigning } from '@shared/records/record-kinds';
import type { RecordBody } from '@shared/records/record-body';

export function assertChangeAllowedAfterSigning(body: RecordBody, changes: Record<string, unknown> | null): void {
  const fields = body.fields as { signature?: Signature | null };
  assertEditable(fields, changes ?? undefined, fieldsOpenAfterSigning(body.kind), correctionOf(body.kind));
}
