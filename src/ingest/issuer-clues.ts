import { createRequire } from 'node:module';
import { regionOfAddress } from './address-region.js';
import { BYLINE_BULLET, CITED_TITLE, issuerBeforeAbout, LEAD_BODY, placedOrgan, WHOLE_ORGAN } from './metadata.js';
import { ISSUER_FIELD_OPEN, ORGAN_END } from './meta-words.js';
import { divisionAt, divisionRun, findRegion } from './regions.js';

/**
 * Clues to a notice's issuer outside its title block and signature: the body a cover forwards, the short name a text defines, a
 * department site's sponsor, the department citing its own document, a page's publisher, a body bulleted over the title, the
 * government a decision names, the bodies signing a joint cover on one line. Each reads folded text and returns the body as the
 * text writes it, else undefined; documents.ts tries them in order where nothing stronger names the issuer.
 */

/**
 * The bodies that sign a joint cover with no date, on the line right after its transmittal sentence (…现将《…行动方案》印发给你们,请认真
 * 贯彻执行。 / 自治区发展改革委、科技厅、工业和信息化厅、…,地方金融监管局,宁夏税务局、人行银川中心支行、…: 宁夏): the line as written.
 * Every item a short name, nearly all ending as a body does; no sentence or colon on the line. One body alone, named from its place,
 * signs too.
 */
const TRANSMITTAL_END = /(?:印发|转发|下发)给你们[^。]{0,20}?(?:执行|落实|实施|遵照执行|组织实施|抓好落实)[。!！]$/;
const BODY_ITEM = new RegExp(`^[\\u4e00-\\u9fff]{1,14}(?:${ORGAN_END})$`);
/** The last item of the list run into the text under it by the cleaner (…宁夏证监局为深入贯彻…): the body, where one opens the item. */
const BODY_THEN_TEXT = new RegExp(`^([\\u4e00-\\u9fff]{1,14}?(?:${ORGAN_END}))(?=为|根据|按照|依据|近年来)`);
export function signingBodiesLine(paras: string[]): string | undefined {
  for (let k = 0; k + 1 < paras.length && k < 12; k++) {
    if (!TRANSMITTAL_END.test(paras[k].replace(/\s/g, ''))) continue;
    const line = paras[k + 1].replace(/\s/g, '');
    // (…or one body alone, its place first, the cover's date lost: …现印发给你们,请认真贯彻实施。 / 山东省人民政府办公厅 / 数字强省建设2023年
    // 工作要点, 山东省)
    if (placedOrgan(line)) return line;
    const items = line.split(/([、，,])/);
    let out = '';
    let bodies = 0;
    let others = 0;
    for (let i = 0; i < items.length; i += 2) {
      const item = items[i];
      const sep = items[i + 1] ?? '';
      if (BODY_ITEM.test(item)) bodies++;
      else if (BODY_THEN_TEXT.test(item)) {
        out += BODY_THEN_TEXT.exec(item)![1];
        bodies++;
        break;
      } else if (item.length <= 12 && !/[。：:；;]/.test(item) && ++others <= 2) {
        // (a body named otherwise: 人行银川中心支行)
      } else return undefined;
      out += item + sep;
    }
    return bodies >= 3 ? out.replace(/[、，,]$/, '') : undefined;
  }
  return undefined;
}

/**
 * The department a page names as its publisher outside a field: its name beside its own site's address in the page's byline
 * (吉林省工业和信息化厅 http://gxt.jl.gov.cn/ 发布时间:…, the address's division the body's), or its section in a disclosure
 * catalogue's breadcrumb (长春市政府信息公开专栏 >> 市科学技术局 >> 履职依据). Read only where nothing else names the issuer.
 */
