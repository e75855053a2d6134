import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { extractValues } from './extract.js';
import { inStandardList } from './standard-list.js';

// Classes round 232's notices showed (ANNOTATION round 232), each with the sentence that showed it and its general forms.

const dev = (file: string) => readFileSync(new URL(`../../eval/national/dev/${file}`, import.meta.url), 'utf8');
const amounts = (text: string) => extractValues(text).amounts.map((a) => [a.raw, a.yuan, a.role]);

// A sum per a unit and a time, the dot between them any middle dot a page sets or a full stop typed for one (彭水 2019: 从300元/人.月调整为
// 320元/人.月, which had split the sentence at the full stop and lost the new level): one sum per head per month, the level it moves to a
// `target` as 由…调整为 gives, the old level none.
describe('the dot between a per-unit and its time (per-unit dots)', () => {
  it.each([
    // 彭水 (chongqing-pengshui-xiangcunjiaoshi2019.txt)
    ['将一等乡村教师岗位生活补助标准从300元/人.月调整为320元/人.月,相关学校调整标准见附件。', [['320元/人.月', 320, 'target']]],
    // 绍兴 (zhejiang-shaoxing-dibaobiaozhun.txt): the time first, a middle dot
    ['2024年全市最低生活保障标准由1134元/月·人调整为1175元/月·人,从11月1日起执行。', [['1175元/月·人', 1175, 'target']]],
    // forms: each dot a page sets
    ['补贴标准为500元/亩•年。', [['500元/亩•年', 500, 'fixed']]],
    ['补贴标准为500元/亩・年。', [['500元/亩・年', 500, 'fixed']]],
    ['补贴标准为500元/人‧月。', [['500元/人‧月', 500, 'fixed']]],
    ['补贴标准为500元/人.月。', [['500元/人.月', 500, 'fixed']]],
    ['租金减免标准为3元/月.平方米。', [['3元/月.平方米', 3, 'fixed']]],
    // form: traditional characters
    ['將生活補助標準從300元/人.月調整為320元/人.月。', [['320元/人.月', 320, 'target']]],
  ])('%s', (text, want) => {
    expect(amounts(text)).toEqual(want);
  });

  it('彭水: the full stop typed for the dot ends no sentence; one typed for 。 still does', () => {
    const text = `关于调整部分学校乡村教师岗位生活补助标准的通知
委属相关单位:
根据学校与乡镇(街道)所在地距离、交通方便程度、生活条件艰苦程度等因素,将一等乡村教师岗位生活补助标准从300元/人.月调整为320元/人.月,相关学校调整标准见附件。现下达给你们,请认真组织实施.市政府将适时督查。
`;
    const clauses = extractDocument(documentsOfPlainText(text)[0]).map((c) => c.text);
    expect(clauses).toContain('根据学校与乡镇(街道)所在地距离、交通方便程度、生活条件艰苦程度等因素,将一等乡村教师岗位生活补助标准从300元/人.月调整为320元/人.月,相关学校调整标准见附件。');
    expect(clauses).toContain('市政府将适时督查。');
  });
});

// A list of fee standards under the heading that sets them, its rows numbered and grouped under numbered sub-headings, a row's sum a
// range or followed by a remark (阳新 2024: 一、收费标准: / (一)殡葬基本服务(政府定价) / 1、遗体接运 / (1)抬遗体 200元/具 / …冷藏(冷冻)
// 10元/小时 / 大厅福盛厅 1200元/天(24小时)). The rows per an hour, a year or a day had been read as prices paid, no amount: each is a
// standard the notice sets, `fixed` (ANNOTATION rounds 197 and 232).
describe('a list of standards with numbered rows under sub-headings (standard rows)', () => {
  const LIST = `一、收费标准:
(一)殡葬基本服务(政府定价)
1、遗体接运
(1)抬遗体           200元/具
(3)接运车辆         260-550元/趟(具体详见附件2)
2、遗体存放
冷藏(冷冻)        10元/小时
4、骨灰寄存费
单穴位                51元/年
6、吊唁设施及设备租赁(含礼厅)
大厅福盛厅         1200元/天(24小时)`;
  it.each([
    ['(1)抬遗体           200元/具', true],
    ['(3)接运车辆         260-550元/趟(具体详见附件2)', true],
    ['冷藏(冷冻)        10元/小时', true],
    ['单穴位                51元/年', true],
    ['大厅福盛厅         1200元/天(24小时)', true],
  ])('%s', (row, want) => {
    expect(inStandardList(LIST, LIST.indexOf(row))).toBe(want);
  });

  it.each([
    // form: the same rows under a heading that sets no standard are a price list, none
    [LIST.replace('一、收费标准:', '一、各类服务项目:'), '单穴位                51元/年'],
    // form: a sub-heading that states something (a comma, a figure) ends the walk
    [LIST.replace('4、骨灰寄存费', '4、骨灰寄存费,按年收取,每年12月结算'), '单穴位                51元/年'],
  ])('no standard: %#', (text, row) => {
    expect(inStandardList(text, text.indexOf(row))).toBe(false);
  });

  it('阳新 (hubei-yangxin-binzangshoufei.txt): every row a fixed amount (the range one amount, scored as its two ends)', () => {
    const d = documentsOfPlainText(dev('hubei-yangxin-binzangshoufei.txt'))[0];
    const sums = extractDocument(d).flatMap((c) => c.amounts.map((a) => (a.yuanMax === undefined ? [a.yuan, a.role] : [a.yuan, a.yuanMax, a.role])));
    expect(sums).toEqual([
      [200, 'fixed'], [40, 'fixed'], [260, 550, 'fixed'], [10, 'fixed'], [561, 'fixed'], [816, 'fixed'], [51, 'fixed'],
      [100, 'fixed'], [360, 'fixed'], [1200, 'fixed'], [1000, 'fixed'], [950, 'fixed'], [900, 'fixed'], [850, 'fixed'], [450, 'fixed'],
    ]);
  });
});

