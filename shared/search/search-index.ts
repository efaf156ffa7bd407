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
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'to', 'was', 'were', 'with',
  'el', 'la', 'los', 'las', 'un', 'una', 'y', 'o', 'de', 'del', 'en', 'que', 'por', 'con', 'para', 'al', 'es',
]);
const processTerm = (term: string): string | null => {
  const lower = term.toLowerCase();
  return STOP_WORDS.has(lower) ? null : lower;
};

/** Exact-phrase matches rank well above word matches. */
const PHRASE_BOOST = 4;
const SNIPPET_RADIUS = 60;

export class SearchIndex {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    processTerm,
    storeFields: ['kind', 'personId', 'title', 'date'],
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
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

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
    this.texts.delete(id);
  }

  search(query: string, limit = 50): SearchHit[] {
    const words = query.trim();
    if (!words) return [];
    const phrase = normalizeText(words.replace(/^"|"$/g, ''));
    const isPhrase = phrase.includes(' ');
    return this.index
      .search(words)
      .map((result) => this.toHit(result, phrase, isPhrase))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
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
    return [...groups].map(([personId, kinds]) => ({ personId: personId || null, kinds: [...kinds].map(([kind, hits]) => ({ kind, hits })) }));
  }

  private toHit(result: SearchResult, phrase: string, isPhrase: boolean): SearchHit {
    const text = this.texts.get(String(result.id)) ?? '';
    const title = String(result.title);
    const haystack = normalizeText(`${title}\n${text}`);
    const hasPhrase = isPhrase && haystack.includes(phrase);
    return {
      id: String(result.id),
      kind: String(result.kind),
      personId: (result.personId as string | null) ?? null,
      title,
      ...(result.date ? { date: String(result.date) } : {}),
      snippet: snippetAround(text, hasPhrase ? phrase : (result.terms[0] ?? '')),
      score: result.score * (hasPhrase ? PHRASE_BOOST : 1),
    };
  }
}

/** A piece of text around the first place `needle` occurs (case-insensitive), with ellipses. */
export function snippetAround(text: string, needle: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const at = needle ? flat.toLowerCase().indexOf(needle.toLowerCase()) : -1;
  if (at < 0) return flat.length > 2 * SNIPPET_RADIUS ? `${flat.slice(0, 2 * SNIPPET_RADIUS)}…` : flat;
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(flat.length, at + needle.length + SNIPPET_RADIUS);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
