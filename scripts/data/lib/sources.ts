import { createHash } from 'node:crypto';

/**
 * Registry of source citations. Ids are a hash of the citation text so they stay the same when
 * other sources are added or removed (observations.csv stays diff-friendly).
 */
export class SourceRegistry {
  private readonly byId = new Map<string, string>();

  idFor(citation: string): string {
    const text = citation.trim();
    if (text === '') throw new Error('a value without a source cannot be published');
    const id = `s${createHash('sha1').update(text).digest('hex').slice(0, 8)}`;
    const existing = this.byId.get(id);
    if (existing !== undefined && existing !== text) throw new Error(`source id collision ${id}`);
    this.byId.set(id, text);
    return id;
  }

  list(): { id: string; citation: string }[] {
    return [...this.byId.entries()]
      .map(([id, citation]) => ({ id, citation }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }
}
