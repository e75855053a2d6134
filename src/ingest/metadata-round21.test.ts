import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// Round 21 document classes: real texts of eval/national/dev (file named), and "form" for a text written from the class.
const docsOf = (text: string) => documentsOfPlainText(text);
const meta = (text: string) => docsOf(text).map((d) => [d.region, d.issuer, d.date, d.docNumber]);

describe('a signing date in numerals ends its notice as one in digits does (numeral signature)', () => {
  // 荆门 (hubei-jingmen-gaoxinqu.txt): a consultation notice, its signature, then the draft it consults on. Written with the date in
  // numerals (二〇二五年十一月七日) the draft ran on into the notice and lost the issuer the notice's signature gives it.
  it.each([
    ['荆门 dev, as written', dev('hubei-jingmen-gaoxinqu.txt')],
    ['荆门 dev, its signing date in numerals', dev('hubei-jingmen-gaoxinqu.txt').replace('\n2025年11月7日\n', '\n二〇二五年十一月七日\n')],
  ])('%s', (_, text) => {
    expect(meta(text)).toEqual([
      ['荆门市', '荆门市发展和改革委员会', '2025-11-07', undefined],
      ['荆门市', '荆门市发展和改革委员会', '2025-11-07', undefined],
    ]);
  });
});

describe('the part under a notice’s signature is what the notice issues, whatever its title (under the signature)', () => {
  // 黄冈 (hubei-huanggang-fenbanyijian.txt): …关于分解落实《政府工作报告》的通知, signed 二○○七年二月八日, then 关于《政府工作报告》
  // 确定的2007年主要工作分办意见: the page's junk line 找律师咨询 took the notice's title, and the 分办意见 names no body of its own.
  it('黄冈 dev: the 分办意见 takes the notice’s issuer, date and number', () => {
    expect(meta(dev('hubei-huanggang-fenbanyijian.txt'))).toEqual([
      ['黄冈市', '湖北省黄冈市人民政府办公室', '2007-02-08', '黄政办发〔2007〕9号'],
      ['黄冈市', '湖北省黄冈市人民政府办公室', '2007-02-08', '黄政办发〔2007〕9号'],
    ]);
  });
  it('form: a (此件公开发布) line between the date and the part, the date in digits', () => {
    const text = '某某县人民政府关于印发促进工业经济稳增长若干措施的通知\n各乡镇人民政府，县政府各部门：\n现将《促进工业经济稳增长若干措施》印发给你们，请认真贯彻落实。\n某某县人民政府\n2024年3月5日\n（此件公开发布）\n关于加快制造业高质量发展的实施意见\n一、对新建项目给予50万元奖励。（责任单位：县发改局）\n';
    expect(meta(text).map(([, issuer, date]) => [issuer, date])).toEqual([
      ['某某县人民政府', '2024-03-05'],
      ['某某县人民政府', '2024-03-05'],
    ]);
  });
  it('a part signed by a body of its own stays its own', () => {
    const text = '甲市人民政府关于印发甲市稳增长措施的通知\n各区人民政府：\n现将措施印发给你们。\n甲市人民政府\n2024年3月5日\n乙市人民政府办公室关于推进项目建设的通知\n各县人民政府：\n请抓好落实。\n乙市人民政府办公室\n2024年4月1日\n';
    expect(meta(text).map(([, issuer, date]) => [issuer, date])).toEqual([
      ['甲市人民政府', '2024-03-05'],
      ['乙市人民政府办公室', '2024-04-01'],
    ]);
  });
});

describe('a part that names no place is in the file’s one region (file region)', () => {
  // 宜宾 (sichuan-yibin-gongyejingji.txt): the cover names 宜宾市; the measures it issues (推动全市工业经济持续向好的若干政策措施) name
  // no place, and their clauses were filed under no region.
  it('宜宾 dev: every part in 宜宾市', () => {
    expect(docsOf(dev('sichuan-yibin-gongyejingji.txt')).map((d) => d.region)).toEqual(docsOf(dev('sichuan-yibin-gongyejingji.txt')).map(() => '宜宾市'));
  });
  it('form: parts naming two places keep their own, and an unsigned part naming none stays without one', () => {
    const text = '重庆市綦江区人民政府关于印发稳增长措施的通知\n各镇人民政府：\n现将措施印发给你们。\n重庆市綦江区人民政府\n2024年3月5日\n重庆市渝北区人民政府关于推进项目建设的通知\n各镇人民政府：\n请抓好落实。\n关于进一步优化营商环境的若干措施\n一、压减审批时限。\n';
    expect(docsOf(text).map((d) => d.region)).toEqual(['綦江区', '渝北区', undefined]);
  });
});

