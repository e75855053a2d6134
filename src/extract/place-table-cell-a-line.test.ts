import { describe, expect, it } from 'vitest';
import { cleanText } from '../ingest/clean.js';
import { amountRows } from './fixture-table.js';

// Tables of sums allotted to places that a page drew a cell a line, each cell closed by its bar, with no row numbers (issue 9):
// the cleaner ran every row into one line, as it does a table with no header it knows, so the rows were read as no table and
// each place's name as the next row's unit (右玉: 李达窑乡 the unit of 杀虎口旅游区's row). A header opened by its places' column
// (乡(镇)名, 市縣 in traditional characters too) now opens a row each time the row before is full, and a column of a sum per a thing
// (补助标准(元/亩)) pays at that rate, `fixed`, beside the place's `total`.
const YOUYU =
  '右玉县2023年农牧民补助奖励政策禁牧草地补助资金拨付表\n乡(镇)名 |\n天然禁牧草地面积(亩) |\n补助标准 (元/亩) |\n补助资金 (元) |\n备注 |\n' +
  '杀虎口旅游区 |\n12877.65 |\n7.5 |\n96583 |\n|\n李达窑乡 |\n107400.45 |\n7.5 |\n805503 |\n|\n牛心乡 |\n123554.25 |\n7.5 |\n926657 |\n|\n' +
  '合计 |\n781067 |\n|\n5858004 |\n|\n';
const JIAOZUO =
  '三、 扶貧資金分配情況\n市縣 |\n資金合計 |\n中央資金 |\n省級資金 |\n備注 |\n修武 |\n1116.7 |\n10 |\n1106.7 |\n|\n博愛 |\n1150.9 |\n10 |\n1140.9 |\n|\n' +
  '武陟 |\n1237.1 |\n|\n1237.1 |\n|\n四、監督電話:3121107\n';

describe('a table of places drawn a cell a line with bars, no row numbers (place table cell a line)', () => {
  it('右玉 2023 (shanxi-youyu-caoyuanjinmu2023.txt): a row a line, the rate per 亩 fixed, the place\'s sum total', () => {
    expect(cleanText(YOUYU).clean.text.split('\n').slice(1, 6)).toEqual([
      '乡(镇)名|天然禁牧草地面积(亩)|补助标准(元/亩)|补助资金(元)|备注|',
      '杀虎口旅游区|12877.65|7.5|96583||',
      '李达窑乡|107400.45|7.5|805503||',
      '牛心乡|123554.25|7.5|926657||',
      '合计|781067||5858004||',
    ]);
    expect(amountRows(YOUYU)).toEqual([
      ['杀虎口旅游区|12877.65|7.5|96583||', [[7.5, 'fixed'], [96583, 'total']]],
      ['李达窑乡|107400.45|7.5|805503||', [[7.5, 'fixed'], [805503, 'total']]],
      ['牛心乡|123554.25|7.5|926657||', [[7.5, 'fixed'], [926657, 'total']]],
      // (its area is no sum: an empty cell parts the figures, each under its own column, not cells merged to the left)
      ['合计|781067||5858004||', [[5858004, 'total']]],
    ]);
  });
  it('焦作 2018 (henan-jiaozuo-fupinzijin2018.txt): traditional column names, a row a line', () => {
    expect(cleanText(JIAOZUO).clean.text.split('\n').slice(1, 5)).toEqual(['市縣|資金合計|中央資金|省級資金|備注|', '修武|1116.7|10|1106.7||', '博愛|1150.9|10|1140.9||', '武陟|1237.1||1237.1||']);
  });
  it('leaves a place column over no money column alone', () => {
    const text = '乡镇名 |\n联系人 |\n电话 |\n牛心乡 |\n张三 |\n13800000000 |\n';
    expect(cleanText(text).clean.text).toBe('乡镇名|联系人|电话|牛心乡|张三|13800000000|');
  });
});
