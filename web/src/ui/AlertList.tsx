/** A problem stated in one line, with its details (field names, cells) listed below. */
export function AlertList({ title, lines, testId }: { title: string; lines: readonly string[]; testId: string }) {
  return (
    <div className="scoring-message" role="alert" data-testid={testId}>
      {title}
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </div>
  );
}
