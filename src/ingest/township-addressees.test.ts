import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A notice addressed to townships and streets only is a county-level notice: the prefecture it names as a superior is not its
// region (county-level notice under its prefecture).
const regionOf = (text: string) => documentsOfPlainText(text).map((d) => d.region).find(Boolean);

describe('a county-level notice addressed to its townships does not take the prefecture it names (township addressees)', () => {
  it.each([
    // 玉环 and 余姚 (dev): the text never names its own city, so none rather than 台州市 / 宁波市
    ['玉环 dev', dev('zhejiang-yuhuan-meilijingji.txt'), undefined],
    ['余姚 dev', dev('zhejiang-yuyao-jiegoutiaozheng.txt'), undefined],
    // its own city named in its words: that city
    ['form: the county-level city named', '各乡镇人民政府,各街道办事处,市政府直属各单位:\n为加快推动玉环高质量发展,根据台州市委部署,结合我市实际,制定如下措施。\n一、对新入规企业给予10万元奖励。\n', '玉环市'],
    // a prefecture addressing its counties keeps its region; a prefecture with no counties addresses its towns as its own
    ['form: a prefecture’s counties addressed', '各县(市、区)人民政府,各乡镇人民政府,市政府各部门:\n为推动台州市高质量发展,结合我市实际,制定如下措施。\n一、对新入规企业给予10万元奖励。\n', '台州市'],
    ['form: 东莞 addressing its towns', '各镇人民政府(街道办事处),市府直属各单位:\n为推动东莞市高质量发展,结合我市实际,制定如下措施。\n一、对新入规企业给予10万元奖励。\n', '东莞市'],
  ])('%s', (_, text, want) => expect(regionOf(text)).toBe(want));
});
