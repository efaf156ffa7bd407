/**
 * The person's recovery plan: written together, signed by them first (then by the peer, and a
 * supervising professional where the agency asks for one), revised as new versions that can be
 * compared side by side, with the progress on each goal kept as it happens.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths } from '@shared/records/dates';
import type { GoalProgressFields } from '@shared/records/goal-progress';
import { recoveryPlanMissingBeforeSigning, recoveryPlanOutline, type RecoveryPlanFields } from '@shared/records/recovery-plan';
import { firstVersionFields, type Signature } from '@shared/records/signed-versions';
import { useInstallationPolicy, useVault } from '../../ui/contexts';
import { Notice, Working } from '../../ui/form';
import { localToday } from '../../vault/clock';
import { DocumentSeries } from '../documents/DocumentSeries';
import { StartDocument } from '../documents/StartDocument';
import { SignatureForm, SignatureSummary } from '../documents/SignatureForm';
import type { DocumentVersion } from '../documents/worker/document-handlers';
import { seriesOf, useDocuments } from '../documents/use-documents';
import type { Entry } from '../entries/worker/entry-handlers';
import { GoalProgress } from './GoalProgress';
import { PersonCopyButtons } from './PersonCopyButtons';
import { PlanComparison } from './PlanComparison';
import { RecoveryPlanEditor } from './RecoveryPlanEditor';
import { RecoveryPlanView } from './RecoveryPlanView';
import { RecordReview } from '../team/RecordReview';
import { useCoSignStates } from '../team/use-co-sign-states';

/** How soon a new plan suggests looking at it again; the person and peer choose the real date. */
const SUGGESTED_REVIEW_MONTHS = 3;

function Countersignatures({
  plan,
  peerName,
  onChanged,
}: {
  plan: DocumentVersion<RecoveryPlanFields>;
  peerName: string;
  onChanged(): void;
}) {
  const vault = useVault();
  const { t } = useTranslation();
  // The agency's rule (installation policy), not the peer's: a peer cannot turn it off.
  const requireSupervisorSignature = useInstallationPolicy().settings.requireSupervisorSignature.value;
  const sign = (role: 'peer' | 'supervisor') => async (signature: Signature) => {
    await vault('documents.countersign', { id: plan.id, role, signature });
    onChanged();
  };
  const { peerSignature, supervisorSignature } = plan.fields;
  return (
    <section className="countersign" aria-label={t('plans.countersign.title')}>
      {peerSignature ? (
        <SignatureSummary signature={peerSignature} />
      ) : (
        <SignatureForm
          legend={t('plans.countersign.peer')}
          signerLabel={t('plans.countersign.peerName')}
          defaultSigner={peerName}
          onSign={sign('peer')}
        />
      )}
      {supervisorSignature ? (
        <SignatureSummary signature={supervisorSignature} />
      ) : (
        requireSupervisorSignature &&
        peerSignature && (
          <SignatureForm
            legend={t('plans.countersign.supervisor')}
            signerLabel={t('plans.countersign.supervisorName')}
            defaultSigner=""
            onSign={sign('supervisor')}
          />
        )
      )}
    </section>
  );
}

export function RecoveryPlanTab({ personId, personName, peerName }: { personId: string; personName: string; peerName: string }) {
  const vault = useVault();
  const { t } = useTranslation();
  const { versions, error, reload } = useDocuments<RecoveryPlanFields>(personId, 'recovery-plan');
  const [progress, setProgress] = useState<Entry<GoalProgressFields>[]>([]);
  const reloadProgress = useCallback(() => {
    void vault('entries.list', { personId, kind: 'goal-progress' }).then((entries) => setProgress(entries as Entry<GoalProgressFields>[]));
  }, [vault, personId]);
  useEffect(reloadProgress, [reloadProgress]);
  const coSign = useCoSignStates(personId, versions);

  if (error) return <Notice tone="error">{error}</Notice>;
  if (!versions) return <Working label={t('plans.recovery.opening')} />;
  const [current] = seriesOf(versions);

  if (!current) {
    return (
      <StartDocument
        personId={personId}
        kind="recovery-plan"
        intro={t('plans.recovery.none', { name: personName })}
        label={t('plans.recovery.start')}
        firstDraft={() => ({
          ...firstVersionFields(),
          lifeDomains: [],
          strengths: '',
          goals: [],
          supports: '',
          reviewDate: addMonths(localToday(), SUGGESTED_REVIEW_MONTHS),
        })}
        onStarted={reload}
      />
    );
  }

  const byVersion = [...current].sort((a, b) => a.fields.version - b.fields.version);
  const latest = byVersion.at(-1)!;
  const signed = byVersion.filter((version) => version.fields.signature);
  const inForce = signed.at(-1);
  const comparedWith = byVersion.at(-2);
  const titleOf = (part: string) => t(`plans.compare.parts.${part as 'goal'}`);

  return (
    <div className="plan">
      <DocumentSeries<RecoveryPlanFields>
        kind="recovery-plan"
        personId={personId}
        title={t('plans.recovery.title')}
        versions={current}
        Editor={RecoveryPlanEditor}
        View={RecoveryPlanView}
        missing={recoveryPlanMissingBeforeSigning}
        signerLabel={t('plans.recovery.signerLabel')}
        defaultSigner={personName}
        onChanged={reload}
      />
      {latest.fields.signature && <Countersignatures plan={latest} peerName={peerName} onChanged={reload} />}
      <RecordReview recordId={latest.id} kind="recovery-plan" state={coSign.states[latest.id]} onSent={coSign.reload} />
      {inForce && (
        <PersonCopyButtons plan={{ kind: 'recovery-plan', fields: inForce.fields }} personName={personName} personId={personId} />
      )}
      {comparedWith && (
        <PlanComparison
          older={{ version: comparedWith.fields.version, outline: recoveryPlanOutline(comparedWith.fields) }}
          newer={{ version: latest.fields.version, outline: recoveryPlanOutline(latest.fields) }}
          titleOf={titleOf}
        />
      )}
      {inForce && <GoalProgress plan={inForce.fields} personId={personId} entries={progress} onChanged={reloadProgress} />}
    </div>
  );
}
