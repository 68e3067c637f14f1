import { errorAttributes, FieldError } from './FieldError';

interface NumberFieldProps {
  id: string;
  label: string;
  value: string;
  /** Shown after the input, e.g. "min"; also part of the accessible description. */
  unit?: string;
  hint?: string;
  error: string | undefined;
  min: number;
  max: number;
  step?: number;
  onInput: (value: string) => void;
}

export function NumberField(props: NumberFieldProps) {
  const { id, label, value, unit, hint, error, min, max, step = 1, onInput } = props;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <span class="field-control">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={step}
          value={value}
          {...errorAttributes(errorId, error)}
          aria-describedby={described || undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {unit && <span class="muted">{unit}</span>}
      </span>
      {hint && (
        <p id={hintId} class="field-hint muted">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
