/**
 * A new passphrase, typed twice, with strength feedback from zxcvbn. The vault worker rates it (its
 * estimator and word lists load there on first use, so the lock screen opens at once and the
 * window never loads them).
 */
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { PassphraseMeter } from '@shared/passphrase-strength';
import { DEFAULT_MINIMUM_SCORE } from '@shared/passphrase-score';
import { TextField } from '../../ui/form';
import { useVault } from '../../ui/contexts';
import { useCurrentLanguage } from '../../i18n/use-language';

/** zxcvbn's scores 0 to 4, as words. */
const RATINGS = ['veryEasy', 'easy', 'couldBeStronger', 'strong', 'veryStrong'] as const;

export interface NewPassphrase {
  passphrase: string;
  repeated: string;
  ready: boolean;
}

/** `minimumScore`: the installation's policy (the app's own 3, unless the agency set another). */
export function PassphraseFields({
  label,
  minimumScore,
  onChange,
}: {
  label: string;
  minimumScore: number;
  onChange(value: NewPassphrase): void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const language = useCurrentLanguage();
  const vault = useVault();
  const [meter, setMeter] = useState<PassphraseMeter | null>(null);
  const rating = meter?.rating ?? null;
  const hints = meter?.hints ?? [];

  useEffect(() => {
    let current = true;
    void vault('passphrase.rate', { passphrase, minimumScore, language }).then((next) => {
      if (current) setMeter(next);
    });
    return () => {
      current = false;
    };
  }, [vault, passphrase, language, minimumScore]);

  const matches = passphrase.length > 0 && passphrase === repeated;
  useEffect(() => {
    onChange({ passphrase, repeated, ready: matches && rating?.acceptable === true });
  }, [passphrase, repeated, matches, rating, onChange]);

  return (
    <>
      <TextField
        label={label}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onChange={setPassphrase}
        hint={t('newPassphrase.hint')}
      />
      {rating && (
        <div className={`strength strength-${rating.score}`} aria-live="polite">
          <meter min={0} max={4} low={2} high={3} optimum={4} value={rating.score} aria-label={t('newPassphrase.strength')} />
          <span>
            <Trans
              i18nKey={
                rating.acceptable
                  ? 'newPassphrase.strengthIs'
                  : minimumScore === DEFAULT_MINIMUM_SCORE
                    ? 'newPassphrase.strengthTooLow'
                    : 'about.effects.passphraseBelowAgencyMinimum'
              }
              values={{
                rating: t(`newPassphrase.ratings.${RATINGS[rating.score]}`),
                required: t(`newPassphrase.ratings.${RATINGS[minimumScore] ?? 'veryStrong'}`),
              }}
              components={{ strong: <strong /> }}
            />
          </span>
          {!rating.acceptable && hints.length > 0 && <span className="hint">{hints.join(' ')}</span>}
        </div>
      )}
      <TextField label={t('newPassphrase.typeAgain')} type="password" autoComplete="new-password" value={repeated} onChange={setRepeated} />
      {repeated.length > 0 && !matches && (
        <p className="hint" role="status">
          {t('newPassphrase.noMatch')}
        </p>
      )}
    </>
  );
}
