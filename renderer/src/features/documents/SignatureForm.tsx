/**
 * Signing a document with the person: drawn on screen, or said out loud with a witness. Once
 * signed, the document is fixed; a change becomes a new version. Where the document's own form
 * already chose the way (`way`), signing follows it and is not asked again.
 */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Signature, SigningWay } from '@shared/records/signed-versions';
import { Notice, TextField, useAction } from '../../ui/form';
import { SignaturePad } from '../../ui/SignaturePad';
import { useDates } from '../../i18n/use-dates';

type Method = 'drawn' | 'verbal-with-witness';

export function SignatureForm({
  signerLabel,
  defaultSigner,
  onSign,
  legend,
  way,
}: {
  signerLabel: string;
  defaultSigner: string;
  onSign(signature: Signature): Promise<unknown>;
  legend?: string;
  /** The way chosen on the document itself, with its witness; left out, the peer chooses here. */
  way?: SigningWay;
}) {
  const { t } = useTranslation();
  const [chosen, setMethod] = useState<Method>('drawn');
  const [signerName, setSignerName] = useState(defaultSigner);
  const [typedWitness, setWitnessName] = useState('');
  const method = way?.method ?? chosen;
  const witnessName = way?.method === 'verbal-with-witness' ? way.witnessName : typedWitness;
  const [drawing, setDrawing] = useState<string | null>(null);
  const { run, busy, error } = useAction();

  return (
    <fieldset className="signature-form">
      <legend>{legend ?? t('signature.sign')}</legend>
      {way ? (
        <p className="hint">
          {way.method === 'drawn' ? t('signature.asChosenOnScreen') : t('signature.asChosenOutLoud', { witness: way.witnessName })}
        </p>
      ) : (
        <div className="row" role="radiogroup" aria-label={t('signature.how')}>
          <label className="radio">
            <input type="radio" name="signature-method" checked={method === 'drawn'} onChange={() => setMethod('drawn')} />{' '}
            {t('signature.onScreen')}
          </label>
          <label className="radio">
            <input
              type="radio"
              name="signature-method"
              checked={method === 'verbal-with-witness'}
              onChange={() => setMethod('verbal-with-witness')}
            />{' '}
            {t('signature.outLoud')}
          </label>
        </div>
      )}
      <TextField label={signerLabel} value={signerName} onChange={setSignerName} />
      {method === 'drawn' ? (
        <SignaturePad label={t('signature.signature')} onChange={setDrawing} />
      ) : (
        !way && <TextField label={t('signature.witnessName')} value={witnessName} onChange={setWitnessName} />
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() =>
          void run(() =>
            onSign({
              method,
              signedAt: new Date().toISOString(),
              signerName,
              ...(method === 'drawn' ? (drawing ? { drawing } : {}) : { witnessName }),
            }),
          )
        }
      >
        {t('signature.signAndKeep')}
      </button>
    </fieldset>
  );
}

export function SignatureSummary({ signature }: { signature: Signature }) {
  const { t } = useTranslation();
  const when = useDates().dateTime(signature.signedAt);
  return (
    <div className="signature-summary">
      {signature.drawing && <img src={signature.drawing} alt={t('signature.imageOf', { name: signature.signerName })} />}
      <p>
        {signature.method === 'verbal-with-witness' ? (
          <Trans
            i18nKey="signature.signedByOutLoud"
            values={{ name: signature.signerName, when, witness: signature.witnessName ?? t('signature.aWitness') }}
            components={{ strong: <strong /> }}
          />
        ) : (
          <Trans i18nKey="signature.signedBy" values={{ name: signature.signerName, when }} components={{ strong: <strong /> }} />
        )}
      </p>
    </div>
  );
}
