import { formatThreshold, formatYuan } from '../run/output.js';
import { measureWords } from './measure-words.js';
import type { Amount, Clause, Rate } from '../types.js';

/** One measure: what one part of a clause gives, with all its values (rate, cap, tiers) together. */
export interface Measure {
  /** A short gist a person would write: 市级智能工厂、数字化车间认定奖励, 技改投资补助, 首次升规奖励. */
  name: string;
  amounts: Amount[];
  rates: Rate[];
  thresholds: string[];
  /** Where the measure sits in the clause text. */
  start: number;
  end: number;
}

const ROLE: Record<string, string> = { cap: '最高', fixed: '定额', total: '总额', target: '目标', min: '不低于' };
const RATE_ROLE: Record<string, string> = { cap: '最高', fixed: '按', min: '不低于', target: '目标' };
const PER: Record<string, string> = { once: '一次性', year: '每年', project: '每个项目', enterprise: '每家企业' };

/**
 * Split a clause into its measures: a new one starts where the text turns to another recipient
 * (…，对市级认定的…) and both sides carry values; otherwise the whole clause is one measure, so the
 * rate and the cap of one subsidy stay on one row.
 */
export function measuresOf(c: Clause): Measure[] {
  const t = c.text;
  const at = (s: number, e: number) => ({
    amounts: c.amounts.filter((a) => a.start >= s && a.start < e),
    rates: c.rates.filter((r) => r.start >= s && r.start < e),
  });
  const cuts = [0];
  const re = /[，；。](?=对于?|凡|另对)/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const before = at(cuts[cuts.length - 1], m.index);
    const after = at(m.index + 1, t.length);
    if (before.amounts.length + before.rates.length && after.amounts.length + after.rates.length) cuts.push(m.index + 1);
  }
  cuts.push(t.length);
  const out: Measure[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [s, e] = [cuts[i], cuts[i + 1]];
    const v = at(s, e);
    out.push({
      name: measureName(c, t.slice(s, e), v.rates),
      ...v,
      thresholds: c.thresholds.filter((x) => (cuts.length === 2 ? true : x.start >= s && x.start < e)).map(formatThreshold),
      start: s,
      end: e,
    });
  }
  return out;
}

const ARTICLE = /第[一二三四五六七八九十百零〇\d]+[条章节款]/;
const NUMBERING = /^[（(]?[一二三四五六七八九十百\d]+[)）、.．]\s*|^第[一二三四五六七八九十百零〇\d]+[条章节款]\s*/;

/** Concepts named in a text, in the order they appear, longest words first where they overlap. */
export function conceptsIn(text: string): string[] {
  const { conceptWords } = measureWords();
  const taken = new Uint8Array(text.length);
  const found: { at: number; name: string }[] = [];
  for (const { word, name } of conceptWords) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
      let free = true;
      for (let k = i; k < i + word.length; k++) if (taken[k]) free = false;
      if (!free) continue;
      taken.fill(1, i, i + word.length);
      found.push({ at: i, name });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.name))];
}

function supportOf(text: string, c: Clause, rates: Rate[]): string {
  if (c.kind === 'target') return '目标';
  if (c.kind === 'requirement') return '要求';
  const w = measureWords();
  let support = w.supports.find((s) => s.words.some((x) => text.includes(x)))?.name ?? (c.kind === 'task' ? '任务' : '支持');
  if (support === '奖励' && w.recognised.some((x) => text.includes(x))) support = '认定奖励';
  if ((support === '补助' || support === '补贴' || support === '支持') && rates.some((r) => r.base?.includes('投资'))) support = `投资${support === '支持' ? '补助' : support}`;
  return support;
}

/** The recipient's part of the text: before the verb that gives (给予, 按…给予, 奖励…). */
function subjectOf(text: string): string {
  const m = /给予|按照?|一次性|奖励|补助|补贴/.exec(text);
  const head = m && m.index > 2 ? text.slice(0, m.index) : text;
  // 支持企业…，实施绿色制造，对获得…的企业: the recipient follows the last 对.
  const to = Math.max(head.lastIndexOf('对于'), head.lastIndexOf('对'));
  return to >= 0 && to < head.length - 2 ? head.slice(to) : head;
}

/**
 * A measure's name: [level][首次][what is rewarded][kind of support], from the measure's own words,
 * else its heading path, else the clause's topic — never an article number or a sentence fragment.
 */
