import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processFiles } from '../run/batch.js';
import type { Clause } from '../types.js';
import { clauseReportRows, type ReportRow } from './rows.js';
import { PERCENT_FORMAT, WAN_FORMAT, workbook } from './xlsx.js';

let dir: string;
let clauses: Clause[];
let rows: ReportRow[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pclause-xlsx-'));
  const results = await processFiles(['corpus/004_ad92c2df140a72a5.txt', 'corpus/000_1783c25a94a31d5b.txt'], { workers: 1 });
  clauses = results.flatMap((r) => r.clauses).filter((c) => c.amounts.length + c.rates.length > 0);
  rows = clauseReportRows(clauses);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as string[]).slice(1);
const col = (ws: ExcelJS.Worksheet, name: string) => header(ws).indexOf(name) + 1;

describe('workbook', () => {
  it('one sheet per region and a sheet describing the columns', async () => {
    const wb = await read(await workbook(rows));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['綦江区', '渝北区', '说明'].sort((a, b) => (a === '说明' ? 1 : b === '说明' ? -1 : rows.findIndex((r) => r.region === a) - rows.findIndex((r) => r.region === b))));
    for (const region of ['渝北区', '綦江区']) expect(wb.getWorksheet(region)!.rowCount).toBe(rows.filter((r) => r.region === region).length + 1);
    const about = wb.getWorksheet('说明')!;
    const described = (about.getColumn(1).values as string[]).slice(2);
    expect(described).toEqual(header(wb.getWorksheet('渝北区')!));
    expect(about.getCell('C5').value).toBe('数字（元），显示为万元');
  });

  it('yuan are numbers shown in 万元, rates numbers shown as percentages, the sentence beside', async () => {
    const wb = await read(await workbook(rows));
    const ws = wb.getWorksheet('渝北区')!;
    const yuanCol = col(ws, '金额（元）');
    const rateCol = col(ws, '比例');
    const sentenceCol = col(ws, '原文');
    const rawCol = col(ws, '数值原文');
    // One row per measure: the rate and its cap of one subsidy on one row.
    const line = rows.filter((r) => r.region === '渝北区').findIndex((r) => r.sentence.includes('一般技改扩能')) + 2;
    expect(line).toBeGreaterThan(1);
    expect(ws.getRow(line).getCell(yuanCol).value).toBe(10_000_000);
    expect(ws.getRow(line).getCell(yuanCol).numFmt).toBe(WAN_FORMAT);
    expect(ws.getRow(line).getCell(rawCol).value).toBe('15%；1000万元');
    expect(ws.getRow(line).getCell(col(ws, '金额/比例（原文写法）')).value).toBe('最高 15%（投资额度）；最高 1000万元');
    expect(ws.getRow(line).getCell(sentenceCol).value).toBe('对于一般技改扩能项目，按不超过投资额度15%给予补助，最多不超过1000万元；');
    expect(ws.getRow(line).getCell(rateCol).value).toBe(0.15);
    expect(ws.getRow(line).getCell(rateCol).numFmt).toBe(PERCENT_FORMAT);
    expect(ws.getRow(line).getCell(col(ws, '上限（元）')).value).toBe(10_000_000);
    let numbers = 0;
    ws.getColumn(yuanCol).eachCell((c, n) => {
      if (n > 1 && c.value !== null) {
        expect(typeof c.value).toBe('number');
        numbers++;
      }
    });
    expect(numbers).toBe(rows.filter((r) => r.region === '渝北区' && r.yuan !== undefined).length);
  });

  it('frozen header, filters on, widths set; --flat gives one sheet', async () => {
    const wb = await read(await workbook(rows, { flat: true }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['全部', '说明']);
    const ws = wb.getWorksheet('全部')!;
    expect(ws.rowCount).toBe(rows.length + 1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeDefined();
    expect(JSON.stringify(ws.autoFilter)).toMatch(/A1/);
    expect(ws.getColumn(col(ws, '原文')).width).toBe(60);
    expect(ws.getColumn(col(ws, '地区')).width).toBe(10);
  });

  it('LibreOffice converts it to CSV without errors, with the numbers as numbers', () => {
    expect(existsSync('/usr/bin/soffice'), 'soffice is missing: apt-get install libreoffice-calc-nogui').toBe(true);
    return (async () => {
      const file = join(dir, 'clauses.xlsx');
      writeFileSync(file, await workbook(rows, { flat: true }));
      const out = join(dir, 'csv');
      const { stdout: log } = await promisify(execFile)('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', out, file], { encoding: 'utf8', timeout: 120_000 });
      expect(log).toMatch(/convert .*clauses\.xlsx/);
      expect(log).not.toMatch(/error/i);
      expect(readdirSync(out)).toEqual(['clauses.csv']);
      const lines = readFileSync(join(out, 'clauses.csv'), 'utf8').trim().split('\n');
      expect(lines).toHaveLength(rows.length + 1);
      expect(lines[0]).toMatch(/^"?地区"?,"?状态"?,"?措施"?,"?金额（元）/);
      // Displayed through the 万元 format: 10000000 → 1000.0000万元.
      expect(lines.some((l) => l.includes('1000.0000万元') && l.includes('一般技改扩能'))).toBe(true);
      expect(lines.some((l) => l.includes('15.00%'))).toBe(true);
    })();
  }, 150_000);
});
