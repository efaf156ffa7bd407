/**
 * One search box over everything decrypted: names, notes, goals, plans, resources.
 *
 * The index lives only in memory (built after unlock in a worker of its own, fed by the vault's,
 * and dropped on lock); nothing here writes anywhere. `TermIndex` does the full-text work (words
 * matched in part and with typos, BM25 ranking); this module decides what is indexed, how fields
 * weigh, how a query is read, and how results are grouped for the screen. A query of several
 * words also ranks an exact phrase first, so "the thing someone said last spring" finds the note
 * that says it in those words.
 */
import { normalizeText } from '../records/text';
import { PREFIX_LENGTH, TermIndex, type QueryTerm } from './term-index';

export interface SearchDocument {
  /** The record id. */
  id: string;
  kind: string;
  /** The person it is about (their own record included), or null for shared things like resources. */
  personId: string | null;
  /** Shown as the result's heading: a person's name, a note's date, a resource's name. */
  title: string;
  /** Every other piece of text in the record, joined. */
  text: string;
  /** A date to show with the result (ISO), when the record has one. */
  date?: string;
}

export interface SearchHit {
  id: string;
  kind: string;
  personId: string | null;
  title: string;
  date?: string;
  /** A short piece of the text around the first match. */
  snippet: string;
  /** The words of the notebook that matched (lowercase), to mark in the snippet and title. */
  terms: string[];
  score: number;
}

export interface SearchGroup {
  personId: string | null;
  /** Grouped by kind, best match first within each kind. */
  kinds: { kind: string; hits: SearchHit[] }[];
}

/**
 * Little words every note has: with all words required, they would only hide results ("bus to
 * the clinic" must find "the clinic bus"). English and Spanish, as the app speaks both.
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'that',
  'the',
  'to',
  'was',
  'were',
  'with',
  'i',
  'me',
  'my',
  'we',
  'our',
  'you',
  'your',
  'he',
  'him',
  'his',
  'she',
  'her',
  'they',
  'them',
  'their',
  'this',
  'there',
  'then',
  'than',
  'have',
  'has',
  'had',
  'do',
  'did',
  'so',
  'but',
  'if',
  'been',
  'will',
  'would',
  'can',
  'just',
  'into',
  'how',
  'what',
  'about',
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'y',
  'o',
  'de',
  'del',
  'en',
  'que',
  'por',
  'con',
  'para',
  'al',
  'es',
  'mi',
  'me',
  'se',
  'lo',
  'le',
  'su',
  'sus',
  'ya',
  'muy',
  'pero',
  'como',
  'este',
  'esta',
]);
/** Where words break: spaces and punctuation (kept, when a text is cut to mark its matches). */
const WORD_BREAK = /[\n\r\p{Z}\p{P}]+/u;
const WORD_BREAK_KEPT = /([\n\r\p{Z}\p{P}]+)/u;

/** The words of a text as they are indexed and looked up: lowercase, without the little words. */
function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  // A scan, not `split(WORD_BREAK)`: half the cost over millions of words after unlock.
  for (let at = 0; at <= lower.length; at++) {
    const code = at < lower.length ? lower.charCodeAt(at) : 32;
    const wide = code >= 0xd800 && code <= 0xdbff;
    if (code < 128 ? ASCII_BREAKS[code] === 1 : WORD_BREAK.test(String.fromCodePoint(wide ? lower.codePointAt(at)! : code))) {
      if (start >= 0) {
        const word = lower.slice(start, at);
        if (!STOP_WORDS.has(word)) words.push(word);
        start = -1;
      }
    } else if (start < 0) start = at;
    if (wide) at++;
  }
  return words;
}

/** Which ASCII characters break words: looked up, for the letters every note is mostly made of. */
const ASCII_BREAKS = Uint8Array.from({ length: 128 }, (_, code) => (WORD_BREAK.test(String.fromCharCode(code)) ? 1 : 0));

/** Exact-phrase matches rank well above word matches. */
const PHRASE_BOOST = 4;
/** At most this many of the best word matches are read for the phrase: reading is what is slow. */
const PHRASE_CANDIDATES = 1000;
/** Small typos are forgiven in words of this length and more (one letter off; two from ten). */
const FUZZY_FROM = 5;
/** How many letters may be off, as a share of the word's length (rounded). */
const FUZZY_SHARE = 0.15;
const SNIPPET_RADIUS = 60;

/** Title matches weigh three times a match in the rest of the text. */
const FIELD_BOOSTS = [3, 1];

export class SearchIndex {
  private readonly index = new TermIndex(FIELD_BOOSTS, wordsOf);
  /** What a result shows of each record indexed. */
  private readonly shown = new Map<string, SearchDocument>();

  get size(): number {
    return this.index.size;
  }

  /** Adds or replaces documents (a saved record replaces its old text). */
  upsert(documents: readonly SearchDocument[]): void {
    for (const document of documents) {
      this.index.add(document.id, [document.title, document.text]);
      this.shown.set(document.id, document);
    }
  }

