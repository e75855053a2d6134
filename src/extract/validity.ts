// When a notice applies: effective-from, effective-until and what it replaces, read from its own words.

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day (a document date, --as-of). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

export interface Validity {
  /** YYYY-MM-DD */
  from?: string;
  until?: string;
  /** Titles (without 《》) of the documents this one repeals. */
  supersedes: string[];
  /** The words each finding came from (for a reader to check). */
  evidence: string[];
}

export type ValidityStatus = 'draft' | 'in force' | 'expired' | 'superseded' | 'pending';

export const STATUS_ZH: Record<ValidityStatus, string> = { draft: '征求意见稿', 'in force': '现行', expired: '已失效', superseded: '已废止', pending: '尚未施行' };

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const DATE = String.raw`(\d{4})年(\d{1,2})月(\d{1,2})日`;
const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: string, m: string, d: string) => `${y}-${pad(+m)}-${pad(+d)}`;

function count(s: string): number {
  return /^\d+$/.test(s) ? +s : s === '十' ? 10 : s.startsWith('十') ? 10 + DIGIT[s[1]] : DIGIT[s] ?? NaN;
}

/** The day before the same date N years later: 2022-01-01 + 3 years → 2024-12-31. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y + years, m - 1, d) - 86_400_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

const FROM_PUBLISH = /自(?:发布|印发|公布|颁布|发文|下发)之日起(?:施行|实施|执行|生效)/;
const FROM_DATE = new RegExp(String.raw`(?:自|从|于)${DATE}起(?:施行|实施|执行|生效)`);
const RANGE = new RegExp(String.raw`有效期(?:为|自)?${DATE}(?:起)?(?:至|到|—|-)${DATE}`);
const UNTIL = new RegExp(String.raw`(?:执行|实施|施行|有效期|有效)(?:期限)?(?:至|到|截至)${DATE}(?:止)?`);
const YEARS = /有效期(?:为|暂定为?)?([0-9]+|[一二两三四五六七八九十]{1,2})年/;
const REPEAL = /同时废止|同时停止执行|予以废止|不再执行|同时失效/;
const FIVE_YEAR = /十([一二三四五六七八九])五/;
const SELF = /本(?:政策|办法|措施|通知|方案|细则|规定|意见|若干|文件)|^(?:有效期|以上政策|上述政策|该政策|此政策|本)/;
/** 规划（2021-2025年）: the plan's own period, when the text states no end. */
const TITLE_PERIOD = /[（(](?:\d{4})\s*[-—–－~至到]\s*(\d{4})年?[)）]/;
/** 楚雄州2023年推动经济稳进提质政策措施: a year's own measures end with it (not a range, not 2021年以来…). */
const TITLE_YEAR = /(?<![\d—–\-~至到])(\d{4})年(?!度?(?:\d|[-—–~至到]|以来|以前|前|底|末|起))/;

/**
 * Effective-from, effective-until and repealed documents of one document's clean text. `date` is the
 * document's date (自发布之日起施行, and the default start when the text names none); `title` is read for
 * a period (2021-2025年) when the text gives no end.
 */
