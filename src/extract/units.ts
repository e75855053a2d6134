import { ARTICLE_MARK, fold } from '../ingest/clean.js';
import { BRACKET_BODY, CLOSE, isClose, isOpen, NOT_BRACKET, OPEN } from './brackets.js';
import { ACTOR_VERBS, BARE_BODY_END, BODY_END, DUTY_ADVERBS, DUTY_LIST, DUTY_WORDS, endsLikeBody, HEAD_LABEL, isLeadLabel, isListReference, ITEM_NUMBER, NOT_A_LABELS_HEAD, LABEL, LABEL_CAPTURE, LABEL_WORD, LEAD_PREFIXES, LIST_MARKS, OTHER_FIELD, PART_WORDS, PLACE_NAME, TIME_FIELD } from './lexicon.js';
import type { UnitMention } from '../types.js';
import { APPLICANT_KINDS } from './condition-words.js';
import { matchesOf } from '../ingest/matches.js';

/**
 * A unit found in folded text, named as the original writes it (市經信局 stays 市經信局): fold is one
 * character for one, so the name sits at the same place in the whitespace-free original.
 */
export function asWritten(u: UnitMention, original: string): UnitMention {
  const seg = original.slice(u.start, u.end).replace(/\s+/g, '');
  const k = fold(seg).indexOf(u.name);
  return k < 0 ? u : { ...u, name: seg.slice(k, k + u.name.length) };
}

export interface UnitNote {
  start: number;
  end: number;
  units: UnitMention[];
  /**
   * Bodies a note names for every measure from here on: "（责任单位：…。所有措施均需各市（区）人民政府…落实，不再单独
   * 列出）". They are in units too.
   */
  standing?: UnitMention[];
  /** Time limits the note gives (完成时限：2024年6月底前; （2024年底前完成，市工信局牵头）): ranges of the text. */
  times?: { start: number; end: number }[];
}

/**
 * Bodies written as the label of a task, a colon after them, at a paragraph's or sentence's start (市财政局:安排市级预算内…;
 * 市发展改革委、市国土资源局、…、市规划局等审批部门:形成项目推进合力…: 玉溪, round 21). Each label's bodies are the units of
 * the sentences up to the next label or the paragraph's end. The first body opens with a level (省 市 区 县 州 盟 旗), so a
 * field (申报条件:) or an addressee line (各县、区人民政府,市直各部门: with nothing after it) is none; every item must end as a
 * body does. Ranges are of `para`.
 */
export function taskLabels(para: string): UnitNote[] {
  const out: UnitNote[] = [];
  for (const m of para.matchAll(TASK_LABEL)) {
    const at = m.index! + m[0].indexOf(m[1]);
    const units = splitUnitList(m[1], at, false);
    if (!units.length || !units.every((u) => endsLikeBody(u.name) || /^(?:县|区|市|州|省)?(?:级)?(?:有关|相关)?(?:部门|单位)$/.test(u.name))) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, units });
  }
  return out;
}
const LABEL_BODY = '[\\u4e00-\\u9fff（）()]{1,24}?';
// (…or after the lead-in that opens the list, 具体分工是,省统计局:…; and a first body named by its place rather than a level, 郑州海关:,
// so long as it ends as a bureau, a commission or a customs house does: 河南省.)
// (…but not 各, which opens the addressees a cover's first sentence runs on from: 各市工業和信息化局,青島市民營經濟發展局,有關單位:為貫徹…, 山东省
// 专精特新 2020 on one line.)
const TASK_LABEL = new RegExp(
  `(?<=^|[。；;]|分工(?:是|为|如下)[,，:：])\\s*((?:[省市区县州盟旗]${LABEL_BODY}|(?!各)[\\u4e00-\\u9fff]{2,8}?(?:海关|局|委|厅|委员会|办公室))(?:[、，,和及]${LABEL_BODY})*?(?:等[\\u4e00-\\u9fff]{0,6}(?:部门|单位))?)\\s*[:：](?=[^\\n]{4})`,
  'g',
);

const TIME_VALUE = new RegExp(`(?:${TIME_FIELD})\\s*[:：]\\s*([^；;。）)】〕\\]\\n]+)`, 'g');

/** The time limits written in a note's range [start, end) of the text: labelled values and unlabelled time parts. */
export function noteTimes(text: string, start: number, end: number): { start: number; end: number }[] {
  const body = text.slice(start, end);
  const out: { start: number; end: number }[] = [];
  for (const m of matchesOf(body, TIME_VALUE)) {
    const v = m[1].replace(/[\s，,、]+$/, '');
    const at = start + m.index! + m[0].length - m[1].length;
    if (v) out.push({ start: at, end: at + v.length });
  }
  if (!out.length) {
    let pos = 0;
    for (const part of body.split(/[，,；;（）()【】〔〕[\]]/)) {
      if (TIME_PART.test(part) && part.trim()) {
        const lead = part.length - part.trimStart().length;
        out.push({ start: start + pos + lead, end: start + pos + part.trimEnd().length });
      }
      pos += part.length + 1;
    }
  }
  return out;
}

const DUTY_MARK = new RegExp(`${OPEN}((?:${DUTY_WORDS})(?:单位|部门)?)${CLOSE}$`);

/** How the first of two glued bodies ends: a bureau, a commission, an office (not a place: 区市场监管局 is one). */
const GLUED_END = /(局|委员会|委|办公室|办|厅|部|中心|公司|政府)$/;

/** A group of places' bodies (各县(市、区)政府, 各镇人民政府, 各区管委会) glued after a body, as a levelled one is: 市发展改革委各县(市、区)政府. */
// (not 各部门 or 各单位: 市委各部门 is one group)
const PLACE_GROUP_BODY = /^各[省市州盟县区旗乡镇街](?:[（(〔［\[][省市州盟县区旗乡镇街、]{1,8}[）)〕］\]])?[\u4e00-\u9fff]{0,6}?(?:政府|管委会|办事处)$/;
/** A group of towns or streets named by their kind alone (各相关乡镇街道, 各镇(街道), 各乡镇): their governments, one unit. */
const TOWN_GROUP = /^各(?:相关|有关)?(?:乡镇|乡|镇|街道|镇街|街镇)(?:[（(]?(?:街道|镇|乡)[）)]?)?$/;
/** A note's label glued after a body (市发展和改革局责任单位), its colon and list lost with the excerpt's end. */
const GLUED_LABEL = new RegExp(`(?<=[\\u4e00-\\u9fff）)]{2})${LABEL_WORD}[：:]?$`);

/** A bracket that explains a name (any shape): （自治县，含两江新区…以下统称区县）, 〈含开发区管委会,下同〉. */
const EXPLAINING_BRACKET = new RegExp(`${OPEN}${NOT_BRACKET}*(?:以下|统称|含|包括|下同)${NOT_BRACKET}*${CLOSE}$`);

/** 等县级相关部门 / 等其他市级有关单位 after a body: a group with its level, not a mere 等. */
// (…or 属: 市财政局等市属相关部门, 楚雄市)
// (…its group words may be two, 各有关: 市政务服务和公共资源交易中心等市级各有关部门, 克拉玛依)
const GROUP_AFTER_DENG = /等((?:各|其他|其余)?(?:有关|相关)?(?:省级|市级|州级|盟级|县级|区级|旗级|省直|市直|州直|县直|区直|旗直|省属|市属|州属|县属|区属|[省市州盟县区旗](?=各?(?:有关|相关)))(?:各)?(?:有关|相关)?(?:部门|单位))$/;

/** A group of places by their level, the levels it holds in a bracket of any shape: 各镇街, 各县市, 各市〔州〕, 各县(市、区), 各县［市］区. */
const PLACE_GROUP = new RegExp(`^各[省市州盟县区旗乡镇街道]{1,4}(?:${OPEN}[省市州盟县区旗乡镇街道、]{1,8}${CLOSE}[市州县区旗]?)?$`);
/** A group of one level (各县, 各县（市）): the level after it may be named bare (各县、区政府(管委会)). */
const ONE_LEVEL_GROUP = new RegExp(`^各[县区市州旗乡镇](?:${OPEN}[县区市州旗乡镇、]{1,5}${CLOSE})?$`);
/** Levels and their government, nothing between (区政府, 市人民政府, 区(市)政府(管委会)): the body a group of levels shares. */
const LEVELS_BODY = new RegExp(`^[县区市州旗乡镇]{1,3}(?:${OPEN}[县区市州旗乡镇、]{1,8}${CLOSE}[县区市州旗]?)?(?:人民政府|政府|党委)(?:${OPEN}${NOT_BRACKET}{1,12}${CLOSE})?$`);
/** A development zone named alone, no body word after it (贵安新区, 高新区). */
const ZONE_ONLY = /^[\u4e00-\u9fff]{0,10}(?:新区|开发区|高新区|经开区|保税区|综保区|示范区)$/;
/**
 * A place, then a body word that every place of a group has (贵安新区数据管理部门, 兰州新区发展改革部门, 高新区市场监管局): the
 * places before it share it. Not a zone's own committee (开发区管委会, 党工委: a county has none), not a place alone (开发区).
 */
/** A zone's own committee (金华山旅游经济区管委会, 高新区党工委): the zones listed before it share it. */
// (Any 区 or 园 with a committee is a zone's, a district having a government instead: 徐州淮海国际港务区管委会, 旅游度假区管委会.)
// (…its place in brackets after the zone word maybe: 粤桂试验区(肇庆)管委会, 肇庆)
const ZONE_COMMITTEE = /^[\u4e00-\u9fff]{2,14}?[区园](?:[（(][\u4e00-\u9fff]{1,8}[）)])?(?:管委会|管理委员会|党工委|工委)$/;
const SHARED_BODY = /^(?![\u4e00-\u9fff]*(?:管委会|管理委员会|工委)$)[\u4e00-\u9fff]{2,10}?(?:新区|开发区|高新区|经开区|示范区|区|县|市|州|盟|旗)[\u4e00-\u9fff]{0,10}(?:人民政府|政府|部门|局|委员会|委|办公室|机构)$/;

/** A contact field in a list of bodies: 电话:0431-88777262, 联系人:张三, 邮箱:…. */
const CONTACT_PART = /^(?:联系)?(?:电话|人|方式|地址|邮箱|传真|手机)\s*[:：]/;

