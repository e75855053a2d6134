import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { cleanText } from './clean.js';
import { gluedMasthead, numeralDateLine, pageFieldsOf, signatureOf } from './metadata.js';
import { regionOfBody } from './regions.js';
import { devText as dev } from '../dev-notices.js';

// Round 10 of the metadata classes (the 7 dev notices of round 10): real lines of eval/national/dev (file named in each
// case), lines of public pages of other provinces (address given), and "form" for a line written from the class where
// neither gave a second example.
const docsOf = (text: string, name = 'x.txt') => documentsOfPlainText(text, name);

describe('numeral_date_line: a signing date in Chinese numerals on a line of its own', () => {
  it.each([
    // 河南 三门峡 (henan-sanmenxia-zerendanwei.txt), under an 附件 line, no issuer line
    ['二○○五年一月十三日', '2005-01-13'],
    // 湖北 黄冈 (hubei-huanggang-fenbanyijian.txt)
    ['二○○七年二月八日', '2007-02-08'],
    // 山东 威海 (http://law491.infoeach.com/view-NDkxfDEzNDEwMg==.html): 〇, a two-character day
    ['二〇一二年九月二十七日', '2012-09-27'],
    // 河南 周口 (https://www.jendow.com.tw/wiki/…周口市規範性檔案管理規定): ○ under the issuer
    ['二○一一年七月二十八日', '2011-07-28'],
    // forms: 零, spaces the page left
    ['二零二三年十二月三十一日', '2023-12-31'],
    [' 二〇二四年 五月 六日 ', '2024-05-06'],
    // not a date line: a year in a title, a month without a day, a date inside a sentence
    ['二○○五年重点工作', undefined],
    ['二〇二三年八月', undefined],
    ['于二〇二三年八月一日起施行', undefined],
  ])('%s → %s', (line, date) => {
    expect(numeralDateLine(line)).toBe(date);
  });
  it.each([
    ['henan-sanmenxia-zerendanwei.txt', '2005-01-13'],
    ['hubei-huanggang-fenbanyijian.txt', '2007-02-08'],
  ])('%s: the notice is dated %s', (file, date) => {
    const [doc] = docsOf(dev(file), file);
    expect(doc.date).toBe(date);
  });
  it.each([
    // 黄冈 (hubei-huanggang-fenbanyijian.txt): the date line was run into the attachment's title below it
    ['对任务不落实的要通报批评。\n \n二○○七年二月八日\n \n关于《政府工作报告》确定的2007年主要工作分办意见\n', '二○○七年二月八日'],
    // form: a line without its stop above the date
    ['各单位要认真抓好落实\n二〇二三年三月一日\n重点任务分解表\n', '二〇二三年三月一日'],
  ])('the cleaner keeps a numeral date line apart: %s', (text, line) => {
    expect(cleanText(text).clean.text.split('\n')).toContain(line);
  });
  it('威海 (山东): the date under a transmittal sentence, no issuer line', () => {
    const text =
      '威海市人民政府办公室关于印发威海市低收入家庭经济状况核对办法的通知\n威政办发〔2012〕75号\n各市、区人民政府,高技术产业开发区、经济技术开发区、工业新区管委会,市政府各部门、单位:\n《威海市低收入家庭经济状况核对办法》已经市政府同意,现印发给你们,请认真遵照执行。\n二〇一二年九月二十七日\n';
    const [doc] = docsOf(text);
    expect([doc.issuer, doc.date]).toEqual(['威海市人民政府办公室', '2012-09-27']);
  });
});

describe('bracket_fields: a law site writes its fields in square brackets', () => {
  it.each([
    // 湖北 黄冈 (hubei-huanggang-fenbanyijian.txt): the fields run together on one line
    ['【发布部门】湖北省黄冈市其他机构【发文字号】黄政办发〔2007〕9号【发布日期】2007-02-08【实施日期】2007-02-08【时效性】现行有效', { docNumber: '黄政办发〔2007〕9号', published: '2007-02-08' }],
    // forms: one field a line, half-width and full-width square brackets, a signing date
    ['【成文日期】 2021-03-26', { signed: '2021-03-26' }],
    ['[发文字号] 新密政办〔2021〕6号', { docNumber: '新密政办〔2021〕6号' }],
    ['［发布日期］2024年4月6日', { published: '2024-04-06' }],
    // a bracket that holds no field label is text
    ['【字体:', {}],
  ])('%s', (line, fields) => {
    const got = pageFieldsOf([line]);
    expect({ docNumber: got.docNumber, signed: got.signed, published: got.published }).toEqual({ docNumber: undefined, signed: undefined, published: undefined, ...fields });
  });
});

