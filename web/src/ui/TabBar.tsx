/** A row of tabs: one button per key, the selected one marked for screen readers and styles. */
export function TabBar<K extends string>(props: {
  keys: readonly K[];
  selected: K;
  onSelect: (key: K) => void;
  label: (key: K) => string;
  testId: (key: K) => string;
  className?: string;
}) {
  return (
    <div className={props.className ? `tabs ${props.className}` : 'tabs'} role="tablist">
      {props.keys.map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          aria-selected={props.selected === k}
          data-testid={props.testId(k)}
          onClick={() => props.onSelect(k)}
        >
          {props.label(k)}
        </button>
      ))}
    </div>
  );
}
