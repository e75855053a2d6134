import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Classes found on the dev notices of round 94 (twenty-fourth session: 23 notices from dev provinces, read before their rules), each
// with the dev text that showed it (file named) and the same form from another province's page.

const clausesOf = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();
const roles = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);
const spans = (s: string) => extractValues(s).deadlines.map((d) => [d.raw, d.kind ?? d.date]);
const unitsOf = (text: string) => clausesOf(text).map((c) => c.units);
const withDeadlines = (text: string) => clausesOf(text).map((c) => [c.text.slice(0, 8), c.deadlines.map((d) => d.raw)]);

describe('a policy portal\'s catalogue fields and social buttons are page metadata, the title written again with another dash is title (portal fields)', () => {
  it('盐城 (jiangsu-yancheng-shuzijingji.txt): the plan\'s term goes on the first sentence, no field becomes a clause', () => {
    const text =
      '盐城市数字经济发展三年行动计划(2022-2024年)\n\n发布时间:2022-08-12\n\n政策级别:市级\n\n发文部门:盐城市工业和信息化局\n\n政策主题:引导扶持\n\n点赞\n\n收藏\n\n转发\n\n' +
      '盐城市数字经济发展三年行动计划(2022—2024年)\n\n为深入贯彻落实党中央、国务院和省委、省政府决策部署,抢抓新机遇,培育新动能,加快推动全市经济社会数字化转型,结合我市实际,制定本行动计划。\n\n' +
      '(二)发展目标\n\n到2024年,数字经济成为驱动全市经济发展的新引擎,数字产业加快发展。';
    expect(withDeadlines(text)).toEqual([
      ['为深入贯彻落实党', ['2022-2024年']],
      ['到2024年,数', ['到2024年']],
    ]);
  });
  it('扬州经开区 (jiangsu-yangzhoujingkaiqu-zhigaishuzhuan.txt): the same portal over a cover notice', () => {
    const text =
      '关于印发《扬州经开区关于加快制造业智能化改造数字化转型网络化联接的若干措施》的通知\n\n发布时间:2024-07-22\n\n政策级别:市级\n\n发文部门:扬州市人民政府\n\n政策主题:引导扶持\n\n点赞\n\n收藏\n\n转发\n\n' +
      '关于印发《扬州经开区关于加快制造业智能化改造数字化转型网络化联接的若干措施》的通知\n\n各部门,镇(街道),产业园区,有关单位:\n\n《扬州经开区关于加快制造业智能化改造数字化转型网络化联接的若干措施》已经党工委研究同意,现予以印发,请认真贯彻落实。';
    expect(clausesOf(text).map((c) => c.text.slice(0, 6))).toEqual(['各部门,镇(', '《扬州经开区']);
  });
  it('a catalogue field of another portal alone on its line (主题分类, 索引号) is no clause either', () => {
    const text = '某县关于支持工业发展的若干措施\n索引号:11N000/ZK-2023-000021\n主题分类:工业\n一、对新投产项目给予50万元奖励。';
    expect(clausesOf(text).map((c) => c.text)).toEqual(['对新投产项目给予50万元奖励。']);
  });
});

describe('a unit list whose note goes on to another field after a comma keeps its 等 off (unit list before a field)', () => {
  it.each([
    // 盐城 (jiangsu-yancheng-shuziyancheng.txt)
    ['某市工作要点\n2.构建数字化制度规范体系。组织开展规划预研。(责任部门:市数据局、市发改委等按职责分工负责,完成时间:2025年3月底前)', [['市数据局', '市发改委']]],
    // the same list under two labels, the time field after a semicolon
    ['某市工作要点\n2.构建体系。组织开展规划预研。(牵头单位:市数据局;配合单位:市发改委、市财政局等按职责分工负责;完成时限:2025年3月底前)', [['市数据局', '市发改委', '市财政局']]],
  ])('%s', (text, want) => expect(unitsOf(text)).toEqual(want));
});

