import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// Metadata classes of rounds 252–253 of the national development set (issue 9, sixty-seventh session).
const first = (text: string) => documentsOfPlainText(text)[0];

describe("a county of another province whose name a zone of the notice's city bears (zone named as a distant county)", () => {
  it('茂名 (guangdong-maoming-jianyiyongwei.txt): 各区、县级市人民政府,滨海新区、高新区管委会… / 茂名市人民政府颁发…: 茂名市, not 天津\'s 滨海新区', () =>
    expect(first(dev('guangdong-maoming-jianyiyongwei.txt')).region).toBe('茂名市'));
  it('a district notice that names its own 滨海新区 stays that district', () =>
    expect(first('天津市滨海新区人民政府关于印发促进消费若干措施的通知\n各街道:\n对在我区新开设的企业给予10万元奖励。\n天津市滨海新区人民政府\n2023年5月6日').region).toBe('滨海新区'));
});

describe("a city's notice reposted in a county body's section (crumb of a county, the city speaking)", () => {
  it('资阳 (sichuan-ziyang-dibaotekun2022.txt): 雁江区民政局 > … over 对我市现行…标准进行调整, signed by 资阳市民政局…', () => {
    const d = first(dev('sichuan-ziyang-dibaotekun2022.txt'));
    expect([d.region, d.issuer, d.date]).toEqual(['资阳市', '资阳市民政局、资阳市财政局、资阳市统计局、国家统计局资阳调查队', '2022-09-05']);
  });
});

describe('a survey team of the statistics bureau signs beside the bureaus (survey team signer)', () => {
  it('four signers a line each, the last a survey team', () =>
    expect(first('各县区:\n经研究,对我市标准进行调整。\n\n资阳市民政局\n\n资阳市财政局\n\n资阳市统计局\n\n国家统计局资阳调查队\n\n2022年9月5日').issuer).toBe(
      '资阳市民政局、资阳市财政局、资阳市统计局、国家统计局资阳调查队',
    ));
});

describe('a district whose name is an everyday phrase is read as a place only at a word\'s edge or after its city (common-word district names: 新建区)', () => {
  it('武昌 (hubei-wuchang-fuhuaqi.txt): 对新建区级科技产业园区(孵化器) is no 新建区 of 南昌', () =>
    expect(first(dev('hubei-wuchang-fuhuaqi.txt')).region).toBeUndefined());
  it('南昌市新建区 named whole stays that district', () =>
    expect(first('南昌市新建区人民政府关于印发支持企业发展若干措施的通知\n各乡镇:\n对新落户我区的企业给予10万元奖励。').region).toBe('新建区'));
});

describe('the bodies whose study a preamble says decided the work, 经 before them, no signature (preamble deciders)', () => {
  it.each([
    // (邓州, 河南 2024; 济南, 山东 2017: two bodies, both)
    ['henan-dengzhou-songxixiaxiang2024.txt', '邓州市文化广电和旅游局'],
    ['shandong-jinan-gongyigangweibutie2017.txt', '市人力资源社会保障局、市财政局'],
  ])('%s', (file, issuer) => expect(first(dev(file)).issuer).toBe(issuer));
  it('a decision 经研究 with no body named names no issuer', () =>
    expect(first('关于开展活动的通知\n各乡镇:\n为丰富群众生活,经研究,决定开展送戏下乡活动。\n一、活动时间\n2024年全年。').issuer).toBeUndefined());
});

describe("a site's trail with no label, opening at its home page, is a line of its own over the title (bare crumbs)", () => {
  it('双柏 (yunnan-shuangbai-feiyichuanchengren.txt): 网站首页 >> 部门目录 >> 双柏县政府办 / 双柏县文化和旅游局关于对…提案的答复', () => {
    const d = first(dev('yunnan-shuangbai-feiyichuanchengren.txt'));
    expect([d.title, d.issuer]).toEqual(['关于对政协双柏县第九届委员会第三次会议第117号提案的答复', '双柏县文化和旅游局']);
  });
  it('form: 首页 > 政务公开 > 通知公告 over a title', () =>
    expect(first('首页 > 政务公开 > 通知公告\n某县商务局关于开展消费券发放活动的通知\n各乡镇:\n对企业给予10万元奖励。').title).toBe('关于开展消费券发放活动的通知'));
});
