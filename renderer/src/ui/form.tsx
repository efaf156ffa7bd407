/** Small form pieces: every control carries a visible label, hints and errors are tied to it. */
import type { Message } from '@shared/messages';
import { useId, useState, type FormHTMLAttributes, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { messagesOf, useMessage } from '../i18n/use-message';
import { constraintsOf, fieldProblem, type FieldProblem } from './field-problem';

type FormProps = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> & {
  /** Called once every field passes its checks; the page never reloads (the form's default is prevented here). */
  onSubmit(): void;
};

/**
 * Every form of the app: the browser's own validation bubbles are off (they speak the browser's
 * language, not the peer's). A form whose fields fail their checks is not sent: each such field
 * says why in the app's words, and the first one takes the focus.
 */
export function Form({ onSubmit, children, ...form }: FormProps) {
  return (
    <form
      {...form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const element = event.currentTarget;
        // checkValidity fires `invalid` at each failing field, which then shows its problem.
        if (!element.checkValidity()) {
          element.querySelector<HTMLElement>('input:invalid, select:invalid, textarea:invalid')?.focus();
          return;
        }
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

type Checked = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * The field's problem from the moment its form was tried (the `invalid` event), rechecked as the
 * peer types; and the props that tie it to the control.
 */
function useFieldProblem(id: string, hintId: string | undefined) {
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const check = (element: Checked) => setProblem(fieldProblem(element.validity, constraintsOf(element)));
  const problemId = `${id}-problem`;
  const describedBy = [problem && problemId, hintId].filter(Boolean).join(' ') || undefined;
  return {
    control: {
      onInvalid: (event: { currentTarget: Checked }) => check(event.currentTarget),
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': describedBy,
    },
    /** After a change: a shown problem goes away, or changes, with the value. */
    recheck: (element: Checked) => {
      if (problem) check(element);
    },
    line: problem && <FieldProblemLine id={problemId} problem={problem} />,
  };
}

function FieldProblemLine({ id, problem }: { id: string; problem: FieldProblem }) {
  const { t } = useTranslation();
  return (
    <div id={id} className="field-problem">
      {t(`field.${problem.key}`, { min: '', max: '', step: '', ...problem })}
    </div>
  );
}

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
}

export function TextField({ label, value, onChange, hint, ...input }: FieldProps) {
  const id = useId();
  const { control, recheck, line } = useFieldProblem(id, hint ? `${id}-hint` : undefined);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(event) => {
          recheck(event.target);
          onChange(event.target.value);
        }}
        {...control}
        {...input}
      />
      {line}
      {hint && (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      )}
    </div>
  );
}

interface AreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange(value: string): void;
}

export function TextArea({ label, value, onChange, ...area }: AreaProps) {
  const id = useId();
  const { control, recheck, line } = useFieldProblem(id, undefined);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={value}
        onChange={(event) => {
          recheck(event.target);
          onChange(event.target.value);
        }}
        rows={3}
        {...control}
        {...area}
      />
      {line}
    </div>
  );
}

/** A choice from a short list; gives back the chosen option's own value, not the DOM's string. */
export function SelectField<V extends string | number>({
  label,
  value,
  options,
  onChange,
  hint,
}: {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
  hint?: ReactNode;
}) {
  const id = useId();
  const { control, recheck, line } = useFieldProblem(id, hint ? `${id}-hint` : undefined);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        {...control}
        onChange={(event) => {
          recheck(event.target);
          const chosen = options.find((option) => String(option.value) === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {line}
      {hint && (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      )}
    </div>
  );
}

export function CheckBox({ label, checked, onChange }: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <div className="check">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A message after an action: errors are announced at once, confirmations politely. */
export function Notice({ tone, children }: { tone: 'error' | 'success'; children: ReactNode }) {
  return tone === 'error' ? (
    <p className="notice notice-error" role="alert">
      {children}
    </p>
  ) : (
    <p className="notice notice-success" role="status">
      {children}
    </p>
  );
}

/** Shown while something slow runs (unlocking, creating): says what is happening. */
export function Working({ label }: { label: string }) {
  return (
    <div className="working" role="status">
      <div className="working-bar" role="progressbar" aria-label={label} />
      <span>{label}</span>
    </div>
  );
}

/**
 * Runs one async action at a time and keeps its error for the screen: the vault's messages,
 * written for a peer and saying what to do next, kept as the rules said them and worded in the
 * screen's language, so switching language switches them too; or the screen's own words.
 */
/** A failure the window has already worded in the peer's language (a drive or file problem named by its kind). */
export class WordedError extends Error {
  constructor(words: string, options?: ErrorOptions) {
    super(words, options);
    this.name = 'WordedError';
  }
}

export function useAction() {
  const message = useMessage();
  const [busy, setBusy] = useState(false);
  const [errorParts, setErrorParts] = useState<readonly Message[] | string | null>(null);
  const setError = (words: string | null) => setErrorParts(words);
  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setErrorParts(null);
    try {
      return await action();
    } catch (caught) {
      setErrorParts(caught instanceof WordedError ? caught.message : messagesOf(caught));
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  return { run, busy, error: typeof errorParts === 'string' ? errorParts : errorParts && message(errorParts), setError };
}
