/**
 * Search results: grouped by person, then by kind, each with the words that matched, and each
 * opening the place where that record lives. The query is looked up in the vault worker, so
 * typing never waits on it; an answer to an older query is never shown over a newer one.
 */
import type { Message } from '@shared/messages';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markMatches, type SearchHit } from '@shared/search/search-index';
import { useVault } from '../../ui/contexts';
import { useNavigate } from '../../ui/navigation';
import type { Place, PersonTab } from '@shared/places';
import { useDates } from '../../i18n/use-dates';
import { messagesOf, useMessage } from '../../i18n/use-message';
import { Notice } from '../../ui/form';
import type { searchEn } from '../../i18n/locales/search.en';
import type { SearchResults } from './worker/search-handlers';

/** How often to ask again while the index is still being built. */
const READINESS_POLL_MS = 400;

/** The tab of a person's page where each kind of record lives. */
const TAB_OF_KIND: Record<string, PersonTab> = {
  person: 'about',
  'service-note': 'notes',
  'note-addendum': 'notes',
  'recovery-plan': 'recoveryPlan',
  'goal-progress': 'recoveryPlan',
  'wellness-plan': 'wellnessPlan',
  barc10: 'barc',
  agreement: 'agreement',
  'confidentiality-disclosure': 'confidentiality',
  release: 'releases',
  disclosure: 'sharing',
  'crisis-event': 'crisis',
  task: 'tasks',
  referral: 'referrals',
};

function placeOf(hit: SearchHit): Place {
  if (hit.kind === 'resource') return { screen: 'resources' };
  // The peer's own tasks (about no one) are acted on from Today.
  if (!hit.personId) return { screen: 'today' };
  return { screen: 'people', personId: hit.personId, tab: TAB_OF_KIND[hit.kind] ?? 'about' };
}

function Marked({ text, terms }: { text: string; terms: string[] }) {
  return <>{markMatches(text, terms).map((run, index) => (run.match ? <mark key={index}>{run.text}</mark> : run.text))}</>;
}

export function SearchScreen({ query }: { query: string }) {
  const vault = useVault();
  const { t } = useTranslation();
  const dates = useDates();
  const navigate = useNavigate();
  const message = useMessage();
  const [results, setResults] = useState<SearchResults | null>(null);
  const [error, setError] = useState<readonly Message[] | null>(null);
  // Bumped to ask again while search is getting ready.
  const [round, setRound] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    vault('search.query', { query }).then(
      (answer) => {
        if (!answer || ticket !== latest.current) return;
        setError(null);
        setResults(answer);
      },
      (caught: unknown) => ticket === latest.current && setError(messagesOf(caught)),
    );
  }, [vault, query, round]);

  const readiness = results?.readiness;
  useEffect(() => {
    if (readiness?.state !== 'building') return;
    const timer = setTimeout(() => setRound((count) => count + 1), READINESS_POLL_MS);
    return () => clearTimeout(timer);
  }, [readiness]);

  const trimmed = query.trim();
  const groups = trimmed ? (results?.groups ?? []) : [];
  return (
    <section aria-labelledby="search-heading" className="search-screen">
      <h1 id="search-heading">{trimmed ? t('search.results', { query: trimmed }) : t('search.title')}</h1>
      {readiness?.state === 'building' && (
        <p className="search-readiness" role="status">
          {t(trimmed ? 'search.soFar' : 'search.gettingReady', { percent: readiness.percent })}
        </p>
      )}
      {readiness?.state === 'failed' && <Notice tone="error">{t('search.failed')}</Notice>}
      {error && <Notice tone="error">{message(error)}</Notice>}
      {!trimmed && <p className="empty">{t('search.hint')}</p>}
      {trimmed && results && groups.length === 0 && (
        <p className="empty">{t(readiness?.state === 'building' ? 'search.nothingYet' : 'search.nothing', { query: trimmed })}</p>
      )}
      {groups.map((group) => {
        const heading = group.personName || t('search.everyone');
        return (
          <section key={group.personId ?? ''} aria-label={heading} className="search-group">
            <h2>{heading}</h2>
            {group.kinds.map(({ kind, hits }) => (
              <div key={kind} className="search-kind">
                <h3>{t(`search.kinds.${kind as keyof typeof searchEn.kinds}`)}</h3>
                <ul>
                  {hits.map((hit) => (
                    <li key={hit.id}>
                      <button type="button" className="search-hit" onClick={() => navigate(placeOf(hit))}>
                        <span className="search-hit-title">
                          {hit.title && <Marked text={hit.title} terms={hit.terms} />}
                          {hit.title && hit.date && ' · '}
                          {hit.date && dates.date(hit.date)}
                          {!hit.title && !hit.date && t('search.notSignedYet')}
                        </span>
                        {hit.snippet && (
                          <span className="search-snippet">
                            <Marked text={hit.snippet} terms={hit.terms} />
                          </span>
                        )}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </section>
  );
}
