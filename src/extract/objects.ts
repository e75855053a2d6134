import { phraseStart } from './context.js';
import type { MoneyMention } from './money.js';
import { BARE_LEVEL_PREFIX, LEVEL_ONLY, LEVEL_PREFIX, LEVEL_SUFFIX, COMPOUND_TERM_AFTER, PAIRED_COMPOUNDS, PAIRING_WORD_END, STAGE_ITEM, STAGE_WORDS } from './lexicon.js';

// (获批认定国级、省级…农业龙头企业: 认定 right before a level opens the object too; not a noun's 认定: 管理体系认定等示范称号.)
// (…or a grade's 评定: 新评定为国家3A、4A…, 新评定的二星、三星…: 桐庐.)
const OPENER = /^.*(对于|对|获得|获批|获评|被评为|评为|被认定为|认定为|认定的|认定(?=(?:国家|国|省|自治区|市|州|区|县)级)|评定为|评定的|列入)/;

const TIER_BOUND = /^\s*(?:（含）|\(含\))?(?:及|或)?(?:以上|以下)(?:（含）|\(含\))?/;

function splitTop(s: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '（' || ch === '(' || ch === '“') depth++;
    if (ch === '）' || ch === ')' || ch === '”') depth = Math.max(0, depth - 1);
    // 和/与/及 join items, but not inside words such as 普及, 涉及, 及时.
    const inWord = ch === '及' && (/[普涉以]/.test(s[i - 1] ?? '') || s[i + 1] === '时');
    if (depth === 0 && /[、和及与]/.test(ch) && !inWord) {
      if (cur) items.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) items.push(cur);
  return items;
}

function tidy(s: string): string {
  return s
    .replace(OPENER, '')
    .replace(/[且并][^、]*$/, '')
    .replace(/（[^（）]*、[^（）]*）/g, '') // enumerations in brackets: （绿色工厂、绿色设计产品…）
    .replace(/(的项目|的企业|的单位|的|项目)$/, '')
    .replace(/^(经|首次|成功)+/, '');
}

function withLevel(level: string, head: string): string {
  return (level.endsWith('级') ? level : `${level}级`) + head;
}

/**
 * The objects a 分别 list of n amounts pairs with, in order:
 * 对市级认定的数字化车间和智能工厂项目分别给予50万、100万 → [数字化车间, 智能工厂].
 */
export function objectsBefore(text: string, pos: number, n: number, thresholds: MoneyMention[]): string[] | undefined {
  // Thresholds listed before the grant: 销售收入达1000万元、3000万元…分别补助10万元、30万元
  const before = thresholds.filter((t) => t.end <= pos);
  // ...unless a nearer list of n tiers stands between them and the grant (…超过10亿元的企业,在…期间,单季度生产规模
  // 比上年同期增长10%—20%、20%以上的,分别给予…): the tiers nearest the grant are what it pairs with.
  const near = nearTiers(text, pos, n, before.length ? before[before.length - 1].end : 0);
  if (near) return near;
  if (before.length >= n) {
    const list = before.slice(-n);
    const prefixStart = phraseStart(text, list[0].start);
    const prefix = text.slice(prefixStart, list[0].start).replace(/^(对于|对)/, '');
    // Each tier with its bound: 新增产值50亿元及以上、30亿元及以上…分别给予300万元、200万元.
    // A tier may join a second condition (2亿元以上且同比增长30%以上(含30%)、5亿元以上且…): it is part of the tier.
    return list.map((t) => {
      const bound = TIER_BOUND.exec(text.slice(t.end))?.[0] ?? '';
      const joined = TIER_JOINED.exec(text.slice(t.end + bound.length))?.[0] ?? '';
      return prefix + t.raw + bound + joined;
    });
  }
  let end = pos;
  const sentenceStart = Math.max(text.lastIndexOf('。', pos - 1), text.lastIndexOf('；', pos - 1)) + 1;
  for (let hops = 0; hops < 4 && end > sentenceStart; hops++) {
    const start = phraseStart(text, end);
    let phrase = text.slice(start, end);
    const k = phrase.indexOf('分别');
    // The objects written between the grant and its sums (分别给予5000平方米以下(不含)和5000平方米以上每年3万元、5万元): n of them.
    if (k >= 0 && hops === 0) {
      const between = GRANT_THEN_OBJECTS.exec(phrase.slice(k))?.[1];
      const items = between ? splitTop(between.replace(BOUND_MARK, '').replace(PERIOD_TAIL, '')).filter(Boolean) : [];
      if (items.length === n) return items;
    }
    if (k >= 0) phrase = phrase.slice(0, k);
    phrase = phrase.replace(/(最多|最高|一次性|给予)+$/, '');
    const levelled = levelsOver(tidy(phrase), n);
    if (levelled) return levelled;
    const certified = certifiedList(phrase, n);
    if (certified) return certified;
    const named = namedList(phrase, n);
    if (named) return named;
    const tidied = tidy(phrase);
    const split = compoundSplit(tidied, n);
    if (split) return split;
    const items = (splitQuoted(tidied) ?? splitTop(tidied)).filter(Boolean);
    if (items.length >= 2 || (items.length >= 1 && OPENER.test(phrase))) {
      const objs = distribute(items, n);
      if (objs) return objs;
    }
    end = start - 1;
  }
  return undefined;
}

