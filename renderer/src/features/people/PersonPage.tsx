/**
 * Everything about one person, in one place: their profile and the relationship paperwork, the
 * sharing log, crisis events and the history of their records. A person who hasn't been told
 * the limits of confidentiality (or is due to hear them again) is flagged at the top, always.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { formatDate } from '@shared/records/dates';
import { useVault } from '../../app/contexts';
import { Notice, Working } from '../../ui/form';
import { ReadOnlyFields } from '../../ui/ReadOnly';
import type { VaultCallResult } from '../../vault/vault-handlers';
import { AgreementTab } from '../agreement/AgreementTab';
import { ConfidentialityTab } from '../confidentiality/ConfidentialityTab';
import { ReleasesTab } from '../releases/ReleasesTab';
import { SharingTab } from '../disclosures/SharingTab';
import { CrisisTab } from '../crisis/CrisisTab';
import { HistoryTab } from '../audit/HistoryTab';
import { PersonForm } from './PersonForm';
import type { Person } from './people-handlers';

const TABS = ['About', 'Agreement', 'Confidentiality', 'Releases', 'Sharing log', 'Crisis and safety', 'History'] as const;
type Tab = (typeof TABS)[number];

function About({ person, onEdit }: { person: Person; onEdit(): void }) {
  const contactOk = [person.okToCall && 'call', person.okToText && 'text', person.okToLeaveVoicemail && 'leave a voicemail'].filter(Boolean).join(', ');
  return (
    <div>
      <ReadOnlyFields
        items={[
          ['Legal name', person.legalName],
          ['Date of birth', person.dateOfBirth && formatDate(person.dateOfBirth)],
          ['Record or Medicaid number', person.recordNumber],
          ['Phone', person.phone && `${person.phone}${contactOk ? ` (OK to ${contactOk})` : ' (no OK to call, text or leave a voicemail yet)'}`],
          ['Email', person.email],
          ['What is important to me', person.importantToMe],
          ['How best to support me', person.howToSupportMe],
          ['Strengths', person.strengths],
          [
            'Supporters',
            person.supporters.length > 0 && (
              <ul>
                {person.supporters.map((supporter) => (
                  <li key={supporter.id}>
                    {supporter.name}
                    {supporter.relationship && `, ${supporter.relationship}`}
                    {supporter.phone && `, ${supporter.phone}`}
                    {supporter.isEmergencyContact && ' (emergency contact)'}
                  </li>
                ))}
              </ul>
            ),
          ],
        ]}
      />
      <button type="button" onClick={onEdit}>Edit the profile</button>
    </div>
  );
}

export function PersonPage({ id, onBack }: { id: string; onBack(): void }) {
  const vault = useVault();
  const [page, setPage] = useState<VaultCallResult<'people.open'> | null>(null);
  const [peerName, setPeerName] = useState('');
  const [tab, setTab] = useState<Tab>('About');
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    vault('people.open', { id }).then(setPage, (caught: Error) => setError(caught.message));
  }, [vault, id]);
  useEffect(reload, [reload]);
  const refreshReminders = () => {
    if (!page) return;
    vault('people.reminders', { id, preferredName: page.person.preferredName }).then((reminders) => setPage({ ...page, reminders }), (caught: Error) => setError(caught.message));
  };
  useEffect(() => void vault('peer.get').then((profile) => setPeerName(profile.name)), [vault]);

  if (error) return <Notice tone="error">{error}</Notice>;
  if (!page) return <Working label="Opening" />;
  const { person, reminders } = page;
  const name = person.preferredName;

  if (editing) {
    return <PersonForm id={id} onDone={() => { setEditing(false); reload(); }} onCancel={() => setEditing(false)} />;
  }

  const panels: Record<Tab, ReactNode> = {
    About: <About person={person} onEdit={() => setEditing(true)} />,
    Agreement: <AgreementTab personId={id} personName={name} />,
    Confidentiality: <ConfidentialityTab personId={id} personName={name} peerName={peerName} />,
    Releases: <ReleasesTab personId={id} personName={person.legalName || name} peerName={peerName} />,
    'Sharing log': <SharingTab personId={id} />,
    'Crisis and safety': <CrisisTab personId={id} personName={name} />,
    History: <HistoryTab personId={id} />,
  };

  return (
    <article aria-labelledby="person-heading" className="person-page">
      <button type="button" className="link" onClick={onBack}>Back to people</button>
      <h1 id="person-heading">
        {name} {person.pronouns && <span className="person-pronouns">({person.pronouns})</span>}
      </h1>
      {reminders.confidentiality.state !== 'current' && (
        <div className={`flag flag-${reminders.confidentiality.state}`} role="status" aria-label="Confidentiality reminder">
          {reminders.confidentiality.message}{' '}
          <button type="button" className="link" onClick={() => setTab('Confidentiality')}>Go to the limits of confidentiality</button>
        </div>
      )}
      {reminders.agreementReview && (
        <div className="flag flag-review-due" role="status">
          {reminders.agreementReview === 'overdue' ? 'The relationship agreement is past its review date.' : 'The relationship agreement is due for review soon.'}{' '}
          <button type="button" className="link" onClick={() => setTab('Agreement')}>Go to the agreement</button>
        </div>
      )}
      <div role="tablist" aria-label={`About ${name}`} className="tabs">
        {TABS.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => { setTab(name); refreshReminders(); }}>
            {name}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={tab} className="tab-panel">
        {panels[tab]}
      </div>
    </article>
  );
}
