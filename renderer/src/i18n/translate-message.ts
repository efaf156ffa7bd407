/**
 * Shows a message from the rules in shared/ in the peer's language. The rules speak English only
 * (shared/messages.ts), so the message is matched back to its template, and the template in the
 * chosen language is filled with the parts the English one was filled with. Those parts are
 * translated too when they are themselves messages, dates or times ("the person", "March 4, 2026",
 * "10:50 AM").
 * Text that matches no template (a name, another program's words) is shown as it is.
 */
import { fillTemplate, inEnglish, MESSAGES, TEMPLATE_PARAM, type KeyedMessage, type MessageKey } from '@shared/messages';
import { parseFormattedClockTime, parseFormattedDate } from '@shared/records/dates';
import { capitalize } from '@shared/records/text';
import type { Language } from '@shared/languages';
import { messagesEs } from './messages.es';
import { datesIn } from './use-dates';

const CATALOGUES: Record<Exclude<Language, 'en'>, Record<MessageKey, string>> = { es: messagesEs };

interface Pattern {
  key: MessageKey;
  regex: RegExp;
  /** The template's names, in the order of the regex's groups. */
  params: string[];
  /** The template's own words, for trying the most specific templates first. */
  literalLength: number;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A template as an anchored regex: each name a lazy group, a name used again must match the same text. */
function compile(key: MessageKey): Pattern {
  // split() with a capturing group gives words and names in turn: [words, name, words, ...].
  const pieces = MESSAGES[key].split(TEMPLATE_PARAM);
  const params: string[] = [];
  let source = '';
  let literalLength = 0;
  pieces.forEach((piece, index) => {
    if (index % 2 === 0) {
      source += escapeRegExp(piece);
      literalLength += piece.length;
      return;
    }
    const seen = params.indexOf(piece);
    if (seen >= 0) source += `\\${seen + 1}`;
    else {
      params.push(piece);
      source += '([\\s\\S]*?)';
    }
  });
  return { key, regex: new RegExp(`^${source}$`), params, literalLength };
}

const KEYS = Object.keys(MESSAGES) as MessageKey[];
const hasParams = (key: MessageKey) => MESSAGES[key].includes('{{');

// A message without parts is found by its words; a fallback name can also start a sentence ("The person").
const exact = new Map<string, { key: MessageKey; capitalized: boolean }>();
for (const key of KEYS.filter((each) => !hasParams(each))) exact.set(MESSAGES[key], { key, capitalized: false });
for (const key of KEYS.filter((each) => !hasParams(each))) {
  const capitalized = capitalize(MESSAGES[key]);
  if (!exact.has(capitalized)) exact.set(capitalized, { key, capitalized: true });
}

const patterns = KEYS.filter(hasParams)
  .map(compile)
  .sort((a, b) => b.literalLength - a.literalLength);

/** A message from shared/ in `language`; English, and anything unknown, comes back unchanged. */
export function translateMessage(english: string, language: Language): string {
  if (language === 'en') return english;
  const catalogue = CATALOGUES[language];
  const found = exact.get(english);
  if (found) return found.capitalized ? capitalize(catalogue[found.key]) : catalogue[found.key];
  const date = parseFormattedDate(english);
  if (date) return datesIn(language).date(date);
  const time = parseFormattedClockTime(english);
  if (time) return datesIn(language).clockTime(time);
  for (const { key, regex, params } of patterns) {
    const match = regex.exec(english);
    if (match)
      return fillTemplate(
        catalogue[key],
        Object.fromEntries(params.map((name, index) => [name, translateMessage(match[index + 1] ?? '', language)])),
      );
  }
  return english;
}

/** A keyed message in `language`: its template there, each part (a date, a time, a message) translated too. */
export function translateKeyed(message: KeyedMessage, language: Language): string {
  if (language === 'en') return inEnglish(message);
  const params = Object.fromEntries(Object.entries(message.params).map(([name, value]) => [name, translateMessage(value, language)]));
  return fillTemplate(CATALOGUES[language][message.key], params);
}
