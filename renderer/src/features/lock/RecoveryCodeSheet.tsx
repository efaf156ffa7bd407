/**
 * A recovery code shown once, to print, copy or write down, with the box the peer ticks once it is
 * saved: when a notebook is created, and when its key is changed (the old code stops working).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../ui/contexts';
import { CheckBox, Notice } from '../../ui/form';

export function RecoveryCodeSheet({ code, saved, onSaved }: { code: string; saved: boolean; onSaved(saved: boolean): void }) {
  const hostApi = useHost();
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <>
      <section className="recovery-sheet" aria-label={t('recoveryCode.sheet')}>
        <p className="print-only">{t('recoveryCode.printHeading')}</p>
        <code className="recovery-code" data-testid="recovery-code">
          {code.split('-').map((group, index) => (
            <span key={index}>
              {index > 0 && <span className="recovery-dash">-</span>}
              {group}
            </span>
          ))}
        </code>
      </section>
      <div className="row">
        <button type="button" onClick={() => window.print()}>
          {t('recoveryCode.print')}
        </button>
        <button type="button" onClick={() => void hostApi.copyText(code).then(() => setCopied(true))}>
          {t('recoveryCode.copy')}
        </button>
      </div>
      {copied && <Notice tone="success">{t('recoveryCode.copied')}</Notice>}
      <CheckBox label={t('recoveryCode.saved')} checked={saved} onChange={onSaved} />
    </>
  );
}
