/**
 * BARC-10 totals over time, drawn with Chart.js. The canvas is described as an image, and the
 * same figures are written out in words beside it for anyone who cannot see the chart. An
 * assessment with skipped statements has no total and leaves a gap rather than a made-up point.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { BARC10_HIGHEST_TOTAL, type BarcHistoryPoint } from '@shared/records/barc10';
import { useDates } from '../../i18n/use-dates';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

const LOWEST_TOTAL = 10;

export function BarcChart({ history }: { history: BarcHistoryPoint[] }) {
  const { t } = useTranslation();
  const dates = useDates();
  const canvas = useRef<HTMLCanvasElement>(null);
  const labels = history.map((point) => dates.date(point.takenOn));
  const totals = history.map((point) => point.total);

  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      type: 'line',
      data: {
        labels,
        datasets: [
          {
            label: t('plans.barc.chartLabel'),
            data: totals,
            borderColor: '#2f6f62',
            backgroundColor: '#2f6f62',
            spanGaps: false,
            pointRadius: 5,
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { min: LOWEST_TOTAL, max: BARC10_HIGHEST_TOTAL, ticks: { stepSize: 10 } } },
      },
    });
    return () => chart.destroy();
    // The chart is redrawn whenever what it shows changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(labels), JSON.stringify(totals), t]);

  return (
    <figure className="barc-history">
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={t('plans.barc.chartLabel')} />
      </div>
      <figcaption>
        <h4>{t('plans.barc.textAlternative')}</h4>
        <ul aria-label={t('plans.barc.textAlternative')}>
          {history.map((point) => (
            <li key={point.id}>
              {point.total === null
                ? t('plans.barc.describePartial', { date: dates.date(point.takenOn), count: point.answered })
                : t('plans.barc.describeTotal', { date: dates.date(point.takenOn), total: point.total })}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
