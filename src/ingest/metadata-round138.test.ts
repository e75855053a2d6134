import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// Metadata classes from round 138 of the national development set (issue 9). Sentences are real, from the dev notice named in the
// comment; "form" marks one written from the class.
const doc = (text: string) => documentsOfPlainText(text)[0];

describe('a zone named once in the phrase by which a notice names its own place (结合成都高新区实际) is its region (zone own phrase)', () => {
  it.each([
    // 成都高新区 (sichuan-chengdugaoxinqu-shebeigengxin.txt)
    ['为深入贯彻落实国家、省、市有关决策部署,扎实推进大规模设备更新和消费品以旧换新工作,结合成都高新区实际,制定本行动方案。\n一、主要目标\n到2027年,培育1家营收规模达10亿元的再生资源回收龙头企业。\n', '成都高新技术产业开发区'],
    // valid: a zone named once in passing names no region
    ['为深入贯彻落实国家、省、市有关决策部署,支持企业到成都高新区参展,制定本行动方案。\n一、主要目标\n到2027年,培育1家营收规模达10亿元的再生资源回收龙头企业。\n', undefined],
  ])('%s', (text, region) => expect(doc(text).region).toBe(region));
});
