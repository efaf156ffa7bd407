/**
 * A person's referrals: places from the directory they chose to look into, where each stands,
 * when to check in, and how it went in their words. A follow-up whose day has come is flagged.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REFERRAL_STATUSES, type ReferralStatus } from '@shared/records/resource';
import { findResources } from '@shared/records/resource-directory';
import { useVault } from '../../ui/contexts';
import { useNavigate } from '../../ui/navigation';
import { KeptDraftLine, useDraft, useKeptDraft } from '../../ui/use-draft';
import { useDates } from '../../i18n/use-dates';
import { Form, Notice, SelectField, TextArea, TextField, Working, useAction } from '../../ui/form';
import { localToday } from '../../vault/clock';
import type { Referral, ReferralProgress } from './worker/referral-handlers';
import type { Resource } from './worker/resource-handlers';

function useStatusOptions() {
  const { t } = useTranslation();
  return REFERRAL_STATUSES.map((status) => ({ value: status, label: t(`resources.referrals.statuses.${status}`) }));
}

interface ReferralDraft {
  resourceId: string;
  reason: string;
  madeOn: string;
  followUpOn: string;
}

/** One new referral at a time per person. */
const referralDraftKey = (personId: string) => `referral/${personId}/new`;

/** Looking through the directory together and writing down the place the person chose. */
function SuggestForm({ personId, onDone, onCancel }: { personId: string; onDone(): void; onCancel(): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [directory, setDirectory] = useState<Resource[] | null>(null);
  const kept = useKeptDraft<ReferralDraft>(referralDraftKey(personId));
  const [words, setWords] = useState('');
  const [resourceId, setResourceId] = useState(kept?.values.resourceId ?? '');
  const [reason, setReason] = useState(kept?.values.reason ?? '');
  const [madeOn, setMadeOn] = useState(kept?.values.madeOn ?? localToday());
  const [followUpOn, setFollowUpOn] = useState(kept?.values.followUpOn ?? '');
  const draft = useMemo((): ReferralDraft => ({ resourceId, reason, madeOn, followUpOn }), [resourceId, reason, madeOn, followUpOn]);
  useDraft({
    key: referralDraftKey(personId),
    place: { screen: 'people', personId, tab: 'referrals' },
    values: draft,
    changed: resourceId !== '' || reason !== '' || followUpOn !== '',
  });
  const { run, busy, error } = useAction();
  useEffect(() => void vault('resources.list').then(setDirectory), [vault]);
  if (!directory) return <Working label={t('resources.directory.opening')} />;

  if (directory.length === 0) {
    return (
      <div className="document-editor">
        <p className="empty">{t('resources.referrals.noPlaces')}</p>
        <div className="row">
          <button type="button" onClick={() => navigate({ screen: 'resources' })}>
            {t('resources.referrals.goToDirectory')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    );
  }

  const found = findResources(directory, { kind: 'all', words });
  return (
    <Form
      className="document-editor"
      aria-label={t('resources.referrals.form')}
      onSubmit={() => {
        void run(async () => {
          await vault('referrals.add', { personId, fields: { resourceId, reason, madeOn, followUpOn } });
          onDone();
        });
      }}
    >
      {kept && <KeptDraftLine keptAt={kept.keptAt} />}
      <TextField label={t('resources.referrals.find')} type="search" value={words} onChange={setWords} />
      <fieldset>
        <legend>{t('resources.referrals.places')}</legend>
        {found.length === 0 && <p className="empty">{t('resources.referrals.noMatch')}</p>}
        <div className="place-choices">
          {found.map(({ id, fields }) => (
            <label key={id} className="radio place-choice">
              <input type="radio" name="referral-place" value={id} checked={resourceId === id} onChange={() => setResourceId(id)} />
              <span>
                {fields.name} <span className="chip">{t(`resources.kinds.${fields.kind}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea label={t('resources.referrals.reason')} value={reason} onChange={setReason} />
      <div className="grid-2">
        <TextField label={t('resources.referrals.madeOn')} type="date" value={madeOn} onChange={setMadeOn} />
        <TextField label={t('resources.referrals.followUpOn')} type="date" value={followUpOn} onChange={setFollowUpOn} />
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('resources.referrals.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Form>
  );
}

/** The person's news about one referral. */
function UpdateForm({ referral, place, onDone, onCancel }: { referral: Referral; place: string; onDone(): void; onCancel(): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const statusOptions = useStatusOptions();
  const [progress, setProgress] = useState<ReferralProgress>({
    status: referral.fields.status,
    followUpOn: referral.fields.followUpOn,
    outcome: referral.fields.outcome,
  });
  const { run, busy, error } = useAction();
  const set =
    <K extends keyof ReferralProgress>(key: K) =>
    (value: ReferralProgress[K]) =>
      setProgress({ ...progress, [key]: value });
  return (
    <Form
      className="inline-form"
      aria-label={t('resources.referrals.updateForm', { place })}
      onSubmit={() => {
        void run(async () => {
          await vault('referrals.update', { id: referral.id, progress });
          onDone();
        });
      }}
    >
      <div className="grid-2">
        <SelectField<ReferralStatus>
          label={t('resources.referrals.status')}
          value={progress.status}
          options={statusOptions}
          onChange={set('status')}
        />
        <TextField label={t('resources.referrals.nextFollowUp')} type="date" value={progress.followUpOn} onChange={set('followUpOn')} />
      </div>
      <TextArea label={t('resources.referrals.outcome')} value={progress.outcome} onChange={set('outcome')} />
      {error && <Notice tone="error">{error}</Notice>}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('resources.referrals.saveUpdate')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Form>
  );
}

function ReferralEntry({ referral, personName, onChanged }: { referral: Referral; personName: string; onChanged(): void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const [updating, setUpdating] = useState(false);
  const { fields, resource, followUpDue } = referral;
  const place = resource?.name ?? t('resources.referrals.removedPlace');
  const open = fields.status === 'suggested' || fields.status === 'contacted';
  return (
    <li className="referral" aria-label={place}>
      <div className="resource-head">
        <h3>{place}</h3>
        <span className={`chip referral-${fields.status}`}>{t(`resources.referrals.statuses.${fields.status}`)}</span>
      </div>
      {followUpDue && <p className="flag flag-review-due">{t('resources.referrals.due', { name: personName })}</p>}
      {resource?.phone && <p>{t('resources.directory.phone', { phone: resource.phone })}</p>}
      {fields.reason && <p>{t('resources.referrals.reasonText', { reason: fields.reason })}</p>}
      {fields.outcome && <p>{t('resources.referrals.outcomeText', { outcome: fields.outcome })}</p>}
      <p className="hint">
        {t('resources.referrals.madeOnText', { date: dates.date(fields.madeOn) })}
        {open && fields.followUpOn && ` · ${t('resources.referrals.followUpText', { date: dates.date(fields.followUpOn) })}`}
      </p>
      {updating ? (
        <UpdateForm
          referral={referral}
          place={place}
          onDone={() => {
            setUpdating(false);
            onChanged();
          }}
          onCancel={() => setUpdating(false)}
        />
      ) : (
        <button type="button" aria-label={t('resources.referrals.updateButton', { place })} onClick={() => setUpdating(true)}>
          {t('resources.referrals.update')}
        </button>
      )}
    </li>
  );
}

export function ReferralsTab({ personId, personName }: { personId: string; personName: string }) {
  const vault = useVault();
  const { t } = useTranslation();
  const [referrals, setReferrals] = useState<Referral[] | null>(null);
  // A referral being written when the notebook locked opens again.
  const referralKept = useKeptDraft(referralDraftKey(personId)) !== null;
  const [suggesting, setSuggesting] = useState(referralKept);
  const reload = useCallback(() => void vault('referrals.list', { personId }).then(setReferrals), [vault, personId]);
  useEffect(reload, [reload]);
  if (!referrals) return <Working label={t('resources.referrals.opening')} />;

  return (
    <div>
      <p className="hint">{t('resources.referrals.intro', { name: personName })}</p>
      {suggesting ? (
        <SuggestForm
          personId={personId}
          onDone={() => {
            setSuggesting(false);
            reload();
          }}
          onCancel={() => setSuggesting(false)}
        />
      ) : (
        <button type="button" className="primary" onClick={() => setSuggesting(true)}>
          {t('resources.referrals.suggest')}
        </button>
      )}
      {referrals.length === 0 && !suggesting && <p className="empty">{t('resources.referrals.empty')}</p>}
      <ul className="referral-list" aria-label={t('resources.referrals.list')}>
        {referrals.map((referral) => (
          <ReferralEntry key={referral.id} referral={referral} personName={personName} onChanged={reload} />
        ))}
      </ul>
    </div>
  );
}
