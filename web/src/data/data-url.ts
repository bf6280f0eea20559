/** Files are fetched relative to the page, so the built site works from any static host path. */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}
