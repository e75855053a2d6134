import { alt, ANY_FIELD, CITED_TITLE, closesLongerWord, DOCUMENT_KIND, FIELD, ISSUER_FIELDS, NAMED_ZONES, NUMBER_BEFORE_OWN_TITLE, NUMBER_FIELDS, ORGAN_END, OWN_TITLE_IN_MARKS, PAGE_LABEL, PHOTO_CREDIT, PUBLISHED_FIELDS, SIGNED_FIELDS, SOURCE_FIELDS, ZONES } from './meta-words.js';
import { LOST_MARKS, TIMED_STAMP, splitStampDate } from './stamps.js';
import { blankTitles, divisionAt } from './regions.js';
import { fold } from './fold.js';

/**
 * Metadata a notice states outside its title block: the signature (落款: issuer lines over a date)
 * and the fields of the web page that carries it (发文机关：…  发布日期：…). Pure functions over the
 * clean paragraphs, which may have lost their line breaks and spaces (来源:盟商务口岸局作者:…发布时间:…).
 */

// Zero as pages write it: 〇 ○ 零, and a letter O (full-width Ｏ folds to O) or a digit 0 typed for it (二O一四, 二0一四).
const CN_DIGIT: Record<string, number> = { '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, 'O': 0, 'o': 0, '0': 0, '一': 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二十四 → 24, 十二 → 12, 八 → 8. */
function cnNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_DIGIT[m[1]] : 1) * 10 + (m[2] ? CN_DIGIT[m[2]] : 0);
  return s.length === 1 && s in CN_DIGIT ? CN_DIGIT[s] : undefined;
}

const CN = '[〇○零ＯOo0一二三四五六七八九十]';
/** A date as notices write it: 2023年8月24日, 二〇二三年八月二十四日, 2023-02-27, 2023/8/24, 2023.8.24, 2022年07月19日. */
// (…or a signing date the page cut before its 日, at the line's end: 济宁市人民政府办公室 / 2021年9月29, 济宁)
export const DATE = `(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*(?:日|(?=[ \\t\\u3000]*(?:\\n|$)))|${CN}{4}年${CN}{1,2}月${CN}{1,3}日|\\d{4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}(?!\\d))`;
const DATE_RE = new RegExp(DATE);

/** The first date in a text, as YYYY-MM-DD. */
export function parseDate(text: string): string | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const parts = m[0].replace(/\s/g, '').split(/[年月日\-/.]/).filter(Boolean);
  if (parts.length < 3) return undefined;
  const y = /^\d{4}$/.test(parts[0]) ? Number(parts[0]) : Number([...parts[0]].map((c) => CN_DIGIT[c]).join(''));
  const mo = cnNumber(parts[1]);
  const d = cnNumber(parts[2]);
  if (!y || !mo || !d || mo > 12 || d > 31 || y < 1949 || y > 2100) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const CN_DATE_LINE = new RegExp(`^${CN}{4}年${CN}{1,2}月${CN}{1,3}日$`);
/** A line that is only a date in Chinese numerals (二○○五年一月十三日, 二〇二三年八月二十四日): the signing date, as YYYY-MM-DD. */
export function numeralDateLine(line: string): string | undefined {
  // (二O一四年二月十四日): the signing date in brackets, as 上海 district pages set it under the title.
  const p = line.replace(/\s/g, '').replace(/^[（(](.+)[）)]$/, '$1');
  if (CN_DATE_LINE.test(p)) return parseDate(p);
  // (…or run into the addressees under it: 二○一一年三月十七日省政府各部门、各直属机构:, a gazette's number line split by the cleaner, 四川省)
  const m = CN_DATE_ADDRESSEES.exec(p);
  return m ? parseDate(m[1]) : undefined;
}
const CN_DATE_ADDRESSEES = new RegExp(`^(${CN}{4}年${CN}{1,2}月${CN}{1,3}日)(?=[^，。；,;:：]{0,60}?(?:各|部门|机构|单位|政府)[^，。；,;:：]{0,30}[:：]$)`);

/** A body's name standing alone: 深圳市光明区人民政府, 中共楚雄州委, 盟商务口岸局; a place's other name in brackets inside it (武汉经开区(汉南区)科经局). */
/** A character of a body's name, or another name it holds in brackets (佛山中德工业服务区(佛山三龙湾科技城)管理委员会). */
const ORGAN_CHAR = '(?:[\\u4e00-\\u9fff]|[（(][\\u4e00-\\u9fff、]{2,12}[）)])';
const ORGAN = `(?:中共)?${ORGAN_CHAR}{1,30}?(?:${ORGAN_END})`;
const ORGAN_LINE = new RegExp(`^${ORGAN}$`);
/**
 * A centre of any kind that its place names, alone on the line over a signing date (阳泉市社会保险中心 / 2025年6月20日: 阳泉): a body
 * signing, as a 服务中心 is, though 中心 alone ends no organ's name elsewhere (a venue, 会展中心, is named in running text).
 */
const PLACED_CENTRE = /^(?:[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|州|盟|旗))+[\u4e00-\u9fff]{2,16}?中心$/;
// (…marks of characters the page lost after it: 2019年6月25日? ?, 兴庆)
const SIGNATURE_DATE = new RegExp(`^(${DATE})[（(]?(?:此件[^）)]*)?[）)]?(?:${LOST_MARKS})?$`);
// (…the attachment's heading the cleaner ran onto the line after the date: 仙居县民政局 2022年12月9日 附件 2022年…分配表, 仙居.)
const ORGAN_WITH_DATE = new RegExp(`^(${ORGAN})(${DATE})(?:[（(]此件[^）)]*[）)])?(?:$|附件)`);
/**
 * A line that is a signature with its date (青田县农业农村局 青田县财政局 2021 年 8 月 13 日): bodies whose first opens with its place (or 中共),
 * then the date, nothing else. The cleaner keeps it a line of its own under a line that does not close a sentence (…附件.xlsx, 青田).
 */
export function isSignedLine(line: string): boolean {
  const p = line.replace(/\s/g, '');
  return ORGAN_WITH_DATE.test(p) && (p.startsWith('中共') || !!divisionAt(p, 0));
}

export interface Signature {
  issuer: string;
  date?: string;
}

/**
 * A remark that another body signed or sealed for the signer, closing its line: (吉林省文化和旅游厅代签), （代章）; or the place of the
 * signer's own seal, a form's or a scan's mark: 安化县工业和信息化局（盖章）, (公章).
 */
const COUNTERSIGNED_END = /[（(](?:[\u4e00-\u9fff]{0,24}(?:代签|代章|代印|代发)|盖章|盖公章|公章|印章|签章|章)[）)]$/;
/** …alone on its line. */
const COUNTERSIGNED = new RegExp(`^${COUNTERSIGNED_END.source}`);
/**
 * The signature of a notice: one or more lines naming bodies right above a date line
 * (深圳市光明区人民政府 / 2023年8月24日), or a body and its date run together when the line breaks
 * were lost (寿光市人民政府2024年9月13日(此件公开发布)). Joint issuers on lines of their own are joined with 、; bodies on one
 * line are the issuer as written, whitespace removed (中共雅安市委办公室   雅安市人民政府办公室 → 中共雅安市委办公室雅安市人民政府办公室,
 * as the guide and the 六盘水, 彭州 gold write it).
 */
export function signatureOf(paras: string[], notAfter?: string): Signature | undefined {
  // (A bar a page drew its text in may close the signature's line: 瑞安滨海新区开发建设管理委员会 2024年7月16日 |, 瑞安.)
  paras = paras.map((q) => q.replace(/(?<=\S)\s*[|｜]+\s*$/, ''));
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i].replace(/\s/g, '');
    // A signature line the page wrapped in brackets: (沿河土家族自治县人民政府办公室2025年3月14日).
    const glued = ORGAN_WITH_DATE.exec(p) ?? ORGAN_WITH_DATE.exec(unbracketed(p));
    if (glued) return { issuer: glued[1], date: parseDate(glued[2]) };
    // A date whose 年月日 the page lost (沈阳市辽中区人民政府 / 2024115(此件公开发布)).
    const squashed = SQUASHED_LINE.exec(p);
    if (squashed && i > 0 && ORGAN_LINE.test(paras[i - 1].replace(/\s/g, ''))) {
      return { issuer: paras[i - 1].replace(/\s/g, ''), date: squashedDate(squashed[1], notAfter) };
    }
    // A page flattened to one line: …请认真贯彻执行。西藏自治区人民政府2021年4月7日西藏自治区招商引资….
    const inline = INLINE_SIGNATURE.exec(p);
    if (inline) return { issuer: inline[1], date: parseDate(inline[2]) };
    // A signature dated by its year (and month) only, closing the text: 营口市财政局 / 2025.
    // (…or a plan's cover under its title, the body and its year and month a line each before the text opens: 雷州半岛现代农业发展规划实施方案 /
    // (2016-2020年) / 湛江市农业局 / 二O一六年十月, 湛江 — the month written, not a bare year, which may head a section)
    const year = i > 0 ? YEAR_SIGNATURE.exec(p) : null;
    const yearOnly = year && (i >= paras.length - 3 || (i <= 6 && year[2] !== undefined)) ? year : null;
    if (yearOnly && ORGAN_LINE.test(paras[i - 1].replace(/\s/g, ''))) {
      const bodies: string[] = [];
      for (let k = i - 1; k >= 0 && ORGAN_LINE.test(paras[k].replace(/\s/g, '')) && bodies.length < MAX_SIGNERS; k--) bodies.unshift(paras[k].replace(/\s/g, ''));
      const year = /^\d{4}$/.test(yearOnly[1]) ? yearOnly[1] : [...yearOnly[1]].map((c) => CN_DIGIT[c]).join('');
      const mo = yearOnly[2] ? cnNumber(yearOnly[2]) : undefined;
      return { issuer: bodies.join('、'), date: year + (mo && mo <= 12 ? `-${String(mo).padStart(2, '0')}` : '') };
    }
    if (!SIGNATURE_DATE.test(p) || i === 0) continue;
    // The signing body run into the attachment line above the date (附件:…项目计划安排表市委农办 / 2024年8月9日, 大冶).
    const attached = ATTACHMENT_THEN_ORGAN.exec(paras[i - 1].replace(/\s/g, '')) ?? listedAttachmentThenOrgan(paras, i - 1);
    if (attached) return { issuer: attached[1], date: parseDate(p) };
    let k = i - 1;
    // （此件主动公开） between the bodies and the date.
    if (k > 0 && PUBLIC_REMARK.test(paras[k].replace(/\s/g, ''))) k--;
    // …or the body that sealed it for the signer (吉林省旅游产业发展领导小组 / (吉林省文化和旅游厅代签) / 2021年4月13日): the signer is the
    // body above it.
    if (k > 0 && COUNTERSIGNED.test(paras[k].replace(/\s/g, ''))) k--;
    // …or the attachments, listed under the signing body and over its date (哈尔滨市科学技术局 / 附件1:…申报书(模板).doc / 2022年10月26日).
    for (let n = 0; n < 4 && k > 0 && ATTACHMENT_LINE.test(paras[k].replace(/\s/g, '')); n++) k--;
    const bodies: string[] = [];
    // (…its remark run onto the body's line by the cleaner: 吉林省旅游产业发展领导小组(吉林省文化和旅游厅代签))
    const signer = (q: string) => q.replace(/\s/g, '').replace(COUNTERSIGNED_END, '');
    while (k >= 0 && bodies.length < MAX_SIGNERS) {
      const q = signer(paras[k]);
      // (…or a run of placed bodies the cleaner joined into one line, several to a line in the source: 山东省工业和信息化厅 山东省发展和改革
      // 委员会 / 山东省科学技术厅 山东省财政厅 … over 国家金融监督管理总局山东监管局 / 2023年10月12日, 山东省 2023: each body, joined with 、.)
      const run = ORGAN_LINE.test(q) || PLACED_CENTRE.test(q) ? [q] : placedBodiesRun(q);
      if (!run) break;
      bodies.unshift(...run);
      k--;
    }
    // (…the first of several signers run into the attachments list's last line above them: 2.2020年居家上门服务补助资金分配表温州市瓯海区民政局 /
    // 温州市瓯海区财政局 / 2020年4月16日, 瓯海, as a lone signer run into it is read above.)
    const first = bodies.length && k >= 0 ? ATTACHMENT_THEN_ORGAN.exec(paras[k].replace(/\s/g, '')) ?? listedAttachmentThenOrgan(paras, k) : null;
    if (first) bodies.unshift(first[1]);
    // (A body and a date over the addressees are the page's byline, not the signature: 青浦区人民政府 / 2016.03.15 / 各镇人民政府、街道办事处,…:
    // under the title, signed 上海市青浦区人民政府办公室 / 2016年2月15日 below, 青浦.)
    if (bodies.length && paras.slice(i + 1, i + 4).some((q) => ADDRESSEES_LINE.test(q.replace(/\s/g, '')))) continue;
    if (bodies.length) {
      const head = first ? undefined : wrappedHead(paras, k, bodies[0]);
      if (head) bodies[0] = head + bodies[0];
      return { issuer: bodies.join('、'), date: parseDate(p) };
    }
  }
  return undefined;
}

