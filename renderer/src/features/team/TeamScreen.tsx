/**
 * The Team screen: this notebook's key fingerprint (read to IT when they list the peer), a way to
 * check for what the team sent, the supervisor's review queue (oldest first, by peer) with
 * co-sign and return, and for a peer what came back from review.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '@shared/messages';
import { useHost, useVault } from '../../ui/contexts';
import { TextArea } from '../../ui/form';
import { messagesOf, useMessage } from '../../i18n/use-message';
import { checkTeam, sendEnvelopes, TeamProblemError } from './team-client';
import { CameBackList } from './CameBackList';
import { ReassignCaseload } from './ReassignCaseload';
import { ReviewedRecord } from './ReviewedRecord';
import { CaseloadHandOver } from './CaseloadHandOver';
import { TeamListFile } from './TeamListFile';
import type { ReviewQueueGroup, TeamStatus } from './worker/team-handlers';

export function TeamScreen() {
  const { t } = useTranslation();
  const vault = useVault();
  const host = useHost();
  const message = useMessage();
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [queue, setQueue] = useState<ReviewQueueGroup[]>([]);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);

  const problemWords = useCallback(
    (error: unknown) => (error instanceof TeamProblemError ? t(`team.problems.${error.problem}`) : message(messagesOf(error))),
    [t, message],
  );

  useEffect(() => {
    void vault('team.status').then(setStatus);
    void vault('team.reviewQueue').then(setQueue);
  }, [vault, changes]);

  const check = async () => {
    setBusy(true);
    setSaid(null);
    try {
      const found = await checkTeam(vault, host);
      const problems: Message[] = found.problems;
      setSaid(
        [
          // Not on the list yet: the check has just sent this notebook's keys for IT to add.
          found.status.memberId ? t('team.checked', { count: found.filed }) : t('team.keysSent'),
          ...problems.map((problem) => message(problem)),
        ].join(' '),
      );
    } catch (error) {
      setSaid(problemWords(error));
    } finally {
      setBusy(false);
      setChanges((count) => count + 1);
    }
  };

  return (
    <section aria-labelledby="team-title">
      <h1 id="team-title">{t('team.title')}</h1>
      {status && (
        <>
          <p>{status.role ? t(`team.role.${status.role}`) : t('team.notListed')}</p>
          <h2>{t('team.fingerprint')}</h2>
          <p>
            <code data-testid="team-fingerprint">{status.fingerprint}</code>
          </p>
          <p className="hint">{t('team.fingerprintHelp')}</p>
        </>
      )}
      <p>
        <button type="button" onClick={() => void check()} disabled={busy}>
          {busy ? t('team.checking') : t('team.check')}
        </button>
      </p>
      <p role="status">{said}</p>
      {status?.role === 'supervisor' && (
        <ReviewQueue queue={queue} onAnswered={() => setChanges((count) => count + 1)} problemWords={problemWords} />
      )}
      {status?.role === 'supervisor' && <ReassignCaseload peers={status.peers} />}
      {status?.role === 'peer' && <CameBackList key={changes} />}
      {status?.role === 'peer' && <CaseloadHandOver />}
      <TeamListFile onAccepted={() => setChanges((count) => count + 1)} />
    </section>
  );
}

function ReviewQueue({
  queue,
  onAnswered,
  problemWords,
}: {
  queue: ReviewQueueGroup[];
  onAnswered(): void;
  problemWords(error: unknown): string;
}) {
  const { t } = useTranslation();
  const vault = useVault();
  const host = useHost();
  const [comments, setComments] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const answer = async (id: string, decision: 'co-signed' | 'returned') => {
    setProblem(null);
    try {
      const { name } = await vault('peer.get');
      const envelope = await vault('team.answer', { id, decision, comment: comments[id] ?? '', reviewerName: name });
      await sendEnvelopes(vault, host, [envelope]);
      onAnswered();
    } catch (error) {
      setProblem(problemWords(error));
    }
  };

  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title">{t('team.queue.title')}</h2>
      {problem && <p role="alert">{problem}</p>}
      {queue.length === 0 && <p>{t('team.queue.empty')}</p>}
      {queue.map((group) => (
        <section key={group.fromMemberId} aria-label={t('team.queue.from', { peer: group.peerName })}>
          <h3>{t('team.queue.from', { peer: group.peerName })}</h3>
          {group.items.map((item) => (
            <article key={item.id} className="card">
              <p>
                {t('team.queue.about', {
                  kind: t(`history.kinds.${item.recordKind}`, { defaultValue: item.recordKind }),
                  person: item.personName,
                  sentAt: new Date(item.sentAt).toLocaleString(),
                })}
              </p>
              <ReviewedRecord recordKind={item.recordKind} fields={item.fields} />
              <TextArea
                label={t('team.queue.comment', { peer: group.peerName })}
                value={comments[item.id] ?? ''}
                onChange={(comment) => setComments({ ...comments, [item.id]: comment })}
              />
              <button type="button" onClick={() => void answer(item.id, 'co-signed')}>
                {t('team.queue.coSign')}
              </button>
              <button type="button" onClick={() => void answer(item.id, 'returned')}>
                {t('team.queue.return')}
              </button>
            </article>
          ))}
        </section>
      ))}
    </section>
  );
}
