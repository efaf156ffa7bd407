/**
 * The billing export: signed notes of a period checked against a payer's rules, each note the
 * payer would refuse listed with why (and a way to open it and fix it), then the claim lines saved
 * as a CSV for the agency's billing staff. Shown for one person (on their Notes tab) or for the
 * whole notebook (the Billing screen). Saving is an export, so it goes into each person's history.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { claimLinesToCsv } from '@shared/billing/claim-csv';
import { payerProfilesOf } from '@shared/billing/payer-profile';
import { useHost, useInstallationPolicy, useVault } from '../../ui/contexts';
import { useNavigate } from '../../ui/navigation';
import { useDates } from '../../i18n/use-dates';
import { useMessage } from '../../i18n/use-message';
import { Notice, SelectField, TextField, Working, useAction, WordedError } from '../../ui/form';
import { localToday } from '../../vault/clock';
import type { BillingReport } from './worker/billing-handlers';

const firstOfMonth = (date: string) => `${date.slice(0, 8)}01`;

export function BillingExport({ personId }: { personId?: string }) {
  const { t } = useTranslation();
  const vault = useVault();
  const host = useHost();
  const navigate = useNavigate();
  const dates = useDates();
  const message = useMessage();
  const policy = useInstallationPolicy();
  const payers = payerProfilesOf(policy.agency?.payers);
  const exportAllowed = policy.settings.plaintextExportAllowed.value;
  const [payerId, setPayerId] = useState(payers[0]!.id);
  const [from, setFrom] = useState(() => firstOfMonth(localToday()));
  const [to, setTo] = useState(() => localToday());
  const [report, setReport] = useState<BillingReport | null>(null);
  const [savedName, setSavedName] = useState<string | null>(null);
  const { run, busy, error, setError } = useAction();
  const payer = payers.find((each) => each.id === payerId) ?? payers[0]!;

  const check = () => {
    setSavedName(null);
    setReport(null);
    if (!from || !to || from > to) return setError(t('billing.datesOutOfOrder'));
    void run(async () => setReport(await vault('billing.check', { from, to, personId, profile: payer })));
  };

  const save = (ready: BillingReport) =>
    void run(async () => {
      setSavedName(null);
      const outcome = await host
        .saveExportFile({
          format: 'csv',
          text: claimLinesToCsv(ready.lines),
          suggestedName: t('billing.fileName', { payer: payer.id, from, to }),
        })
        .catch(() => {
          throw new WordedError(t('billing.failed'));
        });
      if (!outcome.ok) throw new WordedError(t(`billing.problems.${outcome.problem}`));
      if (!outcome.saved) return;
      await vault('billing.exported', { from, to, payerName: payer.name, linePersonIds: ready.lines.map((line) => line.personId) });
      setSavedName(outcome.name);
    });

  return (
    <section className="billing" aria-labelledby="billing-title">
      {/* The whole notebook's billing is a screen of its own (h1); one person's sits in their Notes tab. */}
      {personId ? <h2 id="billing-title">{t('billing.title')}</h2> : <h1 id="billing-title">{t('billing.title')}</h1>}
      <p className="hint">{personId ? t('billing.personIntro') : t('billing.intro')}</p>
      <div className="row">
        <TextField label={t('billing.from')} type="date" value={from} onChange={setFrom} />
        <TextField label={t('billing.to')} type="date" value={to} onChange={setTo} />
        {payers.length > 1 && (
          <SelectField
            label={t('billing.payer')}
            value={payerId}
            options={payers.map((each) => ({ value: each.id, label: each.name }))}
            onChange={(id) => setPayerId(String(id))}
          />
        )}
      </div>
      <div className="row">
        <button type="button" onClick={check} disabled={busy}>
          {t('billing.check')}
        </button>
      </div>
      {busy && <Working label={report ? t('billing.saving') : t('billing.checking')} />}
      {error && <Notice tone="error">{error}</Notice>}
      {report && (
        <div className="billing-report">
          <p>{t('billing.ready', { count: report.lines.length })}</p>
          {report.refused.length === 0 ? (
            <p>{t('billing.allClear')}</p>
          ) : (
            <>
              <h3>{t('billing.refusedTitle', { count: report.refused.length })}</h3>
              <ul aria-label={t('billing.refusedTitle', { count: report.refused.length })}>
                {report.refused.map((refused) => (
                  <li key={refused.noteId}>
                    <strong>
                      {refused.startTime
                        ? t('billing.refusedNoteAt', {
                            person: refused.personName,
                            date: dates.date(refused.date),
                            time: dates.clockTime(refused.startTime),
                          })
                        : t('billing.refusedNote', { person: refused.personName, date: dates.date(refused.date) })}
                    </strong>
                    <ul>
                      {refused.reasons.map((reason, index) => (
                        <li key={index}>{message(reason)}</li>
                      ))}
                    </ul>
                    <button
                      type="button"
                      onClick={() => navigate({ screen: 'people', personId: refused.personId, tab: 'notes', noteId: refused.noteId })}
                    >
                      {t('billing.openNote')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {report.reminders.map((reminder) => (
            <p key={reminder.key} className="hint">
              {message(reminder)}
            </p>
          ))}
          {!exportAllowed ? (
            <p className="hint">{t('about.effects.exportTurnedOff')}</p>
          ) : (
            report.lines.length > 0 && (
              <div className="row">
                <button type="button" className="primary" onClick={() => save(report)} disabled={busy}>
                  {t('billing.save')}
                </button>
              </div>
            )
          )}
          {savedName && (
            <Notice tone="success">
              {report.refused.length > 0 ? t('billing.saved', { name: savedName }) : t('billing.savedAll', { name: savedName })}
            </Notice>
          )}
        </div>
      )}
    </section>
  );
}
