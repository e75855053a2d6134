import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';

// Round 50 classes, each with the dev sentence that showed it (ANNOTATION round 50) and forms of other provinces.
const deadlines = (text: string, docDate: string, listed = false) =>
  extractValues(text, docDate, listed).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return d.date;
  });
const thresholds = (text: string) => extractValues(text, '2025-03-01').thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('a year whose 计划 opens what is planned (planned year)', () => {
  it.each([
    // 江西 南昌县 (jiangxi-nanchangxian-minshengshishi.txt)
    ['2024年计划在莲塘片区、象湖片区、小蓝片区等区域内共完成300个公共充电桩建设', ['2024']],
    ['2024年度计划对莲塘、银三角建成区范围内20个排水单元进行雨污管网分流改造;', ['2024']],
    ['2024年计划改造完成莲塘镇莲水巷等住宅小区,改造总建筑面积不少于10万平方米。', ['2024']],
    // a plan named as a thing stays none
    ['2024年度计划投资情况如下:', []],
    // 唐山: a year naming the targets whose months follow (the months take it)
    ['2024年任務目標力爭10月底前基本完成,12月底前高標準、高質量完成。', ['2024-10', '2024-12']],
  ])('%s', (s, want) => expect(deadlines(s, '2024-03-16')).toEqual(want));
});

describe('a cohort of entry, and the day right before the act due on it (cohort, act day)', () => {
  it.each([
    // 重庆 潼南 (chongqing-tongnan-kejichuangxin.txt), a call's condition items, traditional characters
    ['2019年度首次認定(重新認定)的高新技術企業。', ['2019']],
    ['2019年度入庫重慶科技型企業管理系統并完成年報的科技型企業。', ['2019']],
    ['2019年新認定的市級(區級)眾創空間和市級星創天地。', ['2019']],
  ])('%s', (s, want) => expect(deadlines(s, '2020-04-03', true)).toEqual(want));
  it.each([
    // 天津 滨海 (tianjin-binhai-yanfabuzhu.txt)
    ['市科技局10月15日完成审查。', ['2021-10-15']],
    ['各区县10月15日前报送材料,市局10月30日完成审核。', ['2021-10-15', '2021-10-30']],
    // a day already past, and a release told as done, are no limits (广西科技厅)
    ['已10月15日完成审查。', []],
    ['我厅于2023年1月16日发布了《关于开展申报工作的通知》,要求2023年3月13日前完成申报。', ['2023-03-13']],
  ])('%s', (s, want) => expect(deadlines(s, '2021-08-01')).toEqual(want));
  it.each([
    // 广西 柳州 (guangxi-liuzhou-wenzengzhang.txt): the quarters a condition's growth is measured in
    ['对2024年一季度产值负增长,且2025年一季度产值增速实现扭负为正的规模以上制造业企业,按产值规模(当季度)分档次分类给予一定奖励。', []],
  ])('%s', (s, want) => expect(deadlines(s, '2025-01-26')).toEqual(want));
});

describe('a heading that moves a time limit, and a heading of the year\'s targets (heading limit)', () => {
  const doc = (text: string) => extractDocument(documentsOfPlainText(text)[0]);
  it('广西科技厅: the heading\'s limit and the sentence\'s own', () => {
    const cs = doc('自治区科技厅关于新能源汽车实验室专项集中申报工作的补充通知\n各有关单位:\n现就有关事项作如下补充:\n一、申报截止时间调整至2023年5月10日\n申报书推荐至项目专业机构的截止时间调整至2023年5月10日18:00,之后不再受理新的项目。\n广西壮族自治区科学技术厅\n2023年3月22日');
    expect(cs.flatMap((c) => c.deadlines.map((d) => d.date))).toEqual(['2023-05-10', '2023-05-10']);
  });
  it('铜川: 一、2025年年度目标 over its targets', () => {
    const cs = doc('铜川市人民政府办公室关于落实《政府工作报告》重点工作分工的意见\n各区县人民政府:\n现将重点工作予以分解。\n一、2025年年度目标\n1. 生产总值增长6%左右。(市发展改革委负责)\n2. 固定资产投资增长7%左右。(市发展改革委负责)');
    expect(cs.flatMap((c) => c.deadlines.map((d) => d.date))).toEqual(['2025']);
  });
});

describe('chained bounded conditions before their beneficiary (condition chain)', () => {
  it.each([
    // 福建 思明 (fujian-siming-huizhan.txt): an event is the beneficiary; conditions joined by 、 and ,
    ['对会期1天及以上、参会人数达150人及以上,住宿间夜数200间夜及以上的境内会议,按会议场租及住宿费用的20%给予奖补。', [[1, null, '天'], [150, null, '人'], [200, null, '间夜']]],
    ['对展览面积6000平方米及以上,实际展期不少于3天的经贸类专业展览给予奖补。', [[6000, null, '平方米'], [3, null, '天']]],
    // 广西 柳州: 达到或超过, two conditions then 的,给予
    ['对一季度整车企业乘用车产量达到或超过15万辆、商用车产量达到或超过7000辆的,给予一定奖励。', [[150000, null, '辆'], [7000, null, '辆']]],
    // a target list after a comma is no condition (seed 002)
    ['专业研发机构和科技服务机构达到100家，50%以上的规模以上工业企业开展研发活动', []],
  ])('%s', (s, want) => expect(thresholds(s)).toEqual(want));
});

describe('one body wrapped over signature lines (wrapped signer)', () => {
  it('无为 (anhui-wuwei-quyuzhanlue.txt)', () => {
    const [d] = documentsOfPlainText('关于印发2024年度工作要点的通知\n各镇人民政府:\n现将工作要点印发给你们,请认真贯彻执行。\n无为市推动长三角地区\n更高质量一体化发展、“一带一路”建设\n暨中部地区崛起领导小组办公室\n2024年6月13日\n一、全面深化与沪苏浙区域合作');
    expect(d.issuer).toBe('无为市推动长三角地区更高质量一体化发展、“一带一路”建设暨中部地区崛起领导小组办公室');
  });
  it('joint signers on lines of their own stay two', () => {
    const [d] = documentsOfPlainText('关于印发若干措施的通知\n各县区:\n现印发给你们,请认真贯彻执行。\n中共宿迁市委\n宿迁市人民政府\n2024年6月13日\n一、总体要求');
    expect(d.issuer).toBe('中共宿迁市委、宿迁市人民政府');
  });
});
