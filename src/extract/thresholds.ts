import { ARTICLE_RE } from '../ingest/clean.js';
import { afterChars, before, listHead, next } from './context.js';
import type { MoneyMention } from './money.js';
import type { Threshold } from '../types.js';

const GRANT = /给予|奖励|补助|补贴|资助|奖补|支持|扶持|补偿|享受/;
const MIN_WORD = /(超过|超|高于|大于|不低于|不少于|达到|达|突破|首次突破|首次超过|首次达到)$/;

/** The measured quantity before a threshold: "申报研发费用在" → 研发费用. */
export function metricBefore(text: string, pos: number): string {
  let s = before(text, pos)
    .replace(/(超过|高于|大于|不低于|不少于|达到|达|在|满|低于|不足|小于|突破|实现|提高到|提高至|增至)$/, '')
    .replace(/(首次|累计)$/, '')
    .replace(ARTICLE_RE, '');
  const cut = Math.max(s.lastIndexOf('对'), s.lastIndexOf('的'), s.lastIndexOf('、'));
  if (cut >= 0 && cut < s.length - 2) s = s.slice(cut + 1);
  s = s.replace(/^(对于|对|且|并|及|和|同时|原则上|申报|认定次年|当年|年度|上年度|企业|项目|支撑|其中|力争|实现|推动|确保|带动)+/, '');
  return s.length > 16 ? s.slice(-16) : s;
}

export interface ThresholdResult {
  thresholds: Threshold[];
  /** Indexes of money mentions that are eligibility conditions, not money given. */
  used: Set<number>;
}

/**
 * Eligibility conditions: 研发费用在100万元（含）以上、1000万元以下 → min/max; 投资额5亿元及以上 → min;
 * 单价超过1元/度的企业 → min; 销售收入达1000万元、3000万元 (followed by a grant) → three mins.
 */
export function extractThresholds(text: string, money: MoneyMention[]): ThresholdResult {
  const thresholds: Threshold[] = [];
  const used = new Set<number>();
  for (let i = 0; i < money.length; i++) {
    if (used.has(i)) continue;
    const m = money[i];
    const post = next(text, m.end, 8);
    const bound = /^(（含）|\(含\))?(及|或)?(以上|以下)/.exec(post);
    // The bound's words may be spread by spaces: cover up to their last character.
    const boundEnd = (len: number) => afterChars(text, m.end, len);
    const head = listHead(text, money, i);
    const pre = before(text, money[head].start);
    const exclusiveMin = /(超过|超|高于|大于|突破)$/.test(pre) && !/不(超过|高于|大于)$/.test(pre);
    const reaches = MIN_WORD.test(pre) && !/不(超过|高于)$/.test(pre);
    const laterGrant = GRANT.test(text.slice(m.end));
    const rest = text.slice(m.end).replace(/\s+/g, '');
    // 引进超10亿元优质产业项目15个: a size class of the things counted.
    const counted = /^[^，。；]{0,10}?(项目|企业|集群)[^，。；]{0,4}?\d+[个家户]/.test(rest) || /^后/.test(rest);
    const eligibility = /^[^，。；]{0,12}的(企业|项目|单位|用户)/.test(rest) || laterGrant || counted;
    // Money sought, not a condition: 积极争取省级专项资金0.5亿元以上.
    const sought = /(争取|力争)/.test(pre) && !/^[^，。；]{0,12}的/.test(text.slice(m.end));
    if (bound && !sought) {
      const lower = bound[3] === '以上';
      const t: Threshold = {
        metric: metricBefore(text, money[head].start),
        unit: m.unit,
        raw: text.slice(m.start, boundEnd(bound[0].length)),
        start: m.start,
        end: boundEnd(bound[0].length),
      };
      const inclusive = !!bound[1] || bound[2] === '及' || !/不含/.test(post);
      if (lower) {
        t.min = m.yuan;
        t.minInclusive = inclusive && !exclusiveMin;
        // "100万元（含）以上、1000万元以下": the upper bound joins this threshold.
        const nxt = money[i + 1];
        if (nxt) {
          const gap = text.slice(t.end, nxt.start);
          const nb = /^(（含）|\(含\))?(及)?以下/.exec(next(text, nxt.end, 6));
          if (/^[、，,]?$/.test(gap.replace(/\s+/g, '')) && nb) {
            t.max = nxt.yuan;
            t.maxInclusive = !!nb[1] || !!nb[2];
            t.end = afterChars(text, nxt.end, nb[0].length);
            t.raw = text.slice(t.start, t.end);
            used.add(i + 1);
          }
        }
      } else {
        t.max = m.yuan;
        t.maxInclusive = !!bound[1] || bound[2] === '及';
      }
      thresholds.push(t);
      used.add(i);
      // 1亿元以上(含1亿元): the bracket repeats the bound.
      const nxt = money[i + 1];
      if (nxt && /^\s*[（(]\s*含\s*$/.test(text.slice(t.end, nxt.start))) used.add(i + 1);
      continue;
    }
    // A range an applicant falls in: 年度营收在3000万元(含)—1亿元的企业.
    if (m.yuanMax !== undefined && (/(在|为|介于)$/.test(pre) || /^[^，。；]{0,12}的(企业|项目|单位)/.test(text.slice(m.end))) && !GRANT.test(pre)) {
      thresholds.push({ metric: metricBefore(text, m.start), min: m.yuan, max: m.yuanMax, minInclusive: true, unit: m.unit, raw: m.raw, start: m.start, end: m.end });
      used.add(i);
      continue;
    }
    // A step: 每上一个100亿元台阶, 每增加2000万元再奖励.
    if (/每(上|跨越|增加|新增|提高|多)(一个)?$/.test(pre)) {
      thresholds.push({ metric: metricBefore(text, m.start), min: m.yuan, minInclusive: true, unit: m.unit, raw: m.raw, start: m.start, end: m.end });
      used.add(i);
      continue;
    }
    // Criteria on the applicant itself: 企业上一年度产值达到1亿元; 近一年营业收入超过4亿元.
    const applicant = /^(企业|申报企业|申请企业)/.test(pre) || /(近[一二两三四五\d]年|上一?年度|上年)/.test(pre);
    if ((exclusiveMin || reaches) && (eligibility || applicant) && !/(目标|力争|到\d{4}年)/.test(text.slice(0, m.start))) {
      // A condition on the applicant (超过1元/度的企业; 收入达1000万元、3000万元…分别补助).
      thresholds.push({
        metric: metricBefore(text, money[head].start),
        min: m.yuan,
        minInclusive: !exclusiveMin,
        unit: m.unit,
        raw: m.raw,
        start: m.start,
        end: m.end,
      });
      used.add(i);
      continue;
    }
    // A price or a per-head figure (40万元/人 productivity) is not money given, unless granted per unit (5万元/户的奖励).
    if (m.unit !== '元' && !(/^元\/(户|家|个|台|套|次|年|项|人)$/.test(m.unit) && GRANT.test(before(text, m.start) + text.slice(m.end, m.end + 6)))) used.add(i);
  }
  return { thresholds, used };
}
