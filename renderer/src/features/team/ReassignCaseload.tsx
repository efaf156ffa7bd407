/**
 * A supervisor reassigns the caseload of a peer who left: they pick the peer's backup and the
 * agency's two key files (native dialogs; the window gets tokens), give the keys' passphrases and
 * the receiving peer, and watch the backup be read; it says whose notebook it is and how many
 * people are still theirs, which they review in plain words before it is sent. The main process
 * does the work (electron/main/caseload-reassignment.ts); this screen only asks how it goes and
 * answers it, so it can be left and come back to while a large backup is read.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '@shared/messages';
import type { ReassignmentFile, ReassignmentFileChoice, ReassignmentStatus } from '@shared/team/reassignment-calls';
import { useHost, useVault } from '../../ui/contexts';
import { Form, Notice, SelectField, TextField } from '../../ui/form';
import { ProgressBar } from '../../ui/ProgressBar';
import { messagesOf, useMessage } from '../../i18n/use-message';
import { serverPlace } from './team-client';
import type { TeamStatus } from './worker/team-handlers';

const POLL_MS = 250;

/** The reassignment under way (its job and its receiver), kept while the Team screen is left. */
let running: { job: string; to: string } | null = null;

type Files = Partial<Record<ReassignmentFile, ReassignmentFileChoice>>;

