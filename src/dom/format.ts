/** "2023-08-03" → "3 Aug 2023"; "2025-03" → "Mar 2025"; a bare year stays as it is. `months`: the deck's month names (labels.ts). */
export function formatDate(isoDate: string, months: readonly string[]): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const monthName = months[Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** A link's host, as a short label: "https://www.thehindu.com/news/…" → "thehindu.com". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
