import type ExcelJS from 'exceljs';
import { neutraliseCell } from '../run/output.js';
import { statusLabel } from './html.js';
import type { ReportRow } from './rows.js';

/** 10000000 shows as 1000.0000万元 while the cell holds the number of yuan: a literal "." between the digit
 * placeholders puts the point four digits in (Excel and LibreOffice both read it; Excel's "!." LibreOffice does not). */
export const WAN_FORMAT = '0"."0000"万元"';
export const PERCENT_FORMAT = '0.00%';

interface Col {
  key: string;
  header: string;
  width: number;
  about: string;
  fmt?: string;
  value: (r: ReportRow) => string | number | undefined;
}

const COLS: Col[] = [
  { key: 'region', header: '地区', width: 10, about: '文件所属地区（区县或市）', value: (r) => r.region },
  { key: 'status', header: '状态', width: 10, about: '征求意见稿；或按效力日期判断的 现行 / 已失效 / 已废止 / 尚未施行；未判断效力时为 正式', value: (r) => statusLabel(r).label },
  { key: 'measure', header: '措施', width: 24, about: '金额所补助的对象，或条款所在章节', value: (r) => r.measure },
  { key: 'yuan', header: '金额（元）', width: 16, fmt: WAN_FORMAT, about: '金额，单位为元的数字，显示为万元（范围时为下限）', value: (r) => r.yuan },
  { key: 'yuanMax', header: '金额上端（元）', width: 16, fmt: WAN_FORMAT, about: '文中写成范围（50万至100万）时的上端', value: (r) => r.yuanMax },
  { key: 'rate', header: '比例', width: 10, fmt: PERCENT_FORMAT, about: '补助比例，百分数（0.3 显示为 30.00%）', value: (r) => r.rate },
  { key: 'value', header: '金额/比例（原文写法）', width: 22, about: '金额或比例及其基数，按分析习惯书写', value: (r) => r.value },
  { key: 'role', header: '方式', width: 14, about: '定额、最高、总额、目标、按比例、最高比例、不低于；括号内为计量单位（每个项目、一次性…）', value: (r) => r.role },
  { key: 'capYuan', header: '上限（元）', width: 16, fmt: WAN_FORMAT, about: '条款中的最高金额：比例补助旁的封顶金额，或本行本身即为最高额', value: (r) => r.capYuan },
  { key: 'thresholds', header: '门槛', width: 24, about: '申报门槛（指标 ≥ 下限 < 上限）', value: (r) => r.thresholds },
  { key: 'units', header: '责任单位', width: 24, about: '责任单位（顿号分隔）', value: (r) => r.units },
  { key: 'deadline', header: '时限', width: 14, about: '时限：日期，或原文写法及按成文日期推算的年份', value: (r) => r.deadline },
  { key: 'document', header: '文件', width: 30, about: '文件标题', value: (r) => r.document },
  { key: 'docNumber', header: '文号', width: 20, about: '发文字号', value: (r) => r.docNumber },
  { key: 'docDate', header: '成文日期', width: 12, about: '成文日期（YYYY-MM-DD）', value: (r) => r.docDate },
  { key: 'issuer', header: '发文机关', width: 20, about: '发文机关', value: (r) => r.issuer },
  { key: 'sentence', header: '原文', width: 60, about: '条款原句（数值出自此句）', value: (r) => r.sentence.replace(/\t/g, ' ') },
  { key: 'raw', header: '数值原文', width: 14, about: '本行数值在原句中的写法（多个时以分号分隔）', value: (r) => r.spans.map((x) => x.raw).join('；') },
  { key: 'source', header: '来源文件', width: 26, about: '输入文件名', value: (r) => r.source },
  { key: 'clauseId', header: '条款编号', width: 18, about: '条款编号（内容哈希，可在 clauses.jsonl 中查到）', value: (r) => r.clauseId },
];

const PAIR: Col = { key: 'pair', header: '配对', width: 18, about: '对比时两地对应措施的编号与相似度', value: (r) => r.pair };

/** Excel sheet names: at most 31 characters, none of []:*?/\ , unique in the workbook. */
function sheetName(name: string, used: Set<string>): string {
  const base = (name.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || '未知');
  let n = base;
  for (let i = 2; used.has(n); i++) n = `${base}_${i}`;
  used.add(n);
  return n;
}

function addSheet(wb: ExcelJS.Workbook, name: string, rows: ReportRow[], cols: Col[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = cols.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  for (const r of rows) {
    const row: Record<string, string | number> = {};
    for (const c of cols) {
      const v = c.value(r);
      // Notice text is untrusted: text that Excel would read as a formula stays text.
      if (v !== undefined && v !== '') row[c.key] = typeof v === 'string' ? neutraliseCell(v) : v;
    }
    ws.addRow(row);
  }
  cols.forEach((c, i) => {
    if (c.fmt) ws.getColumn(i + 1).eachCell((cell, n) => n > 1 && (cell.numFmt = c.fmt!));
  });
  ws.getRow(1).font = { bold: true };
  ws.getColumn(cols.findIndex((c) => c.key === 'sentence') + 1).alignment = { wrapText: true, vertical: 'top' };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: cols.length } };
}

/** A workbook of report rows: one sheet per region (or one flat sheet), and a sheet describing the columns. */
export async function workbook(rows: ReportRow[], opts: { flat?: boolean; pair?: boolean; title?: string } = {}): Promise<Buffer> {
  const cols = opts.pair ? [...COLS, PAIR] : COLS;
  // exceljs takes about half a second to load: only a workbook pays it, not every query.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'pclause';
  const used = new Set<string>(['说明']);
  if (opts.flat || !rows.length) addSheet(wb, sheetName('全部', used), rows, cols);
  else {
    const groups = new Map<string, ReportRow[]>();
    for (const r of rows) groups.set(r.region, [...(groups.get(r.region) ?? []), r]);
    for (const [region, list] of groups) addSheet(wb, sheetName(region, used), list, cols);
  }
  const about = wb.addWorksheet('说明');
  about.columns = [
    { header: '列', key: 'header', width: 22 },
    { header: '含义', key: 'about', width: 80 },
    { header: '格式', key: 'fmt', width: 18 },
  ];
  if (opts.title) about.addRow({ header: '内容', about: neutraliseCell(opts.title), fmt: '' });
  for (const c of cols) about.addRow({ header: c.header, about: c.about, fmt: c.fmt === WAN_FORMAT ? '数字（元），显示为万元' : c.fmt === PERCENT_FORMAT ? '数字，显示为百分数' : '文本' });
  about.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
