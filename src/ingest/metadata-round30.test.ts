import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { townCounty } from './towns.js';
import { devText as dev } from '../dev-notices.js';

// Round 30 document classes: real texts of eval/national/dev (file named), and "form" for a text written from the class.
const docsOf = (text: string) => documentsOfPlainText(text);
const first = (text: string) => {
  const d = docsOf(text)[0];
  return [d.region, d.issuer, d.date];
};

describe('a town’s or a street’s notice is filed under the county it lies in (town county)', () => {
  it.each([
    ['华舍 dev: a street’s two bodies on the masthead, a TTS label glued before them', dev('zhejiang-huashejiedao-jingjifazhan.txt'), ['柯桥区', '中共华舍街道工作委员会华舍街道办事处', undefined]],
    ['form: a town’s government before 关于', '洞泾镇人民政府关于印发《洞泾镇关于推进经济高质量发展的若干措施》的通知\n各村委会、居委会:\n现将若干措施印发给你们。\n', ['松江区', '洞泾镇人民政府', undefined]],
  ])('%s', (_, text, want) => expect(first(text)).toEqual(want));
  it('a town name several counties share counts only where the text names one of their counties or cities', () => {
    // (城关镇 is a town of many counties: alone it names none; with 房县 written it is 房县's)
    expect(townCounty(['城关镇人民政府关于…的通知'], '')).toBeUndefined();
    expect(townCounty(['城关镇人民政府关于…的通知'], '为推动房县城关镇经济发展')?.name).toBe('房县');
  });
});

describe('the page and title tell the issuer (page fields, greetings, title authors, news leads)', () => {
  it.each([
    // 平罗 (ningxia-pingluo-xiaofeiquan.txt): a bar table's block, 所属机构 and 生成日期, its rule line ---|---| no title
    ['平罗 dev', dev('ningxia-pingluo-xiaofeiquan.txt'), ['平罗县', '平罗县商务局', '2023-03-14']],
    // 弥勒 (yunnan-mile-wenjintizhi.txt): the site's greeting 欢迎访问弥勒市人民政府 is no issuer line
    ['弥勒 dev', dev('yunnan-mile-wenjintizhi.txt'), ['弥勒市', '弥勒市人民政府', '2023-03-23']],
    // 石景山 (beijing-shijingshan-xiaofeiquan.txt): breadcrumb, a field block, then the title that opens with its author
    ['石景山 dev', dev('beijing-shijingshan-xiaofeiquan.txt'), ['石景山区', '北京市石景山区商务局', '2025-12-28']],
    // 浙江省 (zhejiang-zhejiangsheng-zerenfenjie.txt): a news report's lead names who issued the notice it carries
    ['浙江省 dev', dev('zhejiang-zhejiangsheng-zerenfenjie.txt'), ['浙江省', '浙江省人民政府辦公廳', undefined]],
  ])('%s', (_, text, want) => expect(first(text)).toEqual(want));
  it.each([
    ['市经济和信息化委办理方案\n日期:2018年03月06日\n1.加快推进项目建设。\n', '市经济和信息化委'],
    // (a colophon names the office that printed the notice, not its issuer)
    ['北京市西城區發展和改革委員會辦公室 2022年6月29日印發\n北京市西城區促進產業高質量發展若干措施\n為深化落實,制定本措施。\n', undefined],
    // (a title that opens with a phrase, not a body)
    ['新发展格局2024年工作方案\n一、加快推进项目建设。\n', undefined],
    ['日前,成都市人民政府网站公布了《2022年〈政府工作报告〉目标任务责任分解方案》。\n1.地区生产总值增长7%左右。\n', '成都市人民政府'],
  ])('form: %s', (text, want) => expect(docsOf(text)[0].issuer).toBe(want));
});

