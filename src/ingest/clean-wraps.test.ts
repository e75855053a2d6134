import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';

const lines = (s: string) => cleanText(s).clean.text.split('\n');

// A hard wrap can fall right before a separator. The line before may then be short and end in a bracket (含30%), which alone
// reads as a paragraph's end; but no sentence opens with 、 ， ； ） ” …, so the next line goes on with it.
describe('a line that opens with a separator continues the line before (wrap before punctuation)', () => {
  const valid: { name: string; text: string; expected: string[] }[] = [
    {
      name: '石嘴山 dev (ningxia-shizuishan-wenzengzhang.txt), wrapped as a PDF: before 、',
      text: '二、支持企业扩产增效。对2023年工业总产值2亿元以上且同比增长\n30%以上(含30%)\n、5亿元以上且同比增长20%以上(含20%)、10亿元以上且同比增长10%以上(含10%)的规上工业企业',
      expected: ['二、支持企业扩产增效。对2023年工业总产值2亿元以上且同比增长30%以上(含30%)、5亿元以上且同比增长20%以上(含20%)、10亿元以上且同比增长10%以上(含10%)的规上工业企业'],
    },
    {
      name: 'form: before ， after a short line closed by a full-width bracket',
      text: '对年度研发投入500万元以上（含）\n，给予10万元奖励。',
      expected: ['对年度研发投入500万元以上（含），给予10万元奖励。'],
    },
    {
      name: '辽宁省 dev (liaoning-liaoningsheng-shierwufengong.txt), wrapped as a PDF under an item ⑹: before the % a wrap cut from its figure',
      text: '⑹化学需氧量、二氧化硫、氨氮、氮氧化物排放分别减少9.2%、10.7\n%、11%、13.7%(系国家分解指标)。',
      expected: ['⑹化学需氧量、二氧化硫、氨氮、氮氧化物排放分别减少9.2%、10.7%、11%、13.7%(系国家分解指标)。'],
    },
    {
      name: 'form: a closing bracket alone at the line start',
      text: '（责任单位：市经信局、市财政局\n）',
      expected: ['（责任单位：市经信局、市财政局）'],
    },
  ];
  for (const { name, text, expected } of valid) it(name, () => expect(lines(text)).toEqual(expected));

  it('after a sentence end, a list number\'s 、 set apart by the PDF stays apart (corpus 001: 各街镇。 / 、 / 31)', () => {
    expect(lines('区规划自然资源局等，各区属国有企业，各街镇。\n\n、\n\n31\n区重大项目工作领导小组要加强组织领导。')[0]).toBe('区规划自然资源局等，各区属国有企业，各街镇。');
  });
  it('a heading after a short bracketed line still opens its own paragraph', () => {
    expect(lines('专栏1 重点项目（2024年）\n（一）加快项目建设。')).toHaveLength(2);
  });
});

// A note wrapped at the same place item after item repeats its tail line (政府,咸宁高新区管委会)) three times or more, which
// reads as a page's running header and was dropped. A running header holds no list punctuation, in either width, and never
// closes a bracket it did not open.
describe('a repeated wrapped tail of a note is body, not a running header (repeated note tail)', () => {
  const item = (n: string, what: string, lead: string) => `(${n})${what}。(牵头单位:${lead};责任单位:各县市区人民\n政府,咸宁高新区管委会)`;
  it('咸宁 dev (hubei-xianning-zerenfenjie.txt), wrapped as a PDF: half-width comma and an unopened closer', () => {
    const text = [item('一', '地区生产总值增长6%', '市发改委'), item('三', '固定资产投资增长8%', '市发改委'), item('五', '进出口总额增长10%', '市商务局')].join('\n');
    expect(lines(text)).toEqual([
      '(一)地区生产总值增长6%。(牵头单位:市发改委;责任单位:各县市区人民政府,咸宁高新区管委会)',
      '(三)固定资产投资增长8%。(牵头单位:市发改委;责任单位:各县市区人民政府,咸宁高新区管委会)',
      '(五)进出口总额增长10%。(牵头单位:市商务局;责任单位:各县市区人民政府,咸宁高新区管委会)',
    ]);
  });
  it('form: a tail without punctuation that closes the note (区人民政府）)', () => {
    const text = Array.from({ length: 3 }, (_, i) => `${i + 1}.推进项目建设。（责任单位：区发展改革委、各街镇\n人民政府）`).join('\n');
    expect(lines(text)).toHaveLength(3);
    expect(lines(text)[2]).toBe('3.推进项目建设。（责任单位：区发展改革委、各街镇人民政府）');
  });
  it('a real running header is still dropped', () => {
    const page = (n: number) => `某某市人民政府公报\n第${n}项工作要抓紧推进落实到位。`;
    expect(lines([1, 2, 3].map(page).join('\n'))).not.toContain('某某市人民政府公报');
  });
});

