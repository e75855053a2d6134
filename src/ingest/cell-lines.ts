/**
 * A table a web page flattened to one cell per line, cells apart by blank lines (辽宁 辽中区 任务分解表):
 * "序号", "主要工作举措", "牵头单位", "配合单位", "责任领导" on lines of their own, then each row's cells.
 * From its 序号 line to the end of the text, a blank line always ends a paragraph: the cells must not be
 * joined into one run-on line. The extractor reads the rows (src/extract/line-table.ts).
 */
const COLUMN = /^[\u4e00-\u9fff]{2,8}$/;
const UNIT_COLUMN = /(单位|部门)$/;
/** The task column opening a header without 序号 (主要工作任务 / 牵头单位 / 责任单位, 辽宁 沈河区): 重点任务, 工作举措… */
export const TASK_COLUMN = /^[\u4e00-\u9fff]{0,6}(?:任务|举措|措施|事项|工作内容|目标)$/;

/** Index (into lines) of the 序号 (or task column) line opening such a table, or -1. */
export function cellTableStart(lines: { c: string; tab: boolean }[]): number {
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i].c !== '序号' && !TASK_COLUMN.test(lines[i].c)) || lines[i].tab) continue;
    let k = i + 1;
    const names: string[] = [];
    while (k < lines.length && !lines[k].tab && COLUMN.test(lines[k].c)) names.push(lines[k++].c);
    if (names.length >= 2 && names.some((n) => UNIT_COLUMN.test(n))) return i;
  }
  return -1;
}

/**
 * A row of a table written with bars (专项资金 | 编号 | 扶持项目 | 扶持标准和方式, 上海 宝山区): one row a line.
 * Each is a paragraph of its own, never joined to its neighbours.
 */
export function isBarRow(c: string): boolean {
  return (c.match(/[|｜]/g)?.length ?? 0) >= 2 && !/^[|｜\-—:：\s]*$/.test(c);
}
