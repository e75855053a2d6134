import { statusesOf, type ValidityStatus } from '../extract/validity.js';
import type { PolicyDocument } from '../types.js';
import { readJsonLines } from './gold.js';
import { deriveValidity, issuedOn } from '../extract/validity.js';

/** One labelled document (eval/validity.jsonl): its dates as the text gives them and its status on a day. */
export interface ValidityLabel {
  source: string;
  title: string;
  /**
   * A verbatim piece of the document's text (whitespace removed) naming which document of the file is
   * meant, when the title as ingest reads it is not to be relied on (web pages, attachments).
   */
  quote?: string;
  from: string | null;
  until: string | null;
  supersedes?: string[];
  asOf: string;
  status: ValidityStatus;
}

const STATUSES = ['draft', 'in force', 'expired', 'superseded', 'pending'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readValidityGold(file: string): ValidityLabel[] {
  return readJsonLines<ValidityLabel>(file, (o) => {
    if (typeof o?.source !== 'string' || typeof o?.title !== 'string') return 'a label needs "source" and "title"';
    if (o.quote !== undefined && (typeof o.quote !== 'string' || !o.quote)) return '"quote" must be a non-empty string';
    for (const k of ['from', 'until'] as const) if (o[k] !== null && !(typeof o[k] === 'string' && DAY.test(o[k]!))) return `"${k}" must be YYYY-MM-DD or null`;
    if (typeof o.asOf !== 'string' || !DAY.test(o.asOf)) return '"asOf" must be YYYY-MM-DD';
    if (!STATUSES.includes(o.status)) return `"status" must be one of ${STATUSES.join(', ')}`;
    return undefined;
  });
}

export interface ValidityReport {
  documents: number;
  /** Documents whose from, until and status are all right. */
  right: number;
  accuracy: number;
  from: number;
  until: number;
  status: number;
  wrong: { source: string; title: string; field: string; want: string | null; got: string | null }[];
}

/**
 * Score derived validity (from the documents' text) against the labels; a labelled document not found
 * counts wrong. A label names its document by `quote` (text it contains) or else by its title.
 */
export function scoreValidity(labels: ValidityLabel[], docs: PolicyDocument[]): ValidityReport {
  const bySource = new Map<string, PolicyDocument[]>();
  for (const d of docs) bySource.set(d.source, [...(bySource.get(d.source) ?? []), d]);
  const issued = new Map([...bySource.values()].flatMap((ds) => [...issuedOn(ds)]));
  const derived = docs.map((d) => ({ doc: d, title: d.title, draft: d.status === 'draft', validity: deriveValidity(d.text, { date: d.date ?? issued.get(d), title: d.title }) }));
  const report: ValidityReport = { documents: labels.length, right: 0, accuracy: 0, from: 0, until: 0, status: 0, wrong: [] };
  const byDay = new Map<string, Map<(typeof derived)[number], ValidityStatus>>();
  for (const l of labels) {
    const d = l.quote ? derived.find((x) => x.doc.source === l.source && x.doc.text.replace(/\s+/g, '').includes(l.quote!)) : derived.find((x) => x.doc.source === l.source && x.title === l.title);
    if (!byDay.has(l.asOf)) byDay.set(l.asOf, statusesOf(derived, l.asOf));
    const got = { from: d?.validity.from ?? null, until: d?.validity.until ?? null, status: d ? byDay.get(l.asOf)!.get(d)! : null };
    if (!d) {
      report.wrong.push({ source: l.source, title: l.title, field: 'document', want: l.title, got: null });
      continue;
    }
    let ok = true;
    for (const f of ['from', 'until', 'status'] as const) {
      if (got[f] === l[f]) report[f]++;
      else {
        ok = false;
        report.wrong.push({ source: l.source, title: l.title, field: f, want: l[f], got: got[f] });
      }
    }
    if (ok) report.right++;
  }
  report.accuracy = labels.length ? report.right / labels.length : 1;
  return report;
}
