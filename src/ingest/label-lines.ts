import { createRequire } from 'node:module';

/**
 * A line that opens with a field's label: 责任领导:…, 完成时限：…, or a unit label joined by 为 instead of a colon
 * (责任单位为市发展改革委、…). Such a line is a field of its own, never the tail of the line before it. The unit labels are the
 * extractor's (dict/unit-labels.json), read here for line breaks only.
 */
const labels = createRequire(import.meta.url)('../../dict/unit-labels.json') as { qualifiers: string[]; prefixes: string[]; nouns: string[] };
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const UNIT_LABEL_FOR = new RegExp(`^(?:${alt(labels.qualifiers)})?(?:${alt(labels.prefixes)}){1,3}(?:${alt(labels.nouns)})为(?=[\\u4e00-\\u9fff])`);

export function isLabelledLine(line: string): boolean {
  return /^[\u4e00-\u9fff]{2,6}[：:]/.test(line) || UNIT_LABEL_FOR.test(line);
}
