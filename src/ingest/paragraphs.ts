import { OTHER_ITEM_SHAPES } from './item-numbers.js';
import { alt, DOCUMENT_KIND, ORGAN_END } from './meta-words.js';
import { DATE } from './metadata.js';
import { BODY_SUFFIX, DUTIES, UNIT_LABEL_WORD, unitLabels } from './unit-words.js';

/**
 * A page copied without its paragraphs (text taken from a page's nodes with nothing between them, a dump that lost its line
 * ends) runs every item into the one before it: …加大支持力度。（责任单位：区经信委）2.加强要素保障。… A line's scope is what a
 * heading's note covers and where a title, an item or a signature stands, so the breaks are put back where the text itself
 * marks them, before anything reads lines: after a sentence's end and before an item's number, and after a unit note that
 * words run on from. Only inside a line long enough to have held several paragraphs.
 */

/** An item's number opening a paragraph: 第三条, 二、, （二）, 2. or 2、 before a word, （2）, 附件2：. Never a figure (2.5亿元, 2023年). */
const ITEM_OPEN = String.raw`(?:第[一二三四五六七八九十百零〇\d]+[章节条]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?![\d.])(?=[\u4e00-\u9fff“"])|\(\d{1,2}\)(?=[\u4e00-\u9fff“"])|${OTHER_ITEM_SHAPES}|附件\s*\d{0,2}[:：])`;

/** A sentence's end, a closing quote after it allowed: where a paragraph may end. */
const SENTENCE_END = String.raw`[。！？；;!?][”’」』"]?`;

/** A sentence's end or a closing bracket (a note's, an item's last remark) and the next item's number right after it. */
const END_THEN_ITEM = new RegExp(`(?<=${SENTENCE_END}|[)】〕\\]])(?=${ITEM_OPEN})`, 'g');

/**
 * A title run into the first item under it (…确定的主要目标任务责任分解方案一、经济社会发展主要预期目标, …若干措施第一条): the title's kind
 * word (dict/document-meta.json documentKinds), then the first number of a list.
 */
const TITLE_THEN_FIRST = new RegExp(`(?<=(?:${DOCUMENT_KIND}|\\(试行\\)|\\(\\d{4}[-—–]\\d{4}年\\)))(?=一、|第一[章条]|\\(一\\)|1[.、](?=[\\u4e00-\\u9fff]))`, 'g');

/**
 * A title or a document number run into the addressees under it, and they into the cover's first sentence (…的通知各区县人民政府,
 * 市政府各部门,有关单位:现将《…》印发给你们, …三政办〔2023〕1号各县(市、区)人民政府,…:为全面贯彻…): the addressees, from 各 after the
 * title's kind word or the number to their colon, a line of their own.
 */
const TITLE_THEN_ADDRESSEES = new RegExp(`(?<=(?:${DOCUMENT_KIND}|[〕\\]]\\d{1,4}号))各[^。；;!?！？:：]{1,80}?[:：](?=[\\u4e00-\\u9fff“"《])`, 'g');

/**
 * A heading with no stop of its own and its first item run on after it (一、加强资源要素支持(一)强化财税政策保障。…, 一、总体要求(一)指导
 * 思想): the item's number after the heading's words, no punctuation between.
 */
const HEADING_THEN_ITEM = new RegExp(`${ITEM_OPEN}[^。！？；;!?，,:：()]{2,40}?(?=${ITEM_OPEN})`, 'y');

