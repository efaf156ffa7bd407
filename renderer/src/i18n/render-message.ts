/**
 * The rules' messages (shared/messages.ts) worded in the peer's language by i18next: the template
 * from the 'messages' namespace, each part written the language's way (numbers, dates, clock
 * times, and messages inside messages), and a capital to start.
 */
import { capitalize, writeParts, type Message, type MessageKey, type PartWriter } from '@shared/messages';
import { LANGUAGES, perLanguage, type Language } from '@shared/languages';
import { i18n } from './i18n';
import { datesIn } from './use-dates';

/** One template, filled: keys hold dots, so i18next reads them whole; parts go in under `replace`, never as options. */
type TemplateT = (key: MessageKey, options: { replace: Record<string, string>; keySeparator: false; nsSeparator: false }) => string;

/** Made once per language, as its dates are: every status line and error on screen is worded here. */
const writerIn = perLanguage(makeWriter);

function makeWriter(language: Language): PartWriter {
  const t = i18n.getFixedT(language, 'messages' as never) as unknown as TemplateT;
  const dates = datesIn(language);
  const numbers = new Intl.NumberFormat(LANGUAGES[language].locale);
  const writer: PartWriter = {
    number: (value) => numbers.format(value),
    date: (isoDate) => dates.date(isoDate),
    time: (clockTime) => dates.clockTime(clockTime),
    message: (message) => t(message.key, { replace: writeParts(message, writer), keySeparator: false, nsSeparator: false }),
  };
  return writer;
}

/** A message, or several (joined with a space, as sentences), in `language`. */
export function renderMessage(message: Message | readonly Message[], language: Language): string {
  const writer = writerIn(language);
  const list = 'key' in message ? [message] : message;
  return list.map((each) => capitalize(writer.message(each))).join(' ');
}
