import { useEffect, useState } from 'preact/hooks';
import type { SettingsErrors } from '../../lib/domain/settings/validate-settings';
import type { Break } from '../../lib/domain/types';
import { errorAttributes, FieldError } from './FieldError';

interface BreaksFieldsetProps {
  breaks: Break[];
  errors: SettingsErrors;
  onChange: (breaks: Break[]) => void;
  onAdd: () => void;
}

/** Time away: nothing is planned from the first day to the last, and the work spreads after. */
export function BreaksFieldset({ breaks, errors, onChange, onAdd }: BreaksFieldsetProps) {
  // After adding, move focus to the new break's first date so keyboard users land on it.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    document.getElementById(`break-${focusIndex}-from`)?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  const update = (index: number, change: Partial<Break>) =>
    onChange(breaks.map((item, i) => (i === index ? { ...item, ...change } : item)));

  return (
    <fieldset class="breaks">
      <legend>Breaks</legend>
      <p class="muted">Days away, first and last included: nothing is planned on them.</p>
      {breaks.length === 0 && <p>No breaks planned.</p>}
      {breaks.map((item, index) => {
        const name = `Break ${index + 1}`;
        const errorId = `break-${index}-error`;
        const error = errors[`breaks.${index}`];
        return (
          <div class="break-row" key={index}>
            <label for={`break-${index}-from`}>
              <span class="visually-hidden">{name} </span>From
            </label>
            <input
              id={`break-${index}-from`}
              type="date"
              value={item.from}
              {...errorAttributes(errorId, error)}
              onInput={(event) => update(index, { from: event.currentTarget.value })}
            />
            <label for={`break-${index}-to`}>
              <span class="visually-hidden">{name} </span>to
            </label>
            <input
              id={`break-${index}-to`}
              type="date"
              value={item.to}
              {...errorAttributes(errorId, error)}
              onInput={(event) => update(index, { to: event.currentTarget.value })}
            />
            <button type="button" onClick={() => onChange(breaks.filter((_, i) => i !== index))}>
              Remove <span class="visually-hidden">{name}</span>
            </button>
            <FieldError id={errorId} message={error} />
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          onAdd();
          setFocusIndex(breaks.length);
        }}
      >
        Add a break
      </button>
    </fieldset>
  );
}
