import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// A notice that speaks as a province and names no place but its province and that province's own, in the titles it cites or in
// passing, is that province's (round 94).

const regionOf = (text: string) => documentsOfPlainText(text)[0].region;

describe('a province speaking names itself only in the titles it cites (province spoken)', () => {
  it.each([
    // 广东省 (guangdong-guangdongsheng-chanyezhuanchu.txt)
    [
      '|\n第一章 总 则 第一条 为贯彻落实《中共广东省委 广东省人民政府关于推进产业转移和劳动力转移的决定》(粤发〔2008〕4号)的精神,鼓励珠三角地区推动企业向省产业转移工业园转移,省财政从省产业转移奖励资金25亿元中安排3亿元,设立省珠三角地区政府产业跨市转出奖励资金。第二条 本办法所称实施产业跨市转出的珠三角地区地级以上市,是指广州、深圳、珠海、佛山、东莞、中山等6个市。第六条 对考核评价中名列前两位的珠三角地级以上市政府,省财政按每市5000万元一次性给予奖励。',
      '广东省',
    ],
    // 山西省 (shanxi-shanxisheng-jienengjianpai.txt): addressed to the province's commissions and bureaus, naming its province only in
    // the titles it cites (round 117)
    [
      '各市、县人民政府,省人民政府各委、办、厅、局:\n根据《国务院关于印发“十二五”节能减排综合性工作方案的通知》(国发〔2011〕26号)及《山西省人民政府关于印发山西省“十二五”节能减排综合性工作方案的通知》(晋政发〔2012〕10号)精神,现将有关工作分工如下:\n1.合理分解各市节能减排目标。(省发展改革委、省经信委、省环保厅负责)\n',
      '山西省',
    ],
    // form: 省政府各厅委、各直属机构 (辽宁省's addressees)
    ['各市人民政府,省政府各厅委、各直属机构:\n为贯彻落实《辽宁省人民政府关于推进经济开发区发展的意见》,现就有关事项通知如下。\n', '辽宁省'],
    // a city speaking, citing its province's document: no province for it
    ['为贯彻落实《广东省人民政府关于促进民营经济发展的意见》,结合我市实际,制定本措施。全市各有关部门要认真落实。对新认定的企业,市财政给予奖励。', undefined],
    // a province speaking that names another province's city in passing: none rather than a guess
    ['为贯彻落实《中共广东省委 广东省人民政府关于推进产业转移的决定》,省财政安排资金,全省各地级以上市学习借鉴杭州经验。', undefined],
  ])('%#', (text, want) => expect(regionOf(text)).toBe(want));
});
