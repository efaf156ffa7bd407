import { describe, expect, it } from 'vitest';
import { markMatches, SearchIndex, snippetAround, type SearchDocument } from '@shared/search/search-index';

const documents: SearchDocument[] = [
  {
    id: 'p-jordan',
    kind: 'person',
    personId: 'p-jordan',
    title: 'Jordan Rivers',
    text: 'Loves fishing at Falls Lake. Strengths: keeps promises.',
  },
  { id: 'p-sam', kind: 'person', personId: 'p-sam', title: 'Sam Lee', text: 'Mentions Jordan Rivers as a friend from group.' },
  {
    id: 'n-1',
    kind: 'service-note',
    personId: 'p-jordan',
    title: 'Note, April 14, 2026',
    date: '2026-04-14',
    text: 'Jordan said the garden at the church makes the mornings feel lighter. We talked about the bus to the clinic.',
  },
  {
    id: 'n-2',
    kind: 'service-note',
    personId: 'p-sam',
    title: 'Note, May 2, 2026',
    date: '2026-05-02',
    text: 'Sam is making the mornings lighter with a walk; garden work at church next week.',
  },
  {
    id: 'g-1',
    kind: 'recovery-plan',
    personId: 'p-jordan',
    title: 'Recovery plan',
    text: 'Get my own place by spring. Save for a deposit.',
  },
  { id: 'r-1', kind: 'resource', personId: null, title: 'Inter-Faith Food Shuttle', text: 'food pantry, Blair Dr, Raleigh' },
];

const indexed = () => {
  const index = new SearchIndex();
  index.upsert(documents);
  return index;
};

describe('search across everything', () => {
  it("ranks a match in the name above a mention in someone else's text", () => {
    const ids = indexed()
      .search('Jordan Rivers')
      .map((hit) => hit.id);
    expect(ids[0]).toBe('p-jordan');
    expect(ids).toContain('p-sam');
    expect(ids.indexOf('p-jordan')).toBeLessThan(ids.indexOf('p-sam'));
  });

  it('puts the note that says the exact phrase first, ahead of one with the same words apart', () => {
    const index = new SearchIndex();
    const apart = {
      id: 'apart',
      kind: 'service-note',
      personId: 'p-sam',
      title: 'Note',
      text: 'Bus late. Clinic closed. Bus again, clinic again.',
    };
    const phrase = { id: 'phrase', kind: 'service-note', personId: 'p-jordan', title: 'Note', text: documents[2]!.text };
    index.upsert([apart, phrase]);
    // Word for word, the short note full of both words scores higher; the phrase puts the other first.
    expect(index.search('clinic bus').map((hit) => hit.id)).toEqual(['apart', 'phrase']);
    const hits = index.search('bus to the clinic');
    expect(hits.map((hit) => hit.id)).toEqual(['phrase', 'apart']);
    expect(hits[0]?.snippet).toContain('the bus to the clinic');
  });

  it('finds words as they are being typed, and forgives a small typo', () => {
    expect(
      indexed()
        .search('depos')
        .map((hit) => hit.id),
    ).toEqual(['g-1']);
    expect(
      indexed()
        .search('pantri')
        .map((hit) => hit.id),
    ).toEqual(['r-1']);
  });

  it('takes only the word being typed (the last) as the start of a word, and forgives typos only in longer words', () => {
    expect(
      indexed()
        .search('save depos')
        .map((hit) => hit.id),
    ).toEqual(['g-1']);
    expect(indexed().search('depos save')).toEqual([]);
    // "bus" is not "but" misspelt: short words are taken as written.
    expect(indexed().search('buz')).toEqual([]);
  });

  it('finds a phrase across a line break, whatever its case', () => {
    const index = new SearchIndex();
    index.upsert([{ id: 'n', kind: 'service-note', personId: 'p', title: '', text: 'Rode the Bus\nto the clinic on Monday.' }]);
    expect(index.search('bus to the clinic')[0]?.snippet).toBe('Rode the Bus · to the clinic on Monday.');
  });

  it('groups results by person, then kind, with resources (no person) on their own', () => {
    const groups = indexed().searchGrouped('mornings lighter');
    expect(groups.map((group) => group.personId).sort()).toEqual(['p-jordan', 'p-sam']);
    const all = indexed().searchGrouped('Raleigh');
    expect(all).toEqual([
      { personId: null, kinds: [{ kind: 'resource', hits: [expect.objectContaining({ id: 'r-1', title: 'Inter-Faith Food Shuttle' })] }] },
    ]);
  });

  it("replaces a record's text when it is saved again, and forgets a removed record", () => {
    const index = indexed();
    index.upsert([{ ...documents[4]!, text: 'Finish the GED by fall.' }]);
    expect(index.search('deposit')).toEqual([]);
    expect(index.search('GED').map((hit) => hit.id)).toEqual(['g-1']);
    index.remove('g-1');
    expect(index.search('GED')).toEqual([]);
    expect(index.size).toBe(documents.length - 1);
  });

  it('finds nothing for an empty query', () => {
    expect(indexed().search('   ')).toEqual([]);
  });
});

describe('a snippet', () => {
  it('shows the words around the match, with ellipses where text was cut', () => {
    const text = `${'a'.repeat(100)} the garden at the church ${'b'.repeat(100)}`;
    const snippet = snippetAround(text, 'garden');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('the garden at the church');
  });

  it('cuts between words, and keeps the parts of a record apart', () => {
    const text = `Walked over to the farm stand and talked about the week ahead, the new job and the bus pass.\n"Working in the garden at the church makes the mornings feel lighter, and I sleep better"\nBring seeds`;
    expect(snippetAround(text, 'the garden at the church')).toBe(
      '…week ahead, the new job and the bus pass. · "Working in the garden at the church makes the mornings feel lighter, and I sleep better"…',
    );
    expect(snippetAround('Bake bread · or not', 'zeppelin')).toBe('Bake bread · or not');
  });
});

describe('the matching words in a snippet', () => {
  it('are marked as the index matched them, whatever their case, words typed in part included', () => {
    const [hit] = indexed().search('depos');
    expect(hit?.terms).toEqual(['deposit']);
    expect(markMatches('Save for a Deposit, then a deposit-free month.', hit!.terms)).toEqual([
      { text: 'Save for a ', match: false },
      { text: 'Deposit', match: true },
      { text: ', then a ', match: false },
      { text: 'deposit', match: true },
      { text: '-free month.', match: false },
    ]);
  });

  it('leave the text whole when nothing in it matched', () => {
    expect(markMatches('…the garden at the church…', ['bus'])).toEqual([{ text: '…the garden at the church…', match: false }]);
  });
});
