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
import { useVault } from '../../ui/contexts';
import { Notice, Working } from '../../ui/form';
import { ReadOnlyFields } from '../../ui/ReadOnly';
import { Tabs } from '../../ui/Tabs';
import type { VaultCallResult } from '../../worker/vault-handlers';
import { AgreementTab } from '../agreement/AgreementTab';
import { ConfidentialityTab } from '../confidentiality/ConfidentialityTab';
import { ReleasesTab } from '../releases/ReleasesTab';
import { SharingTab } from '../disclosures/SharingTab';
import { RecordCopyButtons } from '../plans/RecordCopyButtons';
import { CrisisTab } from '../crisis/CrisisTab';
import { HistoryTab } from '../audit/HistoryTab';
import { BarcTab } from '../plans/BarcTab';
import { RecoveryPlanTab } from '../plans/RecoveryPlanTab';
import { WellnessPlanTab } from '../plans/WellnessPlanTab';
import { ReferralsTab } from '../resources/ReferralsTab';
import { NotesTab } from '../notes/NotesTab';
import { TasksTab } from '../tasks/TasksTab';
import { PersonConflicts } from '../sync/PersonConflicts';
import { HandedOverNotice, HandOverAction } from '../team/PersonHandOver';
import { PersonForm, personDraftKey } from './PersonForm';
import type { Person } from './worker/people-handlers';
import type { PersonTab } from '@shared/places';
import { useKeptDraft } from '../../ui/use-draft';

type Tab = PersonTab;

/** The page's first row of tabs: a few groups in the order a relationship goes, each with its tabs. */
const TAB_GROUPS = {
  about: ['about'],
  notesAndTasks: ['notes', 'tasks'],
  plans: ['recoveryPlan', 'wellnessPlan', 'barc', 'referrals'],
  paperwork: ['agreement', 'confidentiality', 'releases', 'sharing'],
  crisis: ['crisis'],
  history: ['history'],
} as const satisfies Record<string, readonly Tab[]>;
type TabGroup = keyof typeof TAB_GROUPS;
const GROUP_NAMES = Object.keys(TAB_GROUPS) as TabGroup[];
const groupOf = (tab: Tab): TabGroup => GROUP_NAMES.find((group) => (TAB_GROUPS[group] as readonly Tab[]).includes(tab))!;

function About({ person, onEdit }: { person: Person; onEdit: (() => void) | null }) {
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
      {onEdit && (
        <button type="button" onClick={onEdit}>
          {t('person.edit')}
        </button>
      )}
    </div>
  );
}

export function PersonPage({
  id,
  initialTab = 'about',
  openNoteId,
  newNote,
  onBack,
  onMoveOn,
}: {
  id: string;
  initialTab?: PersonTab;
  /** A note to open on the Notes tab (the billing check leads here to fix one). */
  openNoteId?: string;
  /** Open a new note on the Notes tab (Today's "Write a note" leads here). */
  newNote?: boolean;
  onBack(): void;
  onMoveOn(): void;
}) {
  const vault = useVault();
  const { t } = useTranslation();
  const [page, setPage] = useState<VaultCallResult<'people.open'> | null>(null);
  const [peerName, setPeerName] = useState('');
  const [tab, showTab] = useState<Tab>(initialTab);
  // Each group opens at the tab last seen in it.
  const [lastInGroup, setLastInGroup] = useState<Partial<Record<TabGroup, Tab>>>({});
  const setTab = (next: Tab) => {
    onMoveOn();
    showTab(next);
    setLastInGroup((last) => ({ ...last, [groupOf(next)]: next }));
  };
  // A profile being updated when the notebook locked opens again in its form.
  const profileKept = useKeptDraft(personDraftKey(id)) !== null;
  const [editing, setEditing] = useState(profileKept);
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
        {/* Handed over to another peer: kept read-only here (the worker refuses any change). */}
        <About person={person} onEdit={person.handedOverOn ? null : () => setEditing(true)} />
        <RecordCopyButtons personId={id} personName={name} />
        {!person.handedOverOn && <HandOverAction personId={id} personName={name} onHandedOver={reload} />}
      </>
    ),
    notes: <NotesTab personId={id} openNoteId={openNoteId} newNote={newNote} />,
    tasks: <TasksTab personId={id} personName={name} />,
    agreement: <AgreementTab personId={id} personName={name} />,
    confidentiality: <ConfidentialityTab personId={id} personName={name} peerName={peerName} />,
    releases: <ReleasesTab personId={id} personName={person.legalName || name} peerName={peerName} />,
    sharing: <SharingTab personId={id} personName={name} />,
    recoveryPlan: <RecoveryPlanTab personId={id} personName={name} peerName={peerName} />,
    wellnessPlan: <WellnessPlanTab personId={id} personName={name} />,
    referrals: <ReferralsTab personId={id} personName={name} />,
    barc: <BarcTab personId={id} />,
    crisis: <CrisisTab personId={id} personName={name} />,
    history: <HistoryTab personId={id} />,
  };

  const group = groupOf(tab);
  const choose = (next: Tab) => {
    setTab(next);
    refreshReminders();
  };

  return (
    <article aria-labelledby="person-heading" className="person-page">
      <button type="button" className="link" onClick={onBack}>
        {t('person.back')}
      </button>
      <h1 id="person-heading">
        {name} {person.pronouns && <span className="person-pronouns">({person.pronouns})</span>}
      </h1>
      {person.handedOverOn && <HandedOverNotice personId={id} />}
      {/* Reminders are for the peer who walks beside them now: not here once handed over. */}
      {!person.handedOverOn && reminders.confidentiality.state !== 'current' && (
        <div className={`flag flag-${reminders.confidentiality.state}`} role="status" aria-label={t('person.confidentialityReminder')}>
          {message(reminders.confidentiality.message)}{' '}
          <button type="button" className="link" onClick={() => setTab('confidentiality')}>
            {t('person.goToConfidentiality')}
          </button>
        </div>
      )}
      {!person.handedOverOn && reminders.agreementReview && (
        <div className="flag flag-review-due" role="status">
          {reminders.agreementReview === 'overdue' ? t('person.agreementOverdue') : t('person.agreementDueSoon')}{' '}
          <button type="button" className="link" onClick={() => setTab('agreement')}>
            {t('person.goToAgreement')}
          </button>
        </div>
      )}
      <Tabs
        label={t('person.about', { name })}
        className="tabs group-tabs"
        items={GROUP_NAMES.map((group) => ({ id: group, label: t(`person.tabGroups.${group}`) }))}
        selected={group}
        onSelect={(next) => choose(lastInGroup[next] ?? TAB_GROUPS[next][0])}
      >
        {TAB_GROUPS[group].length === 1 ? (
          panels[tab]
        ) : (
          <Tabs
            label={t(`person.tabGroups.${group}`)}
            className="tabs sub-tabs"
            items={TAB_GROUPS[group].map((each) => ({ id: each, label: t(`person.tabs.${each}`) }))}
            selected={tab}
            onSelect={choose}
          >
            {panels[tab]}
          </Tabs>
        )}
      </Tabs>
    </article>
  );
}