  /** The heading of an indexed record (a person's name, for their group), if it is indexed. */
  titleOf(id: string): string | undefined {
    return this.shown.get(id)?.title;
  }

  remove(id: string): void {
    this.index.remove(id);
    this.shown.delete(id);
  }

  search(query: string, limit = 50): SearchHit[] {
    const words = query.trim();
    if (!words) return [];
    const phrase = normalizeText(words.replace(/^"|"$/g, ''));
    const says = phrase.includes(' ') ? phraseMatcher(phrase) : null;
    const terms = this.index.match(queryTerms(words));
    const results = this.index.search(terms);
    // Ranked best first. Only results within reach of the limit after the phrase boost have their
    // text read: with tens of thousands of notes, reading every match is what is slow.
    const floor = (results[limit - 1]?.score ?? 0) / (says ? PHRASE_BOOST : 1);
    return results
      .slice(0, says ? PHRASE_CANDIDATES : limit)
      .filter((result) => result.score >= floor)
      .map(({ id, score }) => {
        const shown = this.shown.get(id)!;
        const hasPhrase = says !== null && (says.test(shown.title) || says.test(shown.text));
        return { id, shown, hasPhrase, score: score * (hasPhrase ? PHRASE_BOOST : 1) };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ id, shown, hasPhrase, score }) => {
        const matched = this.index.matchedWords(id, terms);
        return toHit(id, shown, matched, hasPhrase ? phrase : (matched[0] ?? ''), score);
      });
  }

  /** Results grouped by person, then by kind; groups in the order of their best hit. */
  searchGrouped(query: string, limit = 50): SearchGroup[] {
    const groups = new Map<string, Map<string, SearchHit[]>>();
    for (const hit of this.search(query, limit)) {
      const key = hit.personId ?? '';
      const kinds = groups.get(key) ?? new Map<string, SearchHit[]>();
      kinds.set(hit.kind, [...(kinds.get(hit.kind) ?? []), hit]);
      groups.set(key, kinds);
    }
    return [...groups].map(([personId, kinds]) => ({
      personId: personId || null,
      kinds: [...kinds].map(([kind, hits]) => ({ kind, hits })),
    }));
  }
}

/**
 * A query as the peer typed it, word by word: the last word (being typed) from three letters also
 * matches as the start of a word; words of five letters forgive one letter off, from ten two.
 */
function queryTerms(query: string): QueryTerm[] {
  const words = wordsOf(query);
  return words.map((term, i) => ({
    term,
    prefix: i === words.length - 1 && term.length >= PREFIX_LENGTH,
    maxEdits: term.length >= FUZZY_FROM ? Math.round(term.length * FUZZY_SHARE) : 0,
  }));
}

function toHit(
  id: string,
  { kind, personId, title, date, text }: SearchDocument,
  terms: string[],
  needle: string,
  score: number,
): SearchHit {
  return { id, kind, personId, title, ...(date ? { date } : {}), snippet: snippetAround(text, needle), terms, score };
}

/**
 * A piece of text around the first place `needle` occurs (case-insensitive), cut between words,
 * with ellipses where text was left out. Separate fields (lines) read apart, joined by a dot.
 */
export function snippetAround(text: string, needle: string): string {
  const flat = text
    .replace(/\s*\n\s*/g, ' · ')
    .replace(/\s+/g, ' ')
    .trim();
  const found = needle ? flat.toLowerCase().indexOf(needle.toLowerCase()) : -1;
  const [from, to] = found < 0 ? [0, 2 * SNIPPET_RADIUS] : [found - SNIPPET_RADIUS, found + needle.length + SNIPPET_RADIUS];
  // Cut at the spaces just inside the window, never into the match.
  const start = from <= 0 ? 0 : Math.min(flat.indexOf(' ', from) + 1 || from, found);
  const cut = flat.lastIndexOf(' ', to);
  const end = to >= flat.length ? flat.length : Math.max(cut > start ? cut : to, found + needle.length);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).replace(/^· | ·$/g, '')}${end < flat.length ? '…' : ''}`;
}

/** Finds a phrase in text as a reader would: any case, any run of spaces or line breaks between its words. */
function phraseMatcher(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/ /g, '\\s+'), 'iu');
}

/** A piece of text cut into runs, the words that matched marked, for the screen to show them. */
export function markMatches(text: string, terms: readonly string[]): { text: string; match: boolean }[] {
  const wanted = new Set(terms.map((term) => term.toLowerCase()));
  const runs: { text: string; match: boolean }[] = [];
  for (const piece of text.split(WORD_BREAK_KEPT)) {
    if (!piece) continue;
    const match = wanted.has(piece.toLowerCase());
    const last = runs.at(-1);
    if (last && last.match === match && !match) last.text += piece;
    else runs.push({ text: piece, match });
  }
  return runs;
}