// Items opened by 一是/二是… each on a line of their own, a labelled unit line after each (蔡甸 dev, hubei-caidian-zerenfenjie.txt,
// its (一)/(二) items written 一是/二是 as other house styles write them): the unit line and the next item were one paragraph.
describe('an item opened by 一是/二是 after a labelled line or a closed sentence opens a paragraph (是-items)', () => {
  it('蔡甸 dev, items written 一是/二是', () => {
    const text = '一是地区生产总值增长7%以上\n\n责任单位:区发展和改革局\n\n二是规上工业增加值增长12%以上\n\n责任单位:区科技和经信局';
    expect(lines(text)).toEqual(['一是地区生产总值增长7%以上', '责任单位:区发展和改革局', '二是规上工业增加值增长12%以上', '责任单位:区科技和经信局']);
  });
  it('after a closed sentence', () => {
    expect(lines('重点抓好以下工作。\n一是加强组织领导。\n二是强化要素保障。')).toHaveLength(3);
  });
  it('a wrap before 一是 inside a sentence still joins (统一是 cut by a PDF)', () => {
    expect(lines('推动标准统\n一是关键所在')).toEqual(['推动标准统一是关键所在']);
  });
});

// A unit label joined to its bodies by 为 instead of a colon (责任单位为…, 牵头单位为…) is a field line of its own, as 责任单位:… is;
// it had been joined to the leader line above it. Found by writing dev's unit labels with 为 (海城, 达州 read right again).
describe('a unit label joined by 为 opens its own line (label with 为)', () => {
  it('达州 dev (sichuan-dazhou-zerenfengong.txt), its colon written 为', () => {
    const text = '1.建设重要经济中心。\n责任领导:丁应虎、张俊懿、唐志坤、张杰\n责任单位为市发展改革委、市农业农村局、市经信局、市商务局';
    expect(lines(text)).toEqual(['1.建设重要经济中心。', '责任领导:丁应虎、张俊懿、唐志坤、张杰', '责任单位为市发展改革委、市农业农村局、市经信局、市商务局']);
  });
  it('海城 dev (liaoning-haicheng-zerenfengong.txt): 牵头单位为 after the leader line', () => {
    expect(lines('牵头领导:刘兴达\n牵头单位为市发展和改革局')).toHaveLength(2);
  });
  it('a sentence about units is no label line (各责任单位为确保…)', () => {
    expect(lines('请各地\n各责任单位为确保任务完成制定方案。')).toHaveLength(1);
  });
});

// Round 18 (黄石 dev, hubei-huangshi-zerenfenjie.txt): an attachment's title ending in 分解/分解表/一览表… over its first sentence,
// a blank line between, was joined to it; the notice's 今年 target sentence then opened with the title and fell outside the notice.
describe('a table or task-list title ends its paragraph (list titles)', () => {
  it.each([
    ['2021年市政府重点工作责任分解', '今年经济社会发展的主要预期目标是:地区生产总值增长11%左右;'],
    ['2024年重点项目任务分解表', '一季度,全市重点项目开工率达到40%以上。'],
    ['专项资金分配一览表', '序号'],
  ])('%s / %s', (title, next) => expect(lines(`${title}\n\n${next}`)).toEqual([title, next]));
});

// Round 22: 广州 (guangdong-guangzhou-qiangqugongcheng.txt) writes a task as a record of fields, one a line; a unit field's line ended
// only before a label of up to six characters, so 牵头单位: 市工业和信息化局 took in 年度阶段性工作目标: 第一季度:… as part of the body's name.
describe('a unit field’s line ends before the next field’s label, however long (record of fields)', () => {
  it('广州 dev', () => {
    expect(lines('重点工作: 实施“强区”工程,聚力发展先进制造业。\n牵头单位: 市工业和信息化局\n年度阶段性工作目标: 第一季度:下达提质增效试点园区补助;')).toEqual([
      // (the space after a colon goes, as the cleaner takes it everywhere)
      '重点工作:实施“强区”工程,聚力发展先进制造业。',
      '牵头单位:市工业和信息化局',
      '年度阶段性工作目标:第一季度:下达提质增效试点园区补助;',
    ]);
  });
  it('a wrapped body name still joins a line that opens with no label', () => {
    expect(lines('责任单位:市发展和改革委员会、市工业和\n信息化局')).toEqual(['责任单位:市发展和改革委员会、市工业和信息化局']);
  });
});

// A list of names and their sums a line each, a space between them: each row a line, never run into the next row or the text below.
describe('a list of names and sums a line each keeps its rows (value rows)', () => {
  it.each([
    {
      // 青海省 (qinghai-qinghaisheng-qunuanfei.txt): blank lines between the rows, as the page gives them
      text: '调整后的标准为:\n\n乐都、民和 580元/年\n\n西宁地区(含大通、湟中、湟源)、平安、互助 600元/年\n\n循化、贵德 658元/年\n\n中央驻青单位可参照执行。',
      expected: ['调整后的标准为:', '乐都、民和580元/年', '西宁地区(含大通、湟中、湟源)、平安、互助600元/年', '循化、贵德658元/年', '中央驻青单位可参照执行。'],
    },
    {
      // form: shares, no blank lines
      text: '各项指标增长目标:\n地区生产总值 6%\n固定资产投资 10%\n社会消费品零售总额 5.5%\n',
      expected: ['各项指标增长目标:', '地区生产总值6%', '固定资产投资10%', '社会消费品零售总额5.5%'],
    },
    {
      // form: two such lines are no list; a wrapped sentence ending in a sum goes on as before
      text: '对新认定的企业给予奖励 50万元\n对复核通过的企业给予奖励 20万元\n',
      expected: ['对新认定的企业给予奖励50万元对复核通过的企业给予奖励20万元'],
    },
  ])('$expected.1', ({ text, expected }) => {
    expect(lines(text).filter(Boolean)).toEqual(expected);
  });
});