const SITE_BYLINE = new RegExp(`^((?:中共)?[\\u4e00-\\u9fff]{2,30}?(?:${ORGAN_END}))\\s*((?:https?:\\/\\/)?[\\w.-]+\\.gov\\.cn)\\b`);
const CRUMB_PARTS = /\s*(?:>>|»|›|＞|>)\s*/;
/** A site's section of a department's notices: 公告公示, 通知公告, 政策文件, 文件通知. */
const NOTICE_SECTION = /^(?:通知公告|公告公示|公示公告|通知通告|公告通知|政策文件|文件通知|政策法规|规范性文件|政府文件|部门文件|工作通知|公示|公告|通知)$/;
export function pagePublisher(head: string[]): string | undefined {
  for (const line of head.slice(0, 8)) {
    const t = line.trim();
    const m = SITE_BYLINE.exec(t);
    if (m) {
      const site = regionOfAddress(m[2]);
      const own = findRegion(m[1]);
      if (site && own && (own.code.startsWith(site.code) || site.code.startsWith(own.code))) return m[1];
    }
    const crumbs = t.split(CRUMB_PARTS);
    // (a disclosure catalogue's trail: a section that is a department, not the government whose site it is)
    if (crumbs.length >= 3 && /信息公开/.test(t)) {
      const dept = crumbs.slice(1, -1).find((c) => WHOLE_ORGAN.test(c) && !/政府(?:办公室|办公厅)?$/.test(c) && (divisionAt(c, 0) || /^[省市区县州盟旗]/.test(c)));
      if (dept) return dept;
    }
    // (…or any site's trail through a department's own section, the department named in full with its place and a section of its
    // notices below it: 首页 > 部门集约 > 河源市人力资源和社会保障局 > 公告公示, 河源)
    if (crumbs.length >= 3) {
      const at = crumbs.findIndex((c, k) => k > 0 && k < crumbs.length - 1 && WHOLE_ORGAN.test(c) && !/政府(?:办公室|办公厅)?$/.test(c) && !!divisionAt(c, 0));
      if (at > 0 && NOTICE_SECTION.test(crumbs[at + 1])) return crumbs[at];
    }
  }
  return undefined;
}

/**
 * The government a notice's decision names, by its level as written (…“1+5”政策文件精神,市政府决定对2020年实现…目标的企业兑现奖励;
 * 市政府决定,2026年…重点办好10件实事): the issuer of a notice that names no other. Not a joint decision (市委、市政府决定), which a
 * notice of both bodies or of their office may carry.
 */
