import type { SettingsErrors } from '../../lib/domain/settings/validate-settings';
import { errorAttributes, FieldError } from './FieldError';

/** Monday first on screen; storage is Sunday first (Date#getDay). */
const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];
/** Sunday first: 7 January 2024 was a Sunday. */
const WEEKDAY_NAMES = Array.from({ length: 7 }, (_, weekday) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(new Date(2024, 0, 7 + weekday)),
);

interface WeekdayMinutesFieldsetProps {
  minutes: string[];
  restDays: boolean[];
  errors: SettingsErrors;
  onMinutes: (weekday: number, value: string) => void;
  onRestDay: (weekday: number, rest: boolean) => void;
}

export function WeekdayMinutesFieldset(props: WeekdayMinutesFieldsetProps) {
  const { minutes, restDays, errors, onMinutes, onRestDay } = props;
  const weekError = errors.minutesPerWeekday ?? errors.restDays;
  return (
    <fieldset class="weekdays" aria-describedby={weekError ? 'weekdays-error' : undefined}>
      <legend>Study time per day</legend>
      <p class="muted">Minutes you can study each day. Nothing is planned on a rest day.</p>
      {MONDAY_FIRST.map((weekday) => {
        const name = WEEKDAY_NAMES[weekday];
        const id = `minutes-${weekday}`;
        const error = errors[`minutesPerWeekday.${weekday}`];
        return (
          <div class="weekday-row" key={weekday}>
            <label for={id}>
              {name} <span class="visually-hidden">minutes</span>
            </label>
            <span class="field-control">
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={0}
                max={1440}
                value={minutes[weekday]}
                {...errorAttributes(`${id}-error`, error)}
                onInput={(event) => onMinutes(weekday, event.currentTarget.value)}
              />
              <span class="muted" aria-hidden="true">
                min
              </span>
            </span>
            <label class="check">
              <input
                type="checkbox"
                checked={restDays[weekday]}
                onChange={(event) => onRestDay(weekday, event.currentTarget.checked)}
              />{' '}
              <span class="visually-hidden">{name}: </span>Rest day
            </label>
            <FieldError id={`${id}-error`} message={error} />
          </div>
        );
      })}
      <FieldError id="weekdays-error" message={weekError} />
    </fieldset>
  );
}
