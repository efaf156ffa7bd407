/**
 * A signature drawn on screen with a finger, pen or mouse. The drawing becomes a PNG data URL that
 * is stored inside the encrypted record, never as a file. "Clear" starts again.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function SignaturePad({ label, onChange }: { label: string; onChange(dataUrl: string | null): void }) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const inked = useRef(false);
  const [hasInk, setHasInk] = useState(false);
  const labelId = useId();

  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#1f2a2e';
  }, []);

  const point = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) * event.currentTarget.width) / rect.width,
      y: ((event.clientY - rect.top) * event.currentTarget.height) / rect.height,
    };
  };

  return (
    <div className="field signature-pad">
      <span id={labelId} className="field-label">
        {label}
      </span>
      <canvas
        ref={canvasRef}
        width={600}
        height={160}
        role="img"
        aria-labelledby={labelId}
        aria-description={hasInk ? t('signaturePad.signed') : t('signaturePad.notSignedDraw')}
        onPointerDown={(event) => {
          drawing.current = true;
          event.currentTarget.setPointerCapture(event.pointerId);
          const { x, y } = point(event);
          const context = event.currentTarget.getContext('2d')!;
          context.beginPath();
          context.moveTo(x, y);
        }}
        onPointerMove={(event) => {
          if (!drawing.current) return;
          const { x, y } = point(event);
          const context = event.currentTarget.getContext('2d')!;
          context.lineTo(x, y);
          context.stroke();
          inked.current = true;
          setHasInk(true);
        }}
        onPointerUp={(event) => {
          drawing.current = false;
          if (inked.current) onChange(event.currentTarget.toDataURL('image/png'));
        }}
      />
      <div className="row">
        <button
          type="button"
          onClick={() => {
            const canvas = canvasRef.current!;
            canvas.getContext('2d')!.clearRect(0, 0, canvas.width, canvas.height);
            inked.current = false;
            setHasInk(false);
            onChange(null);
          }}
        >
          {t('signaturePad.clear')}
        </button>
        <span className="hint">{hasInk ? t('signaturePad.signedNote') : t('signaturePad.notSignedNote')}</span>
      </div>
    </div>
  );
}
