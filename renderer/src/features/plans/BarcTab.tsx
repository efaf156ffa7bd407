/**
 * Recovery capital (BARC-10), gone through together: ten statements, each from 1 (strongly
 * disagree) to 6 (strongly agree). Nothing is chosen for the person: a statement not answered
 * stays skipped, and a total is shown only when all ten are answered.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BARC10_ITEM_IDS, BARC10_SCALE, barcHistory, barcScore, type BarcAnswers, type BarcFields } from '@shared/records/barc10';
import { useVault } from '../../ui/contexts';
import { KeptDraftLine, useDraft, useKeptDraft } from '../../ui/use-draft';
import { Form, Notice, TextArea, TextField, Working, useAction } from '../../ui/form';
import { localToday } from '../../vault/clock';
import type { Entry } from '../entries/worker/entry-handlers';
import { BarcChart } from './BarcChart';

function Score({ answers }: { answers: BarcAnswers }) {
  const { t } = useTranslation();
  const score = barcScore(answers);
  return (
    <p className="chip" role="status">
      {score.total === null ? t('plans.barc.partial', { count: score.answered }) : t('plans.barc.total', { total: score.total })}
    </p>
  );
}

interface BarcDraft {
  takenOn: string;
  answers: BarcAnswers;
  notes: string;
}

/** One assessment at a time per person. */
const barcDraftKey = (personId: string) => `barc/${personId}/new`;

function BarcForm({ personId, onSaved }: { personId: string; onSaved(): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const kept = useKeptDraft<BarcDraft>(barcDraftKey(personId));
  const [draft, setDraft] = useState<BarcDraft>(kept?.values ?? { takenOn: localToday(), answers: {}, notes: '' });
  const { takenOn, answers, notes } = draft;
  const [changed, setChanged] = useState(kept !== null);
  useDraft({ key: barcDraftKey(personId), place: { screen: 'people', personId, tab: 'barc' }, values: draft, changed });
  const change = (next: Partial<BarcDraft>) => {
    setDraft({ ...draft, ...next });
    setChanged(true);
  };
  const setTakenOn = (value: string) => change({ takenOn: value });
  const setAnswers = (value: BarcAnswers) => change({ answers: value });
  const setNotes = (value: string) => change({ notes: value });
  const { run, busy, error } = useAction();
  const scaleWords = (value: number) => t(`plans.barc.scale.${String(value) as '1'}`);
  return (
    <Form
      className="barc-form"
      onSubmit={() => {
        void run(async () => {
          await vault('entries.add', { personId, kind: 'barc10', fields: { takenOn, answers, notes } });
          onSaved();
        });
      }}
    >
      {kept && <KeptDraftLine keptAt={kept.keptAt} />}
      <TextField label={t('plans.barc.takenOn')} type="date" value={takenOn} onChange={setTakenOn} />
      {/* The ten statements and their result in one section; the scale is worded once, above them. */}
      <fieldset className="barc-statements">
        <legend>{t('plans.barc.statements')}</legend>
        <p className="barc-key" aria-label={t('plans.barc.scaleKey')}>
          {BARC10_SCALE.map((value) => (
            <span key={value}>
              <strong>{value}</strong> {scaleWords(value)}
            </span>
          ))}
        </p>
        {BARC10_ITEM_IDS.map((id) => (
          <fieldset key={id} className="barc-item">
            <legend>
              <strong>{t('plans.barc.item', { number: id })}:</strong> {t(`plans.barc.items.${String(id) as '1'}`)}
            </legend>
            <div className="scale">
              {BARC10_SCALE.map((value) => (
                <label key={value} className="radio" title={scaleWords(value)}>
                  <input
                    type="radio"
                    name={`barc-${id}`}
                    aria-label={`${value}: ${scaleWords(value)}`}
                    checked={answers[id] === value}
                    onChange={() => setAnswers({ ...answers, [id]: value })}
                  />
                  {value}
                </label>
              ))}
              <button type="button" className="link" disabled={answers[id] == null} onClick={() => setAnswers({ ...answers, [id]: null })}>
                {t('plans.barc.skip')}
              </button>
            </div>
          </fieldset>
        ))}
        <Score answers={answers} />
      </fieldset>
      <TextArea label={t('plans.barc.notes')} value={notes} onChange={setNotes} rows={2} />
      {error && <Notice tone="error">{error}</Notice>}
      <button type="submit" className="primary" disabled={busy}>
        {t('plans.barc.save')}
      </button>
    </Form>
  );
}

export function BarcTab({ personId }: { personId: string }) {
  const vault = useVault();
  const { t } = useTranslation();
  const [entries, setEntries] = useState<Entry<BarcFields>[] | null>(null);
  // An assessment being taken when the notebook locked opens again.
  const barcKept = useKeptDraft(barcDraftKey(personId)) !== null;
  const [taking, setTaking] = useState(barcKept);
  const [saved, setSaved] = useState(false);
  const reload = useCallback(() => {
    void vault('entries.list', { personId, kind: 'barc10' }).then((list) => setEntries(list as Entry<BarcFields>[]));
  }, [vault, personId]);
  useEffect(reload, [reload]);
  if (!entries) return <Working label={t('common.opening')} />;
  const history = barcHistory(entries);

  return (
    <section aria-labelledby="barc-heading">
      <h2 id="barc-heading">{t('plans.barc.title')}</h2>
      <p className="hint">{t('plans.barc.intro')}</p>
      {saved && <Notice tone="success">{t('plans.barc.saved')}</Notice>}
      {taking ? (
        <BarcForm
          personId={personId}
          onSaved={() => {
            setTaking(false);
            setSaved(true);
            reload();
          }}
        />
      ) : (
        <button
          type="button"
          className="primary"
          onClick={() => {
            setSaved(false);
            setTaking(true);
          }}
        >
          {t('plans.barc.start')}
        </button>
      )}
      {history.length === 0 ? (
        <p className="empty">{t('plans.barc.none')}</p>
      ) : (
        // Folded while the statements are gone through, so the form is the page; open again after.
        <details className="fold" open={!taking}>
          <summary>{t('plans.barc.history', { count: history.length })}</summary>
          <div className="fold-body">
            <BarcChart history={history} />
            <p className="hint">{t('plans.barc.threshold')}</p>
          </div>
        </details>
      )}
    </section>
  );
}