/**
 * A line that is only placed bodies run together (山东省科学技术厅山东省财政厅山东省生态环境厅), longer than one name: the bodies in order.
 * (Positions already found to split into no bodies are not tried again, so a long line of prose costs one pass per position.)
 */
function placedBodiesRun(line: string, from = 0, dead = new Set<number>()): string[] | undefined {
  if (from === 0 && line.length <= 30) return undefined;
  if (from === line.length) return [];
  if (dead.has(from)) return undefined;
  for (let end = from + 4; end <= Math.min(line.length, from + 30); end++) {
    const piece = line.slice(from, end);
    if (!ORGAN_LINE.test(piece) || !(piece.startsWith('中共') || divisionAt(piece, 0))) continue;
    const rest = placedBodiesRun(line, end, dead);
    if (rest) return [piece, ...rest];
  }
  dead.add(from);
  return undefined;
}

/** A page's note on how it is shown, after the text: 你的浏览器目前处于缩放状态…, 打印本页, 关闭窗口. */
const PAGE_NOTE_END = /浏览器|缩放状态|分辨率|打印本页|关闭窗口|返回顶部|扫一扫/;
/** A run of the page's bracketed notes ending a line: 【纠错】【加入收藏】【打印本页】【关闭窗口】. */
const PAGE_NOTES_AFTER = /(?:[【\[][^【】\[\]]{1,8}[】\]])+$/;
/**
 * The text's lines without the page's notes after it, whether on lines of their own (short, no date on them) or run onto the text's
 * last line (…附件:二〇一一年六月二十七日|【纠错】【加入收藏】【打印本页】【关闭窗口】, 内蒙古 2011).
 */
function withoutPageNotes(lines: string[]): string[] {
  const out = [...lines];
  while (out.length) {
    const last = out[out.length - 1];
    const notes = PAGE_NOTES_AFTER.exec(last);
    if (notes && notes.index > 0 && PAGE_NOTE_END.test(notes[0])) {
      out[out.length - 1] = last.slice(0, notes.index);
      break;
    }
    const notesOnly = (!!notes && PAGE_NOTE_END.test(notes[0])) || (PAGE_NOTE_END.test(last) && last.length <= 60 && !/日/.test(last));
    if (!notesOnly) break;
    out.pop();
  }
  return out;
}
/** A whole body's name that opens with its place (山东省人民政府办公厅, 和田地区财政局): a signer's line. */
export function placedOrgan(line: string): boolean {
  return WHOLE_ORGAN.test(line) && !!divisionAt(line, 0);
}
/**
 * A body's name alone closing the text under its last line, no date after it, only the page's notes below (…电话号码:2021866-6700 /
 * 和田地区财政局 / 你的浏览器目前处于缩放状态…, 和田地区): the signer, its place first.
 */
export function closingBody(paras: string[]): string | undefined {
  const lines = paras.map((p) => p.replace(/\s/g, '')).filter(Boolean);
  for (let k = lines.length - 1; k > 0 && lines.length - k <= 3; k--) {
    const l = lines[k];
    if (PAGE_NOTE_END.test(l) && l.length <= 60) continue;
    // (…or several, a line each, a joint notice's signers: 虹口区科学技术委员会 / 虹口区发展和改革委员会 / 虹口区财政局 under an empty 附件:)
    if (placedOrgan(l)) {
      let j = k;
      while (j > 0 && k - j + 1 < MAX_SIGNERS && placedOrgan(lines[j - 1])) j--;
      const above = lines[j - 1] ?? '';
      return /^关于/.test(above) || (/^附件/.test(above) && !/^附件\d*[:：]?$/.test(above)) ? undefined : lines.slice(j, k + 1).join('、');
    }
    // (…or run by the cleaner onto the contact line above it: 电话号码:2021866-6700和田地区财政局)
    const glued = /(?:电话|号码|热线)[^。；;]{0,12}?[\d)）-]([\u4e00-\u9fff]{2,30})$/.exec(l);
    return glued && placedOrgan(glued[1]) ? glued[1] : undefined;
  }
  return undefined;
}

/** A numbered item run into the signer (LISTED_ATTACHMENT_THEN_ORGAN), read only under an attachments list opened by 附件 up to three items above. */
function listedAttachmentThenOrgan(paras: string[], k: number): RegExpExecArray | null {
  const m = LISTED_ATTACHMENT_THEN_ORGAN.exec(paras[k].replace(/\s/g, ''));
  if (!m) return null;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const l = paras[j].replace(/\s/g, '');
    if (ATTACHMENT_LINE.test(l)) return m;
    if (!/^\d{1,2}[.、．]/.test(l)) return null;
  }
  return null;
}

/**
 * The start of a body's name the signature wrapped over lines above its last (无为市推动长三角地区 / 更高质量一体化发展、“一带一路”建设 /
 * 暨中部地区崛起领导小组办公室): read only where the name's last line opens with a joining word (暨, 及, 与, 和, 、) or the line above
 * ends with one, up to three lines with no sentence mark, the first of them opening with a place's name.
 */
function wrappedHead(paras: string[], k: number, last: string): string | undefined {
  if (k < 0) return undefined;
  // (…or a name wrapped with no joining word, its place on the line above and none on the body's line: 云南省打造世界一流“绿色食品牌” /
  // 工作领导小组办公室 / 2021年6月17日, 云南省 一县一业.)
  const above = paras[k].replace(/\s/g, '');
  if (!divisionAt(last, 0) && !/^(?:中共|[省市县区州盟旗])/.test(last) && divisionAt(above, 0) && above.length <= 30 && !/[。：:；;！？!?，,]/.test(above) && !ORGAN_LINE.test(above)) return above;
  if (!(WRAP_JOIN_START.test(last) || WRAP_JOIN_END.test(above))) return undefined;
  const lines: string[] = [];
  for (let j = k; j >= 0 && j > k - 3; j--) {
    const l = paras[j].replace(/\s/g, '');
    if (!l || l.length > 30 || /[。：:；;！？!?]/.test(l)) return undefined;
    lines.unshift(l);
    if (/^中共/.test(l) || divisionAt(l, 0)) return lines.join('');
  }
  return undefined;
}
const WRAP_JOIN_START = /^[暨及与和、]/;
const WRAP_JOIN_END = /[暨及与和、]$/;

const PUBLIC_REMARK = /^[（(]此件[^（）()]*[）)]$/;
/** The addressees on a line of their own: 各镇人民政府、街道办事处,区政府各委、办、局,各有关单位: */
const ADDRESSEES_LINE = /^各[^。；;]{2,150}[:：]$/;
/** The label an attachments list opens with: 附件1:, 附件:, 附件 2： (spaces kept or not). */
export const ATTACHMENT_LABEL = String.raw`附件\s*\d*\s*[:：]`;
/** A line of an attachments list: 附件1:…, 附件:…, 附件 2：… (spaces kept or not). */
export const ATTACHMENT_LINE = new RegExp(`^${ATTACHMENT_LABEL}\\s*\\S{2,}`);
/** Joint notices of departments are signed by many bodies, a line each (金山区经济委员会 / …科学技术委员会 / …财政局 / …; fourteen in 潍坊's 氢能 policy, over twenty in some provinces' joint notices): the run of organ lines stops the list, this only bounds it. */
const MAX_SIGNERS = 30;
const BRACKET_PAIRS: Record<string, string> = { '（': '）', '(': ')', '〔': '〕', '【': '】', '[': ']', '［': '］' };
/** A line's text inside one bracket pair that wraps it whole, else ''. */
function unbracketed(p: string): string {
  const close = BRACKET_PAIRS[p[0]];
  if (!close || !p.endsWith(close)) return '';
  const inner = p.slice(1, -1);
  return /[（()）〔〕【】\[\]［］]/.test(inner) ? '' : inner;
}
const YEAR_SIGNATURE = new RegExp(`^((?:19|20)\\d{2}|${CN}{4}(?=年))(?:年(?:(\\d{1,2}|${CN}{1,2})月)?)?$`);

/**
 * The date right after a transmittal sentence, with no body between (…现印发给你们,请认真贯彻落实。2024年9月6日(此件公开发布)):
 * the cover notice's signing date where the page dropped its issuer line.
 */
