import { goalGoverns } from './context.js';
import { COUNTING_CLASSIFIER, INCLUSIVE, QUANTITY_UNIT } from './condition-words.js';
import type { MoneyMention } from './money.js';
import { ARABIC, CHINESE, magnitude, parseNumber, round } from './numbers.js';
import { metricBefore } from './thresholds.js';
import type { Threshold } from '../types.js';
import { matchesOf, needing } from '../ingest/matches.js';

// A list of conditions in different measures that one bound written after its last item closes (经营6个月、带动就业3人及以上的, 崇阳;
// 年营业收入1000万元、50台车以上, 十堰): every item is under that bound, as a list of figures in one unit is (listed-bound-after-last).
// Only the last item was read, or none, and a sum in the list was taken for a goal.

/** The bound after the last item, maybe a remark before it (3人含创业者本人及以上的, 大冶), then 的 or the bracket the list fills. */
const LIST_BOUND = new RegExp(
  String.raw`(?:[（(]?\s*含[^（）()，。；,;、\d]{1,8}?\s*[）)]?\s*)?(?<and>及|或)?(?<bound>以上|以下)\s*(?:${INCLUSIVE})?(?=\s*(?<close>的(?!目标|任务)|[）)]))`,
  'g',
);
needing(LIST_BOUND, /以[上下]/);
/** A quantity ending right where the text is cut: 6个月, 3人. */
const QTY_END = new RegExp(String.raw`(?<num>${ARABIC}|${CHINESE})\s*(?<mag>万|千|亿)?(?<unit>${QUANTITY_UNIT})\s*$`);
/** …or a count with the thing counted named after its measure word: 50台车. */
const COUNT_NAMED_END = new RegExp(String.raw`(?<num>${ARABIC}|${CHINESE})\s*(?<unit>${COUNTING_CLASSIFIER})(?<noun>[\u4e00-\u9fff]{1,2})\s*$`);
/** The joint before an item and the item's own measure: 、带动就业. */
const ITEM_JOINT = /、\s*([^，。；,;、\d（）()\s]{0,10})$/;

/** A bound or reach word right before a figure: the figure's own. */
const OWN_BOUND_BEFORE = /(?:达到|达|突破|超过|超|不低于|不少于|不超过|不高于|低于|高于|大于|小于|至少|最多|在)\s*$/;

interface Item {
  start: number;
  end: number;
  value: number;
  unit: string;
  metric: string;
}

/** The item of the list that ends at `end`: a sum the money reader found, or a quantity. */
function itemEndingAt(text: string, end: number, money: MoneyMention[]): Item | undefined {
  const sum = money.find((m) => m.end === end && m.yuanMax === undefined);
  if (sum) return { start: sum.start, end, value: sum.yuan, unit: sum.unit, metric: '' };
  const head = text.slice(Math.max(0, end - 16), end);
  const m = QTY_END.exec(head) ?? COUNT_NAMED_END.exec(head);
  if (!m) return undefined;
  const start = end - head.length + m.index;
  const value = parseNumber(m.groups!.num) * magnitude(m.groups!.mag);
  // (not a year, a rank or a figure cut from a longer one: 2023年, 第3名)
  if (!Number.isFinite(value) || /[\d.第]/.test(text[start - 1] ?? '') || (m.groups!.unit === '年' && value >= 1900)) return undefined;
  return { start, end: start + m[0].trimEnd().length - (m.groups!.noun?.length ?? 0), value: round(value), unit: m.groups!.unit, metric: m.groups!.noun ?? '' };
}

/** The thresholds of a list's items that the bound after its last one closes, those not read already. */
export function sharedListBounds(text: string, money: MoneyMention[], found: Threshold[]): Threshold[] {
  const out: Threshold[] = [];
  for (const b of matchesOf(text, LIST_BOUND)) {
    const items: Item[] = [];
    let end = b.index!;
    for (let item = itemEndingAt(text, end, money); item; ) {
      const joint = ITEM_JOINT.exec(text.slice(Math.max(0, item.start - 12), item.start));
      items.unshift(item);
      if (!joint) break;
      item.metric ||= joint[1];
      end = item.start - joint[0].length;
      item = itemEndingAt(text, end, money);
    }
    // (one unit for them all and no measure named after the first is a list of one measure, read by the thresholds' own list rules; a
    // list of one is no list)
    if (items.length < 2 || (new Set(items.map((x) => x.unit)).size < 2 && items.slice(1).every((x) => !x.metric))) continue;
    const first = items[0];
    // (an item with its own bound or reach word before its figure is no item of a list the last bound closes: 1000亿元以上的县(市、区)达到
    // 30个、700亿元以上的达到50个, each its own)
    if (items.some((x) => OWN_BOUND_BEFORE.test(text.slice(Math.max(0, x.start - 4), x.start)))) continue;
    // (a goal's list is what the text sets out to reach: 力争培育年营业收入1000万元、员工50人以上的企业10家)
    if (goalGoverns(text, first.start) || /(?:到|至)\s*\d{4}\s*年/.test(text.slice(0, first.start))) continue;
    // (a bracket closing the list must be the list's own, opened right before its first item's measure: 物流业(年营业收入1000万元、…以上))
    if (b.groups!.close !== '的' && !/[（(]\s*[^，。；,;、\d（）()]{0,10}$/.test(text.slice(Math.max(0, first.start - 12), first.start))) continue;
    first.metric ||= metricBefore(text, first.start);
    const lower = b.groups!.bound === '以上';
    for (const x of items) {
      const overlaps = (t: Threshold) => t.start < x.end && x.start < t.end;
      if (found.some(overlaps) || out.some(overlaps)) continue;
      const raw = text.slice(x.start, x.end);
      out.push({ metric: x.metric, unit: x.unit, raw, start: x.start, end: x.end, ...(lower ? { min: x.value, minInclusive: true } : { max: x.value, maxInclusive: true }) });
    }
  }
  return out;
}