/** Split a list of bodies at 、，, outside brackets, keeping 东部新城（食品园区）管委会 whole and dropping a trailing 等. */
export function splitUnitList(list: string, offset: number, lead: boolean): UnitMention[] {
  const out: UnitMention[] = [];
  let depth = 0;
  let s = 0;
  const flush = (e: number) => {
    let raw = list.slice(s, e);
    let a = 0;
    // (…a table's bars too, a record's field drawn as a cell: 牵头单位: | 市城市管理综合执法局 |, 广州 2023 — no part of the name)
    while (a < raw.length && /[\s、，,。;；|｜]/.test(raw[a])) a++;
    raw = raw.slice(a).replace(/\s*[|｜][|｜\s]*$/, '');
    let name = raw.replace(/\s+/g, '').replace(/[。；;.]+$/, '');
    // 各区县（自治县，含两江新区…以下统称区县）: an explanatory bracket is not part of the name.
    // (…also two of them, 各区县政府(含南太湖新区、长合区管委会)(列第一位的为工作牵头单位或汇总单位,下同): 湖州 2024.)
    for (let before = ''; before !== name; ) {
      before = name;
      name = name.replace(EXPLAINING_BRACKET, '');
    }
    // (…and a group's bracket listing the named bodies it includes, 含 unwritten: 各区县政府(南太湖新区、长合区管委会), 湖州 2023; not a
    // bracket of kind words that is part of the group's name, 各镇(街道、园区), 各县、区政府(管委会).)
    const listed = /^(各[^（(]{1,12})[（(]([^（）()]+)[）)]$/.exec(name);
    const items = listed ? listed[2].split(/[、,，]/) : [];
    if (listed && items.length >= 2 && items.every((x) => x.length >= 4)) name = listed[1];
    // (A group 等 closes, its duty after it, in a labelled note: 责任单位:…、市交通局等部门按职责分工负责,各区县政府 (重庆): the duty
    // is no part of the last name.)
    const closedDuty = GROUP_DUTY.exec(name);
    if (closedDuty && endsLikeBody(closedDuty[1])) name = closedDuty[1];
    // (等审批部门, 等职能部门: a group named by its work, not its level, only ends the list as 等有关部门 does.)
    // (…so does 等各有关部门和单位, every relevant body with no level named: 省政务办等各有关部门和单位, 江苏省)
    name = name.replace(/等$/, '').replace(BARE_DENG_GROUP, '');
    // (A mark a table sets after a body, 区政府办公室*、区财政局 (龙湾), is no part of its name, as ★ before one is not.)
    if (/[*＊※]+$/.test(name) && endsLikeBody(name.replace(/[*＊※]+$/, ''))) name = name.replace(/[*＊※]+$/, '');
    // (…nor one a note sets before a body, explained in the note: (责任单位:*市国资委、*市财政局、市住建局等,各区政府;标*为牵头单位,下同),
    // 温州 2022: the marked bodies lead.)
    const marked = /^[*＊★☆※]+/.exec(name);
    if (marked && endsLikeBody(name.slice(marked[0].length))) {
      const past = raw.indexOf(marked[0]) + marked[0].length;
      name = name.slice(marked[0].length);
      a += past;
      raw = raw.slice(past);
      if (MARK_LEADS.test(list)) {
        out.push({ name, lead: true, start: offset + s + a, end: offset + s + a + raw.length });
        return;
      }
    }
    // 牵头单位:市发展和改革局 then a line 责任单位 that the excerpt ends with, joined: the label is no part of the name.
    const glued = GLUED_LABEL.exec(name);
    if (glued && endsLikeBody(name.slice(0, glued.index))) name = name.slice(0, glued.index);
    // 市商务局（牵头）: a bracketed duty mark after a body is no part of its name; 牵头/主责 make it lead.
    const mark = DUTY_MARK.exec(name);
    if (mark && mark.index >= 2) {
      name = name.slice(0, mark.index);
      if (name) out.push({ name, lead: lead || /牵头|主责/.test(mark[1]), start: offset + s + a, end: offset + s + a + name.length });
      return;
    }
    // (A contact field the note runs on to names no body: 执行部门:市科技局对外合作处,电话:0431-88777262, 长春.)
    if (CONTACT_PART.test(name)) return;
    // (…nor an exception that opens the note's standing sentence: ;除第20条外,以下各项任务均需各盟行政公署、市人民政府落实, 内蒙古 奶产业.)
    if (/^除[^、，,；;]{1,14}?(?:外|以外)$/.test(name)) return;
    // (A kind alone after a group that 等 ended, 等部门、单位 (北仑): it names no body either.)
    if (/^(?:有关|相关)?(?:单位|部门)$/.test(name) && /等(?:有关|相关)?(?:部门|单位)\s*[、，,]\s*$/.test(list.slice(0, s))) return;
    if (name) out.push({ name, lead, start: offset + s + a, end: offset + s + a + raw.length });
  };
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (isOpen(ch)) depth++;
    else if (isClose(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[、，,；;\s/／]/.test(ch)) {
      flush(i);
      s = i + 1;
    }
  }
  flush(list.length);
  splitJoined(out);
  // 市金融局市财政局: two bodies whose space the page lost; the second starts with its level (市委宣传部市文旅局).
  // (Several so: 市商务局市工业和信息化局市国资委市金融局, each cut from the right, the rest tried again.)
  for (let k = out.length - 1; k >= 0; k--) {
    const u = out[k];
    for (let j = u.name.length - 4; j >= 2; j--) {
      const [left, right] = [u.name.slice(0, j), u.name.slice(j)];
      // (…not a party committee and its government sharing one office: 县委县政府督查室, 市委市政府信访局, 盘山)
      const sharedOffice = /^[省市区县州]委$/.test(left) && (right.startsWith(`${left[0]}政府`) || right.startsWith(`${left[0]}人民政府`));
      // (…or a group of towns glued after a body, its governments unnamed: 縣民政局 各相關鄉鎮街道, a table's unit cell the cleaner closed up, 宁海)
      const townGroup = GLUED_END.test(fold(left)) && TOWN_GROUP.test(fold(right)) && left.length >= 3;
      if (townGroup || ((/^[省市区县州]/.test(right) || PLACE_GROUP_BODY.test(right)) && GLUED_END.test(left) && BODY_END.test(right) && right.length >= 4 && !/^[省市区县州](?:委|政府)$/.test(right) && !sharedOffice)) {
        out.splice(k, 1, { ...u, name: left, end: u.start + j }, { ...u, name: right, start: u.start + j });
        k++;
        break;
      }
    }
  }
  closeDengGroups(out);
  // 各州、市人民政府 / 禄丰、牟定、武定产业园区管委会: items that are not bodies share the ending of the next one.
  for (let k = out.length - 2; k >= 0; k--) {
    const [a, b] = [out[k], out[k + 1]];
    const gap = list.slice(a.end - offset, b.start - offset);
    const group = PLACE_GROUP.test(a.name);
    // 各县、区政府(管委会), 各县(市)、区人民政府, 各县市、区政府: the levels of one kind of body, named once.
    // (…townships too: 各乡、镇人民政府, 监利)
    const levels = group && /^[县区市州旗乡镇]/.test(b.name) && (ONE_LEVEL_GROUP.test(a.name) || LEVELS_BODY.test(b.name)) && gap.trim() === '、';
    // 各市〔州〕、贵安新区数据管理部门: places sharing the body word named after the last (ANNOTATION: as 各州、市人民政府). A
    // group of places is a body of its own before a place alone or a body of its own (各镇街、开发区; 各乡镇、县先进制造业开发区).
    // (Zones share a zone's committee named after the last: 金华开发区、金义都市新区、金华山旅游经济区管委会, 金华, as 禄丰、牟定、武定产业
    // 园区管委会 does.)
    const zones = ZONE_ONLY.test(a.name) && ZONE_COMMITTEE.test(b.name.split('、').pop()!) && gap.trim() === '、';
    const shared = ((group || ZONE_ONLY.test(a.name)) && SHARED_BODY.test(b.name) && gap.trim() === '、') || zones;
    // (A group of its own after it, 各地、各部门, is not such an ending: 各 opens a new body.)
    // (Not a name of three or more before a bare department, 五金城、科技局 (永康): a place's share names the place, 禄丰、牟定、武定产业
    // 园区管委会; a bare department after a name of its own is a body of its own.)
    const bareAfter = b.name.length <= 4 && a.name.length >= 3 && !/[省市县区州旗盟镇乡]$/.test(a.name) && !/^[省市县区州旗盟镇乡]/.test(b.name);
    // 市直有关部门、单位: a kind alone after a group of another kind shares the group's words, one unit as 各州、市人民政府 is (威海).
    // (…科室 too, a bureau's own offices: 粮食安全责任制考核有关单位、科室, 十堰.)
    const kindAfter = /^(?:单位|部门|机构|科室|处室|股室)$/.test(b.name) && /(?:单位|部门|机构|科室|处室|股室)$/.test(a.name) && !a.name.endsWith(b.name) && gap.trim() === '、';
    if (kindAfter) {
      out.splice(k, 2, { ...a, name: a.name + gap.trim() + b.name, end: b.end });
      continue;
    }
    // (Nor a division's full name before another place: 昆区、九原区、白云矿区、达茂旗、稀土高新区 are five places, 包头; before a
    // place and its body they share the body, 川汇区、商水县、项城市、沈丘县人民政府.)
    const placeOfItsOwn = /[区县旗市州盟镇乡]$/.test(a.name) && a.name.length >= 2 && (ZONE_ONLY.test(b.name) || /[区县旗市州盟镇乡]$/.test(b.name));
    if ((levels || shared || (!group && !endsLikeBody(a.name) && !bareAfter && !placeOfItsOwn)) && !b.name.startsWith('各') && /^[、和及与]$/.test(gap.trim()) && b.name.length + a.name.length <= (zones ? 60 : 30)) {
      out.splice(k, 2, { ...a, name: a.name + gap.trim() + b.name, end: b.end });
    }
  }
  // (A body joined by a word to kinds that share the next body, 华中电监局和机械、石化、…、建材行业投资促进中心 (湖北省): the body before the
  // word is one, the kinds and their shared body another; the word was read before the kinds were joined, so it is read again.)
  splitJoined(out);
  // (…a group 等 closed before the word too: 市财政局等有关部门和各区县政府, 能源局等省有关部门和各地级以上市人民政府 (广东省).)
  closeDengGroups(out);
  return out;
}

/**
 * 州生态环境局武定分局等县级相关部门: a group that names its level is a unit of its own (等省有关部门, 等市级各有关部门); a bare
 * 等有关部门 only ends the list. In place.
 */
function closeDengGroups(out: UnitMention[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const u = out[k];
    const group = GROUP_AFTER_DENG.exec(u.name);
    if (group && group.index >= 2) {
      const at = u.start + group.index + 1;
      out.splice(k, 1, { ...u, name: u.name.slice(0, group.index), end: at - 1 }, { ...u, name: group[1], start: at });
      continue;
    }
    const bare = BARE_DENG_GROUP.exec(u.name);
    if (bare && bare.index >= 2 && endsLikeBody(u.name.slice(0, bare.index))) out[k] = { ...u, name: u.name.slice(0, bare.index), end: u.start + bare.index };
  }
}
/** 等, 等部门, 等有关单位, 等审批部门 closing a body: a group named by its work, not its level, only ends the list. */
const BARE_DENG_GROUP = /等(?:有关|相关)?(?:[^省市县区州盟旗级直各其他余]{1,4}?)?(?:部门|单位)$|等各?(?:有关|相关)(?:部门|单位)(?:和|及|与|、)(?:部门|单位)$/;

/** 市国资委及各县(市)区政府 / 市场监管局和税务局 / 市工信局会同市财政局: two bodies joined by a word, each ending like a body, split in place. */
function splitJoined(out: UnitMention[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const u = out[k];
    // (会 short for 会同 before a level, 由省发展改革委会省财政厅组织落实 (广东省 2022), not the 会 of a body's own name: 委员会, 管委会, 商会, 协会.)
    for (const m of matchesOf(u.name, /以及|会同|會同|及|和|与|(?<![员員商联聯协協工学學金居社议議总總])(?<![管村居党黨]委)[会會](?=[省市区县州區縣])/g)) {
      // (A group 等 closed before the word, …、地税局等和各市、县人民政府 (山西省): 等 is no part of the left body.)
      const closed = u.name[m.index! - 1] === '等' ? 1 : 0;
      const left = u.name.slice(0, m.index! - closed);
      const right = u.name.slice(m.index! + m[0].length);
      // A place before the word shares the body after it (楚雄高新区和禄丰…产业园区管委会: two committees, one
      // name written once), like 各州、市人民政府: it stays whole.
      const place = !left.startsWith('各') && /(区|县|市|州|镇|乡|街道|园区)$/.test(left);
      // (A bare kind after the word names no body of its own: 市各有关部门和单位 is one group, as 市直有关部门、单位 is: 宿迁.)
      // (…nor a bare government after a group's own body: 各州市党委和人民政府 is each place's committee and government, 云南省.)
      const bareKind = /^(?:单位|部门|机构|企业)$/.test(right) || (left.startsWith('各') && /^(?:人民政府|政府|管委会|管理委员会)$/.test(right));
      // (…and a body's other name in brackets after it, 省委财经办(省委农办)会同有关部门, 湖北省: the body before the bracket ends it.)
      // (…in a bracket of any shape: 浙江乍浦经济开发区〔嘉兴港区〕和各县〔市、区〕政府, 嘉兴)
      const bodyLeft = BODY_END.test(left) || BODY_END.test(left.replace(OTHER_NAME_END, ''));
      if (left.length >= 2 && right.length >= 2 && !place && !bareKind && bodyLeft && (BODY_END.test(right) || right.startsWith('各'))) {
        const cut = u.start + m.index! - closed;
        // (…the unnamed departments it works with name none: 由省编办会同有关部门和各市(州)组织落实, 湖北省; both parts are read again,
        // as each may join two more.)
        const parts = [
          { ...u, name: left, end: cut },
          { ...u, name: right, start: cut + m[0].length },
        ].filter((p) => !/^(?:其他)?(?:有关|相关)(?:部门|单位)$/.test(p.name));
        out.splice(k, 1, ...parts);
        k += parts.length;
        break;
      }
    }
  }
}

const LABEL_RE = new RegExp(LABEL_CAPTURE, 'g');
/** A label standing alone, as a table's column: 责任单位, 牵头部门. */
const COLUMN_NAME = new RegExp(`^${LABEL_WORD}$`);

/** Duty words closing a list in a note: "县科技局、工信局按职责分工负责；各乡镇落实". */
// (an adverb before them, 分别牵头 / 共同负责, goes with them: 市人力社保局、市农业农村局分别牵头 names 市农业农村局)
const DUTY_END = new RegExp(`(?:${DUTY_ADVERBS})?(?:${DUTY_WORDS})+$`);
/** The adverb closing a list before its duty word (…市农业农村局分别|牵头). */
const ADVERB_END = new RegExp(`(?:${DUTY_ADVERBS})\\s*$`);
/**
 * A sentence after the list that names bodies for all measures: 所有措施均需各市（区）人民政府…落实，不再单独列出; 以下均需
 * 各县区政府和…管委会落实,不再列出; 各县（市、区）政府负责落实，以下不再列出. It says so by opening with 所有/以下/各项…
 * or by 不再(单独)列出 / 下同.
 */
/** 不再 and how a list is not written again (不再单独, 不再一一, 不再逐项…). */
const NOT_AGAIN = '不再(?:单独|一一|逐项|逐一|重复|另行)?';
const STANDING_MARK = new RegExp(`^(?:所有|全部|各项|以下|上述|下列|后续|相关[^，,；;。]{0,8}?(?:均|都|皆))|${NOT_AGAIN}(?:列(?:出|明|示)|(?:做|作|进行)?分工)|不再重复|下同`);
/** Where the bodies start: after 均需/均由/均涉及… when the sentence has it, else at its start. */
// (…or 均包含/均包括, the bodies every list includes: 以下措施责任单位均包含安顺市人民政府,不再列出, 贵州.)
const STANDING_FROM = /^(?:所有|全部|各项|以下|上述|下列|后续|具体)?[^，,]{0,8}?(?:均|都|皆)(?:需要|需|由|须|要|涉及|请|包含|包括)?/;
/** Which body leads, said before the standing bodies (以下列第一位的为牵头单位,且均需…): no body; the bodies follow it. */
const EXPLAINED_FIRST = /^\s*(?:以下|下列)?[^，,。；;]{0,12}?(?:首位|第一位?|第一个)(?:的|者)?(?:部门|单位)?(?:为|是)(?:工作)?牵头(?:单位|部门)?[，,]\s*(?:且|并|同时)?(?=[^，,。；;]{0,8}?(?:均|都|皆))/;
/** An exception opening the sentence (除专门列出外, 除另有说明外, 除单独列明的以外): no body; the bodies follow it. */
const EXCEPT_FIRST = /^\s*除[^，,。；;]{1,14}?(?:外|以外)[，,]\s*/;
/** Where they end: the duty words, or the clause's end. */
// (…or the role they are named to, 为每项工作任务实施责任单位: 茂名)
const STANDING_TO = /(?:均|都)(?:为|是)(?:责任|配合|牵头|协办|实施)?(?:单位|部门)|(?:具体)?(?:共同)?(?:负责)?(?:抓好|组织|推动)?(?:落实|实施|推进)|负责|为(?:每项|各项|所有|全部)[^，,。；;]{0,12}?(?:责任|实施|配合|牵头)?(?:单位|部门)|[，,]|$/;
const ENDS_CLOSED = new RegExp(`${CLOSE}$`);
/** An item of a standing list that is a body: ending like one or in its bracket; not the list's explanation (排在首位的为牵头单位，下同). */
const isStandingBody = (u: UnitMention): boolean => (BODY_END.test(u.name) || ENDS_CLOSED.test(u.name)) && !EXPLANATION.test(u.name);
/** The bodies a sentence names for every measure (see STANDING), at offset `at` of the text. */
function standingIn(written: string, offset: number): UnitMention[] {
  // 除专门列出外,以下任务均涉及…,不再重复: the exception says where the bodies are not repeated, not who they are.
  let skip = EXCEPT_FIRST.exec(written)?.[0].length ?? 0;
  if (!STANDING_MARK.test(written.slice(skip))) return [];
  // 以下列第一位的为牵头单位,且均需各市、县〔市、区〕政府落实,不再列出 (浙江省): the lead's explanation first, then the standing bodies.
  skip += EXPLAINED_FIRST.exec(written.slice(skip))?.[0].length ?? 0;
  const sentence = written.slice(skip);
  const at = offset + skip;
  const from = STANDING_FROM.exec(sentence)?.[0].length ?? 0;
  const rest = sentence.slice(from);
  const to = STANDING_TO.exec(rest)!.index;
  if (to < 2) return [];
  return splitUnitList(rest.slice(0, to), at + from, false).filter(isStandingBody);
}

/**
 * A cover notice's sentence naming the bodies every task of the list it sends falls to, unless a task says otherwise
 * (除特别注明的外,各县(市、区)政府和金华开发区、金义都市新区、金华山旅游经济区管委会都是配合单位: 金华): those bodies, offsets in `written`.
 */
export function coverStanding(written: string): UnitMention[] {
  const text = fold(written);
  const out: UnitMention[] = [];
  for (const m of text.matchAll(COVER_STANDING)) {
    const at = m.index! + m[0].indexOf(m[1]);
    out.push(...splitUnitList(m[1], at, false).filter(isStandingBody));
  }
  return out.map((u) => asWritten(u, written));
}
const COVER_STANDING = /除(?:特别|另行|专门|单独)?(?:注明|列明|明确|说明)(?:的)?(?:外|以外)[，,]\s*([^，,。；;]{2,80}?)(?:都|均)(?:是|为)(?:配合|协办|协同|参与|责任)单位/g;

/**
 * The tail of a sentence that names bodies for every measure after its list, behind a ；or a ，(the note goes on
 * without a 。): "责任单位:省发展改革委…等;各项举措均需各市政府、…管委会落实,以下不再列出", "…按职责分工负责,各项政策措施均需…落实,
 * 以下不再列出". It opens with 所有/各项/以下… and 均需/均由 (STANDING_FROM); a bare "以下不再列出" ends a list naming no
 * body. The index of its separator, or -1.
 */
// (…or 相关: 相关工作均需各市、县〔市、区〕政府推进,不再单独列出, 浙江省)
// (…or the bodies first, then what they are to every measure: 嘉兴经济技术开发区、浙江乍浦经济开发区〔嘉兴港区〕和各县〔市、区〕政府均为责任单位,
// 不再列出, 嘉兴)
const STANDING_OPENS = /^\s*(?:(?:所有|全部|各项|以下|上述|下列|后续|相关)[^，,；;。]{0,8}?(?:均|都|皆)|[^，,；;。]{2,80}?(?:均|都)(?:为|是)(?:责任|配合|牵头|协办|实施)?(?:单位|部门)[，,]\s*不再)/;
const NOT_LISTED = new RegExp(`^\\s*(?:以下|下同|此后)?(?:均)?${NOT_AGAIN}列(?:出|明|示)\\s*$`);
export function standingTail(sentence: string, from = 0): number {
  for (const m of sentence.slice(from).matchAll(/[，,；;]/g)) {
    const at = from + m.index!;
    const tail = sentence.slice(at + 1);
    if ((STANDING_OPENS.test(tail) && standingIn(tail, 0).length) || NOT_LISTED.test(tail)) return at;
  }
  return -1;
}

/** A kind of firm or person alone, not a group a task is given to (工业企业, 规上企业, 个体工商户; not 各相关企业, 市属企业). */
const APPLICANT_KIND = new RegExp(`^(?![各全有相市县区省州])[\\u4e00-\\u9fff]{0,6}(?:${APPLICANT_KINDS})$`);
/** A place in a building, a room or floor number (市商务局办公室(1602室), 3号楼, B座): an address, no body. */
const ROOM = /^[\dA-Za-z０-９-]+(?:室|号|楼|层|栋|座|幢)$/;
/** Every name is a body's, of a body's length (2–30 characters). */
const isBody = (u: UnitMention): boolean => endsLikeBody(u.name) && u.name.length >= 2 && u.name.length <= 30 && !ROOM.test(u.name);
const allBodies = (list: UnitMention[]): boolean => list.every(isBody);

/** Parse the body of a note: "牵头单位：区发展改革委；配合单位：区经济信息委、…". */
export function parseNoteBody(body: string, offset: number): UnitMention[] {
  return parseNote(body, offset).units;
}

/**
 * A note's body and the sentences after its list: "责任单位：市工业和信息化局、市发展改革委。所有措施均需…落实，不再单独
 * 列出" gives the two bodies, and the standing ones of the second sentence; other sentences (排在首位的为牵头单位，下同)
 * are not bodies.
 */
export function parseNote(written: string, offset: number): { units: UnitMention[]; standing?: UnitMention[] } {
  const body = blankFields(written);
  const out: UnitMention[] = [];
  let standing: UnitMention[] = [];
  // Sentence by sentence: "牵头单位:甲。配合单位:乙、丙。" holds two lists.
  for (let from = 0; from < body.length; ) {
    let stop = body.indexOf('。', from);
    if (stop < 0) stop = body.length;
    let sentence = body.slice(from, stop);
    const labels = matchesOf(sentence, LABEL_RE);
    if (labels.length && (/^[\s；;，,]*$/.test(sentence.slice(0, labels[0].index)) || (from === 0 && isNoteKind(sentence.slice(0, labels[0].index))))) {
      // The list's standing tail (…等;各项举措均需各市政府…落实,以下不再列出) is no part of the last label's list.
      const last = labels[labels.length - 1];
      const tail = standingTail(sentence, last.index! + last[0].length);
      if (tail >= 0) {
        standing.push(...standingIn(sentence.slice(tail + 1), offset + from + tail + 1));
        sentence = sentence.slice(0, tail);
      }
      // (…a word for the bodies listed, 各单位按职责分工落实, naming none of its own: 嘉兴)
      out.push(...labelledLists(sentence, labels, offset + from).filter((u) => !isListReference(u.name)));
    } else standing.push(...standingIn(sentence, offset + from));
    from = stop + 1;
  }
  // A body the note marks as named in every note below it (…按职责分工负责,各县(市)区政府(以下均含)〕: 铁岭): a standing body too.
  for (const u of out) if (STANDS_BELOW.test(written.slice(Math.max(0, u.start - offset), u.end - offset + 12)) && !standing.some((x) => x.name === u.name)) standing.push(u);
  return standing.length ? { units: [...out, ...notNamedLonger(standing, out)], standing } : { units: out };
}

/** The mark after a body that puts it in every note below: (以下均含), (以下各项均含), 〔下列均含〕. */
const STANDS_BELOW = /[（(〔](?:以下|下列)(?:各项|所有)?(?:均|都)?(?:含|包含|包括)[）)〕]/;

/**
 * The standing bodies the note's own list does not already name at length: 各区县 beside 各区县(自治县)人民政府 in (责任单位:…,各区县(自治县)人民政府…
 * 具体落实,以下各项任务均需各区县具体落实,不再重复列出, 重庆市) is that body, named once; the later measures take 各区县.
 */
function notNamedLonger(standing: UnitMention[], listed: UnitMention[]): UnitMention[] {
  return standing.filter((s) => !listed.some((u) => u.name !== s.name && u.name.startsWith(s.name)));
}

/** The measure's kind opening a note before its label (核准类, 核准类+审计): short, no body and no duty in it. */
function isNoteKind(prefix: string): boolean {
  return NOTE_KIND_ALONE.test(prefix) && !endsLikeBody(prefix.replace(/[，,；;\s]+$/, '')) && !DUTY_IN.test(prefix);
}

/** A note's field that names no body, with its value: 完成时限：2024年底前，并长期坚持; 责任领导：张三. */
const OTHER_FIELD_VALUE = new RegExp(`${NOT_A_LABELS_HEAD}(?:${OTHER_FIELD})\\s*[:：][^；;。]*?(?=[；;。]|${LABEL}|$)`, 'g');

/** The note with its other fields blanked out (spaces keep the offsets): their values are no bodies. */
export function blankFields(body: string): string {
  return body.replace(OTHER_FIELD_VALUE, (m) => ' '.repeat(m.length));
}

/**
 * A unit cell or list item under a label that names the body's head too (牵头单位及主要负责人 | 市民政局 伍泽国 |, 肇庆; 项目实施单位及责任人:
 * 中原区乡村振兴局 李泽强, 中原区): the body alone, the name blanked (spaces keep the offsets).
 */
export function withoutHead(cell: string): string {
  // (The cleaner may have taken the space out: 市民政局伍泽国.)
  const m = /^(\S+?)(\s*)([\u4e00-\u9fff]{2,3})$/.exec(cell.trim());
  return m && endsLikeBody(m[1]) && !endsLikeBody(m[3]) ? m[1] + ' '.repeat(m[2].length + m[3].length) : cell;
}

/** A body's other name in a bracket of any shape at a name's end: (省委农办), 〔嘉兴港区〕. */
const OTHER_NAME_END = new RegExp(`${OPEN}${NOT_BRACKET}{1,12}${CLOSE}$`);
/** An explanation closing a list: 排在首位的为牵头单位，下同; 第一为牵头单位，下同. It is not a body; the first may say who leads. */
// (…or the mark that parts the leads from the rest: 逗号之前为牵头单位,下同 (甘孜); 分号前的为牵头部门)
// (…or the mark that sets the leads apart: 标*为牵头单位, 温州 2022)
// (…and the proviso the explanation opens with: 如无特别说明,排在首位的为牵头单位,下同, 四川省 2020; 除另有注明外)
const EXPLANATION = /(?:如|若)?无特(?:别|殊)(?:说明|注明|标注|规定)|另有(?:说明|注明|规定)|下同|同上|首位|排在|排名第|的为|的是|者为|以下简称|第一(?:位|个)?为|(?:逗号|顿号|分号|冒号|句号)(?:之)?[前后]|[*＊★☆※]\s*(?:号)?(?:的)?(?:为|是)/;
/** A note's words that a mark before a body makes it lead: 标*为牵头单位, ★为牵头部门, 带*号的为牵头单位. */
const MARK_LEADS = /[*＊★☆※]\s*(?:号)?(?:的)?(?:单位|部门)?(?:为|是)(?:工作)?牵头/;
// (…者 for 的: 列第一位者为牵头单位, 辽宁; 列第一位者为工作牵头或汇总单位)
const FIRST_LEADS = /(?:排在|列在|排名|位列)?(?:首位|第一位?|第一个)(?:的|者)?(?:部门|单位)?(?:为|是|负责)?(?:工作)?牵头/;

function labelledLists(list: string, labels: RegExpMatchArray[], offset: number): UnitMention[] {
  const out: UnitMention[] = [];
  labels.forEach((m, k) => {
    const from = m.index! + m[0].length;
    const to = k + 1 < labels.length ? labels[k + 1].index! : list.length;
    const labelLead = isLeadLabel(m[1]);
    // (A field blanked after the list leaves its separator: 责任部门:市数据局、市发改委等按职责分工负责,完成时间:… reads as the list alone, 盐城.)
    const part = list.slice(from, to).replace(/[\s，,；;]+$/, '');
    const duty = parseDutyNote(part, offset + from, true);
    let units = duty ?? splitUnitList(part, offset + from, labelLead).map((u) => ({ ...u, name: u.name.replace(DUTY_END, '') || u.name }));
    // (A label that names the person heading the body too, 项目实施单位及责任人:中原区乡村振兴局 李泽强: the name after the body is no body.)
    if (HEAD_LABEL.test(m[1])) units = units.flatMap((u) => {
      const name = withoutHead(u.name).trimEnd();
      if (name !== u.name) return [{ ...u, name, end: u.start + name.length }];
      return endsLikeBody(u.name) ? [u] : [];
    });
    const cut = units.findIndex((u) => EXPLANATION.test(u.name));
    if (cut >= 0) {
      const firstLeads = units.slice(cut).some((u) => FIRST_LEADS.test(u.name));
      units = units.slice(0, cut).map((u, i) => (firstLeads && i === 0 ? { ...u, lead: true } : u));
    }
    out.push(...units.map((u) => ({ ...u, lead: u.lead || labelLead })));
  });
  return out;
}

// A note may open with fields that name no body (（责任领导：张三；责任单位：市工信局）), or with the measure's kind before a comma
// ((核准类,牵头责任部门:工业和信息化局), (核准类+审计,牵头责任部门:发展改革委): 梁溪).
const BRACKETED_LABEL = new RegExp(`[【〖［[](${LABEL_WORD})[】〗］\\]]`, 'g');
const NOTE_KIND = '[^（）()【】：:，,；;。\\s]{1,8}[，,；;]\\s*';
const NOTE_KIND_ALONE = new RegExp(`^${NOTE_KIND}$`);
const DUTY_IN = new RegExp(DUTY_WORDS);
// (Fields parted by a space only, or by nothing once the cleaner took the space out: （牵头领导：张三 牵头单位：市经信局）.)
const NOTE_OPEN = new RegExp(`${OPEN}(?=(?:${NOTE_KIND})?(?:(?:${OTHER_FIELD})\\s*[:：]${NOT_BRACKET}{0,30}?(?:[；;，,]\\s*|\\s*(?=${LABEL})))*${LABEL})`, 'g');
/**
 * A labelled note without brackets after a sentence, to the next 。 or the paragraph's end: "…推广应用。责任单位：
 * 区经济信息委、区财政局"; "…相关权益。责任单位:县科技局、工信局…按职责分工负责;各乡镇、县先进制造业开发区落实。以下任务…".
 */
// (A closing bracket alone before its end is the note's own, its opening bracket lost by the page: …给予政策支持。责任单位:
// 市财政局、市工业和信息化局), 铁岭.)
// (…nor a next item's number a page that lost its line breaks ran the note into: 责任單位:省財政廳2.堅持政府過緊日子…, 浙江省)
const NEXT_ITEM = String.raw`${ITEM_NUMBER}(?=[\u4e00-\u9fff])`;
const BARE_NOTE = new RegExp(`(?<=(?:^|[。；;\\n])\\s*(?:(?:${OTHER_FIELD})\\s*[:：][^。；;\\n:：]{1,40}?\\s*)*)(${LABEL}(?:(?![。\\n]|${NEXT_ITEM})${NOT_BRACKET}|${OPEN}${NOT_BRACKET}*${CLOSE})*)(?:${CLOSE}(?=\\s*(?:。|\\n|$)))?(?:。|(?=\\n)|(?=${NEXT_ITEM})|\\s*$)`, 'g');
const CLOSED_AT_END = new RegExp(`${CLOSE}\\s*$`);
/** A line that opens with a short field (投资:500万元) and ends with a unit field (实施单位:…), no stop between. */
const FIELD_ROW_NOTE = new RegExp(`^\\s*[\\u4e00-\\u9fff]{2,6}[:：][^:：。；;\\n]{1,40}?(${LABEL}[^。；;\\n:：]{2,80}?)([。；;]?\\s*)$`);
/** A bracket and its content, one level of inner brackets allowed: （市经信委、发改委、规划局）, [牵头单位:…]. */
const BRACKETED = new RegExp(`${OPEN}(${BRACKET_BODY})${CLOSE}`, 'g');
/**
 * A note that names the policy's source first, then who carries it out (农业农村部、财政部支持政策,自治区农牧厅、财政厅负责; 内政发〔2024〕6号,
 * 自治区工业和信息化厅负责: 内蒙古's list of policies): the duty part's bodies. The source part names where the policy comes from, no duty.
 */
const SOURCE_REMARK = /支持政策|政策$|〔\d{4}〕|\d+\s*号|文件$/;
function sourcedDutyNote(body: string, offset: number): UnitMention[] | undefined {
  const cut = Math.max(body.lastIndexOf('，'), body.lastIndexOf(','));
  if (cut <= 0 || !SOURCE_REMARK.test(body.slice(0, cut).trim())) return undefined;
  return parseDutyNote(body.slice(cut + 1), offset + cut + 1);
}
/** A flattened row's first cells: the group's merged cell (财政资金支持(共48项), on the group's first row), the row's number. */
const ROW_NUMBER = String.raw`\s*(?:[\u4e00-\u9fff]{2,12}(?:[（(][^（）()\s]{1,10}[）)])?)?\d{1,3}`;
const ROW_NUMBER_AT = new RegExp(`^${ROW_NUMBER}`);
/**
 * The length of a flattened task table row's number (1地区生产总值增长7%以上…%.发改委 → 1), 0 when the line is no such row: the
 * number is the row's first cell, not the task's text.
 */
export function taskRowNumber(line: string): number {
  const m = TASK_ROW_CELL.exec(line);
  if (!m) return labelledRowCell(line) ? ROW_START.exec(line)![1].length : 0;
  const list = parseBodyList(m[1], 0);
  return list && allBodies(list) ? ROW_NUMBER_AT.exec(line)![0].length : 0;
}

/** A flattened row's start: its first cells and the mark after the number. */
const ROW_START = new RegExp(String.raw`^(${ROW_NUMBER}(?:[、.．]|\s)?)(?=[\u4e00-\u9fff])`);
const LABEL_FIRST = new RegExp(LABEL);
/** A sentence that opens with a unit label (配合单位:…, 效能监督单位:…). */
const LABEL_FIRST_AT = new RegExp(`^\\s*${LABEL}`);
/**
 * The last cell of a flattened task row when it is a labelled note (…辽市政发[2020]3号 责任单位:各县(市)区政府,市政府办公室、…,
 * 辽阳): after the one space the cleaner keeps before a row's last cell (not one between Latin letters), its label glued to
 * the cell before or not, bodies to the line's end. The note, or undefined.
 */
function labelledRowCell(line: string): UnitNote | undefined {
  if (!ROW_START.test(line)) return undefined;
  const t = line.trimEnd();
  const sp = t.lastIndexOf(' ');
  if (sp < 1 || /[A-Za-z0-9]/.test(t[sp - 1]) && /[A-Za-z0-9]/.test(t[sp + 1] ?? '')) return undefined;
  const cell = t.slice(sp + 1);
  const m = LABEL_FIRST.exec(cell);
  if (!m || /[。；;\s]/.test(cell.slice(m.index))) return undefined;
  const start = sp + 1 + m.index;
  const units = parseNoteBody(cell.slice(m.index), start);
  return units.length && allBodies(units) ? { start, end: t.length, units } : undefined;
}
/** A row of a flattened task table: its number, the task up to its last stop, the unit column's bodies closing the line. */
// (The group's merged cell may open the row, 财政资金支持(共48项)1…; a list parted by ，as well as 、.)
const TASK_ROW_CELL = new RegExp(String.raw`^${ROW_NUMBER}(?:[、.．]|\s)?(?=[\u4e00-\u9fff])[^\n]*(?:[。.．;；]\s*|\s)([\u4e00-\u9fff（）()、，,]{2,80}?)\s*$`);
/** A cell between bars, a mark before its text allowed: |★区发改委、统计局|. */
const BAR_CELL = new RegExp(`(?<=[|｜])\\s*[${LIST_MARKS}]?([^|｜\\n${LIST_MARKS}]{2,80}?)\\s*(?=[|｜])`, 'g');
/** Words that make a bracket an explanation, not a note: （以下简称市经信局）, （含区财政局）. */
const EXPLAINS = /简称|统称|以下|含|包括|即|如|例如|不含|除外/;

/** A body named with its level or its place's group first (区市场局, 市发改委, 县财政局, 各街道, 省工信厅), nothing else before its kind. */
const LEVELLED_BODY = /^(?:[省市区县州旗盟镇乡]|各)[\u4e00-\u9fff]{1,12}$/;

/** An article's marker just before a bracket: 第二条(…), 第十二条 （…）. */
const ARTICLE_BEFORE = new RegExp(`${ARTICLE_MARK}[ \\t\\u3000]*$`);
/** Does the bracket at `start` title the article whose marker it follows (第二条(管理部门))? */
const articleTitleAt = (text: string, start: number): boolean => ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 10), start));
/** Where the bracket opening at `start` closes (the offset after its closer), brackets counted, on its line; -1 where the line ends first. */
function bracketEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length && text[i] !== '\n'; i++) {
    if (isOpen(text[i])) depth++;
    else if (isClose(text[i]) && --depth === 0) return i + 1;
  }
  return -1;
}
/**
 * Notes closing an article; brackets are counted, and a stray 〕 also closes (seen in 渝府办发 texts). `textEnds`: the
 * document ends with `written` (an excerpt may cut its last note off).
 */