/** A bracketed part with no bracket inside it, and what runs on after it. */
const BRACKETED = /[(【〔\[]([^()【】〔〕\[\]]{2,120})[)】〕\]](?=[\u4e00-\u9fff“"]|\d{1,2}[.、](?!\d))/g;

/** A unit note's words: a label and its colon (责任单位：…, 牵头部门:…), or bodies closed by their duty (区发改局牵头实施, 市商务局负责). */
const NOTE_WORDS = new RegExp(
  `^\\s*(?:(?:${UNIT_LABEL_WORD}|${alt(unitLabels.labels)})\\s*[:：]|.*(?:${BODY_SUFFIX})(?:等[\\u4e00-\\u9fff]{0,6})?(?:${alt(DUTIES)})$)`,
);

/** A signing date, a remark in brackets after it allowed ((此件公开发布)). */
const SIGNING = `(?:${DATE})(?:[(]此件[^()]{0,20}[)])?`;
/**
 * A signing date run in between what a page set on lines of their own: after the notice's last sentence, its signing body, its
 * document number or the last entry of its attachments list (…特此通知。宿迁市人民政府2023年5月4日附件:…, …实施方案编写提纲
 * 3、…建设方案(试行)2012年11月5日), and before the next thing, whatever it is. A date inside a sentence has the sentence's words
 * after it (2024年1月1日起施行, 2018年5月11日(星期五)前提交, 2023年5月12日,河南省财政厅…, …局2026年01月26日发布的…, though a page's
 * field may follow a signature, 2023年5月4日发布时间:…), never a stop or another word.
 */
const SIGNATURE_RUN = new RegExp(
  `(?<=[。！？!?”")]|${ORGAN_END}|号|\\.(?:docx?|pdf|xlsx?|wps)|${DOCUMENT_KIND}|表|提纲|\\(试行\\))` +
    `(${SIGNING})(?![，,、。；;：:至到起前后止以内—\\-~～]|\\s*\\d{1,2}\\s*[:：时点]|\\s*\\(星期|\\s*[上下]午|的|召开|举行|(?:正式)?(?:发布|印发|出台|公布|颁布|下发|通过|审议)(?!时间|日期|机构|单位|部门|者))`,
  'g',
);
/**
 * A body's name ending right before a date, and the run of words it closes: names parted by spaces or 、, a place's other name in
 * brackets inside one (武汉经开区(汉南区)科经局), never a bracket's half (…14號)太原市工業和信息化局 runs from 太原).
 */
const BODY_END = new RegExp(`(?:${ORGAN_END})$`);
const WORD_RUN = /(?:[\u4e00-\u9fff、 ]|\([\u4e00-\u9fff]{1,10}\))+$/;
/**
 * What comes before the bodies in such a run: a bracketed remark ((监督电话)), or the title of the attachment listed last, up to its
 * kind (2024年为民办实事任务分解表, 主要目标任务分解方案, 市政府文件).
 */
const BEFORE_SIGNERS = new RegExp(`^(?:\\([^()]*\\)|.*(?:${DOCUMENT_KIND}|表|文件|提纲)(?=[\\u4e00-\\u9fff]))`);
/** The longest run of a signature's bodies (two or three bodies, 广东省经济和信息化委 广东省财政厅). */
const SIGNERS = 40;

/**
 * A unit field written without brackets and the next item's number run on after its bodies (…牵头单位:市工业和信息化局责任单位:各相关
 * 部门,各县(市)区政府、各开发区管委会2.规模以上工业增加值增长6%。): the item opens a line, as it did where the page kept its lines.
 */
const FIELD_THEN_ITEM = new RegExp(`(?<=${UNIT_LABEL_WORD}\\s*[:：](?:[^。；;!?！？()]|\\([^()]{1,8}\\)){1,80}?(?:${BODY_SUFFIX}))(?=${ITEM_OPEN})`, 'g');

/**
 * A task table a page ran onto one line, its header words glued (序号内容与要求责任单位1确保…。…75%以上。市发改委2高质量完成…, 绍兴 round 238):
 * the header's unit column opens the first row (责任单位|1), and each later row opens with its number right after the unit cell that closes
 * the row before it, a body's name after the task's last stop. Rows are read in order, 2, 3, …, each number only after its row's stop and
 * body, so a figure in a task (增长7%) never opens one.
 */
/**
 * A section's heading, and a page's number before it where a PDF's pages ran together, may stand between the header and the first row or
 * between two rows (…责任单位一、主要发展指标1地区生产总值…; …嘉兴港区—2—二、产业优化升级10积极推进…, 嘉兴 十一五 分解): it opens a line of its own.
 */
const BETWEEN_ROWS = String.raw`([—-]\d{1,3}[—-])?([一二三四五六七八九十]{1,3}、[^。；;!?\d、]{2,20}?)?`;
const TABLE_HEADER_THEN_FIRST = new RegExp(`序号[^。；;!?]{0,30}?(?:${UNIT_LABEL_WORD})${BETWEEN_ROWS}(?=1(?!\\d)[\\u4e00-\\u9fff])`, 'g');
const ROW_AFTER_UNIT_CELL: RegExp[] = [];
const rowAfterUnitCell = (n: number): RegExp =>
  (ROW_AFTER_UNIT_CELL[n] ??= new RegExp(`${SENTENCE_END}[\\u4e00-\\u9fff、,()]{2,60}?(?:${ORGAN_END}|${BODY_SUFFIX}|[区县市旗])${BETWEEN_ROWS}(?=${n}(?!\\d)[\\u4e00-\\u9fff])`, 'g'));
/** Where the lines open before the row at `at`: the page's number, the heading (what the match caught of them), the row. */
function openings(m: RegExpMatchArray, at: number): number[] {
  const heading = m[2] ?? '';
  const page = m[1] ?? '';
  return [at - heading.length - page.length, at - heading.length, at].filter((k, i, all) => i === 2 || k !== all[i + 1]);
}
function runOnTableRows(line: string): number[] {
  const out: number[] = [];
  for (const h of line.matchAll(TABLE_HEADER_THEN_FIRST)) {
    let at = h.index! + h[0].length;
    out.push(...openings(h, at));
    for (let n = 2; n < 200; n++) {
      const re = rowAfterUnitCell(n);
      re.lastIndex = at;
      const m = re.exec(line);
      // (the next row's cell closes within a row's length: a task of a few sentences)
      if (!m || m.index - at > 600) break;
      at = m.index + m[0].length;
      out.push(...openings(m, at));
    }
  }
  return out;
}

/**
 * A body's name set to the right of a paragraph's last sentence, a wide gap of spaces or a table's stray bars between, nothing after it
 * (…为统筹城乡发展作出新的贡献。||||||            重庆市商业委员会, the date on the next line: 重庆市 商贸强镇 2014): the signature, a line of its
 * own, as a page set it.
 */
const RIGHT_SET_SIGNATURE = new RegExp(`[。！？!?][”"」』]?[|｜]*[ \\t\\u3000\\u00a0]{8,}[|｜]*[ \\t\\u3000\\u00a0]*((?:中共)?[\\u4e00-\\u9fff()（）]{2,40}?(?:${ORGAN_END}))\\s*$`);

/** The shortest line that may hold paragraphs run together. */
const LONG_LINE = 150;

/**
 * How many brackets are open before each offset of a line. A bracket left open for longer than a note or a remark runs (a page's
 * stray "(", a title's 《 never closed) is not counted, or one stray mark would hold every break after it.
 */
function bracketDepths(line: string): Uint16Array {
  const depth = new Uint16Array(line.length + 1);
  const open: number[] = [];
  for (let i = 0; i <= line.length; i++) {
    while (open.length && i - open[0] > LONGEST_BRACKETED) open.shift();
    depth[i] = open.length;
    if (i === line.length) break;
    if (OPENING.includes(line[i])) open.push(i);
    else if (CLOSING.includes(line[i])) open.pop();
  }
  return depth;
}
/** The longest a bracketed note or remark runs, in characters. */
const LONGEST_BRACKETED = 200;
const OPENING = '(【〔[《';
const CLOSING = ')】〕]》';

const HALF_WIDTH: Record<string, string> = { '（': '(', '）': ')', '［': '[', '］': ']', '：': ':', '；': ';', '，': ',', '！': '!', '？': '?' };

/**
 * Offsets where a lost line break is put back (a '\n' goes before the character at each), read on the folded text (full-width
 * digits half-width, traditional characters simplified; one character for one).
 */
export function lostBreaks(folded: string): number[] {
  const at: number[] = [];
  let start = 0;
  // (brackets and stops of either width read alike: the patterns here are written half-width)
  const text = folded.replace(/[（）［］：；，！？]/g, (c) => HALF_WIDTH[c]);
  for (const line of text.split('\n')) {
    // (a signature set right on the last paragraph's line, a wide gap before it: any length of line)
    const signed = RIGHT_SET_SIGNATURE.exec(line);
    if (signed) at.push(start + signed.index + signed[0].length - signed[1].length);
    if (line.length >= LONG_LINE) {
      const here = new Set<number>();
      for (const m of line.matchAll(END_THEN_ITEM)) here.add(m.index!);
      for (const m of line.matchAll(TITLE_THEN_FIRST)) here.add(m.index!);
      for (const m of line.matchAll(TITLE_THEN_ADDRESSEES)) here.add(m.index!).add(m.index! + m[0].length);
      for (const m of line.matchAll(FIELD_THEN_ITEM)) here.add(m.index!);
      for (const k of runOnTableRows(line)) here.add(k);
      for (const m of line.matchAll(BRACKETED)) if (NOTE_WORDS.test(m[1])) here.add(m.index! + m[0].length);
      for (const m of line.matchAll(SIGNATURE_RUN)) {
        // (a body signing right before the date stays on the date's line, the line opening where its name does; where that is
        // not plain, as in …管理办法的通知市人民政府2020年…, no break at all)
        const before = line.slice(Math.max(0, m.index! - 2 * SIGNERS), m.index!);
        let open = m.index!;
        if (BODY_END.test(before)) {
          const words = WORD_RUN.exec(before)![0];
          const run = words.slice(BEFORE_SIGNERS.exec(words)?.[0].length ?? 0).trimStart();
          if (run.length > SIGNERS) continue;
          open -= run.length;
        }
        here.add(open).add(m.index! + m[0].length);
      }
      for (const k of [0, ...here]) {
        HEADING_THEN_ITEM.lastIndex = k;
        const h = HEADING_THEN_ITEM.exec(line);
        if (h) here.add(k + h[0].length);
      }
      // (never inside a bracket: a note's fields, a remark's date, stay with the note)
      const depth = bracketDepths(line);
      for (const k of [...here].sort((a, b) => a - b)) if (k > 0 && k < line.length && depth[k] === 0) at.push(start + k);
    }
    start += line.length + 1;
  }
  // (in order and once each: a right-set signature's break is found before the breaks inside its long line, and the caller shifts each
  // later offset by the breaks before it)
  return [...new Set(at)].sort((a, b) => a - b);
}
