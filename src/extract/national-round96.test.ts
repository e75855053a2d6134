import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Classes found on the dev notices of round 96 (twenty-fourth session: 12 notices from dev provinces, read before their rules).

const docsOf = (text: string) => documentsOfPlainText(text);
const unitsOf = (text: string) => extractDocuments(docsOf(text)).flat().map((c) => [c.text.slice(0, 6), c.units]);

describe('a heading\'s note keeps its section with a contact in its own bracket after it (heading note and contact)', () => {
  it('北仑 (zhejiang-beilun-tizhizengxiao.txt)', () => {
    const text =
      '北仑区(开发区)进一步提质增效推动经济高质量发展的若干政策\n一、全力扩大有效投资(由区发改局牵头)(联系人:闫新宇,0574-89384147)\n' +
      '1.统筹协调推进重大项目。强化重大项目统筹协调和问题闭环解决机制,常态化推行工业项目“拿地即开工”。\n2.全力争取国家资金政策支持。积极争取“两重”“两新”、中央预算内投资、专项债券等资金支持。';
    expect(unitsOf(text)).toEqual([
      ['强化重大项目', ['区发改局']],
      ['积极争取“两', ['区发改局']],
    ]);
  });
});

describe('a joint signature that names the head\'s body and another after it signs the notice (joint signatures)', () => {
  it('北仑: the district\'s government and the zone\'s committee sign; the region is the district the first names', () => {
    const text =
      '补贴详情\n宁波市北仑区人民政府\n宁波市\n各街道办事处,区政府、开发区管委会各部门、各直属单位,驻区垂直管理各单位:\n经区政府、开发区管委会研究同意,现将《北仑区(开发区)进一步提质增效推动经济高质量发展的若干政策》印发给你们,请认真贯彻执行。\n' +
      '宁波市北仑区人民政府 宁波经济技术开发区管理委员会\n2025年3月31日\n北仑区(开发区)进一步提质增效推动经济高质量发展的若干政策\n为深入贯彻落实中央和省委、市委经济工作会议精神,制定本政策。';
    const [doc] = docsOf(text);
    expect([doc.issuer, doc.region, doc.date]).toEqual(['宁波市北仑区人民政府宁波经济技术开发区管理委员会', '北仑区', '2025-03-31']);
  });
});

describe('the year\'s tasks a notice sees carried out (今年 … 落到实处)', () => {
  it.each([
    // 源城 (guangdong-yuancheng-ducha.txt)
    ['2024年是新中国成立75周年,为确保今年区《政府工作报告》各项重点工作落到实处,制定本方案。', [['今年', '2024']]],
    // 宜兴's form, as before
    ['为切实抓好今年各项重点任务的落实,将全年的目标任务分解成60项具体工作任务', [['今年', '2024']]],
  ])('%s', (s, want) => expect(extractValues(s, '2024-03-19').deadlines.map((d) => [d.raw, d.date])).toEqual(want));
});