export function findNotes(written: string, textEnds = false): UnitNote[] {
  // Labels set in lenticular brackets (【牵头单位】市工信局【配合单位】市财政局) read as labels with a colon; the same length
  // keeps the offsets.
  // (…and half-width angle brackets set inside a name as its inner brackets (各县级市<区>人民政府<管委会>, 苏州) read as 〈〉; the names keep the
  // text's characters, below.)
  const text = written.replace(BRACKETED_LABEL, (_m, label: string) => ` ${label}：`).replace(ANGLE_INNER, (_m, inner: string) => `〈${inner}〉`);
  const notes: UnitNote[] = [];
  for (const m of matchesOf(text, NOTE_OPEN)) {
    const start = m.index!;
    const end = bracketEnd(text, start);
    if (notes.length && notes[notes.length - 1].end > start) continue;
    // An article's title in brackets right after its marker (第二条(管理部门), 第三条（支持内容）) names the article, no bodies.
    if (articleTitleAt(text, start)) continue;
    if (end < 0) {
      // A note cut off by the end of the text (an excerpt): only the names it completes.
      const units = parseNoteBody(text.slice(start + 1), start + 1);
      if (units.length && !endsLikeBody(units[units.length - 1].name)) units.pop();
      notes.push({ start, end: text.length, units });
      continue;
    }
    notes.push({ start, end, ...parseNote(text.slice(start + 1, end - 1), start + 1) });
  }
  // （市发展改革委牵头，市经济信息委、市财政局等按职责分工负责）: the form national and provincial texts use.
  for (const m of matchesOf(text, BRACKETED)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (notes.some((n) => n.start <= start && start < n.end)) continue;
    if (namesBodyBefore(text, start) || articleTitleAt(text, start)) continue;
    // (A bracket after a telephone number names whose line it is, no unit: 举报电话:0954-3012853(西吉县农业农村局), 西吉.)
    if (/\d[\d\-－—]{5,}\s*$/.test(text.slice(Math.max(0, start - 16), start))) continue;
    // Only a bracket that closes a sentence or a paragraph can be a note: （市经信委、发改委、规划局）.
    const closes = end >= text.trimEnd().length || /[。；;]/.test(text[start - 1] ?? '') || /^\s*$/.test(text.slice(end));
    const sentenced = sentencedNote(m[1], start + 1, closes);
    if (sentenced) {
      notes.push({ start, end, ...sentenced });
      continue;
    }
    // (…or one set inside the sentence it closes, right before its stop, whose bodies each name their level: …的場景應用(區市場局、
    // 區行政服務中心)。, 闵行; not a remark, 2家国家重点实验室（分部）；, (不得转租给其他企业)。)
    // (…not one body in brackets right after another body's name, the office it sits in or another name of it: 报省旅游产业发展领导小组
    // 办公室(省旅游发展委)。, 云南省)
    const aliasOfBody = BODY_NAME_END.test(text.slice(Math.max(0, start - 6), start));
    const inner = !closes && /^[。；;]/.test(text.slice(end)) && !aliasOfBody ? parseBodyList(m[1], start + 1) : undefined;
    // (…or a list of two or more, one of them levelled, where a zone or a company named by its place joins them: 地区生产总值增长11%
    // (市发改委,市政府相关部门,各县市区政府,荆州开发区)。, 荆州)
    const levelled = inner?.length && (inner.every((u) => LEVELLED_BODY.test(fold(u.name))) || (inner.length >= 2 && inner.some((u) => LEVELLED_BODY.test(fold(u.name))))) ? inner : undefined;
    const units = namedPartsNote(m[1], start + 1) ?? parseDutyNote(m[1], start + 1) ?? (closes ? parseBodyList(m[1], start + 1) ?? sourcedDutyNote(m[1], start + 1) : levelled);
    if (units) notes.push({ start, end, units });
    else if (closes) {
      // A bracket closing a sentence with a time limit, alone or beside bodies: （2024年12月底前）, （长期坚持）, （市工信局，2024年底前）.
      // (A date alone, (2023年02月07日), is when something was written, not a limit.)
      const isLimit = (p: string) => TIME_PART.test(p) && /前|底|末|内|长期|持续|常态化|季度|半年|完成|办结/.test(p) && !/\d日$/.test(p.trim());
      const parts = m[1].split(/[，,；;]/);
      if (!parts.some((p) => isLimit(p) && p.trim())) continue;
      const rest = m[1].replace(/[^，,；;]+/g, (p) => (isLimit(p) ? ' '.repeat(p.length) : p));
      const bodies = rest.trim().replace(/^[，,；;\s]+|[，,；;\s]+$/g, '') ? parseBodyList(rest, start + 1) : [];
      if (bodies) notes.push({ start, end, units: bodies });
    }
  }
  // A note the end of the excerpt cuts off before its bracket closes: (发展改革和统计局、农业农村局按职责分工 (济源). Its
  // complete names only (a labelled one, [牵头单位:县发改局(粮食局)、县农业农, is read above).
  const cut = CUT_OFF_NOTE.exec(text.trimEnd());
  if (cut) {
    const start = cut.index! + cut[0].length - cut[1].length - 1;
    const units = notes.some((n) => n.start <= start && start < n.end) ? undefined : cutOffList(cut[1], start + 1);
    if (units) notes.push({ start, end: text.length, units });
  }
  // A cell of a task table drawn with bars that lists bodies only (…4.15%||★区科技局、统计局|): the row's units. A
  // mark before the list (★, the lead in some tables) is no part of a name.
  for (const m of matchesOf(text, BAR_CELL)) {
    const start = m.index! + m[0].length - m[1].length;
    if (notes.some((n) => n.start <= start && start < n.end)) continue;
    const units = parseBodyList(m[1], start);
    // A cell that says whom a measure is for (对落户宝山的邮轮产业相关公司总部) is no list of bodies.
    // ...nor is a header cell that names a column (|牵头领导|责任单位|).
    // ...nor a kind of applicant a grant table's column names (|工业企业|, |科技型中小企业|: 奖补对象, 瑞安), no body of a jurisdiction
    // nor one of the 各/相关 groups a task table assigns.
    // ...nor a body's ending alone, a grant table's column of places (| 序号 | 乡镇 | 姓名 |, 塔城).
    if (units?.every((u) => !/^(?:对|为|按|经|在|向)|的/.test(u.name) && !COLUMN_NAME.test(u.name) && !BARE_BODY_END.test(u.name)) && !units.every((u) => APPLICANT_KIND.test(u.name))) notes.push({ start: m.index!, end: start + m[1].length, units });
  }
  // A task table's row flattened to a line (1地区生产总值增长7%以上,服务业增加值占GDP比重47.1%.发改委): the bodies after the task's
  // last stop are the row's unit column.
  const row = TASK_ROW_CELL.exec(text);
  if (row) {
    const start = row.index + row[0].length - row[1].length;
    const units = notes.some((n) => n.start <= start && start < n.end) ? undefined : parseBodyList(row[1], start);
    if (units && allBodies(units)) notes.push({ start, end: start + row[1].length, units });
  }
  // …or a labelled cell (…辽市政发[2020]3号 责任单位:市财政局、市发展改革委、…): the bodies after its label.
  const cell = labelledRowCell(text);
  if (cell && !notes.some((n) => n.start <= cell.start && cell.start < n.end)) notes.push(cell);
  for (const bare of matchesOf(text, BARE_NOTE)) {
    const start = bare.index! + bare[0].indexOf(bare[1]);
    const end = bare.index! + bare[0].length;
    if (notes.some((n) => n.start <= start && start < n.end)) continue;
    const last = /^\s*$/.test(text.slice(end));
    const note = { start, end: last ? text.length : end, ...parseNote(bare[1], start) };
    // A bare note the excerpt cuts off (责任单位:市发改委、市财 at the end of the text, no 。): its complete names only.
    // (a bracket closing it, its opening one lost, ends it as a stop does)
    if (textEnds && last && !/[。；;]\s*$/.test(bare[0]) && !CLOSED_AT_END.test(bare[0]) && note.units.length >= 1 && !endsLikeBody(note.units[note.units.length - 1].name)) note.units.pop();
    notes.push(note);
  }
  // A line of fields whose last names the bodies, the space between them lost (投资:500万元 实施单位:泽库县农牧水利和科技局,
  // 青海 泽库): the unit field closes the line's clause, as a field line of its own would.
  const fields = FIELD_ROW_NOTE.exec(text);
  if (fields) {
    const start = fields.index + fields[0].length - fields[1].length - fields[2].length;
    if (!notes.some((n) => n.start <= start && start < n.end)) {
      const units = parseNote(fields[1], start);
      if (units.units.length && allBodies(units.units)) notes.push({ start, end: text.length, ...units });
    }
  }
  // A sentence that is a duty note without brackets: …提升水平。由市工信局牵头，市财政局配合。
  for (const m of matchesOf(text, DUTY_SENTENCE)) {
    const start = m.index! + m[0].length - m[1].length;
    if (notes.some((n) => n.start <= start && start < n.end)) continue;
    const units = parseDutyNote(m[1].replace(/^由/, ' '), start);
    // (…whose names are bodies' names, not a phrase on money that ends in a place word: 区县级项目资金通过项目补助或切块安排下达到区县,
    // 由区县商务主管部门会同财政部门组织实施, 重庆市 商贸流通 2025 — running text on who does what, no note)
    if (units && !units.some((u) => MONEY_PHRASE_IN_NAME.test(u.name))) notes.push({ start, end: Math.min(text.length, start + m[1].length + 1), units });
  }
  // A bracket right after a note that only says which bodies every later measure has (…按职责分工负责,2025年11月底前完成][以下各项工作均需
  // 各县(市、区)落实,不再一一列出], 肇庆): the note's standing bodies, as the same sentence inside the note's bracket gives them.
  for (const n of notes) {
    const open = /^[ \t\u3000]*([（(〔【［[])/.exec(text.slice(n.end, n.end + 4));
    if (!open || n.end >= text.length) continue;
    const from = n.end + open[0].length - 1;
    const end = bracketEnd(text, from);
    if (end < 0 || notes.some((o) => o !== n && o.start >= from && o.start < end)) continue;
    const standing = standingIn(text.slice(from + 1, end - 1), from + 1);
    if (!standing.length) continue;
    n.standing = [...(n.standing ?? []), ...standing];
    n.end = end;
  }
  for (const n of notes) {
    const times = noteTimes(text, n.start, n.end);
    if (times.length) n.times = times;
    if (text !== written) {
      const restore = (u: UnitMention) => (/[〈〉]/.test(u.name) && u.end - u.start === u.name.length ? { ...u, name: written.slice(u.start, u.end) } : u);
      n.units = n.units.map(restore);
      if (n.standing) n.standing = n.standing.map(restore);
    }
  }
  return notes.sort((a, b) => a.start - b.start);
}
/** The end of a body's name right before a bracket (领导小组办公室(, 市商务局(). */
const BODY_NAME_END = /(?:办公室|领导小组|委员会|管委会|局|厅|办)$/;
/** Half-width angle brackets around a short part of a name, after a character of it (市<区>, 政府<管委会>). */
const ANGLE_INNER = /(?<=[\u4e00-\u9fff])<([\u4e00-\u9fff、]{1,6})>/g;

/**
 * An unlabelled note of sentences: its list, then a sentence naming bodies for every measure (（市工业和信息化局、发展改革委及
 * 各产业链责任单位按职责分工负责。以下均需各县区政府和城乡一体化示范区管委会落实,不再列出）). Undefined unless the first
 * sentence is a list of bodies (with duty words, or alone in a bracket closing a sentence) and a later one names standing bodies.
 */
function sentencedNote(content: string, offset: number, closes: boolean): { units: UnitMention[]; standing?: UnitMention[] } | undefined {
  // The list ends at a 。 or a ； ((市工信局牵头；以下均需各县区政府落实,不再列出)); the first end after which a sentence names
  // standing bodies.
  // ...or at a ，that a standing tail follows (…等有关部门按职责分工负责,各项政策措施均需…落实,以下不再列出).
  const tail = standingTail(content);
  const ends = [...content.matchAll(/[。；;]/g)].map((m) => m.index!);
  if (tail >= 0 && !ends.includes(tail)) ends.push(tail);
  for (const stop of ends.sort((a, b) => a - b)) {
    const standing: UnitMention[] = [];
    for (let from = stop + 1; from < content.length; ) {
      let e = content.indexOf('。', from);
      if (e < 0) e = content.length;
      standing.push(...standingIn(content.slice(from, e), offset + from));
      from = e + 1;
    }
    if (!standing.length) continue;
    const units = explainedList(content.slice(0, stop), offset, closes);
    return units ? { units: [...units, ...notNamedLonger(standing, units)], standing } : undefined;
  }
  // A list whose later sentences only explain it (（由市发展改革委、经委、…统计局负责。一项任务涉及多个部门的,原则上由排名首位的部门
  // 牵头负责。下同）; （市工信局、市财政局。排在首位的为牵头单位）): the first sentence's bodies; the first leads where it says so.
  // (…,列第一位的为牵头单位,下同) in the list's own sentence: explainedList.
  const stop = ends.length ? Math.min(...ends) : -1;
  if (stop < 0) {
    const { kept } = explanationParts(content);
    return kept < content.length ? wrap(explainedList(content, offset, closes)) : undefined;
  }
  const rest = content.slice(stop + 1).split(/[。；;]/).filter((x) => x.trim());
  // (…or whose later sentences are labelled lists of their own: (由市环境保护局牵头落实。配合单位:各区政府、…市财政局。效能监督单位:
  // 市监察局、市政府督办室), 湛江: the lead's list, then each label's.)
  if (rest.length && rest.every((x) => LABEL_FIRST_AT.test(x))) {
    const first = explainedList(content.slice(0, stop), offset, closes);
    const labelled = parseNote(content.slice(stop + 1), offset + stop + 1).units;
    return first && labelled.length && allBodies(labelled) ? { units: [...first, ...labelled] } : undefined;
  }
  if (!rest.length || !rest.every((x) => EXPLANATION.test(x) || FIRST_LEADS.test(x))) return undefined;
  const units = explainedList(content.slice(0, stop), offset, closes);
  if (!units) return undefined;
  const firstLeads = rest.some((x) => FIRST_LEADS.test(x));
  return { units: units.map((u, i) => (firstLeads && i === 0 ? { ...u, lead: true } : u)) };
}

const wrap = (units: UnitMention[] | undefined) => (units ? { units } : undefined);

/**
 * Parts closing a list that only explain it, behind a ，or a ；(市税务局、…,各县市、区政府,列第一位的为牵头单位,下同): where the list
 * ends (`kept`), and whether they say the first body leads.
 */
function explanationParts(list: string): { kept: number; firstLeads: boolean } {
  let kept = list.length;
  let firstLeads = false;
  for (;;) {
    const sep = Math.max(list.lastIndexOf('，', kept - 1), list.lastIndexOf(',', kept - 1), list.lastIndexOf('；', kept - 1), list.lastIndexOf(';', kept - 1));
    const part = list.slice(sep + 1, kept);
    if (sep <= 0 || !(EXPLANATION.test(part) || FIRST_LEADS.test(part)) || /[（(）)]/.test(part)) break;
    firstLeads ||= FIRST_LEADS.test(part);
    kept = sep;
  }
  return { kept, firstLeads };
}

/** The bodies of a note's list, its explaining parts cut off (the first `lead` where they say so); undefined unless it is a list. */
function explainedList(list: string, offset: number, closes: boolean): UnitMention[] | undefined {
  const { kept, firstLeads } = explanationParts(list);
  const first = list.slice(0, kept);
  const units = parseDutyNote(first, offset) ?? (closes ? parseBodyList(first, offset) : undefined);
  return units?.map((u, i) => (firstLeads && i === 0 ? { ...u, lead: true } : u));
}

/** A bracket closing a sentence that the text's end leaves open (inner brackets closed). */
const CUT_OFF_NOTE = new RegExp(`(?<=^|[。；;\\n])\\s*${OPEN}(${NOT_BRACKET}{2,}(?:${OPEN}${NOT_BRACKET}*${CLOSE}${NOT_BRACKET}*)*)$`);

/**
 * The bodies of an unlabelled note cut off by the text's end: parts closed by a duty word read as a duty note
 * (市工信局牵头，市财政局、市), the rest as a list whose last, cut, name is dropped; the start of a duty word after it
 * (…农业农村局按职责分工, …市商务局牵) goes, and 牵… makes it lead. Undefined unless every name kept is a body.
 */
function cutOffList(content: string, offset: number): UnitMention[] | undefined {
  const sep = Math.max(...['，', ',', '；', ';'].map((c) => content.lastIndexOf(c)));
  const head = sep > 0 ? parseDutyNote(content.slice(0, sep), offset) : undefined;
  const from = head ? sep + 1 : 0;
  let tail = content.slice(from).trimEnd();
  let lead = false;
  for (let k = Math.min(tail.length - 1, 8); k >= 1; k--) {
    const end = tail.slice(tail.length - k);
    if (DUTY_LIST.some((w) => w.startsWith(end)) && endsLikeBody(tail.slice(0, tail.length - k))) {
      lead = [...LEAD_PREFIXES].some((w) => w.startsWith(end) || end.startsWith(w));
      tail = tail.slice(0, tail.length - k);
      break;
    }
  }
  const list = splitUnitList(tail, offset + from, lead);
  if (list.length && !endsLikeBody(list[list.length - 1].name)) list.pop();
  if (!allBodies(list)) return undefined;
  const out = [...(head ?? []), ...list];
  return out.length ? out : undefined;
}

/** A body, the 等 that closes its group, and a duty after it: 市交通局等部门按职责分工负责, 市财政局等负责. */
const GROUP_DUTY = new RegExp(`^(.+?)等(?:有关|相关)?(?:部门|单位)?(?:${DUTY_ADVERBS})?(?:${DUTY_WORDS})+$`);
/** Duty words may come glued in a row (各县区人民政府配合落实, 市财政局协助落实, 区发改局牵头负责推进): the body ends before the first. */
const DUTY = new RegExp(`^(.*?)(?:${DUTY_ADVERBS})?((?:${DUTY_WORDS})+)$`);
/** Words of a phrase on money or its handling, never inside a body's name: 资金, 下达, 通过…安排. */
const MONEY_PHRASE_IN_NAME = /资金|经费|下达|下拨|拨付|通过|安排/;
/** A sentence after another that opens with a body (or 由 and one): a candidate duty note. */
const DUTY_SENTENCE = /(?<=[。；;])\s*((?:由)?[省市区县州各][^。；;\n（）()【】〔〕[\]]{2,120}?)(?=。|\s*$)/g;
/** A time limit written in a duty note without a label: （2024年底前完成，市工信局牵头）, （长期坚持，…）. */
const TIME_PART = /^\s*(?:\d{4}年|\d{1,2}月|年底|年内|长期|持续|常态化|[上下]半年|[一二三四]季度)[^，,；;]{0,14}?(?:前|底|末|内|止|坚持|推进|完成|办结|落实|季度|半年)?\s*$/;

/**
 * A duty note without a label: "市发展改革委牵头，市经济信息委、市财政局等按职责分工负责"; parts without a
 * duty word take the next one's ("甲局牵头，乙局、丙局等部门，丁公司、各街道配合"). Each part's last item must
 * name a body, else it is an ordinary bracket and undefined is returned.
 */
/**
 * A note whose every part names its bodies' part in words of its own: the part after the bodies (市发改委为牵头单位，市财政局为配合单位),
 * or a bare part word and a colon before them (牵头：市发改委；配合：市财政局). The bodies, lead where the part leads; undefined otherwise.
 */
export function namedPartsNote(body: string, offset: number): UnitMention[] | undefined {
  // (Not a remark on how the notes are read: (责任单位中排序第一单位为牵头单位), 镇海.)
  if (EXPLANATION.test(body) || /排序|排列|顺序/.test(body)) return undefined;
  const out: UnitMention[] = [];
  let pos = 0;
  for (const part of body.split(/[，,；;]/)) {
    const at = pos;
    pos += part.length + 1;
    const after = PART_AFTER.exec(part);
    const before = after ? null : PART_BEFORE.exec(part);
    if (!after && !before) return undefined;
    const [names, from, word] = after ? [after[1], after[0].indexOf(after[1]), after[2]] : [before![2], before![0].length - before![2].length, before![1]];
    const list = splitUnitList(names, offset + at + from, isLeadLabel(word));
    if (!list.length || !allBodies(list) || list.some((u) => LABEL_FIRST.test(u.name))) return undefined;
    out.push(...list);
  }
  return out.length ? out : undefined;
}
const PART_AFTER = new RegExp(`^\\s*(.{2,60}?)(?:为|是|作为)(${LABEL_WORD})\\s*$`);
const PART_BEFORE = new RegExp(`^\\s*(${PART_WORDS})\\s*[:：]\\s*(.{2,80}?)\\s*$`);

const DUTY_THEN_PART = new RegExp(`(?<=(?:${DUTY_WORDS}))[、 \\u3000](?=[\\u4e00-\\u9fff])`, 'g');
// (`labelled`: the note's label names its bodies' part already (责任单位:), so bodies listed after the parts a duty word closes, with none
// of their own, are the label's: 责任单位:经济投资局和航空口岸局分别牵头、区发改局, 海曙.)
export function parseDutyNote(written: string, offset: number, labelled = false): UnitMention[] | undefined {
  // （市工信局牵头，市财政局配合；时间节点：2024年12月）: the time limit is no part of the list.
  // (A 、 or a space after a duty word parts two duties as a comma does: 区科技局牵头、区财政局配合; 甲局牵头 乙局配合.)
  const body = blankFields(written).replace(DUTY_THEN_PART, (gap) => '，'.repeat(gap.length));
  const parts = body.split(/[，,；;]/);
  const out: UnitMention[] = [];
  let pos = 0;
  let waiting: { part: string; at: number }[] = [];
  for (const part of parts) {
    const at = pos;
    pos += part.length + 1;
    if ((!part.trim() && body !== written) || TIME_PART.test(part)) continue;
    const m = DUTY.exec(part.replace(/\s+/g, ''));
    if (!m) {
      waiting.push({ part, at });
      continue;
    }
    if (!m[1]) return undefined;
    const lead = [...LEAD_PREFIXES].some((w) => m[2].startsWith(w)); // 牵头, 牵头负责, 牵头实施
    // 市人力社保局、市发改委分别牵头: the adverb is no part of the last name.
    const before = part.slice(0, part.lastIndexOf(m[2]));
    const cut = before.length - (ADVERB_END.exec(before)?.[0].length ?? 0);
    for (const [p, a, end] of [...waiting.map((w) => [w.part, w.at, w.part.length] as const), [part, at, cut] as const]) {
      // (由, 请 and the adverb before them are no part of the name: 具体由市发改委负责落实; nor is 会同 before the partners a lead
      // works with, or 会 short for it before a level: 由省发展改革委牵头,会同省交通厅、财政厅…负责落实; 会省经贸委、广东银监局…办理, 广东省 2008)
      const list = splitUnitList(p.slice(0, end), offset + a, lead).map((u) => {
        const k = /^(?:具体|主要|统一)?(?:由|请)|^(?:会同|协同|联合)|^會同|^[会會](?=[省市区县州區縣])/.exec(u.name)?.[0].length ?? 0;
        return k ? { ...u, name: u.name.slice(k), start: u.start + k } : u;
      });
      // (…or a place, the county or district itself: (沾化县牵头负责), 滨州; not the whole of one, 全市, 本县)
      const last = list[list.length - 1]?.name ?? '';
      if (!list.length || !(endsLikeBody(last) || (PLACE_NAME.test(last) && !/^[全本我该]/.test(last)))) return undefined;
      // A sentence before the duty word is a measure with its own note, not a body (5.行政服务一体化。制定…细则(市行政服务中心牵头,…):
      // a paragraph below a note line that a PDF wrap set apart).
      if (list.some((u) => /[。！？!?]/.test(u.name))) return undefined;
      out.push(...list);
    }
    waiting = [];
  }
  // Parts left without a duty word (or no duty word at all): an ordinary bracket — unless a label names their part, after a duty closed.
  if (waiting.length && labelled && out.length) {
    for (const w of waiting) {
      const list = splitUnitList(w.part, offset + w.at, false);
      if (!list.length || !list.every((u) => endsLikeBody(u.name))) return undefined;
      out.push(...list);
    }
    waiting = [];
  }
  if (waiting.length) return undefined;
  return out.length ? out : undefined;
}

/**
 * Does the bracket at `at` belong to the body before it: a line of bodies only, the bracket glued to it or on the next line
 * by itself (a table cell wrapped: 高新园 / (邹区镇), 应急管理局 / (安委办), 钟楼区)? Then it is the body's other name, part of it,
 * never a note naming a body of its own.
 */
function namesBodyBefore(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && /[ \t\u3000\n]/.test(text[k - 1])) k--;
  const gap = text.slice(k, at);
  if (/\S/.test(gap) || (gap && !gap.includes('\n'))) return false;
  const before = text.slice(text.lastIndexOf('\n', k - 1) + 1, k).trim();
  return before.length >= 2 && before.length <= 30 && !/[、，,；;。：:]/.test(before) && !!parseBodyList(before, 0);
}

/** A bracket of bodies only, closing an article: （市经信委、发改委、规划局）. */
export function parseBodyList(body: string, offset: number): UnitMention[] | undefined {
  if (EXPLAINS.test(body) || body.length > 200) return undefined;
  // (A field of another kind opening the bracket, (联系单位:市人力资源和社会保障局养老保险科), 烟台: whom to ask, no duty.)
  if (CONTACT_LABEL.test(body)) return undefined;
  const list = splitUnitList(body, offset, false);
  if (list.length && allBodies(list)) return list;
  // (Places whose governments act, named by the place alone among the bodies: (省发改委、建设厅、宜昌市、襄樊市), …、通信管理局、武汉城市圈
  // 9市等), 湖北省 2008. The list opens on a body and names two at least; places alone are no note.)
  return list.length >= 3 && isBody(list[0]) && list.filter(isBody).length >= 2 && list.every((u) => isBody(u) || PLACE_ITEM.test(u.name)) ? list : undefined;
}
/** A contact's label opening a bracket: 联系单位:, 咨询单位:, 联系部门:. */
const CONTACT_LABEL = /^\s*(?:联系|咨询|联络|解释)(?:单位|部门|处室|科室|机构)\s*[:：]/;
/** A place named alone as an actor (宜昌市, 襄樊市, 神农架林区), or a counted group of them (武汉城市圈9市). */
const PLACE_ITEM = /^(?:[\u4e00-\u9fff]{1,8}(?:市|县|区|州|盟|旗)|[\u4e00-\u9fff]{2,8}\d{1,2}[市县区])$/;

/** A level a body's name opens with: 区经济信息委, 州城投公司, 省发展改革委. */
const LEVEL = String.raw`(?:省|自治区|市|州|盟|地区|区|县|旗)`;
/** How a body named in running text ends (not 部门: 州属各部门预算内… is a scope, not an actor). */
const ACTOR_END = String.raw`(?:委员会|管委会|委|局|办公室|办|厅|中心|公司|集团)`;
/** A place word of a collective: 县, 市, 乡镇, 街道, 开发区. */
const PLACE = String.raw`(?:[省市州盟县区旗乡镇街]|地区|街道|开发区|园区|功能区)`;
/**
 * Places named together as an actor (各县(市)区, 各县（市、区）, 各县市区, 各市、县(市、区), 各市(地), 各乡镇(街道), 各地, 各省级开发区),
 * maybe with their governments (各乡镇人民政府, 各区县(市)政府, 各县(市、区)政府(管委会)).
 */
const PLACES = String.raw`各(?:省级|市级|县级)?(?:${PLACE}(?:、?${PLACE})*(?:${OPEN}${PLACE}(?:、${PLACE})*${CLOSE})?(?:${PLACE})?|地)(?:人民政府|政府|管委会)?(?:${OPEN}(?:管委会|管理委员会)${CLOSE})?`;
/** Departments named together (各级发展改革部门, 市直相关部门, 县直各部门, 市政府各部门, 各有关部门); not 区级相关部门 (a scope, seed 000). */
// (…and a government's departments named with 有关/相关: 市政府有关部门, 德州)
const DEPARTMENTS = String.raw`(?:各级|各有关|各相关|[省市县区]直(?:各|相关|有关)?|[省市县区]政府(?:各|有关|相关))(?:(?![和及与])[\u4e00-\u9fff]){0,8}?部门`;
const BODY = String.raw`(?:${LEVEL}[\u4e00-\u9fff]{1,10}?${ACTOR_END}|[\u4e00-\u9fff]{2,12}?(?:管委会|工业园区管委会)|各级各部门|其他(?:区级|市级|县级)部门|${PLACES}|${DEPARTMENTS})`;
/** A later body of a list may drop the level the first one names (由县农业农村局、财政局、发改委、审计局、纪委监委负责监督, 叶城). */
const LISTED_BODY = String.raw`(?:${BODY}|[\u4e00-\u9fff]{1,8}?${ACTOR_END})`;
/**
 * Bodies that open a clause as its actor, one or a list (州发改委、州财政局提出…; 州城投公司向银行贷款…), followed by what they
 * do (dict/unit-labels.json actorVerbs; 州人民政府批复后… is a time, not an actor).
 */
// (…the way it acts may stand between, 按照要求, 按规定: 省直有关部门和各州、市人民政府按照要求向省地方金融监管局推荐…, 云南省.)
const ACTS_AS_BOUND = String.raw`(?:按照?(?:要求|规定|职责|分工|程序|有关规定|相关规定|职责分工))?`;
const SUBJECT_RE = new RegExp(String.raw`(?:(?:^|[，,；;。])(?:并由|请)?|由)(${BODY}(?:(?:、|和)${LISTED_BODY})*)(?=${ACTS_AS_BOUND}(?:${ACTOR_VERBS}))(?!${ACTS_AS_BOUND}(?:${ACTOR_VERBS})的)`, 'g');
/** Those an actor acts with, right after it: 要会同人社、财税、金融、经信等部门 (a list closed by 等部门/等单位). */
const CO_ACTORS_AFTER = /^(?:要|应|须|需|将)?(?:会同|联合|协同)((?:[^\s，。；,;、]{1,12}、)+[^\s，。；,;、]{1,12}?等(?:有关|相关)?(?:部门|单位))/;
/** Inside a sentence, a duty pair: 由专项资金项目主管部门牵头,财政部门配合… (A牵头, B配合). */
const DUTY_PAIR = /(?:^|[，,；;。]|由)([^\s由，,；;。]{2,24}?)(牵头)(?:负责)?[，,]([^\s由，,；;。]{2,24}?)(配合|协助|参与)/g;

/**
 * Bodies that a sentence names as the actor: "区经济信息委做好指导服务工作，正阳工业园区管委会为企业…", "州财政筹措…", "…由专项
 * 资金项目主管部门牵头,财政部门配合…". (Read only in an article that a unit note closes: ANNOTATION.)
 */
export function subjectUnits(text: string): UnitMention[] {
  const out: UnitMention[] = [];
  for (const m of matchesOf(text, SUBJECT_RE)) {
    const start = m.index! + m[0].length - m[1].length;
    out.push(...splitUnitList(m[1], start, false));
    // The bodies it acts with (各級發展改革部門要會同人社、財稅、金融、經信等部門: 内江, 辽宁省): kinds of department named before the body
    // word they share are one unit (ANNOTATION round 82), as places sharing a body are; bodies named in full are each one.
    const end = m.index! + m[0].length;
    const co = CO_ACTORS_AFTER.exec(text.slice(end));
    if (co) {
      const at = end + co[0].length - co[1].length;
      const items = co[1].split('、');
      if (items.slice(0, -1).some((w) => !endsLikeBody(w))) out.push({ name: co[1], lead: false, start: at, end: at + co[1].length });
      else out.push(...splitUnitList(co[1], at, false));
    }
  }
  out.push(...dutyPairs(text));
  // A body both opens the clause and leads its pair (由市发展改革局牵头负责,…): once, leading.
  const once = new Map<number, UnitMention>();
  for (const u of out) once.set(u.start, once.has(u.start) ? { ...u, lead: u.lead || once.get(u.start)!.lead } : u);
  return [...once.values()].sort((x, y) => x.start - y.start);
}

/**
 * The roles a sentence assigns in its own words, a lead and those who assist (由县农业局牵头,县委县政府督查室、县财政局配合,成立评选工作小组:
 * 盘山): the bodies, the first lead. Every name must end like a body. (ANNOTATION round 114: roles assigned in running text name their
 * units, with or without a note.)
 */
export function dutyPairs(text: string): UnitMention[] {
  const out: UnitMention[] = [];
  for (const m of matchesOf(text, DUTY_PAIR)) {
    const a = m.index! + m[0].indexOf(m[1] + m[2]);
    const b = a + m[1].length + m[2].length + m[0].slice(m[0].indexOf(m[1] + m[2]) + m[1].length + m[2].length).indexOf(m[3]);
    const lead = splitUnitList(m[1], a, true);
    const other = splitUnitList(m[3], b, false);
    if ([...lead, ...other].every((u) => endsLikeBody(u.name))) out.push(...lead, ...other);
  }
  // (…or the lead role alone, the bodies listed before it: 省发展改革委、经济和信息化厅、科技厅、省市场监管局、省经济合作局牵头负责四川省总部
  // 企业认定工作, 四川省 — roles assigned by name, as round 114's pair is.)
  if (!out.length) {
    for (const m of matchesOf(text, LEAD_DUTY)) {
      const named = m[1] ?? m[2];
      const at = m.index! + m[0].indexOf(named);
      const lead = splitUnitList(named, at, true);
      if (lead.length && lead.every((u) => endsLikeBody(u.name))) out.push(...lead);
    }
  }
  // (…or a lead working with partners it names after 会同, the act right after them: 由工信部牵头会同财政部对试点中小企业数字化改造情况进行审核,
  // 江苏省 2022 — a pair as round 114's is.)
  if (!out.length) {
    for (const m of matchesOf(text, LEAD_WITH)) {
      const a = m.index! + m[0].indexOf(m[1]);
      const b = m.index! + m[0].lastIndexOf(m[2]);
      const lead = splitUnitList(m[1], a, true);
      // (a bare group, 会同有关部门, names no body)
      const other = splitUnitList(m[2], b, false).filter((u) => !/^(?:各)?(?:有关|相关|其他)(?:部门|单位)$/.test(u.name));
      if (lead.length && other.length && [...lead, ...other].every((u) => endsLikeBody(u.name))) out.push(...lead, ...other);
    }
  }
  // (…or a role the sentence names the bodies to for the measure it is in: 区科技创新局是本实施细则的组织实施部门, 龙岗; 各县(市、区)教科局(中心)、
  // 临汾经济开发区为本次绩效评价组织单位, 临汾; 区经济促进局为本分项资金的主管部门, 南山 — roles assigned by name, round 114.)
  for (const m of matchesOf(text, ROLE_NAMED)) {
    // (列第一位的为牵头单位, 排名第一的责任单位为牵头单位: which of a note's bodies leads, no body named)
    if (/的/.test(m[1])) continue;
    const named = splitUnitList(m[1], m.index! + m[0].indexOf(m[1]), /牵头|主责|主办/.test(m[3]));
    if (named.length && named.every((u) => endsLikeBody(u.name))) out.push(...named.filter((u) => !out.some((o) => o.start === u.start)));
  }
  return out;
}
/** Bodies a sentence names to a role for its measure: X是本实施细则的组织实施部门, X为本次…组织单位, X为本分项资金的主管部门. */
// (…the measure named by 该 or 此 too, and two role words or one who assists: 州交通运输局为该议案办理工作的牵头责任单位; 州发改委、州旅游委、…、
// 恩施市政府为协办单位, 恩施 2012.)
const ROLE_NAMED = /(?:^|[，,；;。])\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|第[一二三四五六七八九十百]+条)?\s*([^\s由，,；;。\d（(][^\s由，,；;。]{1,119}?)(?:是|为|作为)((?:本|该|此)(?:次|项)?[^，,；;。]{0,16}?的?)?((?:组织实施|组织|主管|牵头|主责|主办|承办|协办|配合|责任|实施|执行){1,2})(?:部门|单位)(?=[，,；;。]|$)/g;
/** 由A牵头会同B, the act after B (对…, 进行, 开展, 负责…): the lead and its partners. */
const LEAD_WITH = /(?:^|[，,；;。]|由)([^\s由，,；;。]{2,24}?)牵头[，,]?会同([^\s由，,；;。]{2,40}?)(?=对|进行|开展|负责|共同|做好|组织|研究|制定|办理|实施|[，,；;。]|$)/g;
/** Bodies given the lead in running text, no partner named: A、B牵头负责…, 由A牵头负责…. */
// (…or 由A牵头 and the act it leads: 由市人社局牵头组织相关部门对申请材料进行审核, 郑州)
const LEAD_DUTY = /(?:^|[，,；;。]|由)([^\s由，,；;。（）()]{2,60}?)牵头负责|由([^\s由，,；;。（）()]{2,60}?)牵头(?:组织|开展|实施|推进|落实)/g;

/** Merge unit lists in order without duplicates; lead flags accumulate. */
export function mergeUnits(...lists: UnitMention[][]): { units: string[]; lead: string[] } {
  const units: string[] = [];
  const lead: string[] = [];
  for (const list of lists) {
    for (const u of list) {
      if (!units.includes(u.name)) units.push(u.name);
      if (u.lead && !lead.includes(u.name)) lead.push(u.name);
    }
  }
  return { units, lead };
}

/**
 * A section heading that names its bodies by their part instead of a note: 一、县示范区管委会牵头工作(8项) (沁县), 二、由市发改委
 * 牵头负责的重点任务, （一）县财政局、县税务局负责事项（共5项）, 三、区工信局主责任务清单. The bodies hold for every clause of the section
 * (ANNOTATION: a note in a heading); 牵头/主责 make them lead. `heading` is the heading without its marker, at `offset`.
 */
const HEADING_DUTY = /^(由)?(.{2,60}?)(牵头|主责|负责|承担|责任)(?:负责|落实|推进|实施|承担)?的?(?:(?:重点|主要|具体|年度)?(?:工作|任务|事项)(?:任务|清单|事项)?)?(?:[（(]共?\s*\d{1,3}\s*(?:项|条|个)[）)])?[。：:]?$/;
export function headingDutyNote(heading: string, offset: number): UnitNote | undefined {
  const m = HEADING_DUTY.exec(heading.trim());
  if (!m) return undefined;
  const at = offset + (heading.length - heading.trimStart().length) + (m[1]?.length ?? 0);
  const lead = LEAD_PREFIXES.has(m[3]);
  const units = splitUnitList(m[2], at, lead);
  if (!units.length || !allBodies(units)) return undefined;
  return { start: offset, end: offset + heading.length, units };
}
/**
 * …or a heading that is only the bodies' names, each a jurisdiction's body by its level or place ((三)闻喜县政府 / (四)稷山县政府 over their
 * tasks, 运城; 二、市发展改革委): the section lists what they do (ANNOTATION round 129). Not a heading that only ends like a body (优化产业布局,
 * 企业开办) nor a body with no jurisdiction (领导小组).
 */
const HEADING_BODIES = /^([\u4e00-\u9fff、，,]{3,40}?)[。：:]?$/;
// (A body by its level word first, 市发展改革委, 县财政局, 区政府, or a place's government, 闻喜县政府, 稷山县人民政府; its end a body's, not a
// word's that ends alike, 布局, 格局, 开办.)
const JURISDICTION_BODY = /^(?:[省市州盟县区旗乡镇][\u4e00-\u9fff]{0,16}?(?:政府|(?<![布格结大全])局|委员会|(?<!主)委|办公室|厅|管委会)|[\u4e00-\u9fff]{2,6}?[省市州盟县区旗](?:人民)?政府)$/;
export function headingBodiesNote(heading: string, offset: number): UnitNote | undefined {
  const m = HEADING_BODIES.exec(heading.trim());
  if (!m) return undefined;
  const at = offset + (heading.length - heading.trimStart().length);
  const units = splitUnitList(m[1], at, false);
  if (!units.length || !allBodies(units) || !units.every((u) => JURISDICTION_BODY.test(u.name)) || units.map((u) => u.name).join('').length < m[1].replace(/[、，,]/g, '').length) return undefined;
  return { start: offset, end: offset + heading.length, units };
}

/** A line that is one bracket (a note standing alone under its task): （市交通运输局牵头，市公路局配合）。 */
const WHOLE_BRACKET = new RegExp(`^(\\s*${OPEN})(${BRACKET_BODY})${CLOSE}[。；;]?\\s*$`);
/** Dashes opening a duty line under its task: ──, ——, --. */
const DUTY_DASH = /^\s*[-—─–－]{1,4}\s*(?=由|请)/;
/** 由/请 opening a duty note: a word of the sentence, not of the first name. */
const BY = /^\s*(?:由|请)/;

/**
 * A line under a task that is wholly its duty note, with or without 由 and in any bracket shape: 由市发展改革委,各县市区
 * 人民政府,市经济开发区管委会、市东新区管委会负责落实 (周口); 由漯阜铁路公司、市发展改革委,川汇区、商水县、项城市、沈丘县人民政府…负责落实;
 * （市交通运输局牵头，市公路局配合）; 由市商务局承办。 Every part must close on a duty word and every list on a body (else it is a
 * sentence: 由市财政局负责资金拨付). `textEnds`: the text ends with the line, which may then be cut before its duty words
 * (由市交通运输局、…,市经济开发区管委会): a 由 line of bodies only gives its complete names. Offsets are the line's.
 */
export function dutyLine(written: string, textEnds = false, afterDuty = false): UnitMention[] | undefined {
  // (A dash a plan sets before the line, ──由市卫生局会同各县市区组织落实。 (黄冈), --由省住建厅…组织落实。 (湖北省): no part of it.)
  const dash = DUTY_DASH.exec(written)?.[0].length ?? 0;
  const line = dash ? ' '.repeat(dash) + written.slice(dash) : written;
  const br = WHOLE_BRACKET.exec(line);
  const off = br ? br[1].length : 0;
  let body = br ? br[2] : line.replace(/[。；;]\s*$/, '');
  const by = BY.exec(body);
  if (by) body = ' '.repeat(by[0].length) + body.slice(by[0].length);
  const units = parseDutyNote(body, off);
  if (units) return units;
  // A bracket of bodies alone, unlabelled, that a wrap or the layout set on a line of its own under its task (…增长11%以上。 /
  // (区发改局、农业局), 镇海): a note as it is at the sentence's end.
  if (br) {
    const notes = findNotes(line);
    const n = notes.length === 1 ? notes[0] : undefined;
    if (n && n.units.length && !line.slice(0, n.start).trim() && !line.slice(n.end).replace(/[。；;]?\s*$/, '')) return n.units;
  }
  // Cut by the excerpt's end: a 由 line, or one whose first parts close on a duty word (市交通运输局牵头,市公路局配): a list of
  // bodies alone could be an addressee or a signature, unless the tasks above were each closed by a duty line (`afterDuty`: 市财政局牵头落实
  // / … / 市发改委、市财政局、市人社局、市金融办、人民银, 潍坊: the last row's, its duty words and its last name cut).
  if (!textEnds || br) return undefined;
  const sep = Math.max(...['，', ',', '；', ';'].map((c) => body.lastIndexOf(c)));
  if (!by && !(sep > 0 && parseDutyNote(body.slice(0, sep), off)) && !(afterDuty && /^[\u4e00-\u9fff、，,]+$/.test(body.trim()))) return undefined;
  return cutOffList(body, off);
}

/**
 * The last name of a note the text's end cuts off is cut when another note of the notice names a unit that starts with it
 * and goes on (各县 after 各县(市、区)政府(管委会) in the notes above; 各开发区管委 after 各开发区管委会): a notice names its units
 * the same way in every note. A longer form elsewhere (the addressees' 达州经开区筹备组) says nothing: 达州经开区 is whole. But
 * where the notice writes the name's ending on into a longer body ending (德阳高新区管委 beside 德阳经开区管委会 in the same note:
 * 管委 → 管委会), the ending was cut: the name is no unit. `text`: the whole text.
 */
export function cutAtEnd(units: UnitMention[], noted: Iterable<string>, text = ''): UnitMention[] {
  const last = units[units.length - 1];
  if (!last) return units;
  // (…or the note's label alone, the text cut before its colon: …完善社区规划师制度。(牵头单位, 黄浦: no body)
  if (LABEL_ONLY.test(last.name)) return units.slice(0, -1);
  for (const name of noted) if (name.length > last.name.length && name.startsWith(last.name)) return units.slice(0, -1);
  return endingCut(last.name, text) ? units.slice(0, -1) : units;
}

/** A unit label's words and nothing else (牵头单位, 责任部门). */
const LABEL_ONLY = new RegExp(`^${LABEL_WORD}$`);

/**
 * Does the notice write the ending of `name` on into a longer body ending (its last two characters, 管委, written 管委会 in
 * another name: 德阳经开区管委会 beside the cut 德阳高新区管委)? An ending that is whole before more words (达州经开区 before
 * 筹备组) is not cut.
 */
function endingCut(name: string, text: string): boolean {
  const own = BODY_END.exec(name);
  if (!own || name.length < 2) return false;
  const tail = name.slice(-2);
  for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) {
    for (let k = 1; k <= 3 && at + 2 + k <= text.length; k++) {
      const more = text.slice(at + 2, at + 2 + k);
      if (!/^[\u4e00-\u9fff]+$/.test(more)) break;
      const longer = BODY_END.exec(name + more);
      if (longer && longer.index < own.index && longer.index + longer[0].length === name.length + k) return true;
    }
  }
  return false;
}
