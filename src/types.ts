// Types shared across pipeline stages: ingest → extract → index → query/eval.
// Each stage imports only from here and from the stage before it.

export type SourceFormat = 'txt' | 'pdf' | 'docx' | 'html';

/** A contiguous run where clean text [clean, clean+length) maps to original [orig, orig+length). */
export type OffsetRun = [clean: number, orig: number, length: number];

export interface Section {
  /** Heading text as written, e.g. "二、支持企业智能化改造" */
  heading: string;
  /** 1 = 第X章 / 附件, 2 = 一、, 3 = （一）, 4 = 1. , 5 = （1） */
  level: number;
  /** Clean-text offset where the heading starts and where the section ends. */
  start: number;
  end: number;
  /** Index of the parent section in Document.sections, -1 for top level. */
  parent: number;
}

export interface TableRow {
  start: number;
  end: number;
  cells: string[];
  /** Clean-text offset of each cell. */
  cellStarts: number[];
  /** A row with a single cell spanning the table (a group heading such as "一、创新能力提升行动"). */
  group?: boolean;
}

export interface Table {
  start: number;
  end: number;
  columns: string[];
  rows: TableRow[];
  /**
   * Each row was one line of the source, its cells parted by tabs (a table copied out of a page or saved as text from Word), not a
   * cell a line as a reader renders a page's or a Word file's table.
   */
  rowLines?: boolean;
}

export type DocKind = 'notice' | 'plan' | 'measures' | 'opinion' | 'table' | 'commentary' | 'news' | 'other';

export interface PolicyDocument {
  /** Stable id: source file stem + index within the file + short content hash. */
  id: string;
  /** Input file name (basename). */
  source: string;
  /** Resolved path of the input file: with the content, what identifies a source in the index. */
  sourcePath?: string;
  /** Where the text came from (a web address), from the file's front matter or a manifest. */
  address?: string;
  /** Position of this document within its source file (0-based). */
  index: number;
  format: SourceFormat;
  encoding: string;
  title: string;
  issuer?: string;
  docNumber?: string;
  /** YYYY-MM-DD */
  date?: string;
  region?: string;
  /** GB/T 2260 code of the region, when known. */
  regionCode?: string;
  status: 'draft' | 'final';
  kind: DocKind;
  /** Clean text of this document. */
  text: string;
  /** Where this document's text starts in the file's clean text. */
  fileStart: number;
  /** Maps clean-text offsets of this document to offsets in the original (decoded / extracted) file text. */
  offsets: OffsetRun[];
  sections: Section[];
  tables: Table[];
}

export type AmountRole = 'cap' | 'fixed' | 'total' | 'target';
export type RateRole = 'cap' | 'fixed' | 'min' | 'target';
export type DeadlineKind = 'ongoing' | 'relative' | 'effective';

/** Character range [start, end) in the clause text. */
export interface Span {
  start: number;
  end: number;
}

export interface Amount extends Span {
  yuan: number;
  /** Upper end when the text gives a range (50万至100万). */
  yuanMax?: number;
  role: AmountRole;
  per?: 'project' | 'enterprise' | 'year' | 'once';
  object?: string;
  raw: string;
}

export interface Rate extends Span {
  value: number;
  role: RateRole;
  base?: string;
  raw: string;
}

export interface Threshold extends Span {
  metric: string;
  min?: number;
  max?: number;
  minInclusive?: boolean;
  maxInclusive?: boolean;
  unit: string;
  raw: string;
}

export interface Deadline extends Span {
  raw: string;
  /** YYYY / YYYY-MM / YYYY-MM-DD, only when the text writes a calendar date. */
  date?: string;
  from?: string;
  kind?: DeadlineKind;
  /** A relative deadline resolved against the document date. */
  resolved?: string;
}

export interface UnitMention extends Span {
  name: string;
  lead: boolean;
}

export type ClauseKind = 'subsidy' | 'target' | 'task' | 'requirement' | 'other';

export interface Clause {
  id: string;
  docId: string;
  source: string;
  /** Resolved path of the input file (two 通知.txt in different folders stay distinct). */
  sourcePath?: string;
  docTitle: string;
  region?: string;
  issuer?: string;
  docDate?: string;
  /** The document's number (渝北府发〔2021〕13号), so two notices of one district can be told apart. */
  docNumber?: string;
  /** Where the document came from (a web address), when declared. */
  address?: string;
  /** When the document applies, from its own words (src/extract/validity.ts): YYYY-MM-DD, repealed titles. */
  validity?: { from?: string; until?: string; supersedes?: string[] };
  status: 'draft' | 'final';
  /** Section headings from the top, e.g. ["二、支持企业智能化改造"]. */
  section: string[];
  text: string;
  /** Offsets into the document's clean text. */
  start: number;
  end: number;
  /** Offsets into the original file text. */
  origStart: number;
  origEnd: number;
  kind: ClauseKind;
  topics: string[];
  amounts: Amount[];
  rates: Rate[];
  thresholds: Threshold[];
  units: string[];
  lead: string[];
  deadlines: Deadline[];
}

/**
 * Concepts as the index needs them (from the query thesaurus, dict/concepts.json): each concept's
 * name and every term that names it, so vectors carry concept features. Saved with the index.
 */
export type ConceptLexicon = { name: string; terms: string[]; not?: string[] }[];