const DECIDES = /(?:^|[，。；,;：:\s])(?<![委、])((?:自治区|自治州|自治县|[省市县区州盟旗])(?:人民)?政府)(?:研究)?决定/;
export function decidingGovernment(paras: string[]): string | undefined {
  for (const p of paras.slice(0, 12)) {
    const m = DECIDES.exec(p);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * The body whose document a service page's policy field names, where the page names no issuer of its own (政策来源:《云阳县人民政府办公室
 * 关于印发云阳县文化旅游品牌奖励扶持办法的通知》(云阳府办规〔2021〕2号), 云阳: the page describes that document's measure). Only where one
 * such field names one body: a compilation listing many policies names many.
 */
const POLICY_FIELD = /^(?:政策来源|政策依据|政策出处|文件依据)[：:]\s*《([^《》]{4,120})》/;
export function policyFieldIssuer(paras: string[]): string | undefined {
  const bodies = new Set(paras.map((p) => POLICY_FIELD.exec(p.trim())?.[1]).filter((t): t is string => !!t).map((t) => issuerBeforeAbout(t, false)));
  const [only] = bodies;
  return bodies.size === 1 ? only : undefined;
}

/**
 * A body bulleted on its own line right over the title (• 成文日期 2019-02-28 / • 青岛市人民政府 / 关于2019年重点办好…的通知: a gazette
 * page that bulleted its head): the title's issuer line. The line below must open the title.
 */
export function bulletedIssuerOverTitle(head: string[], title: string): string | undefined {
  const t = title.replace(/\s/g, '');
  for (let k = 0; k + 1 < head.length && k < 12; k++) {
    if (!BYLINE_BULLET.test(head[k].trim())) continue;
    const line = head[k].replace(/\s/g, '').replace(BYLINE_BULLET, '');
    const next = head[k + 1].replace(/\s/g, '');
    if (next.length >= 4 && t.startsWith(next) && divisionAt(line, line.startsWith('中共') ? 2 : 0) && WHOLE_ORGAN.test(line)) return line;
  }
  return undefined;
}

/**
 * The author of a document a cover notice forwards (州移民办《关于…的意见》已经自治州人民政府同意,现转发你们; 省发改委《关于…的报告》已经
 * 省十三届人大七次会议审议通过,现批转给你们): the forwarded text's issuer, as the cover names it. An office written short (移民办) counts here,
 * where the sentence's form says it is a body.
 */
const FORWARDED = new RegExp(
  `(?:^|[:：]\\s*)((?:${LEAD_BODY}|[\\u4e00-\\u9fff]{1,10}?办)(?:[、和](?:${LEAD_BODY}|[\\u4e00-\\u9fff]{1,10}?办))*)《[^《》]{4,120}》(?:\\s*[（(][^（）()]{0,30}[）)])?\\s*(?:已经|已|业经)[^。；;]{0,40}?(?:同意|通过|批准)[，,]\\s*现(?:予|将其)?(?:批转|转发|印发)`,
);

/** The author of the document the head's cover sentence forwards (first lines, folded), else undefined. */
export function forwardedAuthor(head: string[]): string | undefined {
  for (const p of head.slice(0, 6)) {
    const m = FORWARDED.exec(p.trim());
    if (m) return m[1];
  }
  return undefined;
}

/**
 * The full name a text gives a body it then writes short (天津市滨海新区科学技术局(以下简称“区科技局”) → 天津市滨海新区科学技术局 for
 * 区科技局): the full name as the folded text writes it, else undefined. The full name is what stands between the clause's start
 * and the bracket, and it must open with a place or 中共 and end as a body does.
 */
const ALIAS = /[（(](?:以下|下文)?(?:简称|称)[“"「『]?([^”"」』（）()]{2,20})[”"」』]?[）)]/g;
const FULL_BODY = new RegExp(`^(?:中共)?[\\u4e00-\\u9fff]{2,40}(?:${ORGAN_END})$`);
/** The short names a text defines for a body it names in full (天津市滨海新区科学技术局(以下简称“区科技局”) → ['区科技局']). */
export function aliasesOf(text: string, full: string): string[] {
  if (!full) return [];
  return [...text.matchAll(ALIAS)].filter((m) => text.slice(0, m.index!).endsWith(full)).map((m) => m[1]);
}
/** A government's short name (泰安市政府办公室) as the text writes it in full (泰安市人民政府办公室), where it does; else as given. */
export function formalGovernment(name: string, text: string): string {
  const m = /^(.+?[省市县区州旗盟])政府((?:办公室|办公厅)?)$/.exec(name);
  if (!m) return name;
  const full = `${m[1]}人民政府${m[2]}`;
  return text.includes(full) ? full : name;
}
/**
 * A body named short, without the divisions over its own (黔江区财政局, 浑南区人民政府) or by its level alone (市民政局, 省文化和旅游厅),
 * where a line of the text is it whole, a signature's (重庆市黔江区财政局), or opens a title with it (上海市民政局关于…, 吉林省文化和旅游厅
 * 发布…): the whole name, as the notice writes itself (ANNOTATION round 47, round 235). Unchanged where no line does, or lines give two
 * different whole names.
 */
export function wholeBodyName(name: string, folded: string): string {
  if (/[、，,\s]/.test(name)) return name;
  const lead = divisionAt(name, 0);
  const levelOnly = !lead && /^[省市县区州]/.test(name);
  if (!lead && !levelOnly) return name;
  const whole = new Set<string>();
  for (const line of folded.split('\n')) {
    // (…or after a page's issuer field, maybe its other names in brackets after it: 发文机关:上海市闵行区人民政府办公室(闵行区政府研究室、…), 闵行)
    const l = line.replace(/\s+/g, '').replace(ISSUER_FIELD_OPEN, '');
    const i = l.indexOf(name);
    // (The whole name alone on its line, a signature's, or opening a title: not a masthead's …人民政府文件, nor a longer body's name.)
    if (i < 2 || !/^(?:$|关于|印发|发布|转发|[（(])/.test(l.slice(i + name.length))) continue;
    const before = l.slice(0, i);
    if (levelOnly ? divisionRun(before + name[0]) : divisionRun(before, lead)) whole.add(before + name);
  }
  return whole.size === 1 ? [...whole][0] : name;
}
export function aliasFullName(text: string, short: string): string | undefined {
  for (const m of text.matchAll(ALIAS)) {
    if (m[1] !== short) continue;
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    const full = /[^，。；：、,;:\s|｜“”"《》]*$/.exec(before)![0];
    if (full !== short && FULL_BODY.test(full) && (divisionAt(full, 0) || full.startsWith('中共'))) return full;
  }
  return undefined;
}

/**
 * A department's own site: the body its footer names as the site's sponsor (主办单位:深圳市工业和信息化局) issued a notice that speaks of
 * itself as that kind of body (反馈我局, 报我局): that body. (The cleaner may run the footer's next field into it: …信息化局投诉/咨询电话.) A sponsor the notice does not speak as (主办单位:中共武汉市委宣传部 under a
 * government's notice) is only the site's.
 */
const SPONSOR = new RegExp(`主办单位\\s*[:：]\\s*((?:中共)?[\\u4e00-\\u9fff]{2,30}?(局|委员会|委|厅))(?=[^\\u4e00-\\u9fff]|$|投诉|咨询|电话|地址|承办|协办|联系|网站|技术支持)`);
const SELF_BY_END: Record<string, RegExp> = { 局: /[我本]局/, 委员会: /[我本]委/, 委: /[我本]委/, 厅: /[我本]厅/ };
export function sponsorIssuer(text: string): string | undefined {
  const m = SPONSOR.exec(text);
  return m && SELF_BY_END[m[2]].test(text.replace(m[0], '')) ? m[1] : undefined;
}

/** Department kinds (dict/department-kinds.json): each kind's words, short first. */
const KINDS = (createRequire(import.meta.url)('../../dict/department-kinds.json') as { kinds: string[][] }).kinds;
/** An addressee line naming the departments of one kind below the writer: 各园区、镇(街)工信部门, 各市(州)科技管理部门,. */
const KIND_ADDRESSEES = new RegExp(`^各[^。；;《》]{0,60}?(${KINDS.flat().sort((a, b) => b.length - a.length).join('|')})(?:主管|管理|行政)?(?:部门|局)[^。；;]{0,40}[:：]`);

/**
 * The department that cites its own document while writing to the departments of its kind below it (各园区、镇(街)工信部门: /
 * 根据《东莞市工业和信息化局关于印发…的通知》…; 各市(州)科技管理部门: / …《省科技厅关于开展…的通知》): that department, where the notice
 * names no issuer of its own (ANNOTATION round 68: an issuer written only as that of the document it carries on). The first cited
 * document whose body is a department of the addressees' kind; none where the addressees name no one kind.
 */
export function citedOwnDepartment(head: string[]): string | undefined {
  const addressed = head.slice(0, 6).map((p) => KIND_ADDRESSEES.exec(p.replace(/\s/g, ''))).find(Boolean);
  if (!addressed) return undefined;
  const kind = KINDS.find((k) => k.includes(addressed[1]))!;
  for (const m of head.slice(0, 12).join('\n').matchAll(CITED_TITLE)) {
    const inner = m[1].replace(/\s/g, '');
    const body = /^((?:[\u4e00-\u9fff]{0,12}?)(?:厅|局|委员会|委))关于/.exec(inner)?.[1];
    // (Not a province's department over a notice to towns' and streets' departments, which only a city or a county writes to: 各镇街、园区
    // 商务主管部门: / 根据《广东省商务厅关于…》, 东莞: the superior's document it carries out.)
    const towns = /镇|街|乡/.test(addressed[0]);
    const place = divisionAt(body ?? '', 0);
    const provincial = /^省/.test(body ?? '') || (!!place && /(?:省|自治区)$/.test(place));
    if (body && kind.some((w) => body.includes(w)) && (place || /^[省市县区州盟旗]/.test(body)) && !(towns && provincial)) return body;
  }
  return undefined;
}
