import { useData } from '../store/hooks';

/** A source citation by id: full text on one line, expandable where long. */
export function SourceText({ id }: { readonly id: string }) {
  const citation = useData((s) => s.catalog?.sources.find((x) => x.id === id)?.citation) ?? id;
  return (
    <span className="source" title={citation}>
      {citation}
    </span>
  );
}
