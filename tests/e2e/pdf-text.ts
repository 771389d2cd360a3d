/** Text as PDF extraction gives it back, folded so that line breaks and hyphen breaks do not matter: U+02BC read as ’. */
export const normalisePdfText = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/([-–]) /g, '$1')
    .replace(/\u02bc/g, '’')
    .trim();
