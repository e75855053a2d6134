import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { bareZoneOfCity } from './regions.js';

// A zone's notice may write its zone only as 高新区, as the place applicants register in (在高新区注册, 企業在高新區注冊) or its own firms
// (请高新区内的服务机构…), naming its city once, often only in what it forwards (武漢市總部企業; 济南市科技局《…》). It was filed under the
// city or under nothing. Found on zhejiang-hangzhougaoxinqu-wenchuang.txt, hubei-donghuxinqu-zongbuqiye.txt (traditional) and round 171's
// shandong-jinangaoxinqu-jishuzhuanyijigou.txt.
const region = (text: string) => documentsOfPlainText(text)[0].region;

describe('a notice that writes only 高新区 as its own place is its one city’s zone (bare zone of its city)', () => {
  it.each([
    // 浙江 杭州 (zhejiang-hangzhougaoxinqu-wenchuang.txt)
    ['关于扶持文化创意产业发展的实施意见\n- 杭州写字楼网\n各街道办事处,区级机关各部门、各直属单位:\n为进一步促进高新区(滨江)文化创意产业高水平、规模化发展,制定本意见。\n本意见适用于在高新区(滨江)注册并经区文创办备案的文化创意企业。\n对新认定的企业给予10万元奖励。\n', '杭州高新技术产业开发区'],
    // 湖北 武汉 (hubei-donghuxinqu-zongbuqiye.txt), its zone of a proper name
    ['各園區辦,有關單位:\n現將《市發展改革委關于開展2020年度武漢市總部企業認定工作的通知》轉發給你們,現就有關事項通知如下:\n(一)企業在高新區注冊、納稅、入統,且在武漢市外分支機構不少于3個。\n(二)實繳注冊資本不低于1億元。\n', '武汉东湖新技术开发区'],
    // 山东 济南 (shandong-jinangaoxinqu-jishuzhuanyijigou.txt)
    ['关于转发济南市科技局《关于开展山东省省级技术转移服务机构2021年度绩效评价工作的通知》的通知\n各园区、各有关单位:\n现组织开展山东省省级服务机构2021年度绩效评价工作。\n1.请高新区内的服务机构向发改科经部提报绩效评价报告。\n', '济南高新技术产业开发区'],
  ])('%s', (text, want) => expect(region(text)).toBe(want));
  it.each([
    // valid: two cities named, no zone can be told (宁波 names 南京 and 深圳 too)
    ['对在高新区注册的企业,参加在南京市、深圳市举办的展会的,给予补助。\n'],
    // valid: a city's own notice naming its zone among its parts
    ['济南市各区县、高新区要加强组织领导,对在高新区注册的企业给予支持,市财政局负责资金保障。全市企业均可申报,本市各部门要做好服务。\n'],
  ])('%s: no zone', (text) => expect(bareZoneOfCity(text)?.name ?? '').not.toMatch(/高新|东湖/));
});

// A national-level new area's notice may write its area only as 新区 (结合新区实际, 加快推动新区制造业转型升级), naming its city only in what it
// carries out (落实青岛市…部署, 青政发〔2017〕4号). It was filed under nothing. Found on round 237's shandong-xihaianxinqu-zhizaoye.txt.
describe('a notice that writes only 新区 as its own place is its one city’s national-level new area (bare new area of its city)', () => {
  it.each([
    // 山东 青岛 (shandong-xihaianxinqu-zhizaoye.txt, round 237)
    ['各镇人民政府,各街道办事处,区政府各部门,区直各单位,驻区各单位:\n为全面落实青岛市“三中心一基地”建设部署和市政府《印发关于促进先进制造业加快发展若干政策的通知》(青政发〔2017〕4号),加快推动新区制造业转型升级,构建现代产业体系,勇当全市工业经济排头兵,结合新区实际,制定本意见。\n到2020年,全区规模以上工业总产值达到8000亿元。\n', '青岛西海岸新区'],
    // form: 广州 and 南沙新区, applicants registered in it
    ['各有关单位:\n为贯彻落实广州市关于促进总部经济发展的部署,结合新区实际,制定本办法。\n对在新区注册的总部企业给予最高500万元奖励。\n', '广州南沙新区'],
  ])('%s', (text, want) => expect(region(text)).toBe(want));
  it.each([
    // valid: a city with no national-level new area (深圳's 大鹏新区 is the city's own)
    ['为贯彻落实深圳市关于海洋经济发展的部署,结合新区实际,制定本办法。\n对在新区注册的企业给予奖励。\n'],
    // valid: 全新区域 is a brand-new area, no place
    ['为贯彻落实青岛市关于城市更新的部署,打造全新区域发展格局,制定本办法。\n'],
  ])('%s: no new area', (text) => expect(bareZoneOfCity(text)?.name ?? '').not.toMatch(/新区/));
});