describe('bulleted_fields: a field list whose values stand on the line below their labels', () => {
  it('钱塘 (浙江, zhejiang-qiantang-gaozhiliang.txt): 成文日期 outranks 发文日期; the value is cut at the next bullet', () => {
    const lines = ['•索引号:', '330B001/2023-11671•发布机构:', '区政府办公室', '•发文日期:', '2023-07-04•成文日期:', '2023-06-28•发文字号:', '钱政办发〔2023〕19号'];
    expect(pageFieldsOf(lines)).toMatchObject({ signed: '2023-06-28', docNumber: '钱政办发〔2023〕19号' });
  });
  it('镇巴 (陕西, http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml): date and time below the label', () => {
    const lines = ['• 发文字号:', '镇政发〔2024〕7号', '• 发文日期:', '2024年04月06日 16:40', '• 有效性:', '• 发布日期:', '2024年04月06日 16:34'];
    expect(pageFieldsOf(lines)).toMatchObject({ signed: '2024-04-06', docNumber: '镇政发〔2024〕7号', published: '2024-04-06' });
  });
  it('新密 (河南, henan-xinmi-renwufenjie.txt): label and value on one line, 成文日期 before 发布日期', () => {
    const lines = ['• 索引号:005253533/2021-00070', '• 发布机构:新密市人民政府', '• 成文日期:2021-03-26', '• 发布日期:2021-03-30', '• 文号:新密政办〔2021〕6号'];
    expect(pageFieldsOf(lines)).toMatchObject({ signed: '2021-03-26', published: '2021-03-30' });
  });
  it('form: 印发日期 listed before 成文日期 yields to it', () => {
    expect(pageFieldsOf(['印发日期:2022-05-10', '成文日期:2022-05-06']).signed).toBe('2022-05-06');
  });
  it('钱塘: the title below a long field block names the issuer; the date is the 成文日期', () => {
    const [doc] = docsOf(dev('zhejiang-qiantang-gaozhiliang.txt'), 'zhejiang-qiantang-gaozhiliang.txt');
    expect([doc.issuer, doc.region, doc.date]).toEqual(['杭州市钱塘区人民政府办公室', '钱塘区', '2023-06-28']);
  });
});

describe('flattened_head: a masthead and a signature the page ran into one line', () => {
  it.each([
    // 江苏 常熟 (jiangsu-changshu-renwufenjie.txt): an editor's line before the masthead
    ['编辑:sunny爹2018-06-25常熟市人民政府办公室文件常政办发〔2018〕32号市政府办公室关于分解落实2018年政府工作任务的通知', '常熟市人民政府办公室'],
    // forms: spaces kept, a party body, a department
    ['来源: 本站 2021-03-05 苏州市人民政府文件 苏府〔2021〕12号 苏州市人民政府关于印发…的通知', '苏州市人民政府'],
    ['中共嘉鱼县委文件嘉发〔2022〕3号', '中共嘉鱼县委'],
    ['宿迁市财政局文件宿财发〔2020〕8号关于…的通知', '宿迁市财政局'],
    // no document number after 文件: not a masthead
    ['学习常熟市人民政府办公室文件精神', undefined],
  ])('%s → %s', (line, body) => {
    expect(gluedMasthead(line)).toBe(body);
  });
  it.each([
    // 江苏 常熟 (jiangsu-changshu-renwufenjie.txt): after the attachment line, the page's spaces gone
    ['确保政府各项工作任务圆满完成.附件:常熟市2018年政府工作任务分解表常熟市人民政府办公室2018年2月24日常熟市2018年政府工作任务分解表', '常熟市人民政府办公室', '2018-02-24'],
    // 江苏 苏州 (http://bwm8.com/szsrmzf/zfwj/201503/baf4641319164b9a948a382f8fd70e86.shtml), its lines run together
    ['确保今年政府各项工作任务圆满完成。附件:苏州市2015年政府工作任务分解表苏州市人民政府2015年2月17日', '苏州市人民政府', '2015-02-17'],
    // forms: an ASCII stop after the transmittal sentence, a numbered attachment that is a list
    ['现印发给你们,请认真贯彻执行.宿迁市人民政府2020年5月6日', '宿迁市人民政府', '2020-05-06'],
    ['附件2:重点项目清单嘉鱼县人民政府办公室2022年3月1日', '嘉鱼县人民政府办公室', '2022-03-01'],
  ])('%s', (line, issuer, date) => {
    expect(signatureOf([line])).toEqual({ issuer, date });
  });
  it('常熟: issuer and date of the notice', () => {
    const [doc] = docsOf(dev('jiangsu-changshu-renwufenjie.txt'), 'jiangsu-changshu-renwufenjie.txt');
    expect([doc.issuer, doc.region, doc.date]).toEqual(['常熟市人民政府办公室', '常熟市', '2018-02-24']);
  });
});

describe('own_place_phrases: a county the text names only by its short name, in the words a notice uses for its own place', () => {
  it('漾濞 (云南, yunnan-yangbi-yuqimubiao.txt): 省委…、州委…和县委… tie the level words; 把漾濞打造成…, 作出漾濞贡献 name the county', () => {
    const [doc] = docsOf(dev('yunnan-yangbi-yuqimubiao.txt'), 'yunnan-yangbi-yuqimubiao.txt');
    expect(doc.region).toBe('漾濞彝族自治县');
  });
  it.each([
    // 漾濞 (yunnan-yangbi-yuqimubiao.txt), its closing sentence
    ['省委十一届三次全会、州委九届三次全会和县委十三届三次全会等精神,真正把漾濞打造成苍洱后花园,为全面建设社会主义现代化强国作出漾濞贡献。', '漾濞彝族自治县'],
    // 镇巴 (陕西, http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml): 谱写…镇巴新篇章, with a second phrase (form)
    ['在省委和县委的坚强领导下,奋力谱写中国式现代化建设的镇巴新篇章,贡献镇巴力量。', '镇巴县'],
    // forms: another autonomous county, 交出…答卷
    ['贯彻省委和县委全会精神,交出澜沧答卷,作出澜沧贡献。', '澜沧拉祜族自治县'],
    // once only, or two places so named: no region
    ['贯彻省委和县委全会精神,作出漾濞贡献。', undefined],
    ['贯彻省委和县委全会精神,作出漾濞贡献,交出澜沧答卷,贡献漾濞力量,谱写澜沧新篇章。', undefined],
  ])('%s → %s', (text, region) => {
    expect(regionOfBody(text)?.name).toBe(region);
  });
});
