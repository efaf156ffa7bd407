/**
 * The full-text index under the search box: an inverted index of words to the records that hold
 * them, scored with BM25 as MiniSearch scores (same formula, field boosts and weights for words
 * matched in part or with a typo), so results rank as they did with it.
 *
 * Written for the job rather than taken from MiniSearch because of one figure: after unlock a
 * 50,000-record notebook (about 3.5 million words) must be searchable in full within 3 s, and
 * MiniSearch spends about 4 s on its radix tree alone. Here a word costs one map lookup: postings
 * are flat arrays of (record, count) pairs, words typed in part are found through buckets of their
 * first letters, and typos by a bounded edit distance over words of a near length.
 */

/** One word of a query, as the caller wants it matched. */
export interface QueryTerm {
  term: string;
  /** Also match words that start with it (the word being typed). */
  prefix: boolean;
  /** Also match words this many letters off (0: none). */
  maxEdits: number;
}

export interface TermMatch {
  id: string;
  score: number;
}

/** Words are matched in part from this many letters (the query's last word, being typed): the buckets they are found through. */
export const PREFIX_LENGTH = 3;

/** BM25 as MiniSearch sets it, and its weights for words matched in part or with a typo. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Postings are compacted when this share of the records they name was removed since. */
const COMPACT_AFTER = 0.25;

/** A query read against the index: per query word, the indexed words it matches (by number) with their weights. */
export type MatchedQuery = readonly ReadonlyMap<number, number>[];

export class TermIndex {
  /** Each word indexed gets a number: postings and the scratch below are arrays by that number. */
  private readonly wordIds = new Map<string, number>();
  private readonly words: string[] = [];
  /** Per field, per word, the records holding it as pairs: slot, then how often it occurs there. */
  private readonly postings: number[][][];
  /** Words by their first letters (words shorter than that are not matched in part). */
  private readonly byPrefix = new Map<string, number[]>();
  /** Words by length, for typos: a word n letters off differs in length by at most n. */
  private readonly byLength: number[][] = [];
  private readonly slotOf = new Map<string, number>();
  /** Per slot, the record's id; undefined once removed (its postings go at the next compaction). */
  private ids: (string | undefined)[] = [];
  /** Per field, per slot, the number of distinct words (MiniSearch's field length). */
  private lengths: number[][];
  private readonly totalLengths: number[];
  private removedSince = 0;
  /** Scratch while adding a field, per word: the last slot it was counted for, and its count there. */
  private countedFor = new Int32Array(1024).fill(-1);
  private counts = new Int32Array(1024);
  /** Scratch while adding a field: its distinct words. */
  private distinct = new Int32Array(1024);

  constructor(
    /** Boost per field, in the order fields are given to `add`. */
    private readonly boosts: readonly number[],
    /** Cuts a field's text into the words indexed (lowercase, without the words not searched). */
    private readonly wordsOf: (text: string) => readonly string[],
  ) {
    this.postings = boosts.map(() => []);
    this.lengths = boosts.map(() => []);
    this.totalLengths = boosts.map(() => 0);
  }

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Indexes a record's fields (in the order of the boosts), replacing what it held before. */
  add(id: string, fields: readonly string[]): void {
    this.remove(id);
    const slot = this.ids.length;
    this.ids.push(id);
    this.slotOf.set(id, slot);
    for (let field = 0; field < fields.length; field++) {
      // Field by field, a word's last counted slot is kept as slot * fields + field.
      const mark = slot * fields.length + field;
      const words = this.wordsOf(fields[field]!);
      if (this.distinct.length < words.length) this.distinct = new Int32Array(2 * words.length);
      let distinct = 0;
      for (let i = 0; i < words.length; i++) {
        const word = this.idOf(words[i]!);
        if (this.countedFor[word] !== mark) {
          this.countedFor[word] = mark;
          this.counts[word] = 0;
          this.distinct[distinct++] = word;
        }
        this.counts[word]! += 1;
      }
      const postings = this.postings[field]!;
      for (let i = 0; i < distinct; i++) {
        const word = this.distinct[i]!;
        postings[word]!.push(slot, this.counts[word]!);
      }
      this.lengths[field]![slot] = distinct;
      this.totalLengths[field]! += distinct;
    }
  }

