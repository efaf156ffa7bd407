/**
 * The peer's own profile: their name, credential and service code (asked once, here, and filled
 * into every note and wherever they explain or share something), and their certification, which renews every two years with continuing-education
 * hours logged toward it (Today reminds them 90 days before).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { certificationStatus, type PeerProfileFields } from '@shared/records/peer-profile';
import { GROUP_SERVICE_CODE, INDIVIDUAL_SERVICE_CODE } from '@shared/records/service-note';
import { useInstallationPolicy, useVault } from '../../ui/contexts';
import { KeptDraftLine, useDraft, useKeptDraft } from '../../ui/use-draft';
import { useDates } from '../../i18n/use-dates';
import { Form, Notice, SelectField, TextField, useAction } from '../../ui/form';
import { localToday } from '../../vault/clock';
import { ContinuingEducationLog } from './ContinuingEducationLog';

type Draft = Pick<PeerProfileFields, 'name' | 'credential' | 'serviceCode' | 'certifiedOn' | 'workState'> & { ceHoursRequired: string };

const PEER_PROFILE_DRAFT_KEY = 'peer-profile';

const draftOf = (profile: PeerProfileFields): Draft => ({ ...profile, ceHoursRequired: String(profile.ceHoursRequired) });

export function PeerProfileForm() {
  const vault = useVault();
  const { t } = useTranslation();
  const dates = useDates();
  const [stored, setStored] = useState<PeerProfileFields | null>(null);
  // Only what this form shows; peer.save keeps the rest of the profile (the training log).
  const kept = useKeptDraft<Draft>(PEER_PROFILE_DRAFT_KEY);
  const [draft, setDraft] = useState<Draft>(
    kept?.values ?? { name: '', credential: '', serviceCode: '', certifiedOn: '', workState: '', ceHoursRequired: '' },
  );
  const [changed, setChanged] = useState(kept !== null);
  useDraft({ key: PEER_PROFILE_DRAFT_KEY, place: { screen: 'settings' }, values: draft, changed });
  const { noteDueHours, stateRules } = useInstallationPolicy().settings;
  // Asked only where the agency has deadlines by state; a state chosen before stays offered.
  const states = [...new Set([...stateRules.value.map((rule) => rule.state), stored?.workState ?? ''])].filter(Boolean);
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useAction();
  useEffect(
    () =>
      void vault('peer.get').then((profile) => {
        setStored(profile);
        // Reopened from a draft: the words kept stay, not what was saved before them.
        if (!kept) setDraft(draftOf(profile));
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `kept` is fixed for the form's life
    [vault],
  );
  const set = (key: keyof Draft) => (value: string) => {
    setSaved(false);
    setChanged(true);
    setDraft({ ...draft, [key]: value });
  };
  const renewal = stored && draft.certifiedOn && certificationStatus({ ...stored, certifiedOn: draft.certifiedOn }, localToday());

  return (
    <>
      <Form
        onSubmit={() => {
          void run(async () => {
            setStored(await vault('peer.save', { ...draft, ceHoursRequired: Number(draft.ceHoursRequired) }));
            setSaved(true);
            setChanged(false);
          });
        }}
      >
        {/* A new notebook opens here: what every note needs from the peer, asked once. */}
        {stored && !stored.name && !stored.credential && <p className="first-run">{t('peer.firstRun')}</p>}
        <TextField label={t('peer.name')} value={draft.name} onChange={set('name')} />
        <TextField
          label={t('peer.credential')}
          value={draft.credential}
          placeholder={t('peer.credentialExample')}
          onChange={set('credential')}
        />
        <TextField
          label={t('peer.serviceCode')}
          value={draft.serviceCode}
          placeholder={INDIVIDUAL_SERVICE_CODE}
          onChange={set('serviceCode')}
          hint={t('peer.serviceCodeHint', { individual: INDIVIDUAL_SERVICE_CODE, group: GROUP_SERVICE_CODE })}
        />
        {states.length > 0 && (
          <SelectField
            label={t('peer.workState')}
            value={draft.workState}
            options={[...states.map((state) => ({ value: state, label: state })), { value: '', label: t('peer.workStateOther') }]}
            onChange={set('workState')}
            hint={t('peer.workStateHint', { deadline: t('about.values.hours', { count: noteDueHours.value }) })}
          />
        )}
        <h3>{t('certification.title')}</h3>
        <TextField
          label={t('certification.certifiedOn')}
          type="date"
          value={draft.certifiedOn}
          onChange={set('certifiedOn')}
          hint={renewal ? t('certification.renewsOn', { date: dates.date(renewal.renewalOn) }) : t('certification.noDateYet')}
        />
        <TextField
          label={t('certification.hoursRequired')}
          type="number"
          min={0}
          max={500}
          value={draft.ceHoursRequired}
          onChange={set('ceHoursRequired')}
          hint={t('certification.hoursRequiredHint')}
        />
        {kept && changed && <KeptDraftLine keptAt={kept.keptAt} />}
        {error && <Notice tone="error">{error}</Notice>}
        {saved && <Notice tone="success">{t('peer.saved')}</Notice>}
        <button type="submit" disabled={busy}>
          {t('peer.save')}
        </button>
      </Form>
      {stored && <ContinuingEducationLog profile={stored} onSaved={setStored} />}
    </>
  );
}
