import type { ComponentChildren, Ref } from 'preact';
import { describedBy, type FieldBase, HintAndError, type Option } from '../shared/fields.tsx';

/**
 * The controls only the staff forms need, in the shared GOV.UK pattern. A module of
 * their own, so the citizen pages' shared chunk does not carry them.
 */
export function TextArea(
  props: FieldBase & { label: string; value: string; onInput: (value: string) => void },
) {
  const { id, label, value, onInput, hint, error } = props;
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <label class="label" for={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        class="textarea"
        id={id}
        name={id}
        rows={4}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(event) => onInput((event.target as HTMLTextAreaElement).value)}
      />
    </div>
  );
}

export function Checkboxes(
  props: FieldBase & {
    legend: string;
    options: readonly Option[];
    value: readonly string[];
    onChange: (value: string[]) => void;
  },
) {
  const { id, legend, options, value, onChange, hint, error } = props;
  const toggle = (option: string, on: boolean) =>
    onChange(on ? [...value, option] : value.filter((v) => v !== option));
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend class="legend">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div class="checkboxes">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div class="checkbox" key={option.value}>
                <input
                  type="checkbox"
                  id={optionId}
                  name={id}
                  value={option.value}
                  checked={value.includes(option.value)}
                  onChange={(event) =>
                    toggle(option.value, (event.target as HTMLInputElement).checked)
                  }
                />
                <label for={optionId}>{option.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A table that may be wider than the screen: it scrolls, and keyboard users can reach it. */
export function ScrollRegion(props: {
  labelledBy: string;
  children: ComponentChildren;
  regionRef?: Ref<HTMLElement>;
}) {
  return (
    <section
      class="table-scroll"
      aria-labelledby={props.labelledBy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so the keyboard can scroll it (WCAG 2.1.1)
      tabIndex={0}
      ref={props.regionRef}
    >
      {props.children}
    </section>
  );
}
