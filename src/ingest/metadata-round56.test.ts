import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { zoneIn } from './regions.js';

// Round 56 of the metadata classes (twelfth session): lines of eval/national/dev (file named in each case) and forms of other places.
const meta = (text: string) => {
  const [d] = documentsOfPlainText(text);
  return { region: d.region, issuer: d.issuer, date: d.date };
};

describe('a zone its city names with a word that spells another city’s district (city zone)', () => {
  it.each([
    // 山东 德州 (shandong-dezhouyunhe-xiaofeiji.txt): 运河 is 沧州's 运河区, not 德州's
    ['德州运河经济开发区开展“千企万店”百日消费季活动', '德州运河经济开发区', '3714'],
    // the same word after its own city stays that district's zone
    ['沧州运河经济开发区', '运河经济开发区', '130903'],
    // a district's zone after its city (江宁 is 南京's)
    ['南京江宁经济技术开发区', '江宁经济技术开发区', '320115'],
  ])('%s', (text, name, code) => {
    const z = zoneIn(text);
    expect(z && { name: z.name, code: z.code }).toEqual({ name, code });
  });

  it('德州 (shandong-dezhouyunhe-xiaofeiji.txt): a plan that speaks as 区 and names the zone, its street and 区直单位', () => {
    const text =
      '为深入贯彻国家、省、市关于统筹推进疫情防控和经济社会发展有关要求,落实全民消费活动,德州运河经济开发区开展“千企万店”百日消费季活动。\n一、总体要求\n让市场主体和消费主体(仅限德州运河经济开发区境内的企业和区内户籍消费群体)得到切实实惠。\n(四)日常消费板块。各区直单位工会将工会经费全部用于购买购物券;全区各非公企业使用工会会费参加活动,由运河街道做好组织发动。\n';
    expect(meta(text).region).toBe('德州运河经济开发区');
  });
});

describe('a signature run into an attachment’s manual and a contact remark (inline signature)', () => {
  it('澄迈 (hainan-chengmai-shenggui.txt): one line, …操作手册澄迈县工业信息化和科学技术局2023年6月14日(联系人:…', () => {
    const text =
      '澄迈县工业信息化和科学技术局关于开展2023年澄迈县工业企业首次升规纳统奖励资金申报工作的通知各有关企业:现就有关申报工作通知如下:一、奖励标准对2022年首次升规的工业企业给予其管理团队10万元奖励,二、其他要求(一)请符合条件的申报单位于6月16日前在系统中进行申报,附件:海南省惠企政策兑现服务系统+V1.0操作手册澄迈县工业信息化和科学技术局2023年6月14日(联系人:陈惠。\n';
    expect(meta(text)).toEqual({ region: '澄迈县', issuer: '澄迈县工业信息化和科学技术局', date: '2023-06-14' });
  });
});

describe('a gazette’s signing date in numerals on the number’s line (numeral date after number)', () => {
  it('四川省 (sichuan-sichuansheng-bumenfengong.txt): 川府发〔2011〕8号 二○一一年三月十七日, the addressees under it', () => {
    const text = '四川省人民政府\n关于落实《政府工作报告》重点工作\n部门分工的意见\n川府发〔2011〕8号 二○一一年三月十七日\n省政府各部门、各直属机构:\n现就《政府工作报告》明确的重点工作提出部门分工意见如下。\n';
    expect(meta(text)).toEqual({ region: '四川省', issuer: '四川省人民政府', date: '2011-03-17' });
  });
  it('a numeral date opening a sentence is no signing date', () => {
    const text = '关于印发若干措施的通知\n各县区人民政府:\n二○一一年三月十七日起,对新认定的企业给予奖励。\n';
    expect(meta(text).date).toBeUndefined();
  });
});

describe('a short page whose head reaches a table’s numbered rows (rows in the head)', () => {
  it('柯桥 (zhejiang-keqiao-minshengshishi.txt): a row names another county’s school; the notice speaks as 区 and names 柯桥 twice', () => {
    const text =
      '发布时间:2023-11-16 16:38\n信息来源:区政府办(外事办)\n2023年度省政府民生实事涉我区工作任务一季度进展情况\n序号 | 工作任务 | 责任单位 | 一季度目标 | 进展情况 |\n1 | 新改扩建公办中小学校1所 | 教体局 | 室内安装 | 柯桥中学管理教学团队赴江山中学交流。 |\n2 | 结对帮扶学校2所 | 教体局 | 互派人员到位 | 3月23日,平阳县鳌江中学骨干教师赴鲁迅中学,柯桥中学教师参加。 |\n';
    expect(meta(text).region).toBe('柯桥区');
  });
});

