/**
 * Handing one person, or a whole caseload, to another peer on the team: the peer chooses the
 * receiver from the signed team list (by the key fingerprint the receiver reads out: the list
 * holds no names), records each person's own consent, reads in plain words what will happen,
 * then sends. The vault worker seals and, once it has left, keeps the people here read-only.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoffConsent } from '@shared/team/team-payload';
import { useHost, useVault } from '../../ui/contexts';
import { CheckBox, Form, Notice, SelectField, TextArea, TextField, useAction, WordedError, Working } from '../../ui/form';
import { localToday } from '../../vault/clock';
import { sendEnvelopes, TeamProblemError } from './team-client';
import type { TeamStatus } from './worker/team-handlers';
import type { HandOverCandidate } from './worker/handover-handlers';

type Way = Exclude<HandoffConsent['how'], 'peer-left'>;

interface ConsentDraft {
  include: boolean;
  givenOn: string;
  how: Way;
  note: string;
}

export function HandOverForm({
  people,
  caseload = false,
  onDone,
  onCancel,
}: {
  people: readonly HandOverCandidate[];
  /** A whole caseload: each person can be left out (no consent yet), and is listed with their own consent. */
  caseload?: boolean;
  onDone(words: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const vault = useVault();
  const host = useHost();
  const receiverHint = useId();
  const { run, busy, error } = useAction();
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [toMemberId, setToMemberId] = useState('');
  const [toName, setToName] = useState('');
  const [consents, setConsents] = useState<Record<string, ConsentDraft>>(() =>
    Object.fromEntries(people.map((person) => [person.id, { include: true, givenOn: '', how: 'signed' as Way, note: '' }])),
  );
  const [confirming, setConfirming] = useState(false);

  useEffect(() => void vault('team.status').then(setStatus), [vault]);

  if (!status) return <Working label={t('handOver.loading')} />;
  if (status.role !== 'peer') return <p>{t('handOver.notPeer')}</p>;
  if (status.peers.length === 0) return <p>{t('handOver.noPeers')}</p>;

  const chosen = people.filter((person) => consents[person.id]!.include);
  const names = chosen.map((person) => person.preferredName).join(', ');
  const receiver = status.peers.find((peer) => peer.memberId === toMemberId);
  const setConsent = (id: string, change: Partial<ConsentDraft>) => setConsents({ ...consents, [id]: { ...consents[id]!, ...change } });

  const send = () =>
    run(async () => {
      const { name: senderName } = await vault('peer.get');
      const { handoffId, envelope } = await vault('team.handOver', {
        people: chosen.map((person) => {
          const { givenOn, how, note } = consents[person.id]!;
          return { personId: person.id, consent: { givenOn, how, note } };
        }),
        toMemberId,
        toName,
        senderName,
      });
      try {
        await sendEnvelopes(vault, host, [envelope]);
      } catch (caught) {
        if (caught instanceof TeamProblemError) throw new WordedError(t(`team.problems.${caught.problem}`), { cause: caught });
        throw caught;
      }
      await vault('team.handOverSent', { handoffId });
      onDone(t('handOver.done', { peer: toName.trim(), names }));
    });

  if (confirming)
    return (
      <section className="card" aria-labelledby="hand-over-confirm">
        <h3 id="hand-over-confirm">{t('handOver.confirmTitle')}</h3>
        <p>{t('handOver.confirmSealed', { names, peer: toName.trim(), fingerprint: receiver?.fingerprint ?? '' })}</p>
        <p>{t('handOver.confirmKept')}</p>
        <p>{t('handOver.confirmHistory')}</p>
        {error && <Notice tone="error">{error}</Notice>}
        {busy ? (
          <Working label={t('handOver.sending')} />
        ) : (
          <p>
            <button type="button" onClick={() => void send()}>
              {t('handOver.send')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t('handOver.back')}
            </button>
          </p>
        )}
      </section>
    );

  return (
    <Form className="card" aria-label={t('handOver.formTitle')} onSubmit={() => setConfirming(true)}>
      <h3>{t('handOver.formTitle')}</h3>
      <fieldset aria-describedby={receiverHint}>
        <legend>{t('handOver.receiver')}</legend>
        <p id={receiverHint} className="hint">
          {t('handOver.receiverHint')}
        </p>
        {status.peers.map((peer) => (
          <label key={peer.memberId} className="radio">
            <input
              type="radio"
              name="hand-over-receiver"
              required
              checked={toMemberId === peer.memberId}
              onChange={() => setToMemberId(peer.memberId)}
            />
            {t('handOver.receiverOption', { fingerprint: peer.fingerprint })}
          </label>
        ))}
      </fieldset>
      <TextField label={t('handOver.receiverName')} hint={t('handOver.receiverNameHint')} value={toName} onChange={setToName} required />
      {people.map((person) => {
        const consent = consents[person.id]!;
        const name = person.preferredName;
        return (
          <fieldset key={person.id} aria-label={t('handOver.consentFor', { name })}>
            <legend>{t('handOver.consentFor', { name })}</legend>
            {caseload && (
              <CheckBox
                label={t('handOver.include', { name })}
                checked={consent.include}
                onChange={(include) => setConsent(person.id, { include })}
              />
            )}
            {consent.include && (
              <>
                <TextField
                  label={t('handOver.givenOn', { name })}
                  type="date"
                  max={localToday()}
                  required
                  value={consent.givenOn}
                  onChange={(givenOn) => setConsent(person.id, { givenOn })}
                />
                <SelectField<Way>
                  label={t('handOver.how', { name })}
                  value={consent.how}
                  options={(['signed', 'verbal'] as const).map((way) => ({ value: way, label: t(`handOver.ways.${way}`) }))}
                  onChange={(how) => setConsent(person.id, { how })}
                />
                <TextArea
                  label={t('handOver.consentNote')}
                  value={consent.note}
                  onChange={(note) => setConsent(person.id, { note })}
                  rows={2}
                />
              </>
            )}
          </fieldset>
        );
      })}
      <p>
        <button type="submit" disabled={chosen.length === 0}>
          {t('handOver.continue')}
        </button>{' '}
        <button type="button" className="secondary" onClick={onCancel}>
          {t('handOver.cancel')}
        </button>
      </p>
    </Form>
  );
}
