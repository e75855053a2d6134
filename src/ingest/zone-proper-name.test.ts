import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { pageFieldsOf } from './metadata.js';
import { citedPlaceAtOwnLevel, findRegion, properZoneOf } from './regions.js';
import { devText as dev } from '../dev-notices.js';

// A development zone named by a proper name of its own, not a division's (ANNOTATION: zones are regions in their own right; a
// notice's region is the zone where a zone issued it). Round 162 of the national development set (issue 9, forty-first session).
const first = (text: string) => documentsOfPlainText(text)[0];

describe('properZoneOf: the zone a body of a zone is named for (zone with a proper name)', () => {
  const valid: [string, string, string | undefined][] = [
    // body as written → zone, division written before it
    ['腾格里经济技术开发区', '腾格里经济技术开发区', undefined],
    ['常州西太湖科技产业园管理委员会', '常州西太湖科技产业园', '常州市'],
    ['重庆市万盛经开区管委会办公室', '重庆万盛经济技术开发区', '重庆市'],
    ['浙江温州海洋经济发展示范区管理委员会', '浙江温州海洋经济发展示范区', '温州市'],
    ['武汉东湖新技术开发区管委会', '武汉东湖新技术开发区', '武汉市'],
    ['万盛经济技术开发区', '万盛经济技术开发区', undefined],
    // (form) a committee's department, a 高新区 written short
    ['羊山新区管委会经济发展局', '羊山新区', undefined],
    ['大连金普新区管委会', '大连金普新区', '大连市'],
  ];
  for (const [body, name, place] of valid) {
    it(`${body} → ${name}`, () => {
      const z = properZoneOf(body);
      expect(z?.name).toBe(name);
      expect(z?.place?.name).toBe(place);
    });
  }
  const invalid: [string, string][] = [
    ['扬州经开区管委会', 'a zone named after its division: zoneIn reads it'],
    ['南京江宁经开区管委会', 'a zone named after a district of the city written before it: zoneIn reads it'],
    ['东湖高新区管委会', 'no place written, and 东湖 is a division’s short name (南昌’s 东湖区): no proper name to trust'],
    ['现代农业产业园管委会', 'a park named by its kind'],
    ['国家级示范区', 'a level, no name'],
    ['隆德县六盘山工业园区管委会', 'a county’s park: zoneIn reads it after the county'],
    ['区经济信息委', 'no zone word'],
    ['北京市经济和信息化局', 'a department'],
  ];
  for (const [body, why] of invalid) it(`${body}: none (${why})`, () => expect(properZoneOf(body)).toBeUndefined());
});

describe("a notice issued or published by a zone's body named for the zone's proper name is the zone's (zone with a proper name)", () => {
  it('腾格里 (neimenggu-tenggeli-caoyuanbujiang.txt): title 腾格里经济技术开发区草原生态保护补助奖励机制实施方案, under 阿拉善盟', () => {
    expect(first(dev('neimenggu-tenggeli-caoyuanbujiang.txt')).region).toBe('腾格里经济技术开发区');
  });
  it('西太湖 (jiangsu-xitaihu-gongyechuangxin.txt): 常州西太湖科技产业园管理委员会文件, a crumb trail ending 武进区', () => {
    expect(first(dev('jiangsu-xitaihu-gongyechuangxin.txt')).region).toBe('常州西太湖科技产业园');
  });
  it('万盛 (chongqing-wanshengjingkaiqu-minshengshishi.txt): [发布机构]万盛经济技术开发区, issuer 重庆市万盛经开区管委会办公室', () => {
    expect(first(dev('chongqing-wanshengjingkaiqu-minshengshishi.txt')).region).toBe('万盛经济技术开发区');
  });
});

