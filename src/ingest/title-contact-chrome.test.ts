import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A site's contact line and search box over the title, which the cleaner may run into it: a hotline under any name (咨询热线, 加盟电话,
// 咨詢電話), its number alone under its label on the line above (18701651688云南省…), the search box's words after it (精确检索开始检索), a
// hotline's label alone (客户服务热线:), a browser banner (更换或升级浏览器以获得最佳体验。). None is the title; the title is the notice's line.
const titleOf = (text: string) => documentsOfPlainText(text)[0].title;

describe("a site's contact and search chrome over the title (title contact chrome)", () => {
  it.each([
    // 咨询热线 / 18701651688 run into the title (云南省)
    ['yunnan-yunnansheng-nongjibutie2024.txt', '云南省2024—2026年农机购置与应用补贴实施方案'],
    // 咨詢電話 in traditional characters (上海市)
    ['shanghai-shanghaishi-zhizaoyesannian.txt', '上海市推動制造業高質量發展三年行動計劃(2023-2025年)'],
    // 加盟电话:… then the search box, run into the title line (台州)
    ['zhejiang-taizhou-gaozhiliang2025.txt', '台州市人民政府印发关于推动经济高质量发展若干政策(2025年版)的通知'],
    // 客户服务热线: alone over a consultancy's page (余杭)
    ['zhejiang-yuhang-gaozhiliang2025.txt', '关于印发《关于推动经济高质量发展的若干政策(2025年版)》的通知'],
  ])('%s', (file, want) => expect(titleOf(dev(file))).toBe(want));
  it('a browser banner is no title', () => {
    expect(titleOf('更换或升级浏览器以获得最佳体验。\n关于印发某某区促进消费若干措施的通知\n各街道办事处:\n现将《某某区促进消费若干措施》印发给你们。')).toBe('关于印发某某区促进消费若干措施的通知');
  });
});
