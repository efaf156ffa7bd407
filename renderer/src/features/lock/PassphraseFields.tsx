/**
 * A new passphrase, typed twice, with strength feedback from zxcvbn. The estimator (and its word
 * lists) loads on first use so the lock screen opens at once.
 */
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { PassphraseRating } from '@shared/passphrase-strength';
import { DEFAULT_MINIMUM_SCORE } from '@shared/passphrase-score';
import { TextField } from '../../ui/form';
import { useCurrentLanguage } from '../../i18n/use-language';

/** zxcvbn's own words for its hints, in the screen's language (loaded with the estimator). */
const hintWords = (language: string) =>
  (language === 'es' ? import('@zxcvbn-ts/language-es-es') : import('@zxcvbn-ts/language-en')).then((pack) => pack.translations);

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
  const [rating, setRating] = useState<PassphraseRating | null>(null);
  const [hints, setHints] = useState<string[]>([]);

  useEffect(() => {
    let current = true;
    void Promise.all([import('@shared/passphrase-strength'), hintWords(language)]).then(([{ ratePassphrase, passphraseHints }, words]) => {
      if (!current) return;
      const next = passphrase ? ratePassphrase(passphrase, minimumScore) : null;
      setRating(next);
      setHints(next ? passphraseHints(next, words) : []);
    });
    return () => {
      current = false;
    };
  }, [passphrase, language, minimumScore]);

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
