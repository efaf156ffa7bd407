/** Everything done with a person's records, newest first, and whether the history is intact. */
import { useEffect, useState } from 'react';
import { useVault } from '../../app/contexts';
import { Notice, Working } from '../../ui/form';
import type { VaultCallResult } from '../../vault/vault-handlers';

const ACTION_WORDS = { view: 'Opened', create: 'Created', change: 'Changed', sign: 'Signed', revoke: 'Taken back', export: 'Exported', disclose: 'Shared', delete: 'Removed' } as const;
const KIND_WORDS: Record<string, string> = {
  person: 'profile',
  agreement: 'agreement',
  'confidentiality-disclosure': 'limits of confidentiality',
  release: 'release of information',
  disclosure: 'sharing log',
  'crisis-event': 'crisis or safety event',
};

export function HistoryTab({ personId }: { personId: string }) {
  const vault = useVault();
  const [history, setHistory] = useState<VaultCallResult<'audit.history'> | null>(null);
  useEffect(() => void vault('audit.history', { personId }).then(setHistory), [vault, personId]);
  if (!history) return <Working label="Opening the history" />;
  const { events, integrity, thisDevice } = history;

  return (
    <div>
      {integrity.ok ? (
        <p className="hint" role="status">This history is complete: every entry checks out against the one before it.</p>
      ) : (
        <Notice tone="error">
          This history has been tampered with: entry {integrity.brokenAt} was {integrity.problem === 'missing' ? 'removed' : integrity.problem === 'truncated' ? 'cut off' : integrity.problem}. Tell your supervisor; keep this computer as it is.
        </Notice>
      )}
      <table className="log">
        <caption className="visually-hidden">History of this person's records</caption>
        <thead>
          <tr><th>When</th><th>What</th><th>Record</th><th>Who</th></tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.seq}>
              <td>{new Date(event.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</td>
              <td>{ACTION_WORDS[event.action]}{event.summary && `: ${event.summary}`}</td>
              <td>{KIND_WORDS[event.recordKind] ?? event.recordKind}</td>
              <td>{event.actor === thisDevice ? 'You, on this computer' : `Another device (${event.actor.slice(0, 6)})`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
