import { fold } from '../ingest/clean.js';
import { DRAFT_MARK } from '../ingest/meta-words.js';
import { extractDeadlines } from './deadlines.js';
import type { Deadline } from '../types.js';

/** A plan's own title: it names what the document is (…行动计划, …实施方案), not a cover that sends one (关于印发…的通知, 印发…). */
const PLAN_TITLE = /(?:方案|计划|规划|措施|意见|办法|政策|要点|纲要|行动)\s*[（(]\s*(?:19|20)\d{2}\s*年?\s*[-—–－~至到]\s*(?:19|20)\d{2}\s*年?\s*[）)]\s*$/;
/** A draft's or trial's mark ending a title ((征求意见稿), (试行): dict/document-meta.json): the period before it is still the title's (泸州). */
const DRAFT_MARK_END = new RegExp(`\\s*[（(][^（）()]{0,4}(?:${DRAFT_MARK})[）)]\\s*$`);

/** A cover's title around the plan it sends: 关于印发…的通知, …关于印发《…》的通知 (its issuer before). */
const COVER_SENDS = /^(?:[^《》]{0,40}?)关于印发《?([^《》]+?)》?的通知\s*$/;

/** The period a plan's own title ends with, as a deadline (…三年行动计划(2025-2027年) → from 2025, date 2027), or undefined. */
export function planTitleTerm(title: string | undefined): Omit<Deadline, 'start' | 'end'> | undefined {
  // (A page's title line that quotes the whole title, 《“创业云南”建设三年行动计划(2024—2026年)》 (云南省), is the plan's own title still.)
  // (…and a cover's title that sends the plan, 关于印发滨州市企业上市三年行动计划(2022—2024年)的通知: the plan's period, for the body's first
  // clause as round 104 has it, where no cover sentence or title line under it carries the period first.)
  const t = fold(title ?? '').replace(COVER_SENDS, '$1').replace(DRAFT_MARK_END, '').replace(/^\s*《([^《》]+)》\s*$/, '$1');
  if (!PLAN_TITLE.test(t) || /关于|印发|转发|通知$/.test(t) || /[《》]/.test(t)) return undefined;
  const open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
  // (read with its brackets: a bare period without 年, (2024—2035), is a period only there)
  const found = extractDeadlines(t.slice(open)).find((d) => d.from && d.date);
  return found ? { raw: found.raw, from: found.from, date: found.date } : undefined;
}
