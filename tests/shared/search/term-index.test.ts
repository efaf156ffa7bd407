import { describe, expect, it } from 'vitest';
import { editDistanceWithin, TermIndex, type QueryTerm } from '@shared/search/term-index';

const wordsOf = (text: string) => text.toLowerCase().split(/\W+/).filter(Boolean);
const exact = (...terms: string[]): QueryTerm[] => terms.map((term) => ({ term, prefix: false, maxEdits: 0 }));

/** An index of records given as [id, title, text]. */
function indexOf(records: [string, string, string][]): TermIndex {
  const index = new TermIndex([3, 1], wordsOf);
  for (const [id, title, text] of records) index.add(id, [title, text]);
  return index;
}

const found = (index: TermIndex, query: QueryTerm[]) => index.search(index.match(query));
const ids = (index: TermIndex, query: QueryTerm[]) => found(index, query).map((match) => match.id);

describe('the words index under the search box', () => {
  it('scores with BM25 as MiniSearch did (a known answer worked by hand)', () => {
    const index = indexOf([
      ['a', 'Ana', 'garden garden bus'],
      ['b', 'Bo', 'bus'],
    ]);
    // Two records, one holds "garden": idf = ln(1 + 1.5 / 1.5) = ln 2. In a, "garden" occurs twice
    // among 2 distinct words; the average text holds 1.5. With k 1.2, b 0.7, d 0.5:
    // ln 2 × (0.5 + 2 × 2.2 / (2 + 1.2 × (0.3 + 0.7 × 2 / 1.5))) = 1.222967.
    const [match, ...others] = found(index, exact('garden'));
    expect(match?.id).toBe('a');
    expect(match?.score).toBeCloseTo(1.222967, 5);
    expect(others).toEqual([]);
  });

  it('weighs a name (the first field) three times the rest, and needs every word', () => {
    const index = indexOf([
      ['named', 'River', 'likes the park'],
      ['mentioned', 'Sam', 'walked by the river to the park'],
      ['park-only', 'Lee', 'the park again'],
    ]);
    expect(ids(index, exact('river'))).toEqual(['named', 'mentioned']);
    expect(ids(index, exact('river', 'park'))).toEqual(['named', 'mentioned']);
    expect(ids(index, exact('river', 'bus'))).toEqual([]);
  });

  it('finds words it starts and words a letter off, the whole word first', () => {
    const index = indexOf([
      ['whole', '', 'housing'],
      ['longer', '', 'housingfirst'],
      ['typo', '', 'housinh'],
    ]);
    const matches = found(index, [{ term: 'housing', prefix: true, maxEdits: 1 }]);
    expect(matches.map((match) => match.id)).toEqual(['whole', 'typo', 'longer']);
    expect(matches[0]!.score).toBeGreaterThan(2 * matches[1]!.score);
    expect(index.matchedWords('longer', index.match([{ term: 'hous', prefix: true, maxEdits: 0 }]))).toEqual(['housingfirst']);
    expect(ids(index, exact('hous'))).toEqual([]);
  });

  it('ranks as a fresh index of the same records would after records are replaced or removed', () => {
    const records = Array.from({ length: 120 }, (_, n): [string, string, string] => [
      `r${n}`,
      n % 7 === 0 ? 'garden' : 'note',
      `${'bus '.repeat(1 + (n % 3))}garden ${n % 5 === 0 ? 'clinic' : 'kitchen'}`,
    ]);
    const index = indexOf(records);
    // A few replaced (their old words must not be found), then most removed, which compacts the postings.
    index.add('r1', ['note', 'library']);
    for (let n = 10; n < 100; n++) index.remove(`r${n}`);
    const left = records.filter(([id]) => Number(id.slice(1)) < 10 || Number(id.slice(1)) >= 100);
    const fresh = indexOf(left.map(([id, title, text]) => (id === 'r1' ? [id, 'note', 'library'] : [id, title, text])));
    for (const query of [exact('garden'), exact('bus', 'clinic'), exact('library'), exact('kitchen')]) {
      expect(found(index, query)).toEqual(found(fresh, query));
    }
    expect(ids(index, exact('library'))).toEqual(['r1']);
    expect(index.size).toBe(30);
    expect(index.has('r50')).toBe(false);
    // Added after the compaction, found with the rest.
    index.add('new', ['garden', 'clinic']);
    expect(ids(index, exact('garden', 'clinic'))[0]).toBe('new');
  });
});

describe('edit distance within a bound', () => {
  it('counts letters added, dropped or changed, and gives up past the bound', () => {
    expect(editDistanceWithin('housing', 'housing', 1)).toBe(0);
    expect(editDistanceWithin('housing', 'housinh', 1)).toBe(1);
    expect(editDistanceWithin('housing', 'hosing', 1)).toBe(1);
    expect(editDistanceWithin('kitten', 'sitting', 3)).toBe(3);
    expect(editDistanceWithin('kitten', 'sitting', 2)).toBe(-1);
    // Two letters swapped are two edits.
    expect(editDistanceWithin('clinic', 'clinci', 1)).toBe(-1);
    expect(editDistanceWithin('clinic', 'clinci', 2)).toBe(2);
    expect(editDistanceWithin('appointment', 'appointments', 1)).toBe(1);
    expect(editDistanceWithin('a', 'appointments', 2)).toBe(-1);
  });
});
