/**
 * Everything about one person, in one place: their profile and the relationship paperwork, the
 * sharing log, crisis events and the history of their records. A person who hasn't been told
 * the limits of confidentiality (or is due to hear them again) is flagged at the top, always.
 */
import type { Message } from '@shared/messages';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../i18n/use-dates';
import { messagesOf, useMessage } from '../../i18n/use-message';
import { useVault } from '../../app/contexts';
import { Notice, Working } from '../../ui/form';
import { ReadOnlyFields } from '../../ui/ReadOnly';
import type { VaultCallResult } from '../../worker/vault-handlers';
import { AgreementTab } from '../agreement/AgreementTab';
import { ConfidentialityTab } from '../confidentiality/ConfidentialityTab';
import { ReleasesTab } from '../releases/ReleasesTab';
import { SharingTab } from '../disclosures/SharingTab';
import { CrisisTab } from '../crisis/CrisisTab';
import { HistoryTab } from '../audit/HistoryTab';
import { BarcTab } from '../plans/BarcTab';
import { RecoveryPlanTab } from '../plans/RecoveryPlanTab';
import { WellnessPlanTab } from '../plans/WellnessPlanTab';
import { ReferralsTab } from '../resources/ReferralsTab';
import { NotesTab } from '../notes/NotesTab';
import { TasksTab } from '../tasks/TasksTab';
import { PersonConflicts } from '../sync/PersonConflicts';
import { PersonForm } from './PersonForm';
import type { Person } from './people-handlers';

export const PERSON_TABS = [
  'about',
  'notes',
  'tasks',
  'agreement',
  'confidentiality',
  'releases',
  'sharing',
  'recoveryPlan',
  'wellnessPlan',
  'referrals',
  'barc',
  'crisis',
  'history',
] as const;
export type PersonTab = (typeof PERSON_TABS)[number];
type Tab = PersonTab;

function About({ person, onEdit }: { person: Person; onEdit(): void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const ways = [
    person.okToCall && t('person.ways.call'),
    person.okToText && t('person.ways.text'),
    person.okToLeaveVoicemail && t('person.ways.voicemail'),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div>
      <ReadOnlyFields
        items={[
          [t('person.legalName'), person.legalName],
          [t('person.dateOfBirth'), person.dateOfBirth && dates.date(person.dateOfBirth)],
          [t('person.recordNumber'), person.recordNumber],
          [
            t('person.phone'),
            person.phone && (ways ? t('person.phoneOk', { phone: person.phone, ways }) : t('person.phoneNotOk', { phone: person.phone })),
          ],
          [t('person.email'), person.email],
          [t('person.importantToMe'), person.importantToMe],
          [t('person.howToSupportMe'), person.howToSupportMe],
          [t('person.strengths'), person.strengths],
          [
            t('person.supporters'),
            person.supporters.length > 0 && (
              <ul>
                {person.supporters.map((supporter) => (
                  <li key={supporter.id}>
                    {supporter.name}
                    {supporter.relationship && `, ${supporter.relationship}`}
                    {supporter.phone && `, ${supporter.phone}`}
                    {supporter.isEmergencyContact && ` ${t('person.emergencyContact')}`}
                  </li>
                ))}
              </ul>
            ),
          ],
        ]}
      />
      <button type="button" onClick={onEdit}>
        {t('person.edit')}
      </button>
    </div>
  );
}

export function PersonPage({
  id,
  initialTab = 'about',
  onBack,
  onMoveOn,
}: {
  id: string;
  initialTab?: PersonTab;
  onBack(): void;
  onMoveOn(): void;
}) {
  const vault = useVault();
  const { t } = useTranslation();
  const [page, setPage] = useState<VaultCallResult<'people.open'> | null>(null);
  const [peerName, setPeerName] = useState('');
  const [tab, showTab] = useState<Tab>(initialTab);
  const setTab = (next: Tab) => {
    onMoveOn();
    showTab(next);
  };
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<readonly Message[] | null>(null);
  const message = useMessage();

  const reload = useCallback(() => {
    vault('people.open', { id }).then(setPage, (caught: unknown) => setError(messagesOf(caught)));
  }, [vault, id]);
  useEffect(reload, [reload]);
  const refreshReminders = () => {
    if (!page) return;
    vault('people.reminders', { id, preferredName: page.person.preferredName }).then(
      (reminders) => setPage({ ...page, reminders }),
      (caught: unknown) => setError(messagesOf(caught)),
    );
  };
  useEffect(() => void vault('peer.get').then((profile) => setPeerName(profile.name)), [vault]);

  if (error) return <Notice tone="error">{message(error)}</Notice>;
  if (!page) return <Working label={t('common.opening')} />;
  const { person, reminders } = page;
  const name = person.preferredName;

  if (editing) {
    return (
      <PersonForm
        id={id}
        onDone={() => {
          setEditing(false);
          reload();
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }

  const panels: Record<Tab, ReactNode> = {
    about: (
      <>
        <PersonConflicts personId={id} onResolved={reload} />
        <About person={person} onEdit={() => setEditing(true)} />
      </>
    ),
    notes: <NotesTab personId={id} />,
    tasks: <TasksTab personId={id} personName={name} />,
    agreement: <AgreementTab personId={id} personName={name} />,
    confidentiality: <ConfidentialityTab personId={id} personName={name} peerName={peerName} />,
    releases: <ReleasesTab personId={id} personName={person.legalName || name} peerName={peerName} />,
    sharing: <SharingTab personId={id} />,
    recoveryPlan: <RecoveryPlanTab personId={id} personName={name} peerName={peerName} />,
    wellnessPlan: <WellnessPlanTab personId={id} personName={name} />,
    referrals: <ReferralsTab personId={id} personName={name} />,
    barc: <BarcTab personId={id} />,
    crisis: <CrisisTab personId={id} personName={name} />,
    history: <HistoryTab personId={id} />,
  };

  return (
    <article aria-labelledby="person-heading" className="person-page">
      <button type="button" className="link" onClick={onBack}>
        {t('person.back')}
      </button>
      <h1 id="person-heading">
        {name} {person.pronouns && <span className="person-pronouns">({person.pronouns})</span>}
      </h1>
      {reminders.confidentiality.state !== 'current' && (
        <div className={`flag flag-${reminders.confidentiality.state}`} role="status" aria-label={t('person.confidentialityReminder')}>
          {message(reminders.confidentiality.message)}{' '}
          <button type="button" className="link" onClick={() => setTab('confidentiality')}>
            {t('person.goToConfidentiality')}
          </button>
        </div>
      )}
      {reminders.agreementReview && (
        <div className="flag flag-review-due" role="status">
          {reminders.agreementReview === 'overdue' ? t('person.agreementOverdue') : t('person.agreementDueSoon')}{' '}
          <button type="button" className="link" onClick={() => setTab('agreement')}>
            {t('person.goToAgreement')}
          </button>
        </div>
      )}
      <div role="tablist" aria-label={t('person.about', { name })} className="tabs">
        {PERSON_TABS.map((each) => (
          <button
            key={each}
            type="button"
            role="tab"
            aria-selected={tab === each}
            onClick={() => {
              setTab(each);
              refreshReminders();
            }}
          >
            {t(`person.tabs.${each}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={t(`person.tabs.${tab}`)} className="tab-panel">
        {panels[tab]}
      </div>
    </article>
  );
}