describe('a page field label in square brackets, padded with spaces, bounds the value before it (bracketed field labels)', () => {
  it('万盛 (chongqing-wanshengjingkaiqu-minshengshishi.txt): [ 索引号 ]… [ 发文字号 ]万盛经开办发〔2026〕1号 [ 发布机构 ]万盛经济技术开发区 [ 主题分类 ]其他 …', () => {
    const head = dev('chongqing-wanshengjingkaiqu-minshengshishi.txt').split('\n').slice(0, 3);
    expect(pageFieldsOf(head)).toMatchObject({ docNumber: '万盛经开办发〔2026〕1号', publisher: '万盛经济技术开发区', signed: '2026-01-29', published: '2026-02-09' });
  });
  it('(form) run together, as the cleaner leaves it: [索引号]…[发布机构]万盛经济技术开发区[主题分类]其他[成文日期]2026-01-29', () => {
    expect(pageFieldsOf(['[索引号]11500110588903728C/2026-00076[发文字号]万盛经开办发〔2026〕1号[发布机构]万盛经济技术开发区[主题分类]其他[成文日期]2026-01-29'])).toMatchObject({ publisher: '万盛经济技术开发区', signed: '2026-01-29' });
  });
  it('a law site’s 【】 labels read as before: 【发文字号】黄政办发〔2007〕9号【发布日期】2007-02-08', () => {
    expect(pageFieldsOf(['【发文字号】黄政办发〔2007〕9号【发布日期】2007-02-08'])).toMatchObject({ docNumber: '黄政办发〔2007〕9号', published: '2007-02-08' });
  });
});

describe('a zone named by its place and the words of its kind, its committee publishing the page, is the region (zone with a proper name)', () => {
  it('温州海经区 (zhejiang-wenzhouhaijingqu-fuhuaqijiangli.txt): 发布机构 | 浙江温州海洋经济发展示范区管委会 |, signed 浙江温州海洋经济发展示范区管理委员会', () => {
    expect(first(dev('zhejiang-wenzhouhaijingqu-fuhuaqijiangli.txt')).region).toBe('浙江温州海洋经济发展示范区');
  });
});

describe("a site's tab label run into a title in book-title marks is no part of the title (tab label before a marked title)", () => {
  it('苏州 (jiangsu-suzhou-xiandaiwuliu.txt): 政策详情 / 《苏州市现代物流高质量发展三年行动计划(2023-2025年)》', () => {
    expect(first(dev('jiangsu-suzhou-xiandaiwuliu.txt')).title).toBe('苏州市现代物流高质量发展三年行动计划(2023-2025年)');
  });
});

describe('an autonomous region written by its place and 自治区, its people left out, is that region (short autonomous region)', () => {
  it.each([
    ['新疆自治区关于促进中小企业发展实施意见细则', '新疆维吾尔自治区'],
    ['广西自治区人民政府', '广西壮族自治区'],
    ['宁夏自治区发展改革委', '宁夏回族自治区'],
    ['内蒙古自治区人民政府', '内蒙古自治区'],
  ])('%s → %s', (text, want) => expect(findRegion(text)?.name).toBe(want));
  it('新疆 (xinjiang-xinjiangqu-zhongxiaoqiyexize.txt): titled 新疆自治区关于促进中小企业发展实施意见细则', () => {
    expect(first(dev('xinjiang-xinjiangqu-zhongxiaoqiyexize.txt')).region).toBe('新疆维吾尔自治区');
  });
});

describe('a notice that names no place of its own but rests on a document of a division at its own level is that division’s (cited own-level place)', () => {
  it.each([
    // 虹口 (shanghai-hongkou-jinrongfuwuye.txt)
    ['根据《虹口区关于加快推进上海全球资产管理中心核心承载区建设的实施意见》(虹府办〔2021〕8号)文件精神,为促进区域经济转型升级,加快发展本区现代金融服务业,加强对区内各金融企业的扶持与服务工作,现就开展2023年本区金融服务业发展专项资金申报工作的有关事项通知如下:', '虹口区'],
    // form: a superior's document at another level names no place for it
    ['根据《上海市关于加快推进金融业发展的实施意见》文件精神,为加快发展本区现代金融服务业,现就开展本区申报工作的有关事项通知如下:', undefined],
    // form: two divisions of that level cited, none
    ['根据《虹口区关于…的意见》和《黄浦区关于…的意见》,为加快发展本区现代金融服务业,现就本区申报工作通知如下:', undefined],
  ])('%s → %s', (text, want) => expect(citedPlaceAtOwnLevel(text)?.name).toBe(want));
  it('虹口 (shanghai-hongkou-jinrongfuwuye.txt): the notice is 虹口区’s', () => {
    expect(first(dev('shanghai-hongkou-jinrongfuwuye.txt')).region).toBe('虹口区');
  });
});
