import { useEffect, useRef, useState } from 'preact/hooks';
import { SHORTEST_PROJECT_SESSION_MINUTES } from '../../lib/domain/schedule/effort';
import {
  EFFORT_HOURS_MAX,
  IN_PROGRESS_MAX,
  MINUTES_PER_DAY_MAX,
  type SettingsErrors,
  type SettingsPatch,
} from '../../lib/domain/settings/validate-settings';
import type { Settings } from '../../lib/domain/types';
import { Notice } from '../Notice';
import { BreaksFieldset } from './BreaksFieldset';
import { NumberField } from './NumberField';
import { ObsidianNoteFieldset } from './ObsidianNoteFieldset';
import { draftFromSettings, newBreak, parseDraft, type SettingsDraft } from './settings-draft';
import { WeekdayMinutesFieldset } from './WeekdayMinutesFieldset';

export type SaveOutcome =
  { ok: true; rescheduled: number } | { ok: false; errors?: SettingsErrors; message?: string };

interface SettingsFormProps {
  settings: Settings;
  /** For a new break's first day. */
  today: string;
  onSave: (patch: SettingsPatch) => Promise<SaveOutcome>;
}

type Feedback = { tone: 'error' | 'success'; text: string } | null;

interface NumberFieldSpec {
  id: string;
  label: string;
  unit?: string;
  hint?: string;
  draft:
    | 'defaultSessionMinutes'
    | 'reviewMinutes'
    | 'inProgress'
    | 'defaultEffortHours'
    | 'retentionPercent'
    | 'maximumIntervalDays';
  /** Where the check puts this field's problem. */
  error: keyof Settings;
  min: number;
  max: number;
  step?: number;
}

const SESSION_FIELDS: NumberFieldSpec[] = [
  {
    id: 'default-session',
    label: 'Default session length',
    unit: 'min',
    hint: 'A project can set its own length.',
    draft: 'defaultSessionMinutes',
    error: 'defaultSessionMinutes',
    min: SHORTEST_PROJECT_SESSION_MINUTES,
    max: MINUTES_PER_DAY_MAX,
  },
  {
    id: 'review-length',
    label: 'Review length',
    unit: 'min',
    hint: 'How long a review of a finished project takes; a project can set its own.',
    draft: 'reviewMinutes',
    error: 'reviewMinutes',
    min: SHORTEST_PROJECT_SESSION_MINUTES,
    max: MINUTES_PER_DAY_MAX,
  },
  {
    id: 'in-progress',
    label: 'Projects in progress',
    hint: 'How many projects you build at once; the next one starts when one is done.',
    draft: 'inProgress',
    error: 'inProgress',
    min: 1,
    max: IN_PROGRESS_MAX,
  },
  {
    id: 'default-effort',
    label: 'Default effort',
    unit: 'hours',
    hint: 'For projects with no estimate of their own.',
    draft: 'defaultEffortHours',
    error: 'defaultEffortHours',
    min: 0.1,
    max: EFFORT_HOURS_MAX,
    step: 0.1,
  },
];

const MEMORY_FIELDS: NumberFieldSpec[] = [
  {
    id: 'desired-retention',
    label: 'Desired retention',
    unit: '%',
    hint: 'How likely you want to still remember a project when it comes back (70–99%). Higher means more frequent reviews.',
    draft: 'retentionPercent',
    error: 'desiredRetention',
    min: 70,
    max: 99,
  },
  {
    id: 'maximum-interval',
    label: 'Longest gap between reviews',
    unit: 'days',
    draft: 'maximumIntervalDays',
    error: 'maximumIntervalDays',
    min: 1,
    max: 36500,
  },
];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Every setting in one form, checked on save: each problem is shown next to its control and
 * nothing is saved until all are fixed. Starts from `settings` when it opens and then keeps what
 * the user typed.
 */
export function SettingsForm({ settings, today, onSave }: SettingsFormProps) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  // After a failed save, take the keyboard to the first control that needs fixing.
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const edit = (change: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...change }));

  function reject(found: SettingsErrors, message?: string) {
    const count = Object.keys(found).length;
    setErrors(found);
    setFeedback({
      tone: 'error',
      text:
        message ??
        `Nothing was saved: fix the ${plural(count, 'problem', 'problems')} marked below.`,
    });
    setAttempt((n) => n + 1);
  }

  async function submit(event: Event) {
    event.preventDefault();
    const { patch, errors: found } = parseDraft(draft, settings);
    if (Object.keys(found).length > 0) return reject(found);
    setSaving(true);
    setFeedback(null);
    const outcome = await onSave(patch);
    setSaving(false);
    if (!outcome.ok) return reject(outcome.errors ?? {}, outcome.message);
    setErrors({});
    setFeedback({
      tone: 'success',
      text: outcome.rescheduled
        ? `Settings saved; ${plural(outcome.rescheduled, 'project', 'projects')} rescheduled.`
        : 'Settings saved.',
    });
  }

  const numberField = (field: NumberFieldSpec) => (
    <NumberField
      key={field.id}
      id={field.id}
      label={field.label}
      unit={field.unit}
      hint={field.hint}
      value={draft[field.draft]}
      error={errors[field.error]}
      min={field.min}
      max={field.max}
      step={field.step}
      onInput={(value) => edit({ [field.draft]: value })}
    />
  );

  return (
    <form ref={form} class="settings-form" noValidate onSubmit={(event) => void submit(event)}>
      {feedback?.tone === 'error' && <Notice tone="error">{feedback.text}</Notice>}
      <WeekdayMinutesFieldset
        minutes={draft.minutes}
        restDays={draft.restDays}
        errors={errors}
        onMinutes={(weekday, value) =>
          setDraft((d) => ({ ...d, minutes: d.minutes.map((m, i) => (i === weekday ? value : m)) }))
        }
        onRestDay={(weekday, rest) =>
          setDraft((d) => ({
            ...d,
            restDays: d.restDays.map((r, i) => (i === weekday ? rest : r)),
          }))
        }
      />
      <fieldset>
        <legend>Sessions</legend>
        {SESSION_FIELDS.map(numberField)}
        <p class="field-hint muted">
          Which objective is planned first: drag or move objectives on the{' '}
          <a href="#roadmap">Roadmap</a> page.
        </p>
      </fieldset>
      <fieldset>
        <legend>Memory</legend>
        {MEMORY_FIELDS.map(numberField)}
      </fieldset>
      <BreaksFieldset
        breaks={draft.breaks}
        errors={errors}
        onChange={(breaks) => edit({ breaks })}
        onAdd={() => setDraft((d) => ({ ...d, breaks: [...d.breaks, newBreak(today)] }))}
      />
      <ObsidianNoteFieldset
        vault={draft.obsidianVault}
        file={draft.obsidianFile}
        errors={errors}
        onChange={({ vault, file }) =>
          edit({
            ...(vault === undefined ? {} : { obsidianVault: vault }),
            ...(file === undefined ? {} : { obsidianFile: file }),
          })
        }
      />
      <div class="form-actions">
        <button class="primary" type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save settings'}
        </button>
      </div>
      {feedback?.tone === 'success' && <Notice tone="success">{feedback.text}</Notice>}
    </form>
  );
}
