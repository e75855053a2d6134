import { describe, expect, it } from 'vitest';
import { EVERYDAY_PLACE_WORDS } from './meta-words.js';
import { regionOfBody } from './regions.js';
import { devText as dev } from '../dev-notices.js';

// A district's or county's short name that is an everyday word (资源县 → 资源, 振兴区 → 振兴) names no place in running text.

describe('dict/everyday-place-words.json (everyday place words)', () => {
  it('holds short names that are words, not those that are places', () => {
    for (const w of ['资源', '振兴', '公安', '解放']) expect(EVERYDAY_PLACE_WORDS.has(w)).toBe(true);
    // (a county-level city's short name, 仙桃, and place names jieba tags as such, 南海 东湖, are left out)
    for (const w of ['仙桃', '南海', '东湖', '江宁']) expect(EVERYDAY_PLACE_WORDS.has(w)).toBe(false);
  });
});

describe('a county notice whose words hold a district short name (everyday place word)', () => {
  it.each([
    // 郯城 (shandong-tancheng-xinxinggongyehua.txt): 集聚要素资源, 资源 twice in a 县 notice, was 资源县 (广西)
    [dev('shandong-tancheng-xinxinggongyehua.txt'), undefined],
    // form: the notice names its own place so (结合振兴实际, 振兴区 of 丹东)
    ['为推动全区工业发展,结合振兴实际,制定本措施。区财政每年安排资金支持振兴工业企业发展。', '振兴区'],
  ])('%#', (text, region) => {
    expect(regionOfBody(text)?.name).toBe(region);
  });
});
