// The file name a download is saved under: the server's Content-Disposition (its UTF-8 filename*
// first, as the server always sends the Japanese name there), else the plain filename, else the URL's
// last segment.

export function fileNameFrom(disposition: string | null, url: string): string {
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // a broken escape: fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(disposition ?? '');
  const name = (plain?.[1] ?? plain?.[2] ?? '').trim();
  if (name) return name;
  const last = url.split('?')[0]?.split('/').filter(Boolean).at(-1);
  return last ? decodeURIComponent(last) : 'download';
}