export function measureName(c: Clause, text: string, rates: Rate[]): string {
  const w = measureWords();
  const subject = subjectOf(text);
  // Several levels (国家级、市级) are tiers inside the row, not part of the name.
  // 国家 alone is a level only in a list (国家、市级), not in 国家统计局.
  const levels = [...new Set(w.levels.filter((l) => (l === '国家' ? /国家[、和或及]/.test(subject) : subject.includes(l))).map((l) => (l === '国家' ? '国家级' : l)))];
  const level = levels.length === 1 ? levels[0] : '';
  let concepts = conceptsIn(subject);
  if (!concepts.length) concepts = conceptsIn(text);
  if (!concepts.length) {
    for (const h of [...c.section].reverse()) {
      concepts = conceptsIn(h);
      if (concepts.length) break;
    }
  }
  if (!concepts.length) {
    const heading = (c.section[c.section.length - 1] ?? '').replace(NUMBERING, '').replace(/^(?:(支持|鼓励|推动|推进|加快|加大|加强|强化|促进|提高|提升|培育|实施|做好|落实)(?:(?:创建|创办|打造)(?=[\u4e00-\u9fff]{2}))?|(?:创建|创办|打造)(?=[\u4e00-\u9fff]{2}))/, '')
      // (…and the act the verb governs when it is 创建/打造: 三、支持创建星级园区。 names 星级园区, 天府新区; also with no verb before it,
      // 2.创建美丽茶园。 names 美丽茶园, 上虞.)
      // (…and the preposition the verb governed: (一)加强对防疫重点企业财税支持 names 防疫重点企业财税, 咸宁.)
      .replace(/^(对|向|为)(?=[\u4e00-\u9fff]{2})/, '');
    // A heading that labels a field of the measure (2. 支持对象。, 支持方式和标准) names no concept.
    // (…nor does a step of the procedure, (二)按时进行网上申报, 东莞: an adverb or preposition opening it.)
    // (…nor a heading that names papers an applicant hands in, (二)经营证明。营业执照副本原件及复印件;…, 长春: a field of the application.)
    const bare = heading.replace(/[。.:：\s]+$/, '');
    // (…nor one that gives whom to ask, 三、经办机构联系方式, 乌兰察布: a field of the notice.)
    const field = w.fieldHeadings.includes(bare) || /(?:证明|材料|证书|证件|复印件|联系方式|联系电话|咨询电话|咨询方式)$/.test(bare) || /^(按时|按照|按|及时|认真|严格|同时|并|且|其中|上述|凡)/.test(heading);
    if (heading && !field && !ARTICLE.test(heading) && heading.length <= 12 && !/[，。；：、的\s;,:]/.test(heading)) concepts = [heading];
    else if (c.topics.length) concepts = [c.topics[0]];
  }
  const support = supportOf(text, c, rates);
  const first = /首次/.test(subject) ? '首次' : '';
  const build = (cs: string[]) => {
    let body = cs.join('、');
    // 贷款贴息 + 贴息: say it once.
    if (body.endsWith(support) || body.endsWith(support.slice(-2))) return `${level}${first}${body}`;
    if (support.startsWith('投资') && body.endsWith('投资')) body = body.slice(0, -2);
    return `${level}${first}${body}${support}`;
  };
  let name = build(concepts.slice(0, 2));
  if (name.length > 16) name = build(concepts.slice(0, 1));
  if (concepts.length) return name;
  return support === '目标' ? '发展目标' : `${level}${first}${support}措施`;
}

function pct(v: number): string {
  return `${+(v * 100).toFixed(4)}%`;
}

/** An amount's tier label: its object when the tiers differ by object (省级 / 国家级). */
function tiers(amounts: Amount[]): string[] {
  const objects = new Set(amounts.map((a) => a.object ?? ''));
  const label = amounts.length > 1 && objects.size > 1;
  return amounts.map((a) => {
    const v = a.yuanMax !== undefined ? `${formatYuan(a.yuan)}–${formatYuan(a.yuanMax)}` : formatYuan(a.yuan);
    return `${label && a.object ? `${a.object} ` : ''}${v}${a.per ? `（${PER[a.per]}）` : ''}`;
  });
}

/** All values of a measure on one line: 按 15%（投资额度）；最高 1000万元 / 定额 国家级… 50万元 / 市级… 20万元. */
export function formatMeasureValue(m: Pick<Measure, 'amounts' | 'rates'>): string {
  const parts = m.rates.map((r) => `${RATE_ROLE[r.role] ?? r.role} ${pct(r.value)}${r.base ? `（${r.base}）` : ''}`);
  for (const role of ['fixed', 'cap', 'total', 'target']) {
    const as = m.amounts.filter((a) => a.role === role);
    if (as.length) parts.push(`${ROLE[role]} ${tiers(as).join(' / ')}`);
  }
  return parts.join('；') || '—';
}

/** The roles a measure's values take, as the 方式 column says them. */
export function measureRoles(m: Pick<Measure, 'amounts' | 'rates'>): string {
  const roles = [...m.rates.map((r) => (r.role === 'fixed' ? '按比例' : r.role === 'cap' ? '最高比例' : (ROLE[r.role] ?? r.role))), ...m.amounts.map((a) => `${ROLE[a.role] ?? a.role}${a.per ? `（${PER[a.per]}）` : ''}`)];
  return [...new Set(roles)].join('、');
}

