import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsFromText } from './ingest.js';
import { findRegion, maskCitations, zoneMentions, zoneOfBody } from './regions.js';
import { issuerBeforeAbout, pageFieldsOf } from './metadata.js';

// Round 3 of the metadata classes (the 16 dev notices of round 4): real lines of eval/national/dev (file named in each
// case) and of public pages of other provinces (address in the case).
const dev = (file: string, lines = 40) => readFileSync(new URL(`../../eval/national/dev/${file}`, import.meta.url), 'utf8').split('\n').slice(0, lines).join('\n');
const meta = (text: string) => {
  const docs = documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt');
  const first = <K extends 'region' | 'issuer' | 'date'>(k: K) => docs.map((d) => d[k]).find(Boolean);
  return { region: first('region'), issuer: first('issuer'), date: first('date') };
};

describe('a superior named in a cited title is not the notice\'s jurisdiction', () => {
  it.each([
    // 《内蒙古自治区人民政府关于印发…》 cited, 我市, 对包头作出的; counties named in passing (在固阳县、达茂旗创建…)
    ['neimenggu-baotou-zhengceqingdan.txt', 8, '包头市'],
    // 《中共苏州市委 苏州市人民政府关于…》 cited, 按苏州市要求; 具有昆山特色: the county-level city's own words
    ['jiangsu-kunshan-chuangxinjiqun.txt', 6, '昆山市'],
    // 现对《郑州市人民政府关于印发…》(郑政〔2016〕29号)调整和补充如下: the amended title is the notice's own government's
    ['henan-zhengzhou-zhizaoqiangshi.txt', 6, '郑州市'],
    // 《河南省人民政府办公厅关于印发…》 cited, 开封 never named: no region beats 河南省
    ['henan-kaifeng-wenjin.txt', 1, undefined],
  ])('%s', (file, lines, region) => {
    expect(meta(dev(file, lines)).region).toBe(region);
  });
  it('a county plan resting on its province\'s and a ministry\'s documents (湖南 湘阴县, http://www.xiangyin.gov.cn/31185/32018/32020/32037/38010/content_2096107.html)', () => {
    const text =
      '根据《住房和城乡建设部关于加强城市地下市政基础设施建设的指导意见》(建城〔2020〕111号)和《湖南省住房和城乡建设厅关于加强县以上城市地下市政基础设施建设和运行管理的实施意见》(湘建城〔2021〕165号)等文件精神,结合我县实际制定本工作方案。\n一、指导思想\n';
    expect(meta(text).region).toBeUndefined();
  });
  it('a city plan whose title the notice issues keeps it (四川 彭州市 form: 关于印发《彭州市…》的通知)', () => {
    expect(maskCitations('关于印发《彭州市加快主导产业发展的若干政策措施》的通知')).toBe('关于印发《彭州市加快主导产业发展的若干政策措施》的通知');
    // 湖南 怀化市 (http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml): a cited provincial title goes
    expect(maskCitations('推动《湖南省人民政府办公厅印发<关于打好经济增长主动仗实现经济运行整体好转若干政策措施>的通知》(湘政办发〔2023〕4号)文件落地见效')).toMatch(/^推动 +\(湘政办发/);
  });
});

describe('development zones named as the notice\'s own', () => {
  it.each([
    ['扬州经开区关于印发…的通知', ['扬州经济技术开发区']],
    ['在济南高新区注册经营、纳税和统计', ['济南高新技术产业开发区']],
    ['眉山天府新区', ['眉山天府新区']],
    ['南京江北新区管理委员会', ['南京江北新区']],
    ['长沙湘江新区、哈尔滨新区', ['长沙湘江新区', '哈尔滨新区']],
    ['天津市滨海新区人民政府', ['滨海新区']],
    // a province's new area is no place of its own; a zone without a place is none (稀土高新区 in a 包头 note)
    ['四川天府新区眉山经济和信息化局', []],
    ['有关旗县区人民政府、稀土高新区管委会', []],
  ])('%s', (text, names) => {
    expect(zoneMentions(text).map((z) => z.name)).toEqual(names);
  });
  it('the 滨海新区 mention is the division of that name', () => {
    expect(zoneMentions('天津市滨海新区人民政府')[0].code).toBe(findRegion('天津市滨海新区')!.code);
  });
  it.each([
    // the title run into the first sentence on one line, after a stray bar line
    ['henan-xinxianggaoxinqu-zhaoshang.txt', 3, '新乡高新技术产业开发区'],
    // no title: 把济南高新区打造成为…, 在济南高新区注册经营, 集团在高新区主营业务板块
    ['shandong-jinangaoxinqu-chuangxinchuangye.txt', 6, '济南高新技术产业开发区'],
    // the page's publisher, in a field table drawn with bars: | 发布机构 | 眉山天府新区 |
    ['sichuan-meishantianfu-tongji.txt', 20, '眉山天府新区'],
    // a zone's own excerpt after another zone's (昆明经开区 cited and named only as 经开区): the cited one is not read
    ['yunnan-kunminggaoxinqu-zhaoshang.txt', 12, '昆明高新技术产业开发区'],
  ])('%s', (file, lines, region) => {
    expect(meta(dev(file, lines)).region).toBe(region);
  });
  it('a city notice that names a zone in passing keeps no zone (辽宁 营口市 form: 全市)', () => {
    expect(zoneOfBody('支持营口高新区建设。全市各县区要落实。对在营口高新区注册的企业给予奖励。')).toBeUndefined();
  });
});

describe('the page head of a zone\'s notice (四川 眉山天府新区)', () => {
  it('fields drawn with bars are read and skipped; the date printed under the issuer outranks the page\'s 成文日期', () => {
    const m = meta(dev('sichuan-meishantianfu-tongji.txt', 20));
    expect(m).toEqual({ region: '眉山天府新区', issuer: '四川天府新区眉山经济和信息化局', date: '2025-11-10' });
    expect(pageFieldsOf(['|索引号|971045726/tfxq/2025-00514|发布机构|眉山天府新区|公开日期|2025-11-14|', '|成文日期|2025-11-14|有效性|有效|||'])).toMatchObject({
      publisher: '眉山天府新区',
      signed: '2025-11-14',
      published: '2025-11-14',
    });
  });
  it('a body whose document a sentence follows issues that one, not this (按照眉山市人民政府关于《…》文件要求)', () => {
    expect(issuerBeforeAbout('按照眉山市人民政府关于《进一步加强统计调查基层基础工作的意见》(眉府发〔2022〕34号)文件要求')).toBeUndefined();
    expect(issuerBeforeAbout('温岭市人民政府关于推动经济高质量发展的实施意见')).toBe('温岭市人民政府');
  });
});
