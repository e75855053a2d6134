import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsFromText } from './ingest.js';
import { maskCitations } from './regions.js';

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