  /** Forgets a record. Its postings stay, skipped, until enough have gone to compact them all. */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.lengths.forEach((lengths, field) => (this.totalLengths[field]! -= lengths[slot] ?? 0));
    this.removedSince += 1;
    if (this.removedSince > COMPACT_AFTER * Math.max(this.slotOf.size, 64)) this.compact();
  }

  /**
   * Records holding every query word (or a word it matches), best first. A record's score sums,
   * per word and field, BM25 times the field's boost times the match's weight, and is multiplied by
   * the number of query words, as MiniSearch's is.
   */
  search(query: MatchedQuery): TermMatch[] {
    if (query.length === 0) return [];
    const slots = this.ids.length;
    const scores = new Float64Array(slots);
    const matched = new Uint16Array(slots);
    // Per slot, the last query word that matched it: a word matched twice (two spellings) counts once.
    const lastWord = new Int32Array(slots).fill(-1);
    query.forEach((matches, position) => {
      for (const [word, weight] of matches) {
        this.postings.forEach((postings, field) => {
          const pairs = postings[word]!;
          if (pairs.length === 0) return;
          const scale = weight * this.boosts[field]!;
          const idf = this.idf(this.liveCount(pairs));
          const average = this.totalLengths[field]! / Math.max(this.slotOf.size, 1);
          const lengths = this.lengths[field]!;
          for (let i = 0; i < pairs.length; i += 2) {
            const slot = pairs[i]!;
            if (this.ids[slot] === undefined) continue;
            scores[slot]! += scale * bm25(idf, pairs[i + 1]!, lengths[slot]!, average);
            if (lastWord[slot] !== position) {
              lastWord[slot] = position;
              matched[slot]! += 1;
            }
          }
        });
      }
    });
    const found: TermMatch[] = [];
    for (let slot = 0; slot < slots; slot++) {
      if (matched[slot] === query.length) found.push({ id: this.ids[slot]!, score: scores[slot]! * query.length });
    }
    return found.sort((a, b) => b.score - a.score);
  }

  /** The words of a record that the query matched (as indexed: lowercase), to mark them. */
  matchedWords(id: string, query: MatchedQuery): string[] {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return [];
    const words = new Set<string>();
    for (const matches of query) {
      for (const word of matches.keys()) {
        if (this.postings.some((postings) => holds(postings[word]!, slot))) words.add(this.words[word]!);
      }
    }
    return [...words];
  }

  /** The number of a word, given one when it is new. */
  private idOf(word: string): number {
    let id = this.wordIds.get(word);
    if (id !== undefined) return id;
    id = this.words.length;
    this.wordIds.set(word, id);
    this.words.push(word);
    if (id === this.counts.length) {
      this.counts = grown(this.counts, 0);
      this.countedFor = grown(this.countedFor, -1);
    }
    for (const postings of this.postings) postings.push([]);
    (this.byLength[word.length] ??= []).push(id);
    if (word.length >= PREFIX_LENGTH) {
      const bucket = word.slice(0, PREFIX_LENGTH);
      const ids = this.byPrefix.get(bucket);
      if (ids) ids.push(id);
      else this.byPrefix.set(bucket, [id]);
    }
    return id;
  }

  /** Reads a query against the index, once for both `search` and `matchedWords`. */
  match(query: readonly QueryTerm[]): MatchedQuery {
    return query.map((term) => this.wordsMatching(term));
  }

  /**
   * The indexed words a query word matches, by number, each with its weight: itself, then words it
   * starts, then words a few letters off. Words no record holds any more are passed over.
   */
  private wordsMatching({ term, prefix, maxEdits }: QueryTerm): Map<number, number> {
    const matches = new Map<number, number>();
    const exact = this.wordIds.get(term);
    if (exact !== undefined) matches.set(exact, 1);
    if (prefix && term.length >= PREFIX_LENGTH) {
      for (const id of this.byPrefix.get(term.slice(0, PREFIX_LENGTH)) ?? []) {
        const word = this.words[id]!;
        if (word.length > term.length && word.startsWith(term)) {
          matches.set(id, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (word.length - term.length)));
        }
      }
    }
    for (let length = Math.max(1, term.length - maxEdits); maxEdits > 0 && length <= term.length + maxEdits; length++) {
      for (const id of this.byLength[length] ?? []) {
        if (matches.has(id)) continue;
        const word = this.words[id]!;
        const edits = editDistanceWithin(term, word, maxEdits);
        if (edits > 0) matches.set(id, (FUZZY_WEIGHT * word.length) / (word.length + edits));
      }
    }
    for (const id of matches.keys()) if (this.postings.every((postings) => postings[id]!.length === 0)) matches.delete(id);
    return matches;
  }

  /** How many records still held name a word in a field (removed ones stay until compaction). */
  private liveCount(pairs: readonly number[]): number {
    let live = 0;
    for (let i = 0; i < pairs.length; i += 2) if (this.ids[pairs[i]!] !== undefined) live++;
    return live;
  }

  private idf(holding: number): number {
    const total = this.slotOf.size;
    return Math.log(1 + (total - holding + 0.5) / (holding + 0.5));
  }

  /** Renumbers the records left and drops the postings of removed ones. */
  private compact(): void {
    const renumbered = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const lengths = this.lengths.map((): number[] => []);
    this.ids.forEach((id, slot) => {
      if (id === undefined) return;
      renumbered[slot] = ids.length;
      this.slotOf.set(id, ids.length);
      lengths.forEach((kept, field) => kept.push(this.lengths[field]![slot] ?? 0));
      ids.push(id);
    });
    for (const postings of this.postings) {
      postings.forEach((pairs, word) => {
        const kept: number[] = [];
        for (let i = 0; i < pairs.length; i += 2) {
          const slot = renumbered[pairs[i]!]!;
          if (slot >= 0) kept.push(slot, pairs[i + 1]!);
        }
        postings[word] = kept;
      });
    }
    this.ids = ids;
    this.lengths = lengths;
    this.removedSince = 0;
    // Slots were renumbered: the scratch marks of the old numbers must not match new ones.
    this.countedFor.fill(-1);
  }
}

