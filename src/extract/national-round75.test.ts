import { describe, expect, it } from 'vitest';
import { documentsFromText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Round 75 classes (sixteenth session), from eight dev notices labelled blind and scored before any rule for them.
const clauses = (text: string) =>
  extractDocuments(documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt'))
    .flat()
    .map((c) => [c.text, c.units]);

describe('an item’s first sentence of more than 30 characters is a measure, not its heading (long first sentence)', () => {
  it.each([
    // 广元 (sichuan-guangyuan-zhizaoye.txt): an item with no title phrase, its note after three sentences
    [
      '一、加快产业集群培育\n(二)引导各类专项资金优先支持铝基材料、绿色家居等重点产业集群培育和县域主导产业发展。对招引、新建支撑产业集群的龙头企业给予奖补。(责任单位:市经济和信息化局、市财政局)\n',
      [
        ['引导各类专项资金优先支持铝基材料、绿色家居等重点产业集群培育和县域主导产业发展。', ['市经济和信息化局', '市财政局']],
        ['对招引、新建支撑产业集群的龙头企业给予奖补。', ['市经济和信息化局', '市财政局']],
      ],
    ],
    // 钢城 (shandong-gangcheng-fangguanfu.txt)
    [
      '1.及时承接落实国务院和省、市政府取消、下放和改变管理方式的行政权力事项。做好承接工作。(责任单位:区政府办公室)\n',
      [
        ['及时承接落实国务院和省、市政府取消、下放和改变管理方式的行政权力事项。', ['区政府办公室']],
        ['做好承接工作。', ['区政府办公室']],
      ],
    ],
    // a short title phrase stays the heading (30 characters or fewer)
    [
      '(一)加大对新建入规工业企业激励力度。在市级工业发展资金中安排100万元。(责任单位:市经济和信息化局)\n',
      [['在市级工业发展资金中安排100万元。', ['市经济和信息化局']]],
    ],
  ] as [string, [string, string[]][]][])('%s', (text, want) => expect(clauses(text)).toEqual(want));
});

describe('a band written with its lower bound word before the figure and its upper word before the second (over-under band)', () => {
  const th = (s: string) => extractValues(s).thresholds.map((t) => [t.min, t.max]);
  it.each([
    // 雅安 (sichuan-yaan-wenchanmanchan.txt): 激励 with its figure is the grant that makes the band a condition
    ['在市级工业发展资金中安排100万元,对2020年新建入规的工业企业激励5万元,当年工业总产值超过1亿元不足5亿元的追加激励2万元、5亿元及以上的追加激励5万元。', [[100000000, 500000000], [500000000, undefined]]],
    ['对营业收入超过1000万元不足5000万元的企业给予10万元奖励。', [[10000000, 50000000]]],
    ['对营业收入超过1000万元、低于5000万元的企业给予10万元奖励。', [[10000000, 50000000]]],
    // (a second figure that is no bound: two conditions)
    ['对营业收入超过1000万元、研发投入超过100万元的企业给予10万元奖励。', [[10000000, undefined], [1000000, undefined]]],
  ] as [string, (number | undefined)[][]][])('%s', (s, want) => expect(th(s)).toEqual(want));
  it('the band’s figures are no target amounts', () => {
    const v = extractValues('当年工业总产值超过1亿元不足5亿元的追加激励2万元。');
    expect(v.amounts.map((a) => [a.yuan, a.role])).toEqual([[20000, 'fixed']]);
  });
});
