import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { cleanText } from '../ingest/clean.js';
import { extractDocument } from './extract.js';

// A task table drawn a cell a line with each bar on a line of its own: 序号 / | / 重点工作任务 / | / 责任单位 / | / 1 / | / task / |
// / units. 杭州 (zhejiang-hangzhou-zerenfenjie.txt, round 23, scored at the frozen build first) read units 0.269: the cleaner had
// joined cells and bars into run-on lines, and from row 3 on each row took a later row's unit cell. The bars part cells as the
// blank lines of a table drawn a cell a line do.
const rows = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0])
    .filter((c) => c.units.length)
    .map((c) => [c.text, c.units]);

const HANGZHOU = [
  '序号', '|', '重点工作任务', '|', '责任单位', '|', '(二)戴建平常务副市长牵头重点工作', '|',
  '3', '|', '加快建设城西科创大走廊。', '|', '杭州城西科创产业集聚区管委会,市科技局、市发改委、市经信局', '|',
  '4', '|', '推进人才创新创业服务综合体、全球青年人才中心建设。', '|', '市发改委、市人力社保局、市科技局、团市委配合落实', '|',
  '5', '|', '全面推进开发区(园区)整合提升,打造一批高能级战略平台。', '|', '市发改委、市商务局,各区、县(市)政府(管委会)', '|',
  '6', '|', '加快钱塘江金融港湾建设。', '|', '市地方金融监管局', '|',
  '7', '|', '加大项目建设力度,固定资产投资增长7%。', '|', '市发改委', '|',
  '8', '|', '鼓励上市公司募集资金回投杭州。', '|', '市地方金融监管局', '|',
  '9', '|', '加强项目谋划,加大政府专项债争取力度。', '|', '市发改委', '|',
].join('\n');

const WANT = [
  ['加快建设城西科创大走廊。', ['杭州城西科创产业集聚区管委会', '市科技局', '市发改委', '市经信局']],
  // (the part the bodies play, 配合落实, ends the list: no part of the last name)
  ['推进人才创新创业服务综合体、全球青年人才中心建设。', ['市发改委', '市人力社保局', '市科技局', '团市委']],
  ['全面推进开发区(园区)整合提升,打造一批高能级战略平台。', ['市发改委', '市商务局', '各区、县(市)政府(管委会)']],
  // (a body repeated in many rows is a cell, not a page's running header)
  ['加快钱塘江金融港湾建设。', ['市地方金融监管局']],
  ['加大项目建设力度,固定资产投资增长7%。', ['市发改委']],
  ['鼓励上市公司募集资金回投杭州。', ['市地方金融监管局']],
  ['加强项目谋划,加大政府专项债争取力度。', ['市发改委']],
];

describe('a table drawn a cell a line with the bars on lines of their own (杭州 dev)', () => {
  const forms: [string, (s: string) => string][] = [
    ['as written', (s) => s],
    ['full-width bars', (s) => s.replace(/^\|$/gm, '｜')],
    ['CRLF line ends', (s) => s.replace(/\n/g, '\r\n')],
  ];
  it.each(forms)('each row takes its own unit cell (%s)', (_name, t) => {
    expect(rows(t(HANGZHOU))).toEqual(WANT);
  });

  it('the cleaner drops the bar lines and keeps each cell a line', () => {
    expect(cleanText(HANGZHOU).clean.text.split('\n').slice(0, 6)).toEqual(['序号', '重点工作任务', '责任单位', '(二)戴建平常务副市长牵头重点工作', '3', '加快建设城西科创大走廊。']);
  });

  it('a bar alone in running text stays', () => {
    const text = '一、总体要求\n|\n坚持稳中求进。\n';
    expect(cleanText(text).clean.text).toContain('|');
  });

  it('a mark before a unit cell (★区发改委、统计局, 吴江 jiangsu-wujiang-zhongdiangongzuo.txt) is no part of a name', () => {
    const text = ['序号', '|', '项目', '|', '重点工作目标任务', '|', '牵头领导', '|', '责任单位', '|', '1', '|', '主要预期目标', '|',
      '1.地区生产总值增长5%以上。', '|', '钱 宇', '|', '★区发改委、统计局', '|', '2.一般公共预算收入同口径增长6%以上。', '|', '★区财政局、税务局', '|'].join('\n');
    expect(rows(text)).toEqual([
      ['地区生产总值增长5%以上。', ['区发改委', '统计局']],
      ['一般公共预算收入同口径增长6%以上。', ['区财政局', '税务局']],
    ]);
  });
});