/** Names listed after what earned them and closed by 等 and their kind (…成效显著的西平县、平舆县、驿城区、遂平县等县区: 驻马店). */
const NAMED_BEFORE_KIND = /的([^的，,；;。]+?)等[\u4e00-\u9fff]{1,4}$/;
/** The n names of such a list, each what its sum is for; the words before 的 say why, no name. */
function namedList(phrase: string, n: number): string[] | undefined {
  const m = NAMED_BEFORE_KIND.exec(phrase);
  if (!m || n < 2) return undefined;
  const items = splitTop(m[1]).filter(Boolean);
  return items.length === n ? items : undefined;
}

const GRANT_THEN_OBJECTS = /^分别(?:给予|奖励|补助|补贴|资助|奖补)(.+)$/;
/** A bound's mark inside an object ((不含), (含)): not part of its name. */
const BOUND_MARK = /[（(](?:不)?含[^（）()]{0,8}[）)]/g;
/** How often or how a sum is paid, between the objects and the sums: 每年, 一次性, 最高. */
const PERIOD_TAIL = /(?:每年|每家|一次性|最高|分别)+$/;
const TIER_JOINED = /^(?:且|并且|同时)[^、，,；;。（(的]{1,30}/;
/** A list of n figures (percentages or counts) with their bounds: 增长10%—20%、20%以上的. */
const FIGURE_TIER = /[\d.]+\s*(?:%|％|个百分点)(?:\s*[—–\-~～至到]\s*[\d.]+\s*(?:%|％))?(?:（含）|\(含\))?(?:及|或)?(?:以上|以下)?/g;

/**
 * The tiers of a list of n percentages in the phrase right before a 分别 grant, after `after`: the first tier with
 * the words before it (单季度生产规模比上年同期增长10%—20%), the others as written (20%以上).
 */
function nearTiers(text: string, pos: number, n: number, after: number): string[] | undefined {
  let start = Math.max(phraseStart(text, pos), after);
  let phrase = text.slice(start, pos);
  const k = phrase.lastIndexOf('分别');
  if (k >= 0) phrase = phrase.slice(0, k);
  // The list may close a phrase before the grant's own (…20%以上的,分别给予), or the one before a rate the grant is
  // figured by (…30%以上的企业,按照其…新增部分的1%给予奖励,最高分别不超过…): up to three phrases back.
  for (let hop = 0; hop < 3; hop++) {
    const tiers = tiersOf(phrase, n);
    if (tiers) return tiers;
    if (start === 0) return undefined;
    if (start <= after) return undefined;
    // (not back past the money tiers the grant may pair with: the phrase is cut after them)
    const prev = Math.max(phraseStart(text, start - 1), after);
    phrase = text.slice(prev, start - 1);
    start = prev;
  }
  return undefined;
}

/** The n tiers of one phrase, if it holds exactly n figures joined by 、. */
function tiersOf(phrase: string, n: number): string[] | undefined {
  if (!/\d/.test(phrase)) return undefined;
  const figures = [...phrase.matchAll(FIGURE_TIER)];
  if (figures.length !== n) return undefined;
  // The figures must form one list: joined by 、 only.
  for (let j = 1; j < n; j++) if (phrase.slice(figures[j - 1].index! + figures[j - 1][0].length, figures[j].index!).trim() !== '、') return undefined;
  // (a second condition before the tiers is not the tiers' object: 营业收入1亿元以上且同比增长10%、20%、30%以上 → 同比增长…)
  const lead = phrase.slice(0, figures[0].index!).replace(OPENER, '').replace(/^(?:在[^，,]*期间)/, '').replace(/^.*(?:且|并且|同时)/, '');
  // A bound written once after the last tier holds for each (10%、20%、30%以上 → 10%以上, 20%以上, 30%以上).
  const shared = /(?:（含）|\(含\))?(?:及|或)?(?:以上|以下)(?:（含）|\(含\))?$/.exec(figures[n - 1][0])?.[0] ?? '';
  return figures.map((f, j) => {
    const tier = f[0].replace(/\s/g, '');
    return (j === 0 ? lead : '') + tier + (shared && !/(以上|以下)/.test(tier) && !/[—–\-~～至到]/.test(tier) ? shared : '');
  });
}

/**
 * Levels listed before one head that holds 和 itself (省、市级“一企一技术”研发中心和创新企业 → 省级…, 市级…): the head is
 * everything after the last level, not the last item after 和.
 */
function levelsOver(phrase: string, n: number): string[] | undefined {
  const parts = phrase.split('、');
  if (parts.length !== n || n < 2 || !/[和及与]/.test(parts[n - 1])) return undefined;
  const last = LEVEL_PREFIX.exec(parts[n - 1]);
  if (!last || !parts.slice(0, -1).every((p) => LEVEL_ONLY.test(p))) return undefined;
  const head = parts[n - 1].slice(last[0].length);
  return head ? [...parts.slice(0, -1), last[1]].map((l) => withLevel(l, head)) : undefined;
}

/** A title list certified before the thing that holds it (获得市级数字化车间、智能工厂认定的工业企业): the list, the holder after. */
const CERTIFIED_OF = /^(.*)(?:认定|评定|命名|授牌)的([^、]{2,})$/;
/** The verbs opening the certified list (新获得, 首次获评, 被评为). */
const CERTIFIED_VERBS = /^(?:对于|对)?(?:新|首次|当年|经)*(?:获得|获批|获评|被评为|评为|通过)?/;
/** A level with its place (苏州市级, 省级, 省): a level list's item. */
// (级 required: 国家级开发区、省级高新区认定的… ends in 区 but names parks, no levels; bare levels are LEVEL_ONLY's)
const PLACED_LEVEL = /^[\u4e00-\u9fff]{1,8}?(?:省|市|州|区|县|盟|旗)级$/;

/**
 * The n titles of a list before 认定的 (or 评定的, 命名的) when the holder after it is one (对新获得市级数字化车间、智能工厂认定的工业企业
 * 分别给予20万元、40万元, 铜梁): the titles, each what its sum is for; levels over the holder (首次获评省、苏州市级认定的示范企业分别给予
 * 50万元、20万元, 太仓) go each with it.
 */
function certifiedList(phrase: string, n: number): string[] | undefined {
  const m = CERTIFIED_OF.exec(phrase);
  if (!m || n < 2) return undefined;
  const items = splitTop(m[1].replace(CERTIFIED_VERBS, ''));
  if (items.length !== n || items.some((it) => /[，,]/.test(it))) return undefined;
  if (items.every((it) => LEVEL_ONLY.test(it) || PLACED_LEVEL.test(it))) return items.map((l) => withLevel(l, m[2]));
  return items;
}

/**
 * One object whose word joins the n groups the sums go to (城乡居民人均可支配收入分别达到9.5万元和6万元 → 城镇居民人均可支配收入,
 * 农村居民人均可支配收入: 嘉兴): the object once for each group.
 */
function compoundSplit(object: string, n: number): string[] | undefined {
  if (n < 2 || /[、和及与]/.test(object)) return undefined;
  for (const [word, groups] of PAIRED_COMPOUNDS) {
    const k = object.indexOf(word);
    if (k >= 0 && groups.length === n && !COMPOUND_TERM_AFTER.test(object.slice(k + word.length))) return groups.map((g) => object.slice(0, k) + g + object.slice(k + word.length));
  }
  return undefined;
}

/** Names quoted one after another (入选“世界500强”“中国500强”…): a list without separators. */
function splitQuoted(s: string): string[] | undefined {
  const m = /^(.*?)((?:“[^“”]+”){2,})$/.exec(s);
  if (!m) return undefined;
  return [...m[2].matchAll(/“[^“”]+”/g)].map((q, k) => (k === 0 ? m[1] : '') + q[0]);
}

function distribute(items: string[], n: number): string[] | undefined {
  // A level closing a longer first item (年度农业产业化国家级、省级、市级重点龙头企业): the levels are the list.
  const trailing = items.length === n && n >= 2 ? LEVEL_SUFFIX.exec(items[0]) : null;
  if (trailing && items.slice(1, -1).every((it) => LEVEL_ONLY.test(it)) && LEVEL_PREFIX.test(items[n - 1])) {
    const head = items[n - 1].replace(LEVEL_PREFIX, '');
    return [trailing[1], ...items.slice(1, -1), LEVEL_PREFIX.exec(items[n - 1])![1]].map((l) => withLevel(l, head));
  }
  if (items.length > n && LEVEL_ONLY.test(items[0])) {
    const levels: string[] = [items[0]];
    for (let k = 1; k < items.length && levels.length < n; k++) {
      const p = LEVEL_PREFIX.exec(items[k]);
      if (p) levels.push(p[1]);
      else if (LEVEL_ONLY.test(items[k])) levels.push(items[k]);
    }
    const last = items[items.length - 1];
    const head = last.includes('等') ? last.slice(last.lastIndexOf('等') + 1) : last.replace(LEVEL_PREFIX, '');
    if (levels.length === n && head) return levels.map((l) => withLevel(l, head));
    return undefined;
  }
  if (items.length !== n) return undefined;
  // Grades before the head the last one writes after its 级 (国家3A、4A、5A级旅游景区; 二星、三星、四星、五星级饭店: 桐庐; 国家五星级、
  // 四星级、三星级休闲露营营地: 赤壁): each grade with 级 and that head.
  const graded = /^(.{1,8}?)级(.{2,})$/.exec(items[n - 1]);
  if (graded && n >= 2 && !items.some((it) => LEVEL_ONLY.test(it) || LEVEL_PREFIX.test(it)) && items.slice(0, -1).every((it) => it.length <= 8 && /^[^级]+级?$/.test(it))) {
    // (the grade's 标准的, 各类 and a remark on the applicants are no part of the head: 三星级标准的旅游星级饭店(规上企业) → 三星级旅游星级饭店)
    const head = graded[2].replace(/^(?:标准)?的/, '').replace(/^各(?:类|种)/, '').replace(/[（(][^（）()]*[）)]$/, '');
    return [...items.slice(0, -1), graded[1]].map((it) => `${it.replace(/级$/, '')}级${head}`);
  }
  // Bare levels before a head whose own level is bare too (国家、省和市重点实验室): each level as written, no 级 added.
  const bare = n >= 2 && items.slice(0, -1).every((it) => LEVEL_ONLY.test(it) && !it.endsWith('级')) ? BARE_LEVEL_PREFIX.exec(items[n - 1]) : null;
  if (bare) return [...items.slice(0, -1), bare[1]].map((l) => l + items[n - 1].slice(bare[1].length));
  const last = items[n - 1];
  const head = last.replace(LEVEL_PREFIX, '');
  const firstLevel = LEVEL_PREFIX.exec(items[0])?.[1];
  return items.map((it, k) => {
    if (LEVEL_ONLY.test(it)) return withLevel(it, head);
    // Another stage of the first item's title (国家级制造业单项冠军示范企业、培育企业): the first item's words before its stage.
    const stage = k > 0 ? STAGE_ITEM.exec(it) : null;
    const first = stage ? new RegExp(`^(.+?)(?:${STAGE_WORDS})${stage[2]}$`).exec(items[0]) : null;
    if (first) return first[1] + it;
    if (k > 0 && firstLevel && !LEVEL_PREFIX.test(it) && !LEVEL_ONLY.test(items[0])) return firstLevel + it;
    return it;
  });
}

const STEP = /每(?:上|跨越|跨上|迈上|突破|增加|新增|提高|提升)(?:一个)?(?:[^，。；,;]{1,12}?台阶|[^，。；,;]{1,16}?(?:个百分点|万元|亿元))/;

/** What a single amount is for: the "对…" phrase before it in the sentence. */
export function subjectOf(text: string, pos: number): string | undefined {
  let end = pos;
  const sentenceStart = Math.max(text.lastIndexOf('。', pos - 1), text.lastIndexOf('；', pos - 1)) + 1;
  for (let hops = 0; hops < 4 && end > sentenceStart; hops++) {
    const start = phraseStart(text, end);
    const phrase = text.slice(start, end);
    // A step the sum rewards: 每上一个100亿元台阶,给予100万元奖励; 每跨越一个百亿台阶再给予100万元奖励.
    const step = STEP.exec(phrase);
    if (step) return step[0];
    const m = /^(对于|对)(.{2,40})/.exec(phrase);
    // (…not the pairing word after it: 工业企业分别给予 → 工业企业)
    if (m) return tidy(m[2]).replace(/(按照?|按不超过|给予).*$/, '').replace(PAIRING_WORD_END, '') || undefined;
    end = start - 1;
  }
  return undefined;
}
