/**
 * Passphrase strength, estimated by zxcvbn (pattern matching against common passwords, names,
 * words, dates, keyboard walks) rather than a length rule: "Summer2024!" is long and weak,
 * "orchard kettle lantern drift" is strong.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as spanish from '@zxcvbn-ts/language-es-es';
import { MessageError, say } from './messages';
import { DEFAULT_MINIMUM_SCORE } from './passphrase-score';

export interface PassphraseRating {
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  /** What is weak, as zxcvbn's key ('' when nothing): worded in the peer's language by ratePassphraseForMeter. */
  warningKey: string;
  /** What would make it stronger, as zxcvbn's keys. */
  suggestionKeys: string[];
}

/** zxcvbn's feedback texts by key, for one language (its language packs' `translations`). */
export interface PassphraseHintWords {
  warnings: Record<string, string>;
  suggestions: Record<string, string>;
}

/** The hints of a rating in one language's words, warning first. */
export const passphraseHints = (rating: PassphraseRating, words: PassphraseHintWords): string[] =>
  [rating.warningKey && words.warnings[rating.warningKey], ...rating.suggestionKeys.map((key) => words.suggestions[key])].filter(
    (hint): hint is string => Boolean(hint),
  );

/** What a passphrase meter shows: the rating, and its hints in the screen's language (English unless Spanish). */
export interface PassphraseMeter {
  rating: PassphraseRating;
  hints: string[];
}

export function ratePassphraseForMeter(passphrase: string, minimumScore: number, language: string): PassphraseMeter {
  const rating = ratePassphrase(passphrase, minimumScore);
  return { rating, hints: passphraseHints(rating, (language === 'es' ? spanish : english).translations) };
}

/** Each key standing for itself: zxcvbn then hands back keys instead of English sentences. */
const keysAsWords = <W extends Record<string, string>>(words: W): W => Object.fromEntries(Object.keys(words).map((key) => [key, key])) as W;

let estimator: ZxcvbnFactory | undefined;
function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    // Both languages' words count against a passphrase: the peers who use this speak either.
    dictionary: { ...common.dictionary, ...english.dictionary, ...spanish.dictionary },
    graphs: common.adjacencyGraphs,
    translations: {
      ...english.translations,
      warnings: keysAsWords(english.translations.warnings),
      suggestions: keysAsWords(english.translations.suggestions),
    },
  });
  return estimator;
}

export function ratePassphrase(
  passphrase: string,
  minimumScore: number = DEFAULT_MINIMUM_SCORE,
  userInputs: string[] = [],
): PassphraseRating {
  if (passphrase.length === 0) return { score: 0, acceptable: false, warningKey: '', suggestionKeys: [] };
  // zxcvbn's cost grows with length; past 100 characters a passphrase is strong by any measure here.
  const result = getEstimator().check(passphrase.slice(0, 100), ['peer', 'notebook', 'peer notebook', ...userInputs]);
  return {
    score: result.score,
    acceptable: result.score >= minimumScore,
    warningKey: result.feedback.warning ?? '',
    suggestionKeys: result.feedback.suggestions,
  };
}

export class WeakPassphraseError extends MessageError {
  constructor(
    readonly rating: PassphraseRating,
    readonly minimumScore: number = DEFAULT_MINIMUM_SCORE,
  ) {
    const warning = english.translations.warnings[rating.warningKey as keyof typeof english.translations.warnings];
    // A passphrase strong by the app's own measure but short of an agency's higher minimum is refused for that reason.
    const message =
      rating.score >= DEFAULT_MINIMUM_SCORE
        ? say('passphrase.belowAgencyMinimum', { score: minimumScore })
        : warning
          ? say('passphrase.tooWeakBecause', { warning: warning.replace(/\.$/, '').toLowerCase() })
          : say('passphrase.tooWeak');
    super(message);
  }
}

export function assertPassphraseStrongEnough(passphrase: string, minimumScore: number = DEFAULT_MINIMUM_SCORE): void {
  const rating = ratePassphrase(passphrase, minimumScore);
  if (!rating.acceptable) throw new WeakPassphraseError(rating, minimumScore);
}