// A record's time field named for a rectification (整改时限:2020年12月底前。, 江苏省 2021): the time limit of the record's lines, as its
// 责任单位 field gives them their units; it had been a clause of its own, the problem's lines without it. (dict/unit-labels.json
// timeFields: 整改时限, 整改期限, 整改完成时限, 办理时限, 办理期限.)
describe('a rectification record’s time field (record time fields)', () => {
  const RECORD = `关于大气污染问题整改情况的公示
一、整改任务基本情况
整改内容:由于一些地区和部门认识不足、重视不够,工作不力,导致全省大气环境质量改善形势十分严峻。
责任单位:省生态环境厅牵头,省发展改革委、省工业和信息化厅配合。
整改时限:2020年12月底前。
`;
  const deadlineOf = (text: string, phrase: string) =>
    extractDocument(documentsOfPlainText(text)[0])
      .filter((c) => c.text.includes(phrase))
      .flatMap((c) => c.deadlines.map((d) => d.date));
  it.each([
    ['整改时限', RECORD],
    ['整改期限', RECORD.replace('整改时限', '整改期限')],
    ['办理时限, full-width colon', RECORD.replace('整改时限:', '办理时限：')],
    ['traditional characters', RECORD.replace('整改时限', '整改時限')],
  ])('%s', (_, text) => {
    expect(deadlineOf(text, '全省大气环境质量改善形势十分严峻')).toEqual(['2020-12']);
  });

  it('江苏省: a field of the record after its time field takes the time limit too, beside its own', () => {
    const text = `${RECORD}整改目标:到2020年,全省PM2.5浓度控制在46微克/立方米以下,空气质量优良天数比率达到72%以上。\n`;
    expect(deadlineOf(text, '空气质量优良天数比率').sort()).toEqual(['2020', '2020-12']);
    // (a line that opens no field ends the record: its sentence takes no time limit)
    expect(deadlineOf(`${text}二、整改措施落实情况\n对照整改方案,逐项落实整改措施,积极推进大气污染防治工作。\n`, '逐项落实整改措施')).toEqual([]);
  });
});

// A share written as a fraction right after a bound's 于 or after 按 (江苏省 2023: 按其实际缴纳社会保险费不低于1/2、不高于2/3给予补贴, read as
// nothing): a rate, its bound its role. (A fraction after other words stays a date's or a number's: 3/4 alone is none.)
describe('a fraction after a bound or 按 (fraction rates)', () => {
  const rates = (text: string) => extractValues(text).rates.map((r) => [r.raw, r.value, r.role]);
  it.each([
    // 江苏省 (jiangsu-jiangsusheng-getigongshanghu.txt)
    ['对以灵活就业方式参保的个体工商户,符合就业困难人员条件的,按其实际缴纳社会保险费不低于1/2、不高于2/3给予补贴。', [['1/2', 0.5, 'min'], ['2/3', 0.666667, 'cap']]],
    // forms: 按 right before it, a full-width slash, traditional characters
    ['按1/3给予补贴。', [['1/3', 0.333333, 'fixed']]],
    ['补贴比例不高于2／3。', [['2／3', 0.666667, 'cap']]],
    ['按其實際繳納社會保險費不低於1/2給予補貼。', [['1/2', 0.5, 'min']]],
    // form: a fraction after no such word is none (a date's month and day)
    ['会议定于3/4召开。', []],
  ])('%s', (text, want) => {
    expect(rates(text)).toEqual(want);
  });
});