describe('round 58 page and signature forms (disclosure bullets, site header, short office, signer after attachment)', () => {
  it('中原区 (henan-zhongyuan-xianjiezijin.txt): a disclosure block that lost its labels, a bullet a field', () => {
    const text = '• 005267281/2023-00013\n  • 中原区农业农村工作委员会\n  • 财政衔接\n  • 2023-11-03\n  • 2023-11-03\n中原区2023年第二批中央和省级财政衔接推进乡村振兴补助资金情况的公告公示\n2023年6月6日,我区收到下达中央和省级财政衔接资金50万元。\n';
    expect(meta(text)).toEqual({ region: '中原区', issuer: '中原区农业农村工作委员会', date: '2023-11-03' });
  });
  it('嵊州 (zhejiang-shengzhou-xianjinzhizao.txt): the site’s name over the page’s field block is not the issuer', () => {
    const text =
      '嵊州市人民政府\n索 引 号: 11330683002584812B/2024-102628 主题分类: 其他\n发布机构: 市政府办公室 公开日期: 2024-03-13 20:34:05\n有效性: 有效 发文字号:  嵊政办〔2024〕11号\n\n嵊州市人民政府办公室关于印发嵊州市“4173”先进制造业强市建设专项政策的通知\n各乡(镇)人民政府、街道办事处,市政府部门:\n现印发给你们,请结合实际认真贯彻执行。\n嵊州市人民政府办公室\n2024年2月29日\n';
    expect(meta(text).issuer).toBe('嵊州市人民政府办公室');
  });
  it('大冶 (hubei-daye-xianjiezijin.txt): the signer run into the attachment line above the date; an office by its short name', () => {
    const text =
      '根据文件精神,省财政厅下达我市补助资金1000万元,现将资金分配和项目实施计划予以公告(具体见附件)。\n公告时间:2024年8月9日—2024年8月18日。\n附件:大冶市2024年度省级财政衔接推进乡村振兴补助资金项目计划安排表\n市委农办\n2024年8月9日\n';
    expect(meta(text)).toMatchObject({ issuer: '市委农办', date: '2024-08-09' });
  });
  it('a gazette’s sponsor line (咸宁市人民政府主办) signs nothing', () => {
    const text = '咸宁市人民政府主办\n2020年第2号(总第55号)\n关于印发咸宁市城市生活垃圾处理收费管理办法的通知\n各县、市、区人民政府:\n现印发给你们。\n';
    expect(meta(text).issuer).not.toBe('咸宁市人民政府主办');
  });
});

describe('a prefecture’s notice that never names itself but names two of its counties (prefecture by its counties)', () => {
  it('阿坝 (sichuan-aba-xiangcunzhenxing.txt): 州委, 州级财政; 汶川县 and 红原县 named as recipients', () => {
    const text =
      '为落实州委“一州两区三家园”战略部署,支持全面推进我州“乡村振兴”战略。近日,州级财政下达奖补资金3100万元,用于激励乡村振兴战略实绩考核工作。此次奖补共涉及县、乡(镇)村三级,州乡村振兴成效显著县1个(汶川县),激励奖补500万元(升级补差);州重点帮扶优秀县1个(红原县),激励奖补1000万元。\n';
    expect(meta(text).region).toBe('阿坝藏族羌族自治州');
  });
  it('a county’s notice with a title line stays the county’s', () => {
    const text = '成都市双流区支持工业高质量发展若干政策\n对在双流区新落户的工业企业给予奖励。全区工业企业…\n';
    expect(meta(text).region).toBe('双流区');
  });
});

describe('a page field 公文时效 (validity) before the title (field label)', () => {
  it('驻马店 (henan-zhumadian-xiangcunfumin.txt): 成文日期 2025-08-14 公文时效 有效 over the title', () => {
    const text =
      '索 引 号 059422325-0482-2025-04016\n主题分类\n发布机构\n文  号 驻政办〔2025〕23号\n成文日期 2025-08-14\n公文时效 有效\n驻马店市人民政府办公室关于印发驻马店市乡村富民产业发展行动方案(2025—2027年)的通知\n各县区人民政府:\n现印发给你们,请认真贯彻执行。\n';
    expect(meta(text)).toMatchObject({ issuer: '驻马店市人民政府办公室', date: '2025-08-14' });
  });
});
