import { describe, expect, it } from 'vitest';
import { documentsOfPlainText, ingestFile } from './ingest.js';
import { devPath } from '../dev-notices.js';

// Round 47 document classes: real texts of eval/national/dev (file named), and "form" for a text written from the class.
const dev = (file: string) => ingestFile(devPath(file));
const docs = (text: string) => documentsOfPlainText(text);

describe('a page of 奉化 (zhejiang-fenghua-gongtongfuyu.txt): chrome, a spaced field row, a period after the title, an everyday word', () => {
  it('title, region, issuer and date', async () => {
    const d = (await dev('zhejiang-fenghua-gongtongfuyu.txt'))[0];
    expect([d.title, d.region, d.issuer, d.date]).toEqual(['奉化推进高质量发展建设共同富裕特色区行动方案(2021—2025年)', '奉化区', '区发改局', '2022-05-20']);
  });
});

describe('a short line of a site’s chrome is never joined to the title below it (site chrome)', () => {
  it.each([
    ['进入老年版'],
    ['退出长者模式'],
    ['字体:【大】 【中】 【小】'],
  ])('%s', (chrome) => {
    const d = docs(`${chrome}\n某某县促进制造业高质量发展若干措施(2024—2026年)\n为推动发展,制定本措施。\n`)[0];
    expect(d.title).toBe('某某县促进制造业高质量发展若干措施(2024—2026年)');
  });
});

describe('a short name that is an everyday word is no place, also where an own-place phrase follows it (everyday word)', () => {
  it('form: 共同富裕特色区 twice names no 富裕县', () => {
    const d = docs('推进共同富裕特色区建设行动方案\n为建设共同富裕特色区,打造共同富裕特色样板,制定本方案。\n')[0];
    expect(d.region).toBeUndefined();
  });
  it('form: a place named by its own-place phrases (…的奉化路径, 奉化样板、奉化经验) is the notice’s', () => {
    const d = docs('推进共同富裕行动方案\n积极探索共同富裕的奉化路径,努力提供奉化样板、奉化经验,制定本方案。\n')[0];
    expect(d.region).toBe('奉化区');
  });
});

describe('a field row set out with spaces and no colons gives each field (spaced field row)', () => {
  it.each([
    ['发布机构 区发改局 发文日期 2022-05-20'],
    ['发布机构区发改局发文日期2022-05-20'],
  ])('%s', (row) => {
    const d = docs(`索引号 11330283734263790N/2022-114441 主题分类 其他\n${row}\n宁波市奉化区推进共同富裕行动方案\n为推动发展,制定本方案。\n`)[0];
    expect(d.date).toBe('2022-05-20');
  });
});

describe('a page’s source field names in full the body a title names by level (source in full)', () => {
  it('海门 (jiangsu-haimen-cujinjiuye.txt): 市政府关于… under 来源:海门市人民政府', async () => {
    expect((await dev('jiangsu-haimen-cujinjiuye.txt'))[0].issuer).toBe('海门市人民政府');
  });
  it('淮安 (jiangsu-huaian-weiminshishi.txt): 市政府办公室关于… under 发布部门:淮安市人民政府办公室', async () => {
    expect((await dev('jiangsu-huaian-weiminshishi.txt'))[0].issuer).toBe('淮安市人民政府办公室');
  });
  it('form: a source field naming another level leaves the title’s body', () => {
    const d = docs('来源:某某市发展和改革委员会\n市政府关于加快发展的意见\n各县区人民政府:\n为加快发展,提出如下意见。\n')[0];
    expect(d.issuer).toBe('市政府');
  });
});
