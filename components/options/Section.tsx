import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  title: string;
  intro?: ComponentChildren;
  children: ComponentChildren;
}

export function Section({ id, title, intro, children }: Props) {
  return (
    <section class="pl-opt-section" aria-labelledby={`${id}-title`} id={id}>
      {/* Focusable from script: where focus goes when the control that had it goes with the last row. */}
      <h2 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {intro && <p class="pl-opt-intro">{intro}</p>}
      {children}
    </section>
  );
}

interface SwitchProps {
  label: string;
  hint: string;
  checked: boolean;
  onChange(checked: boolean): void;
  name: string;
}

export function Switch({ label, hint, checked, onChange, name }: SwitchProps) {
  return (
    <label class="pl-opt-row pl-opt-switch">
      <span class="pl-opt-label">
        <span>{label}</span>
        <small>{hint}</small>
      </span>
      <input
        type="checkbox"
        role="switch"
        name={name}
        checked={checked}
        aria-checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    </label>
  );
}