describe('a city named in passing yields to the district a district’s notice names by its short name (district under the city)', () => {
  // 五华 (yunnan-wuhua-pingwenjiankang.txt): 结合我区实际, 区委…; 昆明市 only in 对新认定为昆明市重点科技成果转化…; 五华 (a short name
  // 五华县 in 广东 bears too) in 在五华设立研发中心, 新迁入五华的…, 五华科技产业园管委会.
  it('五华 dev: 五华区', () => expect(docsOf(dev('yunnan-wuhua-pingwenjiankang.txt'))[0].region).toBe('五华区'));
  it('form: a district’s notice naming its city’s program and itself by a short name two cities’ districts bear (西湖)', () => {
    const text = '关于支持数字经济发展的若干措施\n为推动全区数字经济高质量发展，结合我区实际，制定如下措施。\n一、对新认定为杭州市级专精特新企业的，给予10万元奖励。（责任单位：区经信局）\n二、对新迁入西湖的企业，给予5万元奖励；在西湖设立研发中心的另加2万元。（责任单位：区商务局）\n';
    expect(docsOf(text)[0].region).toBe('西湖区');
  });
  it('克拉玛依 dev: a name the city bears itself (克拉玛依, also 克拉玛依区) stays the city’s', () => {
    expect(docsOf(dev('xinjiang-kelamayi-wenzengzhang.txt'))[0].region).toBe('克拉玛依市');
  });
});

describe('a part under the file’s one region that speaks at another level is not given it (file region, level)', () => {
  // 镇海 (zhejiang-zhenhai-renwufenjie.txt): a page header part read 镇政办发 as 镇江市; the notice under it speaks as a 区
  // (区政府各部门, 全区) and is no 镇江市 notice. (Since round 23 the number read at the 区 level, in the city the attachment names,
  // gives 镇海区 to all three parts: metadata-round12b.test.ts.)
  it('镇海 dev: the notice and its attachment do not take 镇江市', () => {
    expect(docsOf(dev('zhejiang-zhenhai-renwufenjie.txt')).map((d) => d.region)).toEqual(['镇海区', '镇海区', '镇海区']);
  });
});


describe('a gazette’s issue line over a notice opens that notice, as a masthead does (gazette issue line)', () => {
  // 天门 (hubei-tianmen-getihu.txt): 天门市人民政府公报2023第3号(总号:46) / 天政办发〔2023〕20号 / 市人民政府办公室 / 关于印发…的通知. The issue
  // line and the number had been a document of their own, titled by the issue line; written with the title block naming its
  // place by level only (市人民政府公报…), that part read 天政 as 天水市.
  const text = dev('hubei-tianmen-getihu.txt');
  it('天门 dev: the notice keeps its number and issuer, the issue line is no title', () => {
    const docs = docsOf(text);
    expect(docs.map((d) => [d.title, d.docNumber, d.issuer, d.region])).toEqual([
      ['关于印发天门市促进个体工商户发展若干措施的通知', '天政办发〔2023〕20号', '天门市人民政府办公室', '天门市'],
      ['天门市促进个体工商户发展若干措施', '天政办发〔2023〕20号', '天门市人民政府办公室', '天门市'],
    ]);
  });
  it('天门 dev, its title block naming the place by level only: 天门市 (the signature), not 天水市 (天政)', () => {
    const byLevel = text.replace('天门市人民政府公报', '市人民政府公报').replace('关于印发天门市促进', '关于印发市促进');
    expect(docsOf(byLevel)[0].region).toBe('天门市');
  });
});

describe('under a breadcrumb, a line named as a list of work is the title (crumb, then list title)', () => {
  // 襄阳都市圈 (hubei-xiangyangdushiquan-zhongdiangongzuo.txt, round 22): 当前位置: 首页 > 其他范文 > 工作计划 / 襄阳都市圈发展2023年度工作要点:
  // the breadcrumb had stayed the title, as 工作要点 is no ending a document splits at, and the region came from a county in a unit
  // list (南漳县).
  it('襄阳都市圈 dev: the title and its city', () => {
    const d = docsOf(dev('hubei-xiangyangdushiquan-zhongdiangongzuo.txt'))[0];
    expect([d.title, d.region]).toEqual(['襄阳都市圈发展2023年度工作要点', '襄阳市']);
  });
  it.each([
    ['当前位置:首页>政务公开>规划计划\n某某市2024年重点工作任务分工\n一、推进项目建设。', '某某市2024年重点工作任务分工'],
  ])('form: %s', (text, title) => expect(docsOf(text)[0].title).toBe(title));
});
