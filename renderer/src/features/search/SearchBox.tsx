/** The search box in the top bar: typing opens the results, which follow every keystroke. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../ui/navigation';
import { Form } from '../../ui/form';

/** `query`: what the results screen shows now ('' anywhere else, so leaving search clears the box). */
export function SearchBox({ query }: { query: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  return (
    <Form role="search" className="search-box" onSubmit={() => undefined}>
      <label htmlFor={id}>{t('search.box')}</label>
      <input
        id={id}
        type="search"
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => navigate({ screen: 'search', query: event.target.value })}
      />
    </Form>
  );
}
