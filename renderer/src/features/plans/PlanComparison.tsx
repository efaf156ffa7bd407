/**
 * Two versions of a plan side by side, part by part (goals and steps matched by id), with what was
 * added, taken out or changed marked. Serves both plans: each describes itself as an outline.
 */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { compareVersions, type OutlineNode, type PartComparison } from '@shared/records/plan-outline';
import { useDates } from '../../i18n/use-dates';

/** A part's title in the screen's language, from its stable `part` name. */
export type PartTitle = (part: string) => string;

function Rows({ parts, depth, titleOf }: { parts: PartComparison[]; depth: number; titleOf: PartTitle }) {
  const { t } = useTranslation();
  const dates = useDates();
  const show = (part: PartComparison, value: string | null) => {
    if (value === null) return '';
    if (part.format === 'date') return value && dates.date(value);
    if (part.format === 'status') return t(`plans.status.${value as 'done'}`);
    return value;
  };
  return parts.map((part) => (
    <Fragment key={part.key}>
      <tr className={`change-${part.change}`}>
        <th scope="row" style={{ paddingLeft: `${0.4 + depth * 1.25}rem` }}>
          {titleOf(part.part)}
        </th>
        <td>{show(part, part.old)}</td>
        <td>{show(part, part.new)}</td>
        <td>{t(`plans.compare.${part.change}`)}</td>
      </tr>
      {part.children.length > 0 && <Rows parts={part.children} depth={depth + 1} titleOf={titleOf} />}
    </Fragment>
  ));
}

export function PlanComparison({
  older,
  newer,
  titleOf,
}: {
  older: { version: number; outline: OutlineNode[] };
  newer: { version: number; outline: OutlineNode[] };
  titleOf: PartTitle;
}) {
  const { t } = useTranslation();
  return (
    <details className="compare">
      <summary>{t('plans.compare.open', { newer: newer.version, older: older.version })}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('plans.compare.part')}</th>
            <th scope="col">{t('plans.compare.older', { version: older.version })}</th>
            <th scope="col">{t('plans.compare.newer', { version: newer.version })}</th>
            <th scope="col">
              <span className="visually-hidden">{t('plans.compare.changed')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <Rows parts={compareVersions(older.outline, newer.outline)} depth={0} titleOf={titleOf} />
        </tbody>
      </table>
    </details>
  );
}
