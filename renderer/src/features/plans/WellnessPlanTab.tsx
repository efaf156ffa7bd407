/**
 * The wellness and crisis plan (WRAP-style, with neutral section names): written by the person in
 * their own words, for the good days and the hard ones, signed and versioned like the recovery
 * plan. "What I'm like when I'm well" belongs in two sections and is written once.
 */
import { Fragment, useEffect, useState } from 'react';
import type { Supporter } from '@shared/records/person';
import { useTranslation } from 'react-i18next';
import { firstVersionFields } from '@shared/records/signed-versions';
import {
  WELLNESS_SECTIONS,
  wellnessPlanMissing,
  wellnessPlanOutline,
  WellnessPlanFields,
  supportersToOffer,
  withSupporter,
  type WellnessPart,
} from '@shared/records/wellness-plan';
import { useVault } from '../../ui/contexts';
import { Notice, TextArea, Working } from '../../ui/form';
import { ReadOnlyFields } from '../../ui/ReadOnly';
import { DocumentSeries } from '../documents/DocumentSeries';
import { StartDocument } from '../documents/StartDocument';
import { seriesOf, useDocuments } from '../documents/use-documents';
import type { plansEn } from '../../i18n/locales/plans.en';
import { PersonCopyButtons } from './PersonCopyButtons';
import { PlanComparison } from './PlanComparison';
import { RecordReview } from '../team/RecordReview';
import { useCoSignStates } from '../team/use-co-sign-states';

/** Where each part is first written; a later section only points back to it. */
const FIRST_SECTION = new Map<WellnessPart, string>();
for (const section of WELLNESS_SECTIONS)
  for (const part of section.parts) if (!FIRST_SECTION.has(part.field)) FIRST_SECTION.set(part.field, section.id);

type SectionId = keyof typeof plansEn.wellness.sections;

/** The supporters on the person's profile, to pick into the crisis plan rather than type again. */
function useProfileSupporters(personId: string): Supporter[] {
  const vault = useVault();
  const [supporters, setSupporters] = useState<Supporter[]>([]);
  useEffect(() => {
    // Only an offer: if the profile does not open, the plan is still written by hand.
    vault('people.get', { id: personId }).then(
      (person) => setSupporters(person.supporters),
      () => setSupporters([]),
    );
  }, [vault, personId]);
  return supporters;
}

function SupporterPicks({ supporters, onPick }: { supporters: Supporter[]; onPick(supporter: Supporter): void }) {
  const { t } = useTranslation();
  if (supporters.length === 0) return null;
  return (
    <div className="row" role="group" aria-label={t('plans.wellness.fromProfile')}>
      <span className="hint">{t('plans.wellness.fromProfile')}</span>
      {supporters.map((supporter) => (
        <button key={supporter.id} type="button" onClick={() => onPick(supporter)}>
          {t('plans.wellness.addSupporter', { name: supporter.name })}
        </button>
      ))}
    </div>
  );
}

function WellnessEditor({
  value,
  onChange,
  personId,
}: {
  value: WellnessPlanFields;
  onChange(value: WellnessPlanFields): void;
  personId: string;
}) {
  const { t } = useTranslation();
  const supporters = useProfileSupporters(personId);
  return (
    <div className="document-editor">
      {/* A long plan folds into its sections: the first, and any with words in it, start open. */}
      {WELLNESS_SECTIONS.map((section, index) => (
        <details key={section.id} className="fold" open={index === 0 || section.parts.some(({ field }) => value[field] !== '')}>
          <summary id={`wellness-${section.id}`}>{t(`plans.wellness.sections.${section.id as SectionId}`)}</summary>
          <fieldset aria-labelledby={`wellness-${section.id}`}>
            {section.parts.map(({ field }) =>
              FIRST_SECTION.get(field) === section.id ? (
                <Fragment key={field}>
                  <TextArea
                    label={t(`plans.wellness.parts.${field}`)}
                    value={value[field]}
                    onChange={(text) => onChange({ ...value, [field]: text })}
                  />
                  {field === 'crisisSupporters' && (
                    <SupporterPicks
                      supporters={supportersToOffer(supporters, value.crisisSupporters)}
                      onPick={(supporter) => onChange({ ...value, crisisSupporters: withSupporter(value.crisisSupporters, supporter) })}
                    />
                  )}
                </Fragment>
              ) : (
                <p key={field} className="hint">
                  {t(`plans.wellness.parts.${field}`)}:{' '}
                  {t('plans.wellness.writtenAbove', { section: t(`plans.wellness.sections.${FIRST_SECTION.get(field) as SectionId}`) })}
                </p>
              ),
            )}
          </fieldset>
        </details>
      ))}
    </div>
  );
}

/** The plan as read, section by section (also what a supervisor reviews). */
export function WellnessView({ fields }: { fields: WellnessPlanFields }) {
  const { t } = useTranslation();
  return (
    <div className="plan-view">
      {WELLNESS_SECTIONS.map((section) => (
        <Fragment key={section.id}>
          <h3>{t(`plans.wellness.sections.${section.id as SectionId}`)}</h3>
          <ReadOnlyFields items={section.parts.map(({ field }) => [t(`plans.wellness.parts.${field}`), fields[field]])} />
        </Fragment>
      ))}
    </div>
  );
}

export function WellnessPlanTab({ personId, personName }: { personId: string; personName: string }) {
  const { t } = useTranslation();
  const { versions, error, reload } = useDocuments<WellnessPlanFields>(personId, 'wellness-plan');
  const coSign = useCoSignStates(personId, versions);
  if (error) return <Notice tone="error">{error}</Notice>;
  if (!versions) return <Working label={t('plans.wellness.opening')} />;
  const [current] = seriesOf(versions);

  if (!current) {
    return (
      <StartDocument
        personId={personId}
        kind="wellness-plan"
        intro={t('plans.wellness.none', { name: personName })}
        label={t('plans.wellness.start')}
        firstDraft={() => ({ ...WellnessPlanFields.parse(firstVersionFields()) })}
        onStarted={reload}
      />
    );
  }

  const byVersion = [...current].sort((a, b) => a.fields.version - b.fields.version);
  const [older, newer] = byVersion.slice(-2);
  const inForce = byVersion.filter((version) => version.fields.signature).at(-1);
  const latest = byVersion.at(-1)!;
  const titleOf = (part: string) =>
    t(
      WELLNESS_SECTIONS.some((section) => section.id === part)
        ? `plans.wellness.sections.${part as SectionId}`
        : `plans.wellness.parts.${part as WellnessPart}`,
    );

  return (
    <div className="plan">
      <DocumentSeries<WellnessPlanFields>
        kind="wellness-plan"
        personId={personId}
        title={t('plans.wellness.title')}
        versions={current}
        Editor={WellnessEditor}
        View={WellnessView}
        missing={wellnessPlanMissing}
        signerLabel={t('plans.wellness.signerLabel')}
        defaultSigner={personName}
        onChanged={reload}
      />
      <RecordReview recordId={latest.id} kind="wellness-plan" state={coSign.states[latest.id]} onSent={coSign.reload} />
      {inForce && (
        <PersonCopyButtons plan={{ kind: 'wellness-plan', fields: inForce.fields }} personName={personName} personId={personId} />
      )}
      {older && newer && (
        <PlanComparison
          older={{ version: older.fields.version, outline: wellnessPlanOutline(older.fields) }}
          newer={{ version: newer.fields.version, outline: wellnessPlanOutline(newer.fields) }}
          titleOf={titleOf}
        />
      )}
    </div>
  );
}
