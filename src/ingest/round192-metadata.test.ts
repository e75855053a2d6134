import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { findRegion } from './regions.js';
import { devText } from '../dev-notices.js';

// Round 192 (issue 9): metadata the new notices gave in forms the rules had not met.
const doc = (text: string) => documentsOfPlainText(text)[0];

describe('a news lead under a page summary label, or naming bodies that issue jointly, names the issuer (lead issuer forms)', () => {
  it.each([
    ['郑州经开区 (henan-zhengzhoujingkaiqu-goufangbutie.txt): 导读 before the lead', 'henan-zhengzhoujingkaiqu-goufangbutie.txt', '郑州经济技术开发区管委会'],
    ['宁夏 (ningxia-ningxiasheng-yuerbutiejin.txt): 联合印发', 'ningxia-ningxiasheng-yuerbutiejin.txt', '自治区卫生健康委、财政厅'],
  ])('%s', (_n, file, issuer) => expect(doc(devText(file)).issuer).toBe(issuer));
  it('form: 【导语】 and 共同发布', () =>
    expect(doc('【导语】:近日,某某市商务局、某某市财政局共同发布《关于促进消费的若干措施》。\n一、对新开业的门店给予5万元奖励。').issuer).toBe('某某市商务局、某某市财政局'));
});

describe('body lines over the page\'s own trail or field block name the site; the issuer field outranks them (site name over fields)', () => {
  it('武定 (yunnan-wuding-daxianjiangli.txt)', () => expect(doc(devText('yunnan-wuding-daxianjiangli.txt')).issuer).toBe('武定县政府办'));
  it('valid: body lines over the title stay the issuer', () =>
    expect(doc('武定县人民政府\n关于印发武定县促进消费若干措施的通知\n各乡镇:\n对新开业的门店给予5万元奖励。').issuer).toBe('武定县人民政府'));
});

describe('districts of one city listed together name the city (listed sibling districts)', () => {
  it('大连 (liaoning-dalian-fangjiaohui.txt): a post\'s line of names, no separators', () => expect(doc(devText('liaoning-dalian-fangjiaohui.txt')).region).toBe('大连市'));
  it.each([['中山区 西岗区 沙河口区 甘井子区'], ['对惠城区、惠阳区所辖企业']])('form: %s', (s) => expect(findRegion(s)?.level).toBe('city'));
  it('invalid: one district alone stays the district', () => expect(findRegion('中山区参展楼盘')?.name).toBe('中山区'));
});

describe('an autonomous region named once by its short name as its own, 全区 beside it (autonomous region own name)', () => {
  it('新疆 (xinjiang-xinjiangqu-nongcungaige2025.txt)', () => expect(doc(devText('xinjiang-xinjiangqu-nongcungaige2025.txt')).region).toBe('新疆维吾尔自治区'));
});

describe('where a notice says its own place is to lead marks that place as its own (own place leading)', () => {
  it('鄞州 (zhejiang-yinzhou-waiziyinjin.txt): 奋力推动鄞州走在高质量发展前列, 我区', () => expect(doc(devText('zhejiang-yinzhou-waiziyinjin.txt')).region).toBe('鄞州区'));
});

describe('a lead after a page summary label the cleaner ran into the head, and a department named by level before 关于 (lead label in head, level department title)', () => {
  it('西城 (beijing-xicheng-fangzubuzhu.txt): …【我要纠错】【导语】:日前,西城区财政局下发…', () => expect(doc(devText('beijing-xicheng-fangzubuzhu.txt')).issuer).toBe('西城区财政局'));
  it('贵州省 (guizhou-guizhousheng-cuxiaofei2022.txt): 省商务厅关于印发《…》的通知, as written', () => expect(doc(devText('guizhou-guizhousheng-cuxiaofei2022.txt')).issuer).toBe('省商务厅'));
  it('invalid: two bodies by level before one 关于 name no single department', () =>
    expect(doc('市委办公厅 市政府办公厅关于印发武汉市若干政策措施的通知\n各区:\n对新开业的门店给予5万元奖励。').issuer).not.toBe('市委办公厅市政府办公厅'));
});
