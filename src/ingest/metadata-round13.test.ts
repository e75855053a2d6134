import { describe, expect, it } from 'vitest';
import { fold } from './clean.js';
import { documentsOfPlainText } from './ingest.js';
import { maskSuperiors, regionOfBody } from './regions.js';

// Round 13 of dev notices: classes of document metadata, each with the dev lines that showed it.

describe('benchmark_superior: a division the notice measures itself against, or the hub of an area it takes part in, is not its own place', () => {
  it.each([
    // 湖北 应城 (hubei-yingcheng-gongyeqiangshi.txt), a county-level city speaking as 我市: its prefecture only as a benchmark
    ['千方百计争取国家、省支持工业企业发展的专项资金、中小企业发展基金和重大项目资金,力争不低于孝感市平均水平;', '孝感市'],
    // 浙江 温岭 (zhejiang-wenling-gaozhiliang.txt): its prefecture as the rank it competes within
    ['用足用好专项债券对重大项目的支持,开展专项债项目常态化储备,争取专项债券资金居台州市前列。', '台州市'],
    // the same two in full-width and traditional characters (the text is folded before regions are read)
    ['力爭不低於孝感市平均水平；', '孝感市'],
    ['爭取專項債券資金居台州市前列。', '台州市'],
    // 应城: the hub of a metropolitan area; 青海 海东 (qinghai-haidong-lanxi.txt): the two hubs that name a city cluster
    ['紧紧抓住中央和省推进中部崛起和武汉城市圈建设机遇,牢固树立“工业强市”理念', '武汉'],
    ['甘青合作推进兰州西宁城市群高质量发展', '兰州西宁'],
  ])('%s: %s masked', (line, place) => {
    const out = maskSuperiors(fold(line));
    expect(out.length).toBe(line.length);
    expect(out.includes(fold(place))).toBe(false);
  });
  it.each([
    // a place the notice names as its own, or as the subject of the comparison, stays
    ['结合我市实际,提出如下意见:', '我市'],
    ['温岭市人民政府关于推动经济高质量发展的实施意见', '温岭市'],
    ['不断增强全市工业综合竞争力', '全市'],
  ])('%s: %s kept', (line, place) => expect(maskSuperiors(line).includes(place)).toBe(true));
  it('应城: a notice that speaks as 我市 and names its prefecture only as a benchmark has no region rather than the prefecture (nor the area hub)', () => {
    const text =
      '为大力实施“工业强市”和打造“三大板块”战略,推进新型工业化,加快工业经济发展,建设湖北县域经济强市,根据上级有关文件精神,结合我市实际,提出如下意见:\n' +
      '坚持以科学发展观为指导,紧紧抓住中央和省推进中部崛起和武汉城市圈建设机遇,牢固树立“工业强市”理念,不断增强全市工业综合竞争力。\n' +
      '抢抓国家政策机遇,千方百计争取国家、省支持工业企业发展的专项资金、中小企业发展基金和重大项目资金,力争不低于孝感市平均水平;用足用好省县域经济发展专项资金。\n';
    expect(regionOfBody(maskSuperiors(text))).toBeUndefined();
    expect(documentsOfPlainText(text, 'yingcheng.txt')[0].region).toBeUndefined();
  });
  it('温岭: the notice that names itself keeps its region beside the benchmark', () => {
    const text =
      '温岭市人民政府关于推动经济高质量发展的实施意见\n各镇人民政府,各街道办事处,市政府直属各单位,在温垂直管理各单位:\n' +
      '用足用好专项债券对重大项目的支持,开展专项债项目常态化储备,争取专项债券资金居台州市前列。\n';
    expect(documentsOfPlainText(text, 'wenling.txt')[0].region).toBe('温岭市');
  });
});
