/** The words for team work, in Spanish (tú, plain and warm). Typed against the English. */
import type { Words } from './en';
import type { teamEn } from './team.en';

export const teamEs: Words<typeof teamEn> = {
  handedOverOn: 'Se entregó a otro par el',
};