export function transmittalDate(paras: string[]): string | undefined {
  const lines = paras.map((p) => p.replace(/\s/g, '')).filter(Boolean);
  for (const [k, line] of lines.entries()) {
    const m = TRANSMITTAL_DATE.exec(line) ?? COVER_END_DATE.exec(line) ?? SIGNED_COVER_END_DATE.exec(fold(line)) ?? REMARKED_DATE.exec(line) ?? KIND_DATE.exec(line);
    if (m) return parseDate(m[1]);
    // (…or on the line under it, the sentence's stop maybe lost: …印发给你们,请认真组织实施 / 2019年7月25日, 湖北省.)
    const alone = k > 0 && TRANSMITTAL_END.test(lines[k - 1]) ? SIGNATURE_DATE.exec(line) : null;
    if (alone) return parseDate(alone[1]);
  }
  return undefined;
}
/**
 * The date that closes a notice whose signing body the page dropped: a date line right under the body's last sentence, only the
 * distribution lines after it (…确保全面完成夏秋季秸秆机械化全量还田目标任务。 / 二0一一年七月二十六日 / 主题词:… / 抄报:… / 抄送:…, 灌南).
 * It outranks the page's 发文日期 field, as a signature's date does.
 */
export function closingDate(paras: string[]): string | undefined {
  const lines = withoutPageNotes(paras.map((p) => p.replace(/\s/g, '')).filter(Boolean));
  // (…or run onto the end of the last sentence, a bar cell's end after it: …做出新的更大的贡献!二○○八年二月二十九日 |, 永康 2008.)
  // (…or after an attachments label the page left empty, the contact block before it: …联系电话:0471-6921193 附件: 二〇一一年六月二十七日 |,
  // 内蒙古 2011, a page run onto one line)
  const tail = /(?:[。！!]|附件[:：])([^。！!|｜:：]{6,16})[|｜]*$/.exec(lines[lines.length - 1] ?? '');
  if (tail) {
    const date = (SIGNATURE_DATE.test(tail[1]) ? parseDate(tail[1]) : undefined) ?? numeralDateLine(tail[1]);
    if (date) return date;
  }
  for (let k = lines.length - 1; k > 0 && lines.length - k <= 6; k--) {
    const date = SIGNATURE_DATE.test(lines[k]) ? parseDate(lines[k]) : numeralDateLine(lines[k]);
    if (!date) {
      if (DISTRIBUTION_LINE.test(lines[k]) || PUBLIC_REMARK.test(lines[k])) continue;
      return undefined;
    }
    return /[。！!]$/.test(lines[k - 1]) ? date : undefined;
  }
  return undefined;
}
/** A line of a notice's distribution block under its date (its public remark read apart): 主题词:…, 抄报:…, 抄送:…, 印发. */
const DISTRIBUTION_LINE = /^(?:主题词|主题|抄报|抄送|印发|分送|发送)[:：]|^[\u4e00-\u9fff]{2,20}\d{4}年\d{1,2}月\d{1,2}日印发$/;
const TRANSMITTAL_END = /(?:印发给你们|转发给你们|下达给你们)[^。；;]{0,20}?(?:执行|落实|实施)[。!！]?$/;
/** The word a document's title ends with (…的报告, …若干措施, …实施方案): what a cover carries after its date. */
const TITLE_WORD = `(?:${DOCUMENT_KIND})`;
// (…or after the cover's last sentence, whatever it says, where the title of the document it carries follows the date on the
// squashed line: …各专项计划由省发改委会同有关部门另行下达。2022年2月9日关于2022年全省国民经济和社会发展计划的报告省发改委…, 湖北省.)
const COVER_END_DATE = new RegExp(`[。!！](${DATE})(?=关于[^。；;，,]{2,60}?${TITLE_WORD})`);
// (…or the cover's signer between its last sentence and the date, the carried document's own title after, 关于 or none: …请径向市老龄办
// 反映、联系。開平市人民政府辦公室二○一一年十二月二十日擴大開平市高齡老人政府津貼發放范圍實施方案, 开平, a page run onto one line.)
// (Not a body's act on a date a sentence reports, 以下是…局2025年12月10日发布的…通知: 发布, 印发, 下发 right after the date.)
const SIGNED_COVER_END_DATE = new RegExp(`[。!！]${ORGAN}(${DATE})(?!的?(?:发布|印发|下发|出台|公布|制定|召开))(?=[^。；;，,：:]{2,60}?${TITLE_WORD})`);
/**
 * The day a notice was released, as a repost's lead gives it: the day, the body, maybe the meeting it held, then the release of
 * the notice by name (2018年11月22日,成都高新区召开产业培育大会,发布《关于深化产业培育…若干政策意见》; 2024年5月8日,XX市人民政府印发
 * 《…》). Read only where the notice prints no date of its own.
 */
export function releaseDate(paras: string[]): string | undefined {
  for (const p of paras) {
    const m = RELEASE_DATE.exec(p.replace(/\s/g, ''));
    // (…to its month where the lead gives no day: 2023年7月,廣東省人民政府辦公廳印發《…》, 广东省 → 2023-07, as ANNOTATION round 98 labels it)
    const month = m && /^(\d{4})年(\d{1,2})月$/.exec(m[1]);
    if (month) return `${month[1]}-${month[2].padStart(2, '0')}`;
    if (m) return parseDate(m[1]);
  }
  return undefined;
}
// (…or a site's carrying it, the notice's title in quotes: 2025年2月18日,眉山市人民政府网站刊发“眉山市发展和改革委员会关于征求《…》意见的公告”.)
// (…the comma after a full day left out, the notice named by its 关于 title: 2022年6月20日重庆市忠县人民政府办公室发布了关于印发《…》的通知, 忠县)
const RELEASE_DATE = new RegExp(`(?<!\\d)(\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?)(?:[，,]|(?<=日))[^，。；;]{2,30}?(?:(?:召开|举行|举办)[^，。；;]{1,24}?[，,])?(?:正式)?(?:发布|印发|出台|公布|刊发|刊登)了?(?:[《“"]|关于)`);
/**
 * A date right before the remark a signature closes with (…涉及嘉鱼的重点事项责任分解2021年5月12日(此件公开发布), 嘉鱼 flattened): the signing
 * date, where a page that lost its line breaks ran the attachments' list into it.
 */
const REMARKED_DATE = new RegExp(`(?<!\\d)(${DATE})[（(]此件`);
/**
 * A date in brackets right after a title's document kind, as national and provincial decisions print it under their title (…的实施意见
 * (2024年1月1日)2023年,市委…: 包头; …的意见(2020年6月6日)为深入贯彻…: 四川省), on a page that lost its line breaks: the notice's date. Its
 * opening bracket may be lost (…若干意见2019年4月26日)为深入…: 焦作).
 */
const KIND_DATE = new RegExp(`(?:${DOCUMENT_KIND})[（(]?(${DATE})[）)]`);
const TRANSMITTAL_DATE = new RegExp(`(?:执行|落实|实施|遵照执行|组织实施|抓好落实)[。!！](${DATE})(?:[（(]此件[^）)]*[）)])?`);

/**
 * The title of the document a cover carries, right after the cover's signing date on a page that lost its line breaks (…请径向市工业和
 * 信息化局反映。江门市人民政府2023年3月28日关于促进制造业高质量发展的若干措施为深入贯彻…, 江门).
 */
const CARRIED_TITLE = `[^。！!；;，,：:]{2,60}?${TITLE_WORD}`;
/** How an attachment's title ends (…项目计划安排表, …操作手册, …申报指南): where a signature run into its line starts. */
const ATTACHMENT_TITLE_END = '(?:表|清单|方案|办法|意见|细则|要点|目录|计划|名单|指南|通知|手册|说明|须知|模板)';
// ...also after the attachment line the signature follows (附件:常熟市2018年政府工作任务分解表常熟市人民政府办公室2018年2月24日),
// and after a sentence a page ends with an ASCII stop (…请认真组织实施.常熟市人民政府办公室2018年2月24日); an attachment named as its
// file (…推荐表.doc佛山市禅城区经济和科技促进局2022年6月28日, 禅城), or a manual (附件:…系统+V1.0操作手册澄迈县工业信息化和科学技术局2023年6月14日, 澄迈).
// (…its body's name holding another name in brackets: …申报指南佛山中德工业服务区(佛山三龙湾科技城)管理委员会2024年8月19日。, 佛山中德)
const INLINE_SIGNATURE = new RegExp(
  // (…or any sentence's end where attachments, a publication remark or the text's end follow the date: …下午2:00-6:00。经开区科技创新局
  // 2021年3月10日附件1:…, 北京经开区; and a list of attachments to download: 附件下载:1.…的通知2.…管理办法高新区产业发展局2023年3月10日, 贵阳;
  // also a contact's number or mail before the body, its contact after the date: …0972-8610459海东市扶贫开发局2018年11月1日, …报送我局。
  // 江门市工业和信息化局2019年9月23日(联系人:…)
  // (…or a comma, on a page that lost its sentence ends, where the date closes the paragraph: …服务业处,河南省财政厅2024年10月21日。, 河南省)
  `(?:(?:执行|落实|实施|遵照执行|组织实施)[。!！.]|[，,](?=(?:[\\u4e00-\\u9fff]{2,30}?(?:${ORGAN_END})){1,3}?\\d{4}年\\d{1,2}月\\d{1,2}日[。.]?$)|附件(?:下载)?\\d*[:：][^。！!；;]{2,80}?${ATTACHMENT_TITLE_END}(?:\\.(?:docx?|xlsx?|pdf|wps|zip|rar))?|(?:[。!！）)》]|(?<=[0-9A-Za-z]))(?=(?:[\\u4e00-\\u9fff]{2,30}?(?:${ORGAN_END})){1,8}?\\d{4}年\\d{1,2}月\\d{1,2}日(?:附件|[（(](?:此件|联系)|[。.]?$|${CARRIED_TITLE})))((?:中共)?(?:${ORGAN_CHAR}{2,30}?(?:${ORGAN_END})){1,8}?)(\\d{4}年\\d{1,2}月\\d{1,2}日)`,
);
/** An attachment's title, its file's extension maybe, then the signing body run into it (captured), closing the line. */
const TITLE_THEN_ORGAN = `[^。！!；;]{2,80}${ATTACHMENT_TITLE_END}(?:\\.(?:docx?|xlsx?|pdf|wps))?((?:中共)?[\\u4e00-\\u9fff]{2,30}?(?:${ORGAN_END}))$`;
/**
 * An attachment's title, then the signing body the cleaner ran into its line (附件:大冶市…项目计划安排表市委农办; marked 附: alone,
 * 附:右玉县2023年…补助资金拨付表右玉县草原生态保护补助奖励机制工作领导组, 右玉).
 */
const ATTACHMENT_THEN_ORGAN = new RegExp(`附件?(?:下载)?\\d*[:：]${TITLE_THEN_ORGAN}`);
/** …or into a later numbered item of that list (附件:1.…分配表 / 2.…绩效目标表海南省财政厅 / 2025年5月16日, 海南省). */
const LISTED_ATTACHMENT_THEN_ORGAN = new RegExp(`^\\d{1,2}[.、．]${TITLE_THEN_ORGAN}`);
/** A red-header masthead the cleaner ran into its line, its document number after it (…常熟市人民政府办公室文件常政办发〔2018〕32号…). */
const GLUED_MASTHEAD = new RegExp(`((?:中共)?[\\u4e00-\\u9fff]{2,30}?(?:${ORGAN_END}))文件[\\u4e00-\\u9fff]{1,12}[〔[［(（]\\d{4}[〕\\]］)）]第?\\d+号`);

