/**
 * One search box over everything decrypted: names, notes, goals, plans, resources.
 *
 * The index lives only in memory (the vault builds it in its worker after unlock and drops it on
 * lock); nothing here writes anywhere. MiniSearch does the full-text work (prefix and fuzzy
 * matching, BM25 ranking); this module decides what is indexed, how fields weigh, and how results
 * are grouped for the screen. A query of several words also ranks an exact phrase first, so "the
 * thing someone said last spring" finds the note that says it in those words.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { normalizeText } from '../records/text';

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
const processTerm = (term: string): string | null => {
  const lower = term.toLowerCase();
  return STOP_WORDS.has(lower) ? null : lower;
};

/** Exact-phrase matches rank well above word matches. */
const PHRASE_BOOST = 4;
/** At most this many of the best word matches are read for the phrase: reading is what is slow. */
const PHRASE_CANDIDATES = 1000;
/** Words typed in part match as prefixes (only the last word, being typed, from this length). */
const PREFIX_FROM = 3;
/** Small typos are forgiven in words of this length and more (one letter off; two from ten). */
const FUZZY_FROM = 5;
const SNIPPET_RADIUS = 60;

export class SearchIndex {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    processTerm,
    storeFields: ['kind', 'personId', 'title', 'date'],
    searchOptions: {
      boost: { title: 3 },
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= PREFIX_FROM,
      fuzzy: (term) => (term.length >= FUZZY_FROM ? 0.15 : false),
      combineWith: 'AND',
    },
  });
  private readonly texts = new Map<string, string>();

  get size(): number {
    return this.index.documentCount;
  }

  /** Adds or replaces documents (a saved record replaces its old text). */
  upsert(documents: readonly SearchDocument[]): void {
    for (const document of documents) this.remove(document.id);
    this.index.addAll(documents);
    for (const document of documents) this.texts.set(document.id, document.text);
  }

  /** The heading of an indexed record (a person's name, for their group), if it is indexed. */
  titleOf(id: string): string | undefined {
    const stored = this.index.getStoredFields(id);
    return stored ? String(stored.title) : undefined;
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
    this.texts.delete(id);
  }

  search(query: string, limit = 50): SearchHit[] {
    const words = query.trim();
    if (!words) return [];
    const phrase = normalizeText(words.replace(/^"|"$/g, ''));
    const says = phrase.includes(' ') ? phraseMatcher(phrase) : null;
    const results = this.index.search(words);
    // MiniSearch ranks best first. Only results within reach of the limit after the phrase boost
    // have their text read: with tens of thousands of notes, reading every match is what is slow.
    const floor = (results[limit - 1]?.score ?? 0) / (says ? PHRASE_BOOST : 1);
    return results
      .slice(0, says ? PHRASE_CANDIDATES : limit)
      .filter((result) => result.score >= floor)
      .map((result) => {
        const hasPhrase = says !== null && (says.test(String(result.title)) || says.test(this.texts.get(String(result.id)) ?? ''));
        return { result, hasPhrase, score: result.score * (hasPhrase ? PHRASE_BOOST : 1) };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ result, hasPhrase, score }) => this.toHit(result, hasPhrase ? phrase : (result.terms[0] ?? ''), score));
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

  private toHit(result: SearchResult, needle: string, score: number): SearchHit {
    return {
      id: String(result.id),
      kind: String(result.kind),
      personId: (result.personId as string | null) ?? null,
      title: String(result.title),
      ...(result.date ? { date: String(result.date) } : {}),
      snippet: snippetAround(this.texts.get(String(result.id)) ?? '', needle),
      terms: result.terms,
      score,
    };
  }
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

/** Where MiniSearch splits words: spaces and punctuation. */
const WORD_BREAK = /([\n\r\p{Z}\p{P}]+)/u;

/** A piece of text cut into runs, the words that matched marked, for the screen to show them. */
export function markMatches(text: string, terms: readonly string[]): { text: string; match: boolean }[] {
  const wanted = new Set(terms.map((term) => term.toLowerCase()));
  const runs: { text: string; match: boolean }[] = [];
  for (const piece of text.split(WORD_BREAK)) {
    if (!piece) continue;
    const match = wanted.has(piece.toLowerCase());
    const last = runs.at(-1);
    if (last && last.match === match && !match) last.text += piece;
    else runs.push({ text: piece, match });
  }
  return runs;
}