describe('a span given as a range of years is one relative span (span ranges)', () => {
  it.each([
    // 鹤壁 (henan-hebi-chanyejijuqu.txt): a loan's interest subsidised for the span, not the loan's term
    ['由企业隶属市、县区给予1—2年银行贷款贴息支持', [['1—2年', 'relative']]],
    // 吉林省 (jilin-jilinsheng-nongchanpinjiagong.txt)
    ['利用5至10年时间,推动农业及农产品加工业和食品产业产值接近万亿级规模。', [['5至10年时间', 'relative']]],
    // forms: a hyphen, 到
    ['力争用3到5年时间建成', [['3到5年时间', 'relative']]],
    ['利用3-5年时间,推动产值达到1000亿元。', [['3-5年时间', 'relative']]],
    // still none: a loan's own term
    ['给予不超过20年的中长期贷款支持', []],
  ])('%s', (s, want) => expect(spans(s)).toEqual(want));
});

describe('a fund\'s size, a sum of budgets, the parts of a per-recipient grant (fund sizes and parts)', () => {
  it.each([
    // 鹤壁 (henan-hebi-chanyejijuqu.txt): a fund's starting size is its budget
    ['市产业集聚区发展专项资金起始规模3000万元,县区产业集聚区发展专项资金起始规模不低于1000万元;', [[30000000, 'total'], [10000000, 'total']]],
    // 楚雄 (yunnan-chuxiong-jiaokuaifazhan.txt): the sum of two budgets is a budget
    ['确保州财政预算内安排的5000万元和市场化筹措的5000万元共计1亿元重大建设项目前期工作经费尽快拨付到位', [[50000000, 'total'], [50000000, 'total'], [100000000, 'total']]],
    // 彰武 (liaoning-zhangwu-jitijingji.txt): each level's part of a grant per village is granted as it is; the sum after is the budget
    ['补助标准为每个村不低于100万元,其中,中央财政资金30万元,省级财政资金50万元,不足部分由市县财政补助,共计划投入各级财政资金600万元。', [[1000000, 'fixed'], [300000, 'fixed'], [500000, 'fixed'], [6000000, 'total']]],
    // still a grant: a floor on funds given (衢州, zhejiang-quzhou-gaozhiliang.txt)
    ['支持高能级科创平台科技攻关经费不低于8000万元。', [[80000000, 'fixed']]],
  ])('%s', (s, want) => expect(roles(s)).toEqual(want));
});

describe('a list of years each with its 年 takes its last year\'s reading (year lists)', () => {
  it.each([
    // 广东省 (guangdong-guangdongsheng-chanyezhuanchu.txt): the years an assessment measured are none, as the last (年度) is; the years
    // paid in are deadlines
    ['对2010年、2011年、2012年度产业转移目标责任考核评价中名列前两位的珠三角地级以上市政府,省财政分别于2011年、2012年、2013年按每市5000万元一次性给予奖励。', [['2011年', '2011'], ['2012年', '2012'], ['2013年', '2013']]],
    // lists whose last year is a deadline keep every year
    ['到2024年、2025年分别达到100亿元、120亿元。', [['到2024年', '2024'], ['2025年', '2025']]],
    ['2023年、2024年底前完成改造。', [['2023年', '2023'], ['2024年底前', '2024-12']]],
  ])('%s', (s, want) => expect(extractValues(s).deadlines.map((d) => [d.raw, d.date])).toEqual(want));
});

