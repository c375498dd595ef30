import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';

/**
 * Form controls in the GOV.UK pattern: a label or legend, an optional hint, the
 * error message above the control, all tied together with aria-describedby.
 */
export interface FieldBase {
  id: string;
  error?: string | undefined;
  hint?: string | undefined;
}

export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function HintAndError({ id, hint, error }: FieldBase) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="error-message">
          {error}
        </p>
      ) : null}
    </>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
  readonly hint?: string | undefined;
}

export function Radios(
  props: FieldBase & {
    legend: string;
    name: string;
    options: readonly Option[];
    value: string;
    onChange: (value: string) => void;
    inline?: boolean;
    children?: ComponentChildren;
  },
) {
  const { id, legend, name, options, value, onChange, hint, error, inline } = props;
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend class="legend">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div class={inline ? 'radios inline' : 'radios'}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div class="radio" key={option.value}>
                <input
                  type="radio"
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label for={optionId}>{option.label}</label>
                {option.hint ? (
                  <p id={`${optionId}-item-hint`} class="hint item-hint">
                    {option.hint}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
      {props.children}
    </div>
  );
}

export function TextInput(
  props: FieldBase & {
    label: string;
    value: string;
    onInput: (value: string) => void;
    inputMode?: 'numeric' | 'decimal' | 'text' | 'tel';
    type?: 'text' | 'date';
    suffix?: string;
    width?: 'short' | 'medium' | 'full';
    autoComplete?: string;
  },
) {
  const { id, label, value, onInput, hint, error, inputMode, suffix, width } = props;
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <label class="label" for={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <div class="input-wrapper">
        <input
          class={`input input-${width ?? 'medium'}`}
          id={id}
          name={id}
          type={props.type ?? 'text'}
          inputMode={inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          spellcheck={false}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onInput={(event) => onInput((event.target as HTMLInputElement).value)}
        />
        {suffix ? (
          <span class="suffix" aria-hidden="true">
            {suffix}
          </span>
        ) : null}
      </div>
    </div>
  );
}

export function Select(
  props: FieldBase & {
    label: string;
    value: string;
    placeholder: string;
    options: readonly Option[];
    onChange: (value: string) => void;
  },
) {
  const { id, label, value, options, onChange, hint, error, placeholder } = props;
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <label class="label" for={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        class="select"
        id={id}
        name={id}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange((event.target as HTMLSelectElement).value)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option value={option.value} key={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The list of problems at the top of a screen, each linking to its field. */
export function ErrorSummary(props: {
  title: string;
  errors: readonly FieldError[];
  fieldId: (path: string) => string;
  summaryRef?: (element: HTMLDivElement | null) => void;
}) {
  if (props.errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={props.summaryRef}>
      <h2 class="error-summary-title">{props.title}</h2>
      <ul>
        {props.errors.map((error) => (
          <li key={`${error.path}:${error.message}`}>
            <a href={`#${props.fieldId(error.path)}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Field id in the page for a field error path: `members.0.age` → `f-members-0-age`. */
export function fieldId(path: string): string {
  return `f-${path.replaceAll('.', '-')}`;
}

/** The first error for a field path, for the message next to the control. */
export function errorFor(errors: readonly FieldError[], path: string): string | undefined {
  return errors.find((e) => e.path === path)?.message;
}

/** "Step 3 of 8" with a bar; the bar's width comes from a class (no inline styles). */
export function Progress(props: { current: number; total: number; label: string }) {
  const { current, total, label } = props;
  const tenths = Math.round((current / total) * 10);
  return (
    <>
      <p class="progress-text">{label}</p>
      <div
        class="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
      >
        <div class={`progress-bar progress-${tenths}0`} />
      </div>
    </>
  );
}