export function ReassignCaseload({ peers }: { peers: TeamStatus['peers'] }) {
  const { t } = useTranslation();
  const host = useHost();
  const vault = useVault();
  const message = useMessage();
  const [files, setFiles] = useState<Files>({});
  const [recoveryPassphrase, setRecoveryPassphrase] = useState('');
  const [policyPassphrase, setPolicyPassphrase] = useState('');
  const [chosenTo, setTo] = useState('');
  // The peer chosen, or the list's first while none is (the list arrives after the screen opens).
  const to = peers.some((peer) => peer.memberId === chosenTo) ? chosenTo : (peers[0]?.memberId ?? '');
  const [job, setJob] = useState(running);
  const [status, setStatus] = useState<ReassignmentStatus | null>(null);
  /** Whom the last one finished went to, for saying what was sent. */
  const [sentTo, setSentTo] = useState('');
  const [problems, setProblems] = useState<readonly Message[] | string | null>(null);

  // Asks how it goes until it is ready for review, sent or stopped; leaving the screen stops asking, not the work.
  useEffect(() => {
    if (!job) return;
    let stopped = false;
    const ask = async () => {
      const now = await host.reassignmentStatus(job.job);
      if (stopped) return;
      setStatus(now);
      if (now.state === 'ready') return;
      if (now.state === 'sent' || now.state === 'failed') {
        const mine = running?.job === job.job;
        if (mine) running = null;
        if (mine && now.state === 'sent') {
          try {
            await vault('team.reassigned', { from: now.from, to: job.to, people: now.people });
          } catch {
            // The notebook locked meanwhile: the line is written when the Team screen next opens.
            running = job;
            return;
          }
        }
        setSentTo(job.to);
        setJob(null);
        if (now.state === 'failed') setProblems(now.problems);
        return;
      }
      setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
    };
  }, [host, vault, job]);

  const choose = async (file: ReassignmentFile) => {
    const chosen = await host.chooseReassignmentFile(file);
    if (chosen) setFiles((before) => ({ ...before, [file]: chosen }));
  };

  const start = async () => {
    setProblems(null);
    setStatus(null);
    try {
      const { job: started } = await host.beginReassignment(await serverPlace(vault), {
        backup: files.backup!.file,
        recoveryKey: files['recovery-key']!.file,
        recoveryPassphrase,
        policyKey: files['policy-key']!.file,
        policyPassphrase,
        to,
      });
      running = { job: started, to };
      setJob(running);
      // They crossed once, to open the key files; the window keeps no copy.
      setRecoveryPassphrase('');
      setPolicyPassphrase('');
    } catch (error) {
      setProblems(messagesOf(error));
    }
  };

  /** The supervisor's word once they have seen whose notebook it is: send it (and watch it go), or go back to the form. */
  const answer = async (word: 'send' | 'cancel') => {
    if (!job) return;
    await host.answerReassignment(job.job, word);
    if (word === 'send') {
      setStatus({ state: 'sending' });
      setJob({ ...job }); // asks how it goes again
    } else {
      running = null;
      setJob(null);
      setStatus(null);
    }
  };

  const fileButton = (file: ReassignmentFile, label: string) => (
    <div className="row">
      <button type="button" onClick={() => void choose(file)} disabled={job !== null}>
        {label}
      </button>
      {files[file] && <span className="backup-file">{t('reassign.chosen', { name: files[file].name })}</span>}
    </div>
  );

  const progress = (now: ReassignmentStatus | null, receiver: string) => {
    if (now?.state === 'reading') {
      const fraction = now.bytesTotal > 0 ? now.bytesRead / now.bytesTotal : 0;
      return <ProgressBar label={t('reassign.reading', { percent: Math.floor(fraction * 100) })} fraction={fraction} />;
    }
    const words = now?.state === 'sending' ? t('reassign.sending', { to: receiver }) : t('reassign.checking');
    return <ProgressBar label={words} fraction={now?.state === 'sending' ? 1 : 0} />;
  };

  return (
    <section aria-labelledby="reassign-title">
      <h2 id="reassign-title">{t('reassign.title')}</h2>
      <p className="hint">{t('reassign.intro')}</p>
      {problems && <Notice tone="error">{typeof problems === 'string' ? problems : message(problems)}</Notice>}
      {job && status?.state === 'ready' ? (
        <>
          <p>{t('reassign.whose', { count: status.people, from: status.from })}</p>
          <p>{t('reassign.confirm', { to: job.to })}</p>
          <div className="row">
            <button type="button" className="primary" onClick={() => void answer('send')}>
              {t('reassign.send')}
            </button>
            <button type="button" onClick={() => void answer('cancel')}>
              {t('reassign.back')}
            </button>
          </div>
        </>
      ) : job ? (
        <>
          {progress(status, job.to)}
          <p className="hint">{t('reassign.leaveRunning')}</p>
        </>
      ) : status?.state === 'sent' ? (
        <>
          <Notice tone="success">
            {t('reassign.sent', { count: status.people, to: sentTo })}
            {status.unreadableHistory > 0 && ` ${t('reassign.unreadableHistory', { count: status.unreadableHistory })}`}
          </Notice>
          <button type="button" onClick={() => setStatus(null)}>
            {t('reassign.another')}
          </button>
        </>
      ) : (
        <Form
          onSubmit={() => {
            const chosenAll = files.backup && files['recovery-key'] && files['policy-key'];
            if (chosenAll) void start();
            else setProblems(t('reassign.filesMissing'));
          }}
        >
          {fileButton('backup', t('reassign.chooseBackup'))}
          {fileButton('recovery-key', t('reassign.chooseRecoveryKey'))}
          <TextField
            label={t('reassign.recoveryPassphrase')}
            type="password"
            autoComplete="off"
            required
            value={recoveryPassphrase}
            onChange={setRecoveryPassphrase}
          />
          {fileButton('policy-key', t('reassign.choosePolicyKey'))}
          <TextField
            label={t('reassign.policyPassphrase')}
            type="password"
            autoComplete="off"
            required
            value={policyPassphrase}
            onChange={setPolicyPassphrase}
          />
          {peers.length > 0 ? (
            <SelectField
              label={t('reassign.receiver')}
              hint={t('handOver.receiverHint')}
              value={to}
              // The list holds no names: a peer is told by the fingerprint on their own Team screen.
              options={peers.map((peer) => ({
                value: peer.memberId,
                label: t('handOver.receiverOption', { fingerprint: peer.fingerprint }),
              }))}
              onChange={(peer: string) => setTo(peer)}
            />
          ) : (
            <p>{t('reassign.noPeers')}</p>
          )}
          <button type="submit" className="primary" disabled={peers.length === 0}>
            {t('reassign.review')}
          </button>
        </Form>
      )}
    </section>
  );
}