/** The body of a masthead glued into a head line, from the first place name in it (…爹常熟市人民政府办公室文件 → 常熟市人民政府办公室). */
export function gluedMasthead(line: string): string | undefined {
  const m = GLUED_MASTHEAD.exec(line.replace(/\s/g, ''));
  if (!m) return undefined;
  const body = m[1];
  for (let i = 0; i < body.length - 2; i++) if ((body.startsWith('中共', i) && divisionAt(body, i + 2)) || divisionAt(body, i)) return body.slice(i);
  return undefined;
}
/** A line that is a body's name alone, from a place (许昌市人民政府, 中共某县委). */
export const WHOLE_ORGAN = new RegExp(`^(?:中共)?[\\u4e00-\\u9fff]{2,30}?(?:${ORGAN_END})$`);
/** A page's time stamp on a line of its own (2023-02-20 15:38), or a document number (许政 [2023] 2号). */
// (the time's colon in either width: 2023-02-20 15：38)
const TIME_STAMP = String.raw`\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?`;
const PAGE_TIME = new RegExp(`^${TIME_STAMP}$`);
/** A page's time with a body's name after it on one line (whitespace removed): 2023-01-1911:01三亚市发展和改革委员会. */
const TIME_THEN_BODY = new RegExp(`^${TIME_STAMP}([\u4e00-\u9fff].*)$`);
const NUMBER_LINE = /^[\u4e00-\u9fff]{1,10}[〔[［(（]\d{4}[〕\]］)）]第?\d+号$/;
/** The bullet of an aggregator's byline list under a title (• 成都市龙泉驿区经济和信息化局 / • 2022-05-24), opening a line without its spaces. */
export const BYLINE_BULLET = /^[•·●▪◦]/;

/**
 * A page's byline in the head of a notice: a line naming a body alone beside the page's time stamp or the notice's number
 * (市政府文件 / 许昌市人民政府 / 2023-02-20 15:38 / 许政 [2023] 2号, 许昌): the body that issues it.
 */
/** A body and the level of its disclosure page right after it: 许昌经济技术开发区人力资源局县级, 河街乡人民政府乡级. */
const LEVEL_BYLINE = /^((?:中共)?[\u4e00-\u9fff（）()]{2,40}?)(?:省级|市级|县级|区级|乡级|镇级)(?![\u4e00-\u9fff]{0,2}(?:以上|以下|政府|财政|资金|部门|单位|企业))/;
/** A platform's name over its pages: 金水区基层政务公开. */
const PLATFORM_NAME = /^[\u4e00-\u9fff]{2,12}(?:基层政务公开|政务公开|信息公开)(?:平台|专栏)?/;
export function pageByline(head: string[]): string | undefined {
  // (An aggregator's byline may be a bulleted list under the title: • 成都市龙泉驿区经济和信息化局 / • 2022-05-24, 龙泉驿.)
  const lines = head.map((l) => l.replace(/\s/g, '').replace(BYLINE_BULLET, ''));
  // (…or the page's time and the body on one line, the time first: 2023-01-19 11:01 三亚市发展和改革委员会, 三亚 — the title the cleaner may have
  // run on after it, a place opening it, is no part of the body.)
  for (const line of lines) {
    const rest = TIME_THEN_BODY.exec(line)?.[1];
    if (!rest || !divisionAt(rest, rest.startsWith('中共') ? 2 : 0)) continue;
    for (let j = 4; j <= Math.min(30, rest.length); j++) {
      const body = rest.slice(0, j);
      if (WHOLE_ORGAN.test(body) && (j === rest.length || divisionAt(rest, j))) return body;
    }
  }
  // (…or a disclosure platform's byline, the body and its level, 许昌市建安区河街乡人民政府 乡级 / 2024-04-17, 金水区基层政务公开 / 金水区人力资源和
  // 社会保障局 县级: 河南's county pages, the lines maybe run together with the date or the title after the level.)
  for (const line of lines.slice(0, 4)) {
    const m = LEVEL_BYLINE.exec(line.replace(PLATFORM_NAME, ''));
    if (m && divisionAt(m[1], m[1].startsWith('中共') ? 2 : 0) && WHOLE_ORGAN.test(m[1])) return m[1];
  }
  for (let k = 0; k < lines.length; k++) {
    if (![lines[k - 1], lines[k + 1]].some((l) => l !== undefined && (PAGE_TIME.test(l) || NUMBER_LINE.test(l)))) continue;
    // (The cleaner may have run the page's index number and section into the line: …00850市政府文件许昌市人民政府; the body
    // starts at the first place from which the rest is a body's name.)
    const line = lines[k];
    for (let i = 0; i < line.length - 2; i++) {
      const place = line.startsWith('中共', i) ? i + 2 : i;
      if (divisionAt(line, place) && WHOLE_ORGAN.test(line.slice(i))) return line.slice(i);
    }
  }
  return undefined;
}
const SQUASHED_LINE = /^((?:19|20)\d{4,6})日?(?:[（(]此件[^）)]*[）)])?$/;
/** The same glued between words of a run-on paragraph: …请认真贯彻执行2025721濮阳县支持…. */
const SQUASHED_IN_TEXT = /(?<=[\u4e00-\u9fff])((?:19|20)\d{5,6})(?=[\u4e00-\u9fff（(])/;

/**
 * A date written without 年月日 (2024115, 2025721, 20240115), as YYYY-MM-DD: the one reading that is a real date
 * no later than notAfter (the page's publication date) and within 90 days of it; with no such bound, the only
 * real reading. 2024115 published 2024-01-18 is 2024-01-15, not 2024-11-05.
 */
export function squashedDate(digits: string, notAfter?: string): string | undefined {
  const y = digits.slice(0, 4);
  const rest = digits.slice(4);
  const readings = new Set<string>();
  for (let k = 1; k < rest.length; k++) {
    const [mo, d] = [rest.slice(0, k), rest.slice(k)];
    if (mo.length > 2 || d.length > 2 || (mo.length === 2 && mo[0] === '0' && rest.length === 3)) continue;
    const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    const t = Date.parse(`${iso}T00:00:00Z`);
    if (Number.isFinite(t) && new Date(t).toISOString().startsWith(iso) && Number(mo) >= 1 && Number(d) >= 1) readings.add(iso);
  }
  let list = [...readings];
  if (notAfter) {
    const bound = Date.parse(`${notAfter}T00:00:00Z`);
    list = list.filter((r) => {
      const t = Date.parse(`${r}T00:00:00Z`);
      return t <= bound && bound - t <= 90 * 86400000;
    });
  }
  return list.length === 1 ? list[0] : undefined;
}

/**
 * A squashed date glued inside the first paragraphs, or on a line of its own with no issuer above it (…请认真贯彻执行 / 2025721),
 * read only against the page's publication date.
 */
export function squashedDateIn(paras: string[], notAfter: string | undefined): string | undefined {
  if (!notAfter) return undefined;
  for (const p of paras) {
    const m = SQUASHED_IN_TEXT.exec(p) ?? SQUASHED_LINE.exec(p.replace(/\s/g, ''));
    if (m) return squashedDate(m[1], notAfter);
  }
  return undefined;
}

export interface PageFields {
  /** 发文机关 / 发文部门…: the issuer the page names. */
  issuer?: string;
  /** 来源 / 信息来源: a body the page names as its source. */
  source?: string;
  /** …or a town or a street named alone there (信息来源:东白湖镇): the issuer where nothing else names one (a town's portal reposts its county's notices). */
  townSource?: string;
  /** 成文日期 / 印发日期. */
  signed?: string;
  /** 发布日期 / 发布时间 / 时间. */
  published?: string;
  /** 发文字号 / 文号: 穗府办规〔2025〕3号. */
  docNumber?: string;
  /** The issuer field's value when it names no body (发布机构 | 眉山天府新区 |): a zone may publish. */
  publisher?: string;
}

// A date right after a document number on its line, as a date of any written form (川办函〔2015〕160号 2015年9月1日, 宁政办发〔2023〕13号
// 2023-03-24, …号　二〇一五年九月一日), maybe after a comma or bar or in brackets (…160号（2015年9月1日）).
const NUMBER_DATE = new RegExp(`[〔[［(（]\\d{4}[〕\\]］)）]第?\\d+号\\s*[，,;；|｜]?\\s*[（(]?\\s*(${DATE})`);
const BAR_DATE = /[|｜]\s*(\d{4}-\d{1,2}-\d{1,2})\s*$/;
const SQUASHED_NUMBER_DATE = /[〔[［(（](\d{4})[〕\]］)）]第?\d+号[）)]?\s*(\d{4})(\d{2})(\d{2})(?!\d)/;
// (…or the page's view count after it: 2017-04-23 3750次 已失效)
// (…or a page field right after it: 2023-06-29 来源:信阳市工业和信息化局 浏览:52491, 信阳)
const STAMP = /^\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\s+\d+\s*次|$|\s*(?:来源|浏览|作者|点击|阅读|字号)\s*[:：])/;
// A page's field table may be drawn with bars: 成文日期: | 2025-02-12 |.
const FIELD_RE = new RegExp(`(${FIELD})\\s*[:：]\\s*(?:[|｜]\\s*)?`, 'g');
const ORGAN_AT = new RegExp(`^${ORGAN}`);
/**
 * The organ a field's value opens with: the whole name up to the value's first separator when it is one, not the shortest that ends like
 * one (发文单位:中共苏州市委办公室、… is no 中共苏州市委, 苏州); else the organ the value starts with.
 */
