import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Classes found on the dev notices of round 95 (twenty-fourth session: 25 notices from dev provinces, read before their rules), each
// with the dev text that showed it (file named) and the same form written another way.

const clausesOf = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();
const unitsOf = (text: string) => clausesOf(text).map((c) => [c.text.slice(0, 6), c.units]);

describe('a heading whose title closes with its stop before its note holds the note for its section (stopped heading notes)', () => {
  it('铜仁 (guizhou-tongren-yingshanghuanjing.txt): 〔〕 notes after 。, items and unnumbered sentences under them', () => {
    const text =
      '铜仁市营商环境优化提升工作方案\n一、主要举措\n(一)普法与宣传。〔牵头单位:市委宣传部、市投资促进局、市司法局;责任单位:铜仁市招商营商工作领导小组成员单位〕\n' +
      '1.深入贯彻国务院《营商环境优化条例》,加强对一线工作人员培训和普法,梳理不符合要求的地方性政策规章制度,及时修订或废止。\n' +
      '(二)“证照分离”改革。〔牵头单位:市市场监管局、市司法局;责任单位:“证照分离”改革成员单位〕\n在2020年前全市实现“证照分离”改革全覆盖。研究出台规范行政审批告知承诺制的规定。';
    const first = ['市委宣传部', '市投资促进局', '市司法局', '铜仁市招商营商工作领导小组成员单位'];
    const second = ['市市场监管局', '市司法局', '“证照分离”改革成员单位'];
    expect(unitsOf(text)).toEqual([
      ['深入贯彻国务', first],
      ['在2020年', second],
      ['研究出台规范', second],
    ]);
  });
  it('the same with a round bracket', () => {
    const text = '某县工作方案\n一、主要举措\n(一)普法与宣传。(牵头单位:县司法局)\n1.加强对一线工作人员培训和普法,及时修订或废止。\n2.组织开展普法宣传,营造良好氛围。';
    expect(unitsOf(text)).toEqual([
      ['加强对一线工', ['县司法局']],
      ['组织开展普法', ['县司法局']],
    ]);
  });
  it('an item whose one sentence is the task keeps its note (武汉经开区, hubei-wuhanjingkaiqu-shisiwufengong.txt)', () => {
    const text = '某区分工方案\n一、主要目标\n6.森林覆盖率完成市下达目标。(责任单位:区住建局)\n7.粮食综合生产能力达到市定目标。(责任单位:区农业农村局、区发改局)';
    expect(unitsOf(text)).toEqual([
      ['森林覆盖率完', ['区住建局']],
      ['粮食综合生产', ['区农业农村局', '区发改局']],
    ]);
  });
});

describe('a notice to towns\' and streets\' bodies is a city\'s or a county\'s (town addressees)', () => {
  const head = (text: string) => {
    const [doc] = documentsOfPlainText(text);
    return [doc.region, doc.issuer];
  };
  it('东莞 (guangdong-dongguan-kaituoshichang.txt): the province named in passing and its department\'s cited notice are neither', () => {
    const text =
      '关于做好2024年中央外经贸发展专项资金(开拓重点市场事项)管理工作的通知\n各镇街、园区商务主管部门,各商协会,各有关企业:\n' +
      '为做好2024年中央外经贸发展专项资金(开拓重点市场事项)的申报工作,根据《广东省商务厅关于做好2024年中央外经贸发展专项资金(开拓重点市场事项)管理工作的通知》(粤商务贸函〔2024〕3号)的有关精神,我局制定了开拓国际市场项目和品牌培育项目的申报指南,现印发给你们。\n' +
      '一、资金支持重点内容\n(一)开拓国际市场项目。对2023年7-12月期间,企业参加境外展会和经广东省商务厅比选并公布的“粤贸全球”线上展览平台参展费给予支持。\n' +
      '二、申报受理部门和时间\n(一)受理部门:东莞市商务局对外贸易科(地址:东莞市南城街道莞太大道33号3楼),业务咨询电话:22806513。';
    expect(head(text)).toEqual(['东莞市', undefined]);
  });
  it('a city department writing to its towns\' departments, citing its own document, is still that department', () => {
    const text = '关于开展2024年工业企业技术改造申报工作的通知\n各园区、镇(街)工信部门:\n根据《东莞市工业和信息化局关于印发东莞市技术改造专项资金管理办法的通知》,现将有关事项通知如下。\n一、对技术改造项目给予补助。';
    expect(head(text)[1]).toBe('东莞市工业和信息化局');
  });
});

describe('a ceiling raised by name, a standard raised with its 至 after it, a scale class with no bound word, a meeting by its kind (round 95 values)', () => {
  const roles = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);
  it.each([
    // 东莞 (guangdong-dongguan-kaituoshichang.txt)
    ['汽车出口企业形成实际贸易量的,最高支持金额提高至500万元。', [[5000000, 'cap']]],
    // 漯河 (henan-luohe-minshengshishi2024.txt)
    ['提高行政村卫生室基本运行经费补助至6000元,加大卫生健康知识普及力度', [[6000, 'target']]],
    // 肇庆's form, as before
    ['补贴标准分别从每人每年2100元、2800元提高到每人每年2200元、2900元', [[2200, 'target'], [2900, 'target']]],
    // 苏州工业园区 (jiangsu-suzhougongyeyuanqu-xiandaifuwuye.txt): counted firms of a scale with no bound word
    ['到2025年,累计培育省市区总部企业220家、服务业上市企业25家,营收十亿级企业100家', []],
  ])('%s', (s, want) => expect(roles(s)).toEqual(want));
  it.each([
    // 顺义 (beijing-shunyi-chanyejinrong.txt): the day of the meeting that passed it
    ['《顺义区关于促进产业金融高质量发展的支持办法》已经2025年8月14日第130次区政府常务会审议通过,现印发给你们', []],
    ['已经2023年区党工委第36次会议审议通过', []],
  ])('%s', (s, want) => expect(extractValues(s).deadlines.map((d) => d.raw)).toEqual(want));
  it('a bound word keeps a scale class a size bound (营收超十亿级企业)', () => {
    expect(extractValues('培育营收超十亿级企业10家').thresholds.map((t) => t.min)).toEqual([1000000000]);
  });
});