/** The array twice as long, its new half filled with `fill`. */
function grown(array: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> {
  const longer = new Int32Array(2 * array.length).fill(fill);
  longer.set(array);
  return longer;
}

const bm25 = (idf: number, count: number, length: number, average: number) =>
  idf * (BM25.d + (count * (BM25.k + 1)) / (count + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));

/** Whether a field's postings (sorted by slot) name this slot. */
function holds(pairs: readonly number[], slot: number): boolean {
  let low = 0;
  let high = pairs.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = pairs[2 * middle]!;
    if (at === slot) return true;
    if (at < slot) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Two rows of the edit distance table, reused: grown when a longer word comes. */
let rows = [new Uint16Array(64), new Uint16Array(64)];

/**
 * The edit distance (Levenshtein) between two words when it is at most `max`, else -1. Gives up on
 * a row as soon as every cell in it is over `max`: most words are far off and cost a row or two.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return -1;
  if (rows[0]!.length <= b.length) rows = [new Uint16Array(b.length + 1), new Uint16Array(b.length + 1)];
  let [previous, current] = rows as [Uint16Array, Uint16Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cell = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (letter === b.charCodeAt(j - 1) ? 0 : 1));
      current[j] = cell;
      if (cell < best) best = cell;
    }
    if (best > max) return -1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]! <= max ? previous[b.length]! : -1;
}