function organOpening(value: string): string | undefined {
  const whole = /^[^、，,|｜;；\s]+/.exec(value)?.[0];
  return (whole && ORGAN_LINE.test(whole) ? whole : undefined) ?? ORGAN_AT.exec(value)?.[0];
}
// (the first field of a line has no bar before it: 发布日期 | 2022-02-22 | 主题词 | …, 苍溪)
const BAR_FIELD_RE = new RegExp(`(?<=^|[|｜])\\s*(${FIELD})\\s*[|｜]`, 'g');
// (…maybe after a list bullet, the middle dot too: • 成文日期 2022-11-04; group 1 is the bullet, group 2 the label)
// (…or a list's dash, each label and each value an item: - 日期 / - 2020-10-10, 隆阳; - 索引号 / - 00548694/2019-00026, 鲁山)
const bareField = (labels: string) => new RegExp(`^\\s*([•●▪◆■·]\\s*|[-－]\\s*(?=[\\u4e00-\\u9fff]))?(${labels})(?!\\s*[:：])\\s*`);
const BARE_FIELD = bareField(FIELD);
/** …or any label, one ingest does not read included (索引号, 统一编号), opening a row of fields without colons. */
const BARE_ANY_FIELD = bareField(ANY_FIELD);
// (the cleaner may have closed the spaces up: 发布机构区发改局发文日期2022-05-20)
const SPACED_FIELD_RE = new RegExp(`(?<=\\S)\\s*(${FIELD})(?!\\s*[:：])\\s*(?=\\S)`, 'g');
const DATED_FIELD_RE = new RegExp(`(${alt([...SIGNED_FIELDS, ...PUBLISHED_FIELDS])})\\s*(?=\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月])`, 'g');
// (…any label, also one ingest does not read, bounds the value before it; spaces may pad the label: [ 发布机构 ]万盛经济技术开发区 [ 主题分类 ]其他, 万盛)
const BRACKET_FIELD_RE = new RegExp(`[【\\[［]\\s*(${ANY_FIELD})\\s*[】\\]］]\\s*`, 'g');
const BULLET_SPLIT = /[•●▪◆■]/;
const SIGNED_ORDER = [...SIGNED_FIELDS];
/** A government a page field names by its short name (信息来源: 丽水市政府, 发布机构:德阳市政府): a place and its level, then 政府. */
const SHORT_GOVERNMENT_AT = /^((?:[\u4e00-\u9fff]{1,14}?(?:省|自治区|市|县|区|州|盟|旗))政府)(?!办|人民|工作|网|门户|信息|采购|令|[省市县区])/;
const LEVEL_GOVERNMENT_AT = /^((?:省|自治区|市|县|区|州|盟|旗)政府)(?!办|人民|工作|网|门户|信息|采购|令|[省市县区])/;
const DOCNO_AT = /^[\u4e00-\u9fff]{1,12}[〔[［(（]\d{4}[〕\]］)）]第?\d+号/;

/** The metadata fields of a web page's head, also when its lines ran together. */
/** A page's field printed alone on a line under the text: 来源:重庆市人力资源和社会保障局, 发布:1999-09-29. */
// (…maybe in brackets with the page's editors after it, and run onto the end of the last line by the cleaner: …县就业局:0855-3881835(来源:
// 麻江县人力资源和社会保障局,编辑:杨昌艳,审核:顾华业), 麻江)
const FOOT_SOURCE = new RegExp(`(?:^|(?<=[\\d。；;）)]))[（(]?(?:${[...SOURCE_FIELDS].join('|')})[:：](${ORGAN})(?:[，,;；](?:编辑|责任编辑|责编|审核|校对|作者|初审|复审|终审)[:：][^，,;；（）()]{0,12})*[）)]?$`);
const FOOT_PUBLISHED = /^(?:发布|發布|发布时间|發布時間|发布日期|發布日期)[:：](\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\d{1,2}:\d{2}(?::\d{2})?)?$/;
/**
 * The fields a page prints under the text instead of over it (…此次公布的最低工资标准自1999年10月1日起执行。/ 相关文章:… / 来源:重庆市人力资源
 * 和社会保障局 / 发布:1999-09-29, 重庆): a source naming a body, and the page's date, each alone on one of the last lines.
 */
export function footerFields(lines: string[]): Pick<PageFields, 'source' | 'published'> {
  const out: Pick<PageFields, 'source' | 'published'> = {};
  for (const l of lines.map((x) => x.replace(/\s/g, '')).filter(Boolean).slice(-4)) {
    const source = FOOT_SOURCE.exec(l);
    if (source) out.source ??= source[1];
    const published = FOOT_PUBLISHED.exec(l);
    if (published) out.published ??= parseDate(published[1]);
  }
  return out;
}

export function pageFieldsOf(lines: string[]): PageFields {
  const out: PageFields = {};
  let signedRank = Infinity;
  let publishedRestated = false;
  let publishedAt = -1;
  // A law site's fields in square brackets (【发文字号】黄政办发〔2007〕9号【发布日期】2007-02-08) read as label: value.
  const paras = lines.map((p) => p.replace(BRACKET_FIELD_RE, (m, label: string, at: number) => `${at ? '|' : ''}${label}：`));
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi];
    // A bare time stamp opening a line (2019-06-10 14:36:55, which the cleaner may have run into the next
    // sentence): the page's publication time.
    if (STAMP.test(p.trim())) out.published ??= parseDate(p);
    // (…or one a body's name follows, the page's byline with its time first: 2023-12-28山东省人力资源和社会保障厅, 山东省; 2023-01-19 11:01
    // 三亚市发展和改革委员会, 三亚)
    else if (/^\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}/.test(p.trim()) && p.length <= 80 && pageByline([p])) out.published ??= parseDate(p);
    // ...or inside the head the cleaner ran together, before its first sentence ends (…若干政策》2019-07-26 10:15为切实…):
    // a date with its time of day is a page's stamp.
    const stamp = TIMED_STAMP.exec(p.split('。')[0]);
    if (stamp) out.published ??= parseDate(stamp[1]);
    // ...or set a part a line (2025 / 09/30 / 12:10).
    const split = pi + 1 < paras.length ? splitStampDate(p.replace(/\s/g, ''), paras[pi + 1].replace(/\s/g, '')) : undefined;
    if (split) out.published ??= split;
    // A bar-drawn head whose last cell is a date (| 税收优惠政策 |2011-10-10): the page's date.
    const barDate = BAR_DATE.exec(p);
    if (barDate) out.published ??= parseDate(barDate[1]);
    // A date right after the document number in a flattened head (宁政办发〔2023〕13号 2023-03-24): the notice's date.
    const numbered = NUMBER_DATE.exec(p);
    if (numbered) out.signed ??= parseDate(numbered[1]);
    // …or run together after it, its 年月日 lost, in the year the number gives (…的通知(京技管〔2021〕42号)20210421: 北京经开区).
    const squashed = SQUASHED_NUMBER_DATE.exec(p);
    if (squashed && squashed[1] === squashed[2] && Number(squashed[3]) >= 1 && Number(squashed[3]) <= 12 && Number(squashed[4]) >= 1 && Number(squashed[4]) <= 31) out.signed ??= `${squashed[2]}-${squashed[3]}-${squashed[4]}`;
    // A field line without a colon (发文机关濮阳县人民政府办公室, 发布时间2025-07-25 09:48): its label opens it.
    const bare = p.length <= 80 ? BARE_FIELD.exec(p) : null;
    // (A bulleted one, • 成文日期 2022-11-04, may date the page of a gazette rather than the notice (青岛 市政府公报 2019): a page's date,
    // which the notice's own signature outranks; the issuer it names stands.)
    const fields: { key: string; rest: string; paged?: boolean }[] = bare ? [{ key: bare[2], rest: p.slice(bare[0].length), paged: !!bare[1] }] : [];
    // (A bare 时间 or 日期 closing a longer word is no field of the page: 纸质材料申报时间:2020年11月17日…至…, 光明 — a window the notice sets.)
    for (const m of p.matchAll(FIELD_RE)) if (!closesLongerWord(p, m[1], m.index!)) fields.push({ key: m[1], rest: p.slice(m.index! + m[0].length) });
    // A field row set out with spaces and no colons (发布机构 区发改局 发文日期 2022-05-20, 奉化): each label after the first, then its
    // value.
    // (…also after a label ingest does not read opening the row: 索引号M063/2022-119110 发布机构县市场监管局 发布日期2022-08-16, 桐庐)
    const opened = bare ?? (p.length <= 120 ? BARE_ANY_FIELD.exec(p) : null);
    if (opened && p.length <= 120) for (const m of p.slice(opened[0].length).matchAll(SPACED_FIELD_RE)) fields.push({ key: m[1], rest: p.slice(opened[0].length + m.index! + m[0].length) });
    // A date field with no colon anywhere in a line a page ran together (…公开范围 面向全社会发布机构 区发改局 发文日期 2022-05-20奉化推进…,
    // 奉化 flattened): the label, then the date right after it.
    // (Only on such a line, longer than a field row: a short row's bulleted or unlabelled fields (• 成文日期 2019-02-28 over a gazette's
    // notice, 文件类别 普通文件 成文日期 …) may date the page rather than the notice, which its signature dates.)
    if (p.length > 120) for (const m of p.matchAll(DATED_FIELD_RE)) if (!fields.some((f) => f.key === m[1])) fields.push({ key: m[1], rest: p.slice(m.index! + m[0].length) });
    // A field table drawn with bars and no colons: | 发布机构 | 眉山天府新区 | 公开日期 | 2025-11-14 |.
    // (a field left empty, 发文机关 | 成文日期 | 2013-01-09, has no value: the next label is none)
    for (const m of p.matchAll(BAR_FIELD_RE)) {
      const rest = p.slice(m.index! + m[0].length).trimStart();
      if (!new RegExp(`^(?:${FIELD})\\s*[|｜]`).test(rest)) fields.push({ key: m[1], rest });
    }
    // (the line a stamp dated the page on, read above)
    if (out.published && publishedAt < 0) publishedAt = pi;
    for (const field of fields) {
      const { key } = field;
      // A bulleted field list (• 发文日期: / 2023-07-04 • 成文日期: / 2023-06-28): a label ending its line takes the next
      // line's text up to the next bullet as its value.
      let rest = field.rest.split(BULLET_SPLIT)[0];
      if (!rest.trim() && pi + 1 < paras.length) rest = paras[pi + 1].split(BULLET_SPLIT)[0].replace(/^\s*[-－]\s*(?=\d)/, '');
      if (NUMBER_FIELDS.has(key)) {
        out.docNumber ??= DOCNO_AT.exec(rest.replace(/\s/g, ''))?.[0];
      } else if (SIGNED_FIELDS.has(key) || PUBLISHED_FIELDS.has(key)) {
        const d = new RegExp(`^${DATE}`).test(rest) ? parseDate(rest) : undefined;
        if (!d) continue;
        // 成文日期 outranks 印发日期 / 发文日期 (a page listing both: 发文日期 2023-07-04, 成文日期 2023-06-28).
        if (SIGNED_FIELDS.has(key) && !field.paged) {
          const rank = SIGNED_ORDER.indexOf(key);
          if (rank < signedRank) {
            out.signed = d;
            signedRank = rank;
          }
        }
        else if (!out.published) {
          out.published = d;
          publishedAt = pi;
        }
        // (…an earlier one on a later line, that a reposting site's own date stood above — a copy is posted after its original — where the
        // line names the notice's source with it (【来源:市经信委 发布日期:2019-05-14】 under a repost's 2019-05-20, 上海) or stands under the
        // notice's title printed again (…稳岗返还政策的公告 / 发布日期:2025-08-19 under the site's 发布时间: 2025年08月20日, 阳信): the
        // original page's date.)
        else if (d < out.published && pi > publishedAt && !publishedRestated && (sourceNamed(p) || RESTATED_TITLE.test(paras[pi - 1]?.replace(/\s/g, '') ?? ''))) {
          out.published = d;
          publishedRestated = true;
        }
      } else {
        // (An issuer field may name the government by its level alone, 发布单位 | 区政府 |, as written (ANNOTATION round 48); a source
        // field's bare 市政府 names no body.)
        // (…up to the label of another body's role the row names after it, spaced off: 所属机构 中宁县扶贫开发服务中心 责任部门 中宁县扶贫开发服务中心,
        // 中宁 — that body is no joint issuer)
        const value = rest.replace(ROLE_LABEL_AFTER, '').replace(/\s/g, '');
        const named = organOpening(value) ?? SHORT_GOVERNMENT_AT.exec(value)?.[1] ?? (ISSUER_FIELDS.has(key) ? LEVEL_GOVERNMENT_AT.exec(value)?.[1] : undefined);
        // (A website named after its body, 文章来源:海南省人民政府网, 来源:XX市人民政府门户网站, names no body: round 14's page fields.)
        const organ = named && /^(?:网|门户|官网|网站)/.test(value.slice(named.length)) ? undefined : named;
        if (!organ) {
          if (ISSUER_FIELDS.has(key)) out.publisher ??= /^[^|｜\s,，;；]{2,40}/.exec(rest)?.[0];
          // A zone named by its place as the source (来源:昌吉高新区 浏览次数:): the zone publishes its own notices.
          const zone = ZONE_VALUE.exec(rest.trimStart())?.[1];
          if (zone && SOURCE_FIELDS.has(key) && divisionAt(zone, 0)) out.source ??= zone;
          // (…or a town or a street by its name alone, 信息来源:东白湖镇 (诸暨 round 287): its own notice where nothing else names the issuer —
          // a town's portal reposts its county's notices too, 来源:禹越镇 under 《德清县人民政府关于印发…》.)
          const town = TOWN_VALUE.exec(rest.trimStart())?.[1];
          if (town && SOURCE_FIELDS.has(key)) out.townSource ??= town;
          continue;
        }
        if (ISSUER_FIELDS.has(key)) out.issuer ??= organ + jointOrgans(value.slice(organ.length));
        else if (SOURCE_FIELDS.has(key)) out.source ??= organ;
      }
    }
  }
  return out;
}

