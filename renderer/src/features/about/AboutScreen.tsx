/**
 * "About this installation": what this copy of Peer Notebook is, whom it was set up for, every
 * setting the agency controls with its value and where it came from, what became of the
 * computer's own policy, every problem in words an IT person can act on, and updates.
 */
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { AppInfo } from '@shared/host-api';
import type { EffectiveSettings, SettingSource } from '@shared/agency/installation-policy';
import type { NoteDeadline, PolicySettingName, PolicySettings } from '@shared/agency/policy-settings';
import { useMessage } from '../../i18n/use-message';
import { useHost, useInstallationPolicy } from '../../ui/contexts';
import { Notice, useAction } from '../../ui/form';
import { useUpdateStatus } from './use-update-status';
import { UpdatePrompt } from './UpdatePrompt';
import { unitRuleWords } from '../notes/MeetingTimes';

/** zxcvbn's scores as the passphrase meter words them. */
const RATINGS = ['veryEasy', 'easy', 'couldBeStronger', 'strong', 'veryStrong'] as const;

function useSettingWords() {
  const { t } = useTranslation();
  const { agency } = useInstallationPolicy();
  const yesNo = (value: boolean) => t(value ? 'about.values.yes' : 'about.values.no');
  const deadline = (rule: NoteDeadline) =>
    'hours' in rule ? t('about.values.hours', { count: rule.hours }) : t('about.values.businessDays', { count: rule.businessDays });
  const describe: { [N in PolicySettingName]: (value: PolicySettings[N]) => string } = {
    autoLockMaxMinutes: (minutes) => t('about.values.minutes', { count: minutes }),
    requireAgencyKeySlot: yesNo,
    noteDueHours: (hours) => t('about.values.hours', { count: hours }),
    stateRules: (rules) =>
      rules.length
        ? rules.map((rule) => t('about.values.stateRule', { state: rule.state, deadline: deadline(rule.noteDeadline) })).join('; ')
        : t('about.values.noStateRules'),
    noteUnitRule: (rule) => unitRuleWords(t, rule),
    plaintextExportAllowed: (allowed) => t(allowed ? 'about.values.allowed' : 'about.values.notAllowed'),
    minimumPassphraseScore: (score) =>
      t('about.values.score', { score, rating: t(`newPassphrase.ratings.${RATINGS[score] ?? 'veryStrong'}`) }),
    requireSupervisorSignature: yesNo,
    supervisorReviews: (kinds) => (kinds.length ? kinds.map((kind) => t(`history.kinds.${kind}`)).join(', ') : t('about.values.none')),
    coSignRequired: (kinds) => (kinds.length ? kinds.map((kind) => t(`history.kinds.${kind}`)).join(', ') : t('about.values.none')),
  };
  const value = <N extends PolicySettingName>(name: N, setting: PolicySettings[N]) => describe[name](setting);
  const source = (from: SettingSource) => {
    if (from.kind === 'built-in') return t('about.sources.built-in');
    if (from.kind === 'agency-build') return t('about.sources.agency-build', { agency: agency?.name ?? '' });
    const signature = from.signedBy ? t('about.sources.signedBy', { fingerprint: from.signedBy }) : t('about.sources.unsigned');
    return `${t('about.sources.os-policy', { location: from.location })}, ${signature}`;
  };
  return { value, source };
}

function SettingsTable({ settings }: { settings: EffectiveSettings }) {
  const { t } = useTranslation();
  const words = useSettingWords();
  // The host API hands the settings over in the order policy-settings.ts lists them.
  const names = Object.keys(settings) as PolicySettingName[];
  return (
    <table className="log installation-settings">
      <thead>
        <tr>
          <th scope="col">{t('about.settings.setting')}</th>
          <th scope="col">{t('about.settings.value')}</th>
          <th scope="col">{t('about.settings.source')}</th>
        </tr>
      </thead>
      <tbody>
        {names.map((name) => (
          <tr key={name}>
            <th scope="row">{t(`about.names.${name}`)}</th>
            <td>{words.value(name, settings[name].value)}</td>
            <td>{words.source(settings[name].source)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Updates() {
  const { t } = useTranslation();
  const host = useHost();
  const status = useUpdateStatus();
  const { run, busy, error } = useAction();
  if (!status) return null;
  const canCheck = status.state === 'idle' || status.state === 'failed';
  return (
    <section aria-labelledby="updates-heading">
      <h2 id="updates-heading">{t('about.updates.title')}</h2>
      {status.state === 'waiting-for-consent' || status.state === 'ready' ? (
        <UpdatePrompt status={status} />
      ) : (
        <p role="status">
          {status.state === 'downloading'
            ? t('about.updates.downloading', { version: status.version })
            : status.state === 'failed'
              ? t(`about.updates.failed.${status.problem}`)
              : t(`about.updates.${status.state}`)}
        </p>
      )}
      {canCheck && (
        <button type="button" disabled={busy} onClick={() => void run(() => host.checkForUpdates())}>
          {t('about.updates.check')}
        </button>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </section>
  );
}

export function AboutScreen() {
  const { t } = useTranslation();
  const message = useMessage();
  const host = useHost();
  const installation = useInstallationPolicy();
  const [app, setApp] = useState<AppInfo | null>(null);
  useEffect(() => {
    void host.getAppInfo().then(setApp);
  }, [host]);
  const { agency, osPolicy, problems } = installation;

  return (
    <section aria-labelledby="about-heading" className="about">
      <h1 id="about-heading">{t('about.title')}</h1>
      {app && <p>{t('about.app', { name: app.name, version: app.version })}</p>}
      <p>
        {agency ? (
          <Trans i18nKey="about.agency" values={{ agency: agency.name }} components={{ strong: <strong /> }} />
        ) : (
          t('about.community')
        )}
      </p>

      <h2>{t('about.settings.title')}</h2>
      <p className="hint">{t('about.settings.intro')}</p>
      <SettingsTable settings={installation.settings} />

      <h2>{t('about.osPolicy.title')}</h2>
      <p>
        {t(`about.osPolicy.${osPolicy.status}`, { location: osPolicy.location })}
        {osPolicy.signedBy && <> {t('about.osPolicy.signedBy', { fingerprint: osPolicy.signedBy })}</>}
      </p>

      {problems.length > 0 && (
        <section className="installation-problems" aria-labelledby="problems-heading">
          <h2 id="problems-heading">{t('about.problems.title')}</h2>
          <p>{t('about.problems.intro')}</p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{message(problem.message)}</li>
            ))}
          </ul>
        </section>
      )}

      <Updates />
    </section>
  );
}
