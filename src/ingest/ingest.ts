import { basename } from 'node:path';
import { cleanText } from './clean.js';
import { applyDeclared, frontMatter } from './declared.js';
import { splitDocuments } from './documents.js';
import { blankMarkup } from './markup.js';
import { readAny, type RawText } from './readers.js';
import type { PolicyDocument } from '../types.js';

/** Clean and split already-read text (pure: no I/O). */
export function documentsFromText(raw: RawText, source: string, onWarning?: (w: string) => void): PolicyDocument[] {
  // Front matter (# source: https://…) is blanked, not cut, so offsets into the file stay exact.
  const fm = frontMatter(raw.text);
  const fronted = fm.end ? raw.text.slice(0, fm.end).replace(/[^\n]/g, ' ') + raw.text.slice(fm.end) : raw.text;
  // A page's HTML markup saved into a text file (<p>…</p>): its tags blanked the same way, and the reader told.
  const markup = raw.format === 'html' ? { text: fronted, blanked: false } : blankMarkup(fronted);
  if (markup.blanked) onWarning?.(`${source}: holds HTML markup (<p>, <br>…); its tags were read as line breaks and spaces`);
  const text = markup.text;
  const { clean, tabRows } = cleanText(text);
  const docs = splitDocuments(clean, { source, format: raw.format, encoding: raw.encoding, tabRows });
  for (const w of applyDeclared(docs, fm.meta, source)) onWarning?.(w);
  return docs;
}

/** Documents of a string of plain text already decoded (a pasted notice, a test's sentence); `source` names it in warnings. */
export function documentsOfPlainText(text: string, source = 'text.txt', onWarning?: (w: string) => void): PolicyDocument[] {
  return documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, source, onWarning);
}

/** Read one file of any supported format into clean, structured documents. Throws IngestError. */
export async function ingestFile(file: string, onWarning?: (w: string) => void): Promise<PolicyDocument[]> {
  const raw = await readAny(file);
  for (const w of raw.warnings ?? []) onWarning?.(w);
  return documentsFromText(raw, basename(file), onWarning);
}
