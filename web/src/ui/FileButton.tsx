import { useRef } from 'react';

/** A button that opens a file picker (JSON unless `accept` says otherwise) and hands the chosen file over (the same file twice works). */
export function FileButton({
  label,
  testId,
  onFile,
  accept = 'application/json,.json',
}: {
  label: string;
  testId: string;
  onFile: (file: File) => void;
  accept?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
          e.target.value = '';
        }}
      />
    </>
  );
}
