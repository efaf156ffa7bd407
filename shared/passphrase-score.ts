/**
 * The app's own minimum passphrase strength, on zxcvbn's scale: kept apart from the estimator
 * (passphrase-strength.ts, with its word lists of megabytes) so the policy and the lock screen
 * can name it without loading zxcvbn.
 */

/** zxcvbn scores 0 (guessable in seconds) to 4 (very hard); 3 is "safely unguessable" offline. */
export const DEFAULT_MINIMUM_SCORE = 3;
