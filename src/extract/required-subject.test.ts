import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A clause that opens on what is required of whoever carries a project out (要求实施主体…300只及以上) or that defines the applicant a grant
// is for (指规模800亩以上,…的企业) sets conditions, no grant in it: its bounded figures were read as nothing. Found on
// ningxia-xiji-tanyangmuchang.txt and hubei-wuhan-xiangcunxiuxianyou.txt (round 170).
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.metric, t.min ?? null, t.max ?? null, t.unit]);

describe('a requirement on the subject, or a definition of the applicant, sets conditions (required subject)', () => {
  it.each([
    // 宁夏 西吉 (ningxia-xiji-tanyangmuchang.txt)
    [
      '要求实施主体羊只存栏300只及以上,建设养殖棚圈500平方米及以上、饲草棚80平方米及以上、青贮池200立方米及以上,配套TMR日粮饲喂机、牧饲草料加工机械、清粪车等养殖机械3台(套)及以上。',
      [['羊只存栏', 300, null, '只'], ['建设养殖棚圈', 500, null, '平方米'], ['饲草棚', 80, null, '平方米'], ['青贮池', 200, null, '立方米'], ['清粪车等养殖机械', 3, null, '台(套)']],
    ],
    // 湖北 武汉 (hubei-wuhan-xiangcunxiuxianyou.txt)
    ['指规模800亩以上,具有合规的土地流转手续,依托农业生产、农村风貌、田园风光和乡土文化等资源要素,为游客提供食住行游购娱等新业态,取得合法经营许可并正常经营,具有独立法人资格的企业。', [['规模', 800, null, '亩']]],
    // form: 要求申报单位, a full-width bracket in the unit
    ['要求申报单位年销售收入达到2000万元以上,拥有生产设备10台（套）以上。', [['年销售收入', 20000000, null, '元'], ['拥有生产设备', 10, null, '台（套）']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
  it.each([
    // valid: a task a notice sets on places, and a 指标 named, stay as they were
    ['要求各地加快推进项目建设,全年完成投资100亿元以上。'],
  ])('%s: no condition', (s) => expect(bounds(s)).toEqual([]));
});

// A half year bounded (登记失业半年以上) is 0.5 年, as 1年以上 is 1 年: it was read as nothing. Found on henan-jiyuan-jiuyechuangyebutie.txt
// (round 170); the older 许昌经开区 连续失业半年以上 and 古蔺 正常运营半年及以上 have it too.
describe('a half year before its bound (half-year bound)', () => {
  it.each([
    // 河南 济源 (henan-jiyuan-jiuyechuangyebutie.txt)
    ['企业招用登记失业半年以上高校毕业生,与其签订1年以上期限劳动合同并依法缴纳社会保险费的,给予定额扣减。', [['招用登记失业', 0.5, null, '年', '半年以上'], ['期限劳动合同期限', 1, null, '年', '1年以上']]],
    // 河南 许昌经开区 (henan-xuchangjingkaiqu-kaiyebutie.txt)
    ['3.连续失业半年以上的长期失业人员;', [['连续失业', 0.5, null, '年', '半年以上']]],
  ])('%s', (s, want) => expect(extractValues(s).thresholds.map((t) => [t.metric, t.min ?? null, t.max ?? null, t.unit, t.raw])).toEqual(want));
  it.each([
    // valid: the half of a year named is no span
    ['上半年以上各项任务完成情况良好。'],
    ['一年半以上的项目不予支持。'],
  ])('%s: no half-year bound', (s) => expect(extractValues(s).thresholds.filter((t) => t.min === 0.5 || t.max === 0.5)).toEqual([]));
});