describe('national-level new areas written without their place (new areas: dict/new-areas.json)', () => {
  it('the table loads, and each area’s city is a division of the gazetteer', async () => {
    const { NEW_AREAS } = await import('./meta-words.js');
    const { regionByName } = await import('./regions.js');
    expect(NEW_AREAS.length).toBeGreaterThanOrEqual(12);
    for (const a of NEW_AREAS) {
      expect(a.written).toContain(a.name.replace(/^(?:重庆|浙江|广州|陕西|贵州|青岛|大连|湖南|南京|云南|江西|河北)/, ''));
      expect(regionByName(a.city)?.name).toBe(a.city);
    }
  });
  it('四川天府新区 lies in two cities: no row files it under one (眉山天府新区 stays the zone rules’)', async () => {
    const { zoneIn } = await import('./regions.js');
    expect(zoneIn('四川天府新区眉山经济和信息化局')?.name).not.toBe('四川天府新区');
    expect(zoneIn('眉山天府新区')?.name).toBe('眉山天府新区');
  });
  it.each([
    // 滇中新区 (yunnan-dianzhongxinqu-zhaoshang.txt): named once in its own words, then 新区 in 结合新区实际
    ['滇中 dev', dev('yunnan-dianzhongxinqu-zhaoshang.txt'), '云南滇中新区'],
    ['form: 西咸新区管委会关于印发…的通知', '西咸新区管委会关于印发招商引资若干措施的通知\n各有关单位:\n一、对新引进企业给予奖励50万元。\n', '陕西西咸新区'],
    ['form: 河北雄安新区管理委员会', '河北雄安新区管理委员会关于支持企业发展的若干措施\n一、对新落户企业给予奖励。\n', '河北雄安新区'],
    // (a zone the rules read after its place keeps the area's full name)
    ['form: 浙江舟山群岛新区', '浙江舟山群岛新区管理委员会关于印发若干政策的通知\n一、给予奖励。\n', '浙江舟山群岛新区'],
  ])('%s', (_, text, want) => expect(docsOf(text)[0].region).toBe(want));
});

describe('a page field’s value a hard wrap cut goes on below (濮阳县 under `eval --variant wrapped`)', () => {
  it('the title field’s last character is no part of the issuer under it', () => {
    const t = dev('henan-puyangxian-xiaowei.txt');
    const wrapped = t.split('\n').map((l) => (l.length > 40 ? l.match(/.{1,36}/g)!.join('\n') : l)).join('\n');
    expect(first(wrapped)).toEqual(first(t));
    expect(first(t)[1]).toBe('濮阳县人民政府办公室');
  });
});

describe('dates a page runs into the next line (dated stamps)', () => {
  it('孟州 dev: a signing date and the next document’s title on one line, a space between them', () => {
    const part = docsOf(dev('henan-mengzhou-lvsegaizao.txt')).find((d) => d.title === '孟州市推进工业绿色化改造攻坚方案');
    expect(part?.date).toBe('2017-11-24');
  });
  it('海曙 dev: a stamp with the page’s view count and the notice’s status (2017-04-23 3750次 已失效) is the date, not body', () => {
    const d = docsOf(dev('zhejiang-haishu-zhongguozhizao.txt'))[0];
    expect(d.date).toBe('2017-04-23');
    expect(d.text).toContain('2017-04-23 3750次已失效\n');
  });
  it('form: a date before a sentence is no title split (2024年5月8日 各单位要按时报送。)', () => {
    const d = docsOf('关于报送材料的通知\n各单位:\n2024年5月8日 各单位要按时报送材料。\n');
    expect(d.length).toBe(1);
  });
});

describe('the body a preamble names as the maker of the measures (preamble maker)', () => {
  it('临港 dev: …,上海市临港地区开发建设管理委员会制定如下产业配套政策 (not the government whose cited opinion it rests on)', () => {
    expect(first(dev('shanghai-lingang-shuangte.txt'))[1]).toBe('上海市临港地区开发建设管理委员会');
  });
  it.each([
    ['关于印发若干措施的通知\n为加快发展,结合实际,县政府研究制定了本办法。\n一、给予奖励。\n', undefined],
    ['招商引资优惠政策\n为加快发展,结合我县实际,濮阳县人民政府研究制定了本办法。\n一、给予奖励。\n', '濮阳县人民政府'],
    // (a body named inside a cited title is another document's)
    ['招商引资优惠政策\n根据《濮阳市人民政府制定如下办法的通知》,制定本办法。\n一、给予奖励。\n', undefined],
  ])('form: %s', (text, want) => expect(docsOf(text)[0].issuer).toBe(want));
});

describe('a news report’s byline and lead (news byline)', () => {
  it('郑东新区 dev: the byline ending in its time stamp ends there, and the body the reporter had it from issues the measures', () => {
    const d = docsOf(dev('henan-zhengdongxinqu-zhuqishukun.txt'))[0];
    expect([d.issuer, d.date]).toEqual(['郑东新区管委会', '2022-06-09']);
    expect(d.text).toContain('09:00:31\n记者从郑东新区管委会获悉');
  });
});