/** A notice's title closing its line, printed again over its original page's date: it ends in the document's kind, no sentence mark in it. */
// (a 公告 or 公示 too, the kinds a repost's page copies most: documentKinds lists what plans and measures end in; the line may hold the site's
// chrome before the title, run into it by the cleaner: 项目详情下文中****为隐藏内容,…咨询热线:400-688-2000**县…的公告)
const RESTATED_TITLE = new RegExp(`[^。，,；;：:]{6,80}(?:${DOCUMENT_KIND}|公告|公示|通告)$`);
/** A line that names the notice's source body in a field (来源:市经信委). */
function sourceNamed(line: string): boolean {
  for (const m of line.matchAll(FIELD_RE)) if (SOURCE_FIELDS.has(m[1]) && organOpening(line.slice(m.index! + m[0].length).replace(/\s/g, ''))) return true;
  return false;
}

/** A label of another body's role in a page's field row, and all after it (责任部门, 公开责任部门, 主管单位, 维护单位). */
const ROLE_LABEL_AFTER = /\s*(?:公开)?(?:责任|主管|主办|承办|负责|维护|监制)(?:部门|单位|机构)(?:\s|[:：])[\s\S]*$/;
/** What may follow an organ of a joint issuer field: the value's end, a field's label, or the next organ. */
const JOINT_ORGAN_END = new RegExp(`^(?:$|[^\\u4e00-\\u9fff]|(?:${FIELD})|${ORGAN})`);
/**
 * The bodies an issuer field names after its first, where the field holds a joint notice's issuers (发文机关: 镇赉县工信局 镇赉县财政局:
 * 镇赉): each a whole organ, up to the next field's label or the value's end; written together, as a joint signature is.
 */
function jointOrgans(rest: string): string {
  let out = '';
  for (let k = 0; k < 3; k++) {
    // (bodies a field parts with 、 keep it: 发文单位:中共苏州市委办公室、苏州市人民政府办公室)
    const mark = /^、/.test(rest) ? '、' : '';
    const next = organOpening(rest.slice(mark.length));
    if (!next || !JOINT_ORGAN_END.test(rest.slice(mark.length + next.length))) break;
    out += mark + next;
    rest = rest.slice(mark.length + next.length);
  }
  return out;
}

// (…or one of its departments by level, 省商务厅关于印发《…》的通知: 贵州省 2022; a level-only issuer is labelled as written.)
const OWN_LEVEL_ABOUT = /^([省市区县州盟旗](?:人民)?政府(?:办公室|办公厅)?|[省市区县州盟旗](?!政府)(?:(?!厅|局)[\u4e00-\u9fff]){1,10}?(?:(?:厅|局|委员会|委)(?:办公室)?|办公室|办))关于/;
/**
 * A body right before 关于 (温岭市人民政府关于…), also with the verb between (长兴县人民政府印发关于…的通知), or before the
 * title it issues, masked to spaces (河南开封市人民政府办公室印发《…》(以下简称《措施》)的通知).
 */
// (…or before a title it issues with no 关于 and no 通知, as a repost heads it: 淄博市人民政府 印发先进制造业强市实施方案(2023—2025年).)
// (…or a government written short, 江苏省政府关于印发2007年工作目标任务分解落实方案的通知 (苏政发〔2007〕16号), 江苏省.)
// (…or the first of several bodies and their count, 上海市商务委员会等八部门关于印发…, 重庆市市场监督管理局等13部门关于印发…: as written,
// ANNOTATION's 等6部门)
const BEFORE_ABOUT = new RegExp(
  `(?:${ORGAN_END}|(?<=[省市区县州盟旗])政府)(?:等(?:\\d{1,2}|[一二三四五六七八九十]{1,3})个?(?:部门|单位))?(?=(?:印发|转发|批转)?关于|(?:印发|转发|批转)\\s{4,}(?:[（(][^（）()]{0,20}[）)])?的?通知|\\s*印发[^，。,;；：:《》\\s]{2,60}?(?:方案|办法|措施|意见|规划|计划|细则|政策|要点|清单|规定)(?:[（(][^（）()]{1,20}[）)])?(?:的通知)?\\s*$|\\s*(?:贯彻落实|贯彻|落实)[^，。,;；：:《》\\s]{2,60}?(?:实施方案|实施意见|工作方案|行动方案|实施细则)(?:[（(][^（）()]{1,20}[）)])?\\s*$)`,
  'g',
);

/**
 * The body whose document a title forwards (海南省人民政府办公厅转发航权办关于2004年…工作要点的通知 → 航权办): the issuer of what the
 * notice carries (ANNOTATION round 74), as a cover's 现转发你们 makes it. A body named by a short name the organ words do not end.
 */
export function forwardedInTitle(title: string): string | undefined {
  return FORWARDED_IN_TITLE.exec(title.replace(/\s+/g, ''))?.[1];
}
const FORWARDED_IN_TITLE = new RegExp(`^(?:中共)?[\\u4e00-\\u9fff]{2,24}?(?:${ORGAN_END})(?:转发|批转)((?:[\\u4e00-\\u9fff]{1,20}?(?:${ORGAN_END}|办|中心))(?:、[\\u4e00-\\u9fff]{1,20}?(?:${ORGAN_END}|办|中心))*)关于`);

/**
 * The body a title line names before 关于 (温岭市人民政府关于推动…), also when navigation text ran into
 * the line (…行政规范性文件温岭市人民政府关于…): the name starts at a place name from the gazetteer
 * (or 中共 before one) within 30 characters of 关于.
 */
export function issuerBeforeAbout(text: string, joint = true): string | undefined {
  // A cited title (《河南省人民政府关于印发…》) names another document's issuer; a line that is one title in its marks and nothing else is the
  // notice's own title written so (《江苏省商务厅贯彻“十四五”电子商务发展规划实施方案》).
  // (…its number before it on the line too, 鄂政办发〔2017〕29号《湖北省人民政府办公厅关于…》: the number blanked, the title its own)
  const numbered = NUMBER_BEFORE_OWN_TITLE.exec(text);
  if (numbered) text = ' '.repeat(numbered[0].length) + text.slice(numbered[0].length);
  const line = OWN_TITLE_IN_MARKS.test(text) ? text.replace(/[《》]/g, ' ') : text.replace(/《[^《》]*》?|〈[^〈〉]*〉?/g, (m) => ' '.repeat(m.length));
  // A title that opens with its own level's body (市政府关于…, 区人民政府办公室关于…) names it without a place.
  const own = OWN_LEVEL_ABOUT.exec(line);
  if (own) return own[1];
  for (const m of line.matchAll(BEFORE_ABOUT)) {
    const end = m.index! + m[0].length;
    // The place nearest 关于 starts the body (…网站无障碍青海省人民政府办公厅关于: not 青海省人民政府|海西州…),
    // with the places it lies in written right before it (深圳市光明区人民政府) and a leading 中共.
    let start = -1;
    for (let s = end - 3; s >= Math.max(0, end - 40) && start < 0; s--) {
      const name = divisionAt(line, s);
      if (name && s + name.length < end && !/[|｜>\s]/.test(line.slice(s, end))) start = s;
    }
    if (start < 0) continue;
    // A longer name ending where the found one does (长兴县, not its tail 兴县).
    const found = divisionAt(line, start)!;
    for (let k = 1; k <= 4 && start - k >= 0; k++) {
      const longer = divisionAt(line, start - k);
      if (longer && longer.length === found.length + k) {
        start -= k;
        break;
      }
    }
    for (let grew = true; grew; ) {
      grew = false;
      for (let len = 2; len <= 8 && start - len >= 0; len++) {
        // Only a full name (深圳市 before 光明区); a province's short name before a city (河南开封市…) is a reporter's locator.
        if (divisionAt(line, start - len) === line.slice(start - len, start) && /(?:省|市|区|县|州|盟|旗)$/.test(line.slice(start - len, start))) {
          start -= len;
          grew = true;
          break;
        }
      }
    }
    if (line.startsWith('中共', start - 2)) start -= 2;
    // (A cited document's joint issuer is not: its own government alone is what citedOwnIssuer looks for.)
    if (joint) start = jointStart(line, start);
    // A body whose document a sentence follows (按照眉山市人民政府关于《…》文件要求) issues that document, not this one.
    if (CITING.test(line.slice(Math.max(0, start - 4), start))) continue;
    const name = line.slice(start, end);
    // (…nor a place and a preamble's purpose run on before a cited body, no break left: 浙江为贯彻落实省委办公厅、省政府办公厅关于深入实施…
    // 的意见, 浙江省 首台(套): a body's name holds no 贯彻落实.)
    if (CITING_INSIDE.test(name)) continue;
    // A breadcrumb's last crumb run into the title (…专题专栏>石嘴山市优化营商环境(惠企政策)专题市人民政府办公室关于):
    // the body is the level's own name at the end.
    if (/[（()）]|专题|专栏|栏目/.test(name)) return OWN_LEVEL_END.exec(name)?.[1];
    return name;
  }
  return undefined;
}

const CITING = /(?:按照|根据|依据|贯彻|落实|结合|执行|参照|对照|遵照|依照)$/;
const CITING_INSIDE = /为(?:深入)?贯彻|贯彻落实|根据|按照|依据/;

