// The text of a PDF (Chromium's print output), read with pdf.js: enough to ask "is this title on paper?".
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of each page, in drawing order; runs are joined without spaces, so compare with the
 * whitespace removed (`normalizePdfText`).
 * @param {Uint8Array} bytes
 * @returns {Promise<string[]>}
 */
export async function pdfPagesText(bytes) {
  // pdf.js takes over (detaches) the buffer it is given: hand it a copy.
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** Text without whitespace and with ligatures (ﬁ, ﬂ) spelled out, for comparing titles with what `pdfPagesText` joined. */
export const normalizePdfText = (text) => text.normalize('NFKC').replace(/\s+/g, '');
