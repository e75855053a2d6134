import { basename } from 'node:path';
import { cleanText } from './clean.js';
import { splitDocuments } from './documents.js';
import { readAny, type RawText } from './readers.js';
import type { PolicyDocument } from '../types.js';

/** Clean and split already-read text (pure: no I/O). */
export function documentsFromText(raw: RawText, source: string): PolicyDocument[] {
  const { clean } = cleanText(raw.text);
  return splitDocuments(clean, { source, format: raw.format, encoding: raw.encoding });
}

/** Read one file of any supported format into clean, structured documents. Throws IngestError. */
export async function ingestFile(file: string, onWarning?: (w: string) => void): Promise<PolicyDocument[]> {
  const raw = await readAny(file);
  for (const w of raw.warnings ?? []) onWarning?.(w);
  return documentsFromText(raw, basename(file));
}
