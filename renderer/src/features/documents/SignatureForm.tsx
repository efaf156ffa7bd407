/**
 * Signing a document with the person: drawn on screen, or said out loud with a witness. Once
 * signed, the document is fixed; a change becomes a new version.
 */
import { useState } from 'react';
import type { Signature } from '@shared/records/signed-versions';
import { Notice, TextField, useAction } from '../../ui/form';
import { SignaturePad } from '../../ui/SignaturePad';

type Method = 'drawn' | 'verbal-with-witness';

export function SignatureForm({ signerLabel, defaultSigner, onSign }: { signerLabel: string; defaultSigner: string; onSign(signature: Signature): Promise<unknown> }) {
  const [method, setMethod] = useState<Method>('drawn');
  const [signerName, setSignerName] = useState(defaultSigner);
  const [witnessName, setWitnessName] = useState('');
  const [drawing, setDrawing] = useState<string | null>(null);
  const { run, busy, error } = useAction();

  return (
    <fieldset className="signature-form">
      <legend>Sign</legend>
      <div className="row" role="radiogroup" aria-label="How is it being signed?">
        <label className="radio">
          <input type="radio" name="signature-method" checked={method === 'drawn'} onChange={() => setMethod('drawn')} /> Signed on screen
        </label>
        <label className="radio">
          <input type="radio" name="signature-method" checked={method === 'verbal-with-witness'} onChange={() => setMethod('verbal-with-witness')} /> Said out loud, with a witness
        </label>
      </div>
      <TextField label={signerLabel} value={signerName} onChange={setSignerName} />
      {method === 'drawn' ? (
        <SignaturePad label="Signature" onChange={setDrawing} />
      ) : (
        <TextField label="Witness's name" value={witnessName} onChange={setWitnessName} />
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
        Sign and keep
      </button>
    </fieldset>
  );
}

export function SignatureSummary({ signature }: { signature: Signature }) {
  const when = new Date(signature.signedAt).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div className="signature-summary">
      {signature.drawing && <img src={signature.drawing} alt={`Signature of ${signature.signerName}`} />}
      <p>
        Signed by <strong>{signature.signerName}</strong> on {when}
        {signature.method === 'verbal-with-witness' && `, said out loud with ${signature.witnessName ?? 'a witness'} as witness`}.
      </p>
    </div>
  );
}
