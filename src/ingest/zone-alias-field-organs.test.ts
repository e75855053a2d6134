import { describe, expect, it } from 'vitest';
import { pageFieldsOf } from './metadata.js';
import { properZoneOf } from './regions.js';

// Round 176 (dev): a zone's body with the zone's other names in brackets before its committee word (温州浙南沿海先进装备产业集聚区(经开区、瓯飞)
// 管委会: 温州浙南, zhejiang-wenzhouzhenan-jianzhuye.txt), 产业集聚区 a zone word; and an issuer field naming joint bodies parted by 、, each
// read whole (发文单位:中共苏州市委办公室、苏州市人民政府办公室: not the shortest organ 中共苏州市委; jiangsu-suzhou-wenhuabeizeng.txt and the
// older jiangsu-suzhou-dikongjingji.txt).
describe('a zone named with its aliases, and joint bodies in an issuer field', () => {
  it.each([
    ['温州浙南沿海先进装备产业集聚区(经开区、瓯飞)管委会', '温州浙南沿海先进装备产业集聚区'],
    ['温州浙南沿海先进装备产业集聚区管委会', '温州浙南沿海先进装备产业集聚区'],
  ])('%s → %s', (body, zone) => expect(properZoneOf(body)?.name).toBe(zone));
  it('a park named by its kind alone stays no zone', () => expect(properZoneOf('产业集聚区管委会')).toBeUndefined());
  it.each([
    [['发文单位:中共苏州市委办公室、苏州市人民政府办公室'], '中共苏州市委办公室、苏州市人民政府办公室'],
    [['发文机关: 镇赉县工信局 镇赉县财政局'], '镇赉县工信局镇赉县财政局'],
    [['发布机构:泰安市人民政府办公室 发布日期:2021-06-04'], '泰安市人民政府办公室'],
  ])('%j → %s', (lines, issuer) => expect(pageFieldsOf(lines).issuer).toBe(issuer));
});
