import type { PolicyIndex } from '../index/policy-index.js';

/** One indexed document as `pclause docs` lists it. */
export interface DocumentEntry {
  docId: string;
  title: string;
  region?: string;
  issuer?: string;
  docNumber?: string;
  date?: string;
  status: 'draft' | 'final';
  clauses: number;
  /** Clauses carrying money or a rate. */
  withMoney: number;
  source: string;
}

export interface DocsFilter {
  regions?: string[];
  status?: 'draft' | 'final';
  issuer?: string;
  topics?: string[];
  dateFrom?: string;
  dateTo?: string;
}

/**
 * Every document in the index with its clause counts, newest first within a region. Read from
 * the clause table (each clause carries its document's fields), so any index can list itself.
 */
export function listDocuments(index: PolicyIndex, f: DocsFilter = {}): DocumentEntry[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.regions?.length) {
    where.push(`region IN (${f.regions.map(() => '?').join(',')})`);
    params.push(...f.regions);
  }
  if (f.status) {
    where.push('status = ?');
    params.push(f.status);
  }
  if (f.issuer) {
    where.push('issuer LIKE ?');
    params.push(`%${f.issuer}%`);
  }
  if (f.dateFrom) {
    where.push('doc_date >= ?');
    params.push(f.dateFrom);
  }
  if (f.dateTo) {
    where.push('doc_date <= ?');
    params.push(f.dateTo);
  }
  // A topic keeps the documents with at least one clause on it; their counts stay whole.
  if (f.topics?.length) {
    where.push(`doc_id IN (SELECT doc_id FROM clauses WHERE ${f.topics.map(() => 'topics LIKE ?').join(' OR ')})`);
    params.push(...f.topics.map((t) => `%|${t}|%`));
  }
  const rows = index.store.db
    .prepare(
      `SELECT doc_id AS docId, max(doc_title) AS title, max(region) AS region, max(issuer) AS issuer,
              max(json_extract(json, '$.docNumber')) AS docNumber, max(doc_date) AS date, max(status) AS status,
              count(*) AS clauses, sum(has_money) AS withMoney, max(source) AS source
       FROM clauses ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       GROUP BY doc_id ORDER BY region, date DESC, source, doc_id`,
    )
    .all(...params) as (Omit<DocumentEntry, 'region' | 'issuer' | 'docNumber' | 'date'> & { region: string | null; issuer: string | null; docNumber: string | null; date: string | null })[];
  return rows.map((r) => ({
    docId: r.docId,
    title: r.title,
    region: r.region ?? undefined,
    issuer: r.issuer ?? undefined,
    docNumber: r.docNumber ?? undefined,
    date: r.date ?? undefined,
    status: r.status,
    clauses: r.clauses,
    withMoney: r.withMoney,
    source: r.source,
  }));
}