/** A complete body's name ending right where a search from its end reads: a place first (or 中共 and one), an organ's ending last. */
const JOINT_BODY_END = new RegExp(`(?:${ORGAN_END})$`);
const JOINT_GAP = /[\s、和]$/;
/**
 * Where a joint issuer starts that ends with the body found at `start` (中共西藏自治区委员会 西藏自治区人民政府印发《…》的通知, 西藏;
 * 中共XX县委、XX县人民政府关于…): each body before it, apart by a space, a 、 or 和, or by nothing when the page lost the space,
 * that opens with a place from the gazetteer (or 中共 before one) and ends like an organ, within 20 characters.
 */
function jointStart(line: string, start: number): number {
  for (;;) {
    let p = start;
    while (p > 0 && JOINT_GAP.test(line.slice(0, p))) p--;
    if (p === start && p > 0 && !/[\u4e00-\u9fff]/.test(line[p - 1])) return start;
    const head = line.slice(0, p);
    if (!JOINT_BODY_END.test(head)) return start;
    let found = -1;
    for (let s = p - 4; s >= Math.max(0, p - 20) && found < 0; s--) {
      const name = divisionAt(line, s);
      if (name && s + name.length < p && /^[\u4e00-\u9fff]+$/.test(line.slice(s, p))) found = s;
    }
    if (found < 0) return start;
    if (line.startsWith('中共', found - 2)) found -= 2;
    start = found;
  }
}

/** What a repost adds after a policy's name: its count of articles and the copy it is (政策18条原文完整版, 措施（全文）). */
const REPOST_TAIL = '(?:(?:\\d+|[一二三四五六七八九十]+)条)?(?:[（(]?(?:原文|全文)[）)]?)?(?:完整版)?';
/** A zone's name opening a title, then 关于 or the policy's name (北京经济技术开发区关于…若干措施, 新疆兵团农二师库西经济工业园区招商引资优惠政策). */
const ZONE_WORD = [...ZONES.map(([w]) => w), ...NAMED_ZONES.map(([w]) => w)].sort((a, b) => b.length - a.length).join('|');
/** A town's or a street's name alone as a field's value, its line's end or a space after (东白湖镇, 华舍街道, 洋溪乡). */
const TOWN_VALUE = /^([\u4e00-\u9fff]{2,8}(?<![我本全各该])(?:镇|乡|街道))(?=\s|$|[|｜])/;
/** A field's value that is a zone by its place's name, alone up to a space, a bar or the next field's label (昌吉高新区浏览次数:). */
const ZONE_VALUE = new RegExp(`^([\\u4e00-\\u9fff]{2,12}?(?:${ZONE_WORD}))(?=\\s|$|[|｜,，;；]|[\\u4e00-\\u9fff]{2,6}[:：])`);
const ZONE_TITLE = new RegExp(`^(?!关于|支持|促进|推动|推进|加快|进一步|印发|转发)((?:(?!关于)[\u4e00-\u9fff]){2,20}?(?:${ZONE_WORD}))(?=关于|[\u4e00-\u9fff]{2,40}(?:办法|措施|政策|规定|细则|意见|方案|通知)(?:[（(][^（）()]{1,12}[）)])?${REPOST_TAIL}$)`);

/**
 * The zone that authors a title it opens: a development zone's notices name the zone, not its 管委会, as their author
 * (北京经济技术开发区关于加大企业帮扶力度…的若干措施). A crumb trail run into the title (…>详情页北京经济技术开发区关于…) is cut
 * off, and so is a site's page label before the zone's place (pageLabels: 详情页); a zone after 关于 (关于支持荆门高新区…的意见) is what the policy is about, not its author.
 */
export function zoneTitleAuthor(title: string): string | undefined {
  const t = title.replace(/^.*[>»|｜]\s*/, '').trim();
  // (…or a site's heading before a colon: 青岛市高新区高新技术企业奖励政策:青岛高新区关于聚焦创新引领…的试行意见.)
  const afterColon = /[:：]\s*([^:：]+)$/.exec(t)?.[1];
  return ZONE_TITLE.exec(t.slice(pageLabelLength(t)))?.[1] ?? (afterColon ? ZONE_TITLE.exec(afterColon)?.[1] : undefined);
}

/** Bodies as a work plan's title names its author: 工委、管委会, 市经信局, 中共XX县委 (a zone's 党工委 and 管委会 bare). */
const AUTHOR_BODIES = `(?:中共)?[\\u4e00-\\u9fff]{0,20}?(?:${ORGAN_END})(?:[、和](?:中共)?[\\u4e00-\\u9fff]{0,20}?(?:${ORGAN_END}))*`;
const PERIOD = `(?:\\d{4}年度?)?(?:第?[一二三四]季度|[上下]半年)?`;
const TITLE_AUTHOR = new RegExp(`^${PERIOD}(${AUTHOR_BODIES})${PERIOD}(?:重点)?工作(?:要点|计划|安排|总结)$`);

/**
 * The author a work plan's title names (2015年二季度工委、管委会工作要点; 市经信局2023年工作要点): its bodies as written.
 * Undefined for any other title.
 */
export function titleAuthor(title: string): string | undefined {
  return TITLE_AUTHOR.exec(title.replace(/^[|｜\s]+|\s+$/g, ''))?.[1];
}
/** A news lead naming who issued the notice it reposts: 近日,浙江省人民政府办公厅印发…的通知; 日前,成都市人民政府网站公布了《…》. */
// (…jointly, 近日,阿拉善盟委员会、阿拉善盟行政公署印发了《…》; after the outlet's dateline, 投资界1月26日消息,南京市政府印发《…》 or
// 北测教的最新消息:今天,…; a government written short, 南京市政府)
// (…or the body a reporter had it from: 记者从郑东新区管委会获悉,…特制定本措施)
// (…or bodies issuing it jointly, 近日,自治区卫生健康委、财政厅联合印发《…》的通知: 宁夏 育儿补贴金)
export const LEAD_BODY = `(?:(?:中共)?[\\u4e00-\\u9fff]{2,30}?(?:${ORGAN_END})|[\\u4e00-\\u9fff]{1,14}?[省市县区州盟旗]政府)`;
const LEAD_BODIES = `${LEAD_BODY}(?:[、和]${LEAD_BODY})*`;
// (…its part of the day too: 8月5日上午,四川省冕寧縣商務經濟合作和外事局公佈了關於印發《…》的通知, 冕宁)
// (…不久前 too; a full date needs no comma after it: 2022年6月20日重庆市忠县人民政府办公室发布了关于印发《…》的通知, 忠县)
const LEAD_TIME = '(?:(?:近日|日前|近期|最近|不久前|今天|今日|昨天|昨日|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:上午|下午|中午|晚上|晚间|早上)?)[，,]|\\d{4}年\\d{1,2}月\\d{1,2}日)\\s*';
// (…an outlet's dateline in brackets, 【大河财立方消息】2月14日,许昌市政府印发通知, 许昌)
// (…or an outlet saying it has learned, 中国固废网获悉,8月5日,河南省人民政府办公厅印发的《…》: 河南省 新基建)
// (…or a page's summary label over the lead, 导读 3月22日,郑州经济技术开发区管委会发布关于…的通告: 郑州经开区; 【导语】:, 摘要:, 核心提示:)
const DATELINE = '(?:[^，。,:：《》]{0,16}?(?:消息|讯|获悉|了解到)(?:[】\\]][:：，,]?|[:：，,]|\\s)|[【\\[]?(?:导读|导语|摘要|核心提示)[】\\]]?[:：]?)\\s*';
/** How a lead says the body released the notice: 印发, 发布, 公示…, maybe jointly (联合印发). */
const LEAD_JOINTLY = '(?:正式|联合|共同)?';
const LEAD_VERBS = '印发|公布|发布|出台|下发|公示|公告|通告';
const NEWS_LEAD_ISSUER = new RegExp(
  `^(?:(?:${DATELINE})?${LEAD_TIME}|${DATELINE})(${LEAD_BODIES})(门户网站|网站|官网)?${LEAD_JOINTLY}(?:${LEAD_VERBS})了?\\s*(?:《([^《》]{4,120})》)?|`
    // (…or the body and what it changes, 将 before it, the day first: 【导语】:7月30日,临沂市住房公积金中心将…提取限额由10368元…上调至21600元, 临沂)
    + `^(?:${DATELINE})?(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)[，,]\\s*(${LEAD_BODIES})将(?=[^。；;]{0,60}?(?:调整|上调|下调|提高|降低|延长|放宽)(?:为|至|到))|^(${LEAD_BODIES})(?:于)?\\d{4}年\\d{1,2}月\\d{1,2}日(?:正式)?(?:印发|公布|发布|出台|下发|制定)了?\\s*《([^《》]{4,120})》|^(?:[^，。,]{0,12}[，,])?记者(?:近日)?从((?:中共)?[\\u4e00-\\u9fff]{2,30}?(?:${ORGAN_END}))(?:获悉|了解到)`,
);

/**
 * The day a repost's lead says a body released the notice, written without its year (9月18日,成都市发改委公示…; 【导语】:7月30日,临沂市住房公积金
 * 中心将…上调至…; 11月10日,內蒙古能源局發布《…》): the year of the page's time stamp where it falls a few days on (发布时间:2025-03-05 over
 * 3月3日,瓯海区发展和改革局发布…, 瓯海: the repost's), else the text's document numbers' (the latest, 〔2025〕656號 — the notice's own or the
 * newest it cites), else the first full date's in the text, as ANNOTATION rounds 41 and 114 read a lead's day. `text` is read folded. Undefined
 * where no lead so dates it or no year is found.
 */
export function leadDay(paras: string[], text: string, published?: string): string | undefined {
  let day: RegExpExecArray | null = null;
  for (const p of paras) if ((day = LEAD_DAY.exec(fold(p.replace(/\s/g, ''))))) break;
  if (!day) return undefined;
  const md = `${day[1].padStart(2, '0')}-${day[2].padStart(2, '0')}`;
  if (published && /^\d{4}-\d{2}-\d{2}/.test(published) && md <= published.slice(5, 10)) return `${published.slice(0, 4)}-${md}`;
  const folded = fold(text);
  const numbered = [...folded.matchAll(/[〔\[［【（(]((?:19|20)\d{2})[〕\]］】）)]\s*\d{1,5}\s*号/g)].map((m) => Number(m[1]));
  const year = numbered.length ? Math.max(...numbered) : Number(/(?<!\d)((?:19|20)\d{2})年\d{1,2}月/.exec(folded)?.[1] ?? NaN);
  if (!Number.isFinite(year)) return undefined;
  return `${year}-${md}`;
}
// (…or 将 before what the body changes, as NEWS_LEAD_ISSUER reads it; not 印发的《…》提出, which names the document)
const LEAD_DAY = new RegExp(`^(?:${DATELINE})?(\\d{1,2})月(\\d{1,2})日[，,](?=${LEAD_BODIES}(?:门户网站|网站|官网)?${LEAD_JOINTLY}(?:${LEAD_VERBS}|将)(?!的))`);
/**
 * The issuer a news report's lead names for the notice it carries (the first lines of its head), else undefined; the lead is
 * read folded (近日,成都市人民政府發布《…》) and the body returned as written. A lead may open a sentence inside a paragraph the
 * cleaner joined from short lines (…城镇居民人均可支配收入增长5%以上……近日,渝中区人民政府办公室发布《…》: 渝中).
 */
