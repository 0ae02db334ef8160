import type { ComponentChildren } from 'preact';
import { MAX_LIST_NAME } from '../lib/db/types';

interface Props {
  id: string;
  label: string;
  value: string;
  placeholder?: string;
  onInput(value: string): void;
  /** Escape: give up on the name. It stops there, so an enclosing popover or view stays open. */
  onCancel(): void;
}

/** The text field for naming a reading list (new or renamed), focused when it appears. */
export function ListNameInput({ id, label, value, placeholder, onInput, onCancel }: Props) {
  // The field stops taking characters there (a pasted name is cut): say so, not silently.
  const atLimit = value.length >= MAX_LIST_NAME;
  return (
    <>
      <label class="pl-visually-hidden" for={id}>
        {label}
      </label>
      <input
        id={id}
        aria-describedby={atLimit ? `${id}-limit` : undefined}
        class="pl-input"
        placeholder={placeholder}
        maxLength={MAX_LIST_NAME}
        value={value}
        ref={(el) => el?.focus()}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      {atLimit && (
        <p id={`${id}-limit`} class="pl-field-note" role="status">
          List names are at most {MAX_LIST_NAME} characters.
        </p>
      )}
    </>
  );
}

interface FormProps extends Props {
  /** The submit button's text ("Create", "Create and save", "Save"). */
  submit: ComponentChildren;
  onSubmit(): void;
  class?: string;
}

/** A list name with its submit and Cancel buttons: the one form for creating or renaming a list,
 * in the popover and the popup. Enter submits; Escape or Cancel gives up. */
export function ListNameForm({ submit, onSubmit, class: className = 'pl-row', ...field }: FormProps) {
  return (
    <form
      class={className}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <ListNameInput {...field} />
      <button type="submit" class="pl-button pl-primary">
        {submit}
      </button>
      <button type="button" class="pl-button pl-quiet" onClick={field.onCancel}>
        Cancel
      </button>
    </form>
  );
}