export function deriveValidity(text: string, opts: { date?: string; title?: string } = {}): Validity {
  const v: Validity = { supersedes: [], evidence: [] };
  const sentences = text
    .split(/(?<=[。；;\n])/)
    .map((x) => x.replace(/\s+/g, ''))
    .filter(Boolean);
  let m: RegExpExecArray | null;
  // First the start (a period of N years counts from it, wherever it is written), then the end.
  for (const s of sentences) {
    if (!v.from && (m = RANGE.exec(s))) {
      v.from = ymd(m[1], m[2], m[3]);
      v.until = ymd(m[4], m[5], m[6]);
      v.evidence.push(m[0]);
    }
    if (!v.from && (m = FROM_DATE.exec(s))) {
      v.from = ymd(m[1], m[2], m[3]);
      v.evidence.push(m[0]);
    }
    if (!v.from && opts.date && (m = FROM_PUBLISH.exec(s))) {
      v.from = opts.date;
      v.evidence.push(m[0]);
    }
    if (REPEAL.test(s)) {
      const before = v.supersedes.length;
      for (const t of s.matchAll(/《([^《》]+)》/g)) if (!v.supersedes.includes(t[1])) v.supersedes.push(t[1]);
      if (v.supersedes.length > before) v.evidence.push(s.slice(0, 80));
    }
  }
  // An end is the document's own only when the sentence is about the document (本办法…, 有效期…), not a
  // project's or a certificate's (认定有效期3年).
  for (const s of sentences.filter((x) => SELF.test(x))) {
    if (v.until) break;
    if ((m = UNTIL.exec(s))) {
      v.until = ymd(m[1], m[2], m[3]);
      v.evidence.push(m[0]);
    } else if ((m = YEARS.exec(s))) {
      const n = count(m[1]);
      const start = v.from ?? opts.date;
      if (n > 0 && start) {
        v.until = addYears(start, n);
        v.evidence.push(m[0]);
      }
    }
  }
  if (!v.from && opts.date) v.from = opts.date;
  if (!v.until && opts.title) {
    const m = TITLE_PERIOD.exec(opts.title);
    const plan = FIVE_YEAR.exec(opts.title);
    if (m) {
      v.until = `${m[1]}-12-31`;
      v.evidence.push(m[0]);
    } else if (plan) {
      // The Nth five-year plan ends in 1955 + 5N (十四五: 2021–2025).
      v.until = `${1955 + 5 * (10 + DIGIT[plan[1]])}-12-31`;
      v.evidence.push(plan[0]);
    } else {
      const years = [...opts.title.matchAll(new RegExp(TITLE_YEAR, 'g'))];
      if (years.length === 1) {
        v.until = `${years[0][1]}-12-31`;
        v.evidence.push(years[0][0]);
      }
    }
  }
  return v;
}

/**
 * The day each undated document was issued on by a notice before it in the same file (现将《…》印发给你们,
 * dated; the measures attached carry no date of their own): they apply from the notice's date.
 */
export function issuedOn<D extends { date?: string; text: string }>(docs: D[]): Map<D, string> {
  const out = new Map<D, string>();
  let notice: D | undefined;
  for (const d of docs) {
    if (d.date) notice = /印[发發]|颁布/.test(d.text) && /《[^》]+》/.test(d.text) ? d : undefined;
    else if (notice) out.set(d, notice.date!);
  }
  return out;
}

/** Titles compare without 《》, spaces, 关于印发…的通知 and a trailing （试行）. */
export function titleKey(title: string): string {
  return title
    .replace(/\s+/g, '')
    .replace(/^关于印发/, '')
    .replace(/的通知$/, '')
    .replace(/[《》]/g, '')
    .replace(/[（(]试行[)）]$/, '');
}

/**
 * Status as of a date: a draft is a draft; a document repealed by another already in force is
 * superseded; before its start pending; after its end expired; otherwise in force.
 */
export function validityStatus(v: Pick<Validity, 'from' | 'until'>, opts: { draft: boolean; asOf: string; supersededFrom?: string }): ValidityStatus {
  if (opts.draft) return 'draft';
  if (opts.supersededFrom !== undefined && opts.supersededFrom <= opts.asOf) return 'superseded';
  if (v.from && v.from > opts.asOf) return 'pending';
  if (v.until && v.until < opts.asOf) return 'expired';
  return 'in force';
}

/**
 * Every document's status as of a date: a document is superseded once a document repealing it (by
 * title) is in force.
 */
export function statusesOf<D extends { title: string; draft: boolean; validity: Pick<Validity, 'from' | 'until' | 'supersedes'> }>(docs: D[], asOf: string): Map<D, ValidityStatus> {
  const repealed = new Map<string, string>();
  for (const d of docs) {
    if (d.draft) continue;
    for (const t of d.validity.supersedes ?? []) {
      const k = titleKey(t);
      const from = d.validity.from ?? '0000-00-00';
      if (!repealed.has(k) || repealed.get(k)! > from) repealed.set(k, from);
    }
  }
  return new Map(docs.map((d) => [d, validityStatus(d.validity, { draft: d.draft, asOf, supersededFrom: repealed.get(titleKey(d.title)) })]));
}
