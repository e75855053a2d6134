import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { findRegion } from './regions.js';

// Round 212 (issue 9): a district whose name is also an everyday word for a part of a town (东区, 西区, 郊区, 矿区). Heads of
// eval/national/dev notices.

describe('东区, 西区, 郊区 and 矿区 name a district only right after its city (district names that are everyday words)', () => {
  it('中山 (guangdong-zhongshan-zongbujingji2019.txt): 石岐总部经济区、东区总部经济区 is no 攀枝花市东区', () => {
    const text =
      '火炬开发区管委会,翠亨新区管委会,各镇政府、区办事处,市各有关单位:\n为鼓励和促进我市总部经济发展,结合我市实际,提出如下意见。\n力争经过5年的努力,实现总部企业数量明显增加,石岐总部经济区、东区总部经济区建设初见成效。\n(一)支持发展现有总部企业。鼓励企业立足中山,加大投入。\n';
    expect(documentsOfPlainText(text)[0].region).not.toBe('东区');
  });

  it.each([
    ['加强矿区生态修复,推进郊区农田整治。', undefined],
    // valid: right after its city the district is named
    ['攀枝花市东区人民政府关于印发实施方案的通知', '东区'],
    ['阳泉市郊区人民政府办公室关于做好春耕工作的通知', '郊区'],
  ])('%s', (text, want) => expect(findRegion(text)?.name).toBe(want));
});

describe('an image a copied page left as markup is no text (image markup lines)', () => {
  it('长治 (shanxi-changzhi-guosanchaiyouhuoche.txt): <image>data:…</image> lines between the lead and the notice', () => {
    const text =
      '<image>data:image/png;base64,iVBORw0KGgo=</image>\n10月22日,长治市人民政府发布通告,决定对我市国三及以下老旧柴油货车实施淘汰。\n<image>data:image/png;base64,iVBORw0KGgo=</image>\n现将有关事宜通告如下:\n一、自本通告发布之日起至2020年3月31日,对柴油货车进行淘汰。\n';
    const [d] = documentsOfPlainText(text);
    expect(d.text).not.toContain('<image>');
    expect(d.text).toContain('现将有关事宜通告如下');
  });
});
