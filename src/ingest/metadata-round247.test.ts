import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// Metadata classes of rounds 245–247 of the national development set (issue 9, sixty-sixth session).
const first = (text: string) => documentsOfPlainText(text)[0];

describe("a signature set right on the last paragraph's line, a wide gap before it (right-set signature)", () => {
  it('重庆市 商贸强镇 2014 (chongqing-chongqingshi-shangmaoqiangzhen.txt): …作出新的贡献。||||||        重庆市商业委员会 / 2014年10月17日', () => {
    const d = first(dev('chongqing-chongqingshi-shangmaoqiangzhen.txt'));
    expect([d.region, d.issuer, d.date]).toEqual(['重庆市', '重庆市商业委员会', '2014-10-17']);
  });
  it('a sentence with a body named after its stop, no gap, stays one paragraph', () => {
    const d = first('关于开展申报工作的通知\n各有关单位:\n请于5月底前将材料报送至市商务局。市商务局\n');
    expect(d.text).toContain('报送至市商务局。市商务局');
  });
});

describe("a site's menu opening on its home link is chrome, never run into the title (site menu line)", () => {
  it('四川省 零售 2017 (sichuan-sichuansheng-lingshouzhongdianqiye.txt): 首 页 区县招商 产业园区 … / 省商务厅关于推荐…的通知', () => {
    const d = first(dev('sichuan-sichuansheng-lingshouzhongdianqiye.txt'));
    expect([d.title, d.issuer]).toEqual(['省商务厅关于推荐商业零售重点联系企业的通知', '省商务厅']);
  });
});

describe("a province's department named by its level alone, numbering with the province's abbreviation (level-only provincial issuer)", () => {
  it('四川省 零售 2017: 川商流通〔2017〕70号, 成都市企业…达10亿元以上 named in its conditions', () => {
    expect(first(dev('sichuan-sichuansheng-lingshouzhongdianqiye.txt')).region).toBe('四川省');
  });
});

describe("a site's welcome line is chrome, not the title (welcome line)", () => {
  it.each([
    ['zhejiang-ouhai-zhuanlijiangli2021.txt', '关于开展2021年度第二期瓯海区知识产权(专利)奖励项目申报的通知'],
    ['zhejiang-qianwanxinqu-zhishichanquan2026.txt', '关于开展2026年“质量强区”专项资金(知识产权类)申报的通知'],
    ['yunnan-yaoan-jibengongwei2018.txt', '关于下达2018年基本公共卫生服务项目中央结算资金的通知'],
  ])('%s', (file, title) => expect(first(dev(file)).title).toBe(title));
});

describe('a long line with items run together and a right-set signature (breaks in order)', () => {
  // (The signature's break is found before the breaks between the items of its line; the breaks are put back in order, or the text
  // would be garbled: 驻马店 2014's items with 重庆市 商贸强镇 2014's right-set signature, a form of both.)
  const text =
    '关于命名首批全市商贸强镇的通知\n各区县商贸流通主管部门:\n一、对秸秆禁烧和综合利用工作成效显著的西平县、平舆县、驿城区、遂平县等县区分别奖励资金10万元、8万元、5万元、5万元。二、根据查实的燃烧面积和着火点数,对焚烧秸秆比较严重的乡镇给予经济处罚。三、希望受命名的12个镇再接再厉,巩固提升创建结果,为统筹城乡发展作出新的贡献。' +
    ' '.repeat(40) +
    '重庆市商业委员会\n2014年10月17日\n';
  it('keeps every character once, each item and the signature on a line of its own', () => {
    const d = first(text);
    expect(d.text.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    expect(d.text.split('\n').filter((l) => /^[二三]、|^重庆市商业委员会$/.test(l))).toHaveLength(3);
    expect(d.issuer).toBe('重庆市商业委员会');
  });
});