export function newsLeadIssuer(head: string[]): string | undefined {
  for (const p of head.slice(0, 6)) {
    const written = p.trim();
    const folded = fold(written);
    for (const at of sentenceStarts(folded)) {
      const m = NEWS_LEAD_ISSUER.exec(folded.slice(at));
      if (!m) continue;
      const asWritten = (body: string | undefined) => {
        if (!body) return undefined;
        const k = folded.indexOf(body, at);
        return k < 0 ? body : written.slice(k, k + body.length);
      };
      // A site that published a notice whose title names its own issuer (宁夏回族自治区人民政府网站发布了《自治区人民政府办公厅关于印发…》):
      // that issuer, not the site's owner.
      if (m[2] && m[3]) return asWritten(issuerBeforeAbout(m[3], false) ?? OWN_BODY_ABOUT.exec(m[3])?.[1] ?? m[1]);
      // (…or the body, the day and what it drew up: 贵州省人民政府1998年1月24日制定了《…若干规定》, 贵州省)
      return asWritten(m[1] ?? m[4] ?? m[5] ?? m[7]);
    }
  }
  return undefined;
}
/**
 * Where a lead may open in a paragraph: its start, after each 。！？ or an ellipsis, and at a lead's word of time right after a page
 * field the cleaner ran into it (发表时间:2025-09-02近日,成都市人民政府發布《…》: 成都).
 */
function sentenceStarts(text: string): number[] {
  const out = [0];
  for (const m of text.matchAll(/[。！？!?…]+\s*/g)) if (m.index! + m[0].length < text.length) out.push(m.index! + m[0].length);
  for (const m of text.matchAll(/(?<=\d)(?:近日|日前|近期)[，,]/g)) out.push(m.index!);
  // (…or after a headline the cleaner ran into it, no stop between: 苏州发布…补助标准 最高可补3.1万近日,苏州市人民政府发布《…》, 苏州)
  for (const m of text.matchAll(/(?<=[\d万亿元])(?:近日|日前|近期)[，,]/g)) out.push(m.index!);
  // (…and at a page's summary label the cleaner ran into the head: …2020-03-20 01:06【我要纠错】【导语】:日前,西城区财政局下发…, 西城)
  for (const m of text.matchAll(/[【\[](?:导语|导读|摘要|核心提示)[】\]]/g)) out.push(m.index!);
  return out.sort((a, b) => a - b);
}
/** A title opening with a body its own province-level words name (自治区人民政府办公厅关于…): that body. */
const OWN_BODY_ABOUT = /^((?:自治区|省|市)(?:人民)?政府(?:办公室|办公厅)?)关于/;

/**
 * The body a preamble names as the measures' maker: …,上海市临港地区开发建设管理委员会制定如下产业配套政策 (…特制定本措施: 小店区; …,嘉兴市体育局决定开展2022年…招募, 嘉兴; the day between, 为加大招商力度,贵州省人民政府1998年1月24日制定了《…》: 贵州省); …,县政府研究制定了本办法;
 * …的贯彻落实工作,盐田区工业和信息化局研究制定了《…申报指南》(详见附件2) (what it drew up it issues; the title blanked by blankTitles);
 * …,经研究,杭州市商务局起草了本实施意见,现予以公告 (the drafter of the very document a call for comments carries); …,铜仁市发展和改革委员会
 * 牵头起草了《…(公开征求意见稿)》 (a body that led the drafting: only a call for comments names a drafter); …,舟山市住房公積金管理委員會2013年
 * 第壹次會議通過,決定自4月13日起,調整… (the committee whose meeting passed it and decided: ANNOTATION round 155).
 */
// (…or the bodies whose study the preamble says decided it, 经 before them: …,经邓州市文化广电和旅游局研究,决定开展…送戏下乡演出活动 (邓州);
// …,经市人力资源社会保障局、市财政局研究决定,对…标准进行调整 (济南, joint: both))
const PREAMBLE_MAKER = new RegExp(`[，,。]\\s*(?:经((?:中共)?[\\u4e00-\\u9fff、]{2,40}?(?:${ORGAN_END}))研究[，,]?\\s*决定|((?:中共)?[\\u4e00-\\u9fff]{2,30}?(?:${ORGAN_END}))(?:特制定|(?:经研究)?决定(?:开展|组织开展|组织|举办|启动|实施)|(?:经)?(?:研究)?(?:制定|提出|出台|起草|编制)了?(?:如下|以下|本)|(?:经)?研究(?:制定|起草|编制)了?(?:《|\\s{4,})|(?:牵头|组织)(?:研究)?起草了?(?:《|\\s{4,})|(?:于)?\\d{4}年\\d{1,2}月\\d{1,2}日(?:制定|印发|出台|发布)了?(?:《|\\s{4,})|(?:\\d{4}年)?第[一二三四五六七八九十壹贰叁肆伍\\d]{1,3}次(?:全体|主任|常务)?(?:委员)?会议(?:研究|审议)?通过[，,]\\s*决定))`);

/** A plan a preamble draws up, named after 特制定 (…特制定龙华区政务服务数据管理局2021年工作要点。): the plan's name. */
const MADE_PLAN = /[，,。]\s*(?:特|现)制定《?([^，。,；;《》]{6,60}?(?:要点|方案|计划|安排))》?[。；;]?\s*$/;
/** The body the first paragraphs of a notice name as the maker of its measures (制定如下…), else undefined. */
export function preambleMaker(paras: string[]): string | undefined {
  for (const p of paras.slice(0, 8)) {
    // (…or the plan it draws up, named after 特制定 with its author first: …,特制定龍華區政務服務數據管理局2021年工作要點。 龙华 — that body
    // wrote it, as a title opening so names its author)
    const made = MADE_PLAN.exec(p);
    const author = made ? titleLeadAuthor(made[1]) : undefined;
    if (author) return author;
    const m = PREAMBLE_MAKER.exec(blankTitles(p));
    const maker = m?.[1] ?? m?.[2];
    // (a place's bodies only, not a phrase ending in an organ word: 结合本委 …)
    // (one body: 市财政局会同市工信局 drafting together names no one issuer here)
    if (maker && (divisionAt(maker, 0) || /^(?:中共|[省市区县州盟旗])/.test(maker)) && !/会同|联合/.test(maker)) return maker;
  }
  return undefined;
}

/** A body opening a title before the title's year or its plan (北京市石景山区商务局2026年…活动方案, 市经济和信息化委办理方案). */
const LEAD_AUTHOR = new RegExp(`^((?:中共)?[\\u4e00-\\u9fff]{0,20}?(?:${ORGAN_END}))(?=\\d{4}年(?!\\d{1,2}月\\d{1,2}日\\s*印发)|(?:办理|实施|工作)方案)`);

/**
 * The body a title opens with, its year or its plan right after it (北京市石景山区商务局2026年“京西有惊喜”…活动方案 → 北京市石景山区商务局):
 * it wrote the plan. The body must open with a division's name, a level word (市经济和信息化委) or 中共: 新发展格局2024年… names none.
 * A colophon (北京市西城区发展和改革委员会办公室 2022年6月29日印发) names the office that printed it, not the issuer.
 */
export function titleLeadAuthor(title: string): string | undefined {
  const t = title.replace(/^[|｜\s]+|\s+$/g, '');
  const m = LEAD_AUTHOR.exec(t);
  if (!m || !(divisionAt(t, 0) || /^(?:中共|[省市区县州盟旗])/.test(t))) return undefined;
  return m[1];
}
const OWN_LEVEL_END = /([省市区县州盟旗](?:人民)?政府(?:办公室|办公厅)?)$/;

export { CITED_TITLE };
const REVISES = /^\s*(?:[（(][^（）()]{1,30}[）)])?\s*(?:作|进行)?(?:如下)?(?:调整|修订|修改|补充|完善)/;
const OWN_GOVERNMENT = /人民政府$/;
const OWN_GOVERNMENT_OFFICE = /人民政府(?:办公室|办公厅)?$/;

/**
 * The issuer of a notice that names itself only through a document it cites: the one it amends (现对《郑州市人民政府
 * 关于印发…的通知》(郑政〔2016〕29号)调整和补充如下 → 郑州市人民政府), or the government of its own jurisdiction whose
 * document it rests on (根据…《中共濮阳县委、濮阳县人民政府关于…的实施意见》…制定本规定 in a 濮阳县 notice → 濮阳县人民政府).
 * `isOwn` says whether a body belongs to the notice's own jurisdiction (read apart, from its title or words);
 * a superior's document (《河南省人民政府关于…》) names another body.
 */
export function citedOwnIssuer(text: string, isOwn: (body: string) => boolean): string | undefined {
  let basis: string | undefined;
  for (const m of text.matchAll(CITED_TITLE)) {
    const inner = m[1].replace(/\s/g, '');
    if (!inner.includes('关于')) continue;
    const body = issuerBeforeAbout(inner, false);
    if (!body || !isOwn(body)) continue;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    // The amended document's own number may sit between title and verb: 》(郑政〔2016〕29号)调整和补充如下.
    if (OWN_GOVERNMENT_OFFICE.test(body) && /现对\s*$|对\s*$/.test(text.slice(Math.max(0, m.index! - 4), m.index!)) && REVISES.test(after)) return body;
    if (OWN_GOVERNMENT.test(body)) basis ??= body;
  }
  return basis;
}

/**
 * How many characters of a site's tab label open an issuer line the cleaner ran it into (补贴详情绍兴市上虞区人民政府办公室 → 4):
 * a label (dict/document-meta.json pageLabels) and then a division's name; 0 when the line opens otherwise (国家税务总局绍兴市
 * 税务局 keeps its name: no label).
 */
export function pageLabelLength(line: string): number {
  // (a news photo's credit the same way: 资料图 王海欣 摄北京市人民政府办公厅)
  const credit = PHOTO_CREDIT.exec(line);
  if (credit && divisionAt(line, credit[0].length)) return credit[0].length;
  const m = PAGE_LABEL.exec(line);
  if (!m || divisionAt(line, 0)) return 0;
  // (or a party committee's name, which opens with 中共 whatever its place: 文章播报中共华舍街道工作委员会…)
  return divisionAt(line, m[0].length) || line.startsWith('中共', m[0].length) ? m[0].length : 0;
}

/** A site's tab label run in front of a title in book-title marks (政策详情《苏州市现代物流高质量发展三年行动计划(2023-2025年)》): its length, else 0. */
export function tabLabelBeforeMarks(line: string): number {
  const m = PAGE_LABEL.exec(line);
  return m && line.startsWith('《', m[0].length) ? m[0].length : 0;
}
