/**
 * Passphrase strength, estimated by zxcvbn (pattern matching against common passwords, names,
 * words, dates, keyboard walks) rather than a length rule: "Summer2024!" is long and weak,
 * "orchard kettle lantern drift" is strong.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/** zxcvbn scores 0 (guessable in seconds) to 4 (very hard); 3 is "safely unguessable" offline. */
export const DEFAULT_MINIMUM_SCORE = 3;

export interface PassphraseRating {
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  /** Plain words for the peer: what is weak, and what would make it stronger. */
  warning: string;
  suggestions: string[];
}

let estimator: ZxcvbnFactory | undefined;
function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

export function ratePassphrase(passphrase: string, minimumScore: number = DEFAULT_MINIMUM_SCORE, userInputs: string[] = []): PassphraseRating {
  if (passphrase.length === 0) return { score: 0, acceptable: false, warning: '', suggestions: [] };
  // zxcvbn's cost grows with length; past 100 characters a passphrase is strong by any measure here.
  const result = getEstimator().check(passphrase.slice(0, 100), ['peer', 'notebook', 'peer notebook', ...userInputs]);
  return {
    score: result.score,
    acceptable: result.score >= minimumScore,
    warning: result.feedback.warning ?? '',
    suggestions: result.feedback.suggestions,
  };
}

export class WeakPassphraseError extends Error {
  constructor(readonly rating: PassphraseRating) {
    super(`That passphrase would be too easy to guess${rating.warning ? ` (${rating.warning.replace(/\.$/, '').toLowerCase()})` : ''}. Try a few unrelated words with a space between them.`);
    this.name = 'WeakPassphraseError';
  }
}

export function assertPassphraseStrongEnough(passphrase: string, minimumScore: number = DEFAULT_MINIMUM_SCORE): void {
  const rating = ratePassphrase(passphrase, minimumScore);
  if (!rating.acceptable) throw new WeakPassphraseError(rating);
}