describe('conditions: a bound relaxed for some applicants, a rank chained to a bounded figure, a size class counted around it (conditions)', () => {
  const thresholds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
  const rates = (s: string) => extractValues(s).rates.map((r) => r.value);
  it.each([
    // 东莞 (guangdong-dongguan-jiuye.txt, traditional; the national 稳岗返还 form): the lay-off rate the applicant must stay under
    ['放宽返还条件,对参保职工30人(含)以下的企业,裁员率放宽到不超过企业职工总数20%;', [[null, 30, '人'], [null, 0.2, '%']], []],
    ['放寬返還條件,對參保職工30人(含)以下的企業,裁員率放寬到不超過企業職工總數20%;', [[null, 30, '人'], [null, 0.2, '%']], []],
    // still a rate: a grant's share relaxed
    ['补助比例放宽至不超过50%', [], [0.5]],
    // 吉林省 (jilin-jilinsheng-pengshidaxian.txt): a bounded area, then a rank, then the applicant
    ['对各地年度新建温室、大棚面积累计达1000亩以上,全省综合建设排名前3位的县(市、区)一次性补助500万元', [[1000, null, '亩'], [null, 3, '位']], []],
    // 临沂 (shandong-linyi-xianjingongye.txt): a size class without 元, counted before it
    ['到2026年,打造形成木业、食品、冶金、机械4个过千亿产业集群', [[100000000000, null, '元']], []],
    // 鄞州 (zhejiang-yinzhou-xinxinggongyehua.txt): a size class whose bound follows it, counted after
    ['数字经济核心产业增加值、十亿以上企业数量实现较大跨越。', [[1000000000, null, '元']], []],
    // still none: a scale with no bound word
    ['打造2个千亿级产业集群', [], []],
  ])('%s', (s, want, wantRates) => {
    expect(thresholds(s)).toEqual(want);
    expect(rates(s)).toEqual(wantRates);
  });
});

describe('grades listed before the head the last one writes after its 级 pair each with that head (graded objects)', () => {
  const objects = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.object]);
  it.each([
    // 桐庐 (zhejiang-tonglu-wenlvti.txt): the grade's 评定 is no part of the object
    ['新评定为国家3A、4A、5A级旅游景区,分别给予一次性20万元、30万元、100万元奖励;', [[200000, '国家3A级旅游景区'], [300000, '4A级旅游景区'], [1000000, '5A级旅游景区']]],
    ['新评定的二星、三星、四星、五星级饭店,分别给予一次性3万元、20万元、50万元、100万元奖励;', [[30000, '二星级饭店'], [200000, '三星级饭店'], [500000, '四星级饭店'], [1000000, '五星级饭店']]],
    // 赤壁 (hubei-chibi-wenlvxiaofei.txt): grades written with their 级, the head's 标准的 and remark left out
    ['对新评定为国家五星级、四星级、三星级标准的旅游星级饭店(规上企业),分别给予50万元、30万元、10万元奖励', [[500000, '国家五星级旅游星级饭店'], [300000, '四星级旅游星级饭店'], [100000, '三星级旅游星级饭店']]],
    // levels keep their own reading (国家级、省级、市级 …)
    ['对获得国家级、省级、市级专精特新企业,分别给予50万元、30万元、10万元奖励', [[500000, '国家级专精特新企业'], [300000, '省级专精特新企业'], [100000, '市级专精特新企业']]],
  ])('%s', (s, want) => expect(objects(s)).toEqual(want));
});

describe('the year\'s work named before a comma and its stance; a scale approached with 级 (year\'s work, scales)', () => {
  it.each([
    // 盐城 (jiangsu-yancheng-shuziyancheng.txt): the year the work plan sets
    ['2024年数字盐城工作,紧扣国家数字化发展战略,贯彻落实《数字中国建设整体布局规划》决策部署', [['2024年', '2024']]],
    // 十堰's form without the comma, as before
    ['2024年全市“三农”工作坚持以习近平新时代中国特色社会主义思想为指导', [['2024年', '2024']]],
  ])('%s', (s, want) => expect(extractValues(s, '2024-03-01').deadlines.map((d) => [d.raw, d.date])).toEqual(want));
  it.each([
    // 吉林省 (jilin-jilinsheng-nongchanpinjiagong.txt)
    ['利用5至10年时间,推动农业及农产品加工业和食品产业产值接近万亿级规模。', [[1000000000000, 'target']]],
    ['尽快形成千亿规模。', [[100000000000, 'target']]],
    // still none: a scale naming what is built
    ['建设五百亿规模的产业基地', []],
  ])('%s', (s, want) => expect(roles(s)).toEqual(want));
});
