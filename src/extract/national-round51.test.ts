import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { deadlineRows } from './fixture-table.js';

// Round 51 classes, each with the dev sentence that showed it (ANNOTATION round 51) and forms of other provinces.
const deadlines = deadlineRows;
const thresholds = (text: string) => extractValues(text, '2021-02-24').thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
const meta = (text: string) => {
  const [d] = documentsOfPlainText(text);
  return [d.issuer, d.region];
};

describe('a window whose days carry their hour (clock in a range)', () => {
  it.each([
    // 上海 浦东 (shanghai-pudong-cutouzi.txt)
    ['网上申报的受理时间为2024年10月31日9:00时至2024年11月4日9:00时。', ['2024-10-31..2024-11-04']],
    // other ways of writing the hour
    ['申报时间为2025年11月6日(星期四)上午9时至11月19日(星期三)17时。', ['2025-11-06..2025-11-19']],
    ['报名时间:2023年5月8日8:30—5月12日17:30', ['2023-05-08..2023-05-12']],
    ['受理时间:2022年3月1日9点至2022年3月15日17点', ['2022-03-01..2022-03-15']],
    ['申报时间为2024年6月3日08:00:00至2024年6月20日18:00:00(北京时间)', ['2024-06-03..2024-06-20']],
  ])('%s', (s, want) => expect(deadlines(s, '2024-11-02')).toEqual(want));
});

describe('前N年 before the figure a condition measures over them (measured years)', () => {
  it.each([
    // 上海 奉贤 (shanghai-fengxian-kejixiaojuren.txt)
    ['企业上年度主营业务收入在3000万元以上,且前三年产品年销售收入或净利润的复合增长率达到20%以上', []],
    // 浙江 长兴 (zhejiang-changxing-gongyejingji.txt)
    ['当年增值税增幅10%及以上的,以前三年平均数为基数,按当年度增值税县得部分增量的40%单项结算给所在乡镇', []],
    ['企业前三年累计研发投入不低于500万元', []],
    ['企業上年度主營業務收入在3000萬元以上,且前三年產品年銷售收入或淨利潤的複合增長率達到20%以上', []],
    // a grant's span stays one
    ['前三年每年给予10万元租金补贴', ['relative']],
    ['项目投产后前三年按其缴纳税收的50%给予奖励', ['relative']],
    ['前两年按100%、后三年按50%给予补助', ['relative', 'relative']],
  ])('%s', (s, want) => expect(deadlines(s, '2025-06-09')).toEqual(want));
});

describe('the days to object to a 公示 (objection period)', () => {
  it.each([
    // 辽宁 于洪 (liaoning-yuhong-sheshinongye.txt)
    ['现面向社会公告,公告期限为2021年2月23日至2021年3月2日,公告期7天,如对该项目补助有质疑,请在七天内联系相关部门。', ['2021-02-23..2021-03-02']],
    ['对公示内容有异议的,请在公示之日起5个工作日内向我局提出。', []],
    ['如有异议,请于5日内以书面形式向区工信局反映。', []],
    // traditional characters
    ['公告期7天,如對該項目補助有質疑,請在七天內聯繫相關部門。', []],
    // a limit with no objection stays one
    ['企业应在收到通知后15个工作日内提交材料。', ['relative']],
  ])('%s', (s, want) => expect(deadlines(s, '2021-02-24')).toEqual(want));
});

describe('a day opening a sentence that tells when funds moved (funds moved)', () => {
  it.each([
    // 新疆 精河 (xinjiang-jinghe-zijinfenpei.txt), 塔城 (xinjiang-tacheng-xianjiezijin.txt), 宁夏 沙坡头 (ningxia-shapotou-minzufazhanzijin.txt)
    ['2024年12月,博州财政局提前下达精河县中央、自治区财政衔接推进乡村振兴补助资金7023万元,上年结余17.49万元', []],
    ['2025年11月14日塔城市安排2025年财政衔接结余资金(第三批)共计50.2万元', []],
    ['2021年我部收到少数民族发展项目资金总计598万元。', []],
    // a limit by which funds move stays one
    ['2024年6月底前拨付资金。', ['2024-06']],
    ['各县区于2024年6月30日前下达资金。', ['2024-06-30']],
  ])('%s', (s, want) => expect(deadlines(s, '2025-01-01')).toEqual(want));
});

describe('年初 opening a quoted step (year start in quotes)', () => {
  it.each([
    // 宁夏 兴庆 (ningxia-xingqing-mubiaorenwu.txt)
    ['各责任单位要严格遵循“年初公布、年中检查、年底兑现、接受监督”的原则', ['2018-01', '2018-12']],
    ['兴庆区政府办公室将严格按照“年初建账、逐月查账、年底交账”的督查制度', ['2018-01', '2018-12']],
    // a figure of the year's start stays none
    ['严格执行“年初预算”。', []],
  ])('%s', (s, want) => expect(deadlines(s, '2018-08-16')).toEqual(want));
});

describe('a size band before a grant by the unit it counts (per-unit grant)', () => {
  it.each([
    // 辽宁 于洪 (liaoning-yuhong-sheshinongye.txt)
    ['秋家村新建温室审核面积102亩,按照文件规定,新建设施内温室面积达到100亩-200亩,每亩补贴2.5万元。', [[100, 200, '亩']]],
    ['新建设施内冷棚面积达到100亩-200亩,每亩补贴0.6万元。', [[100, 200, '亩']]],
    ['种植面积达到50亩以上,每亩奖励300元。', [[50, null, '亩']]],
    ['新建厂房面积在1000平方米至5000平方米,每平方米补助100元。', [[1000, 5000, '平方米']]],
  ])('%s', (s, want) => expect(thresholds(s)).toEqual(want));
});

describe('a 盟 or 地区 signed by its 行政公署, a 公示 by its 公告单位 (issuer)', () => {
  it('锡林郭勒 (neimenggu-xilinguole-fazhanjihua.txt)', () => {
    expect(meta('锡林郭勒盟行政公署关于下达2018年全盟国民经济和社会发展计划的通知\n锡署发〔2018〕50号\n各旗县市(区)人民政府(管委会):\n现予下达,请结合实际认真贯彻落实。\n锡林郭勒盟行政公署\n2018年5月22日\n')).toEqual(['锡林郭勒盟行政公署', '锡林郭勒盟']);
  });
  it('于洪 (liaoning-yuhong-sheshinongye.txt): the field at the foot', () => {
    expect(meta('关于于洪区新建设施农业项目拟补贴事宜的公告\n2021年02月24日\n拟补贴资金544.6万元。\n现面向社会公告,公告期限为2021年2月23日至2021年3月2日。\n公告单位:于洪区农业农村局\n地址:沈阳市于洪区洪湖街19-5号\n')[0]).toBe('于洪区农业农村局');
    expect(meta('关于2023年度专精特新企业奖补资金的公示\n现将拟奖补企业名单公示如下。\n公示单位：平阳县经济和信息化局\n')[0]).toBe('平阳县经济和信息化局');
  });
});

describe('a page flattened to one line: its title runs into a page field, its signature into the attachments (one-line page)', () => {
  // 北京 经开区 (beijing-jingkaiqu-yanfajigou.txt): the whole notice on one line, spaces between its parts.
  const PAGE =
    '关于开展北京经济技术开发区企业研发机构专项奖励申报的通知发表时间:2021-03-11 19:18 各相关企业: 为贯彻落实《北京经济技术开发区支持高精尖产业人才创新创业实施办法》的工作要求,现开展北京经济技术开发区企业研发机构专项奖励申报工作,通知如下: 一、申报时间 自2021年3月10日至2021年3月16日期间通过经开区官网政务服务栏目中政策兑现模块进入政策兑现综合服务平台,注册登录后进行项目申报。如未在规定时间内提交申请的,视为自动放弃。 二、申报详情 详见《办事指南》。 经开区科技创新局 2021年3月10日 附件1:企业研发机构专项奖励事项办事指南\n';
  const clauses = (text: string) => extractDocument(documentsOfPlainText(text)[0]);
  it.each([
    ['as written', PAGE],
    ['发布时间 and a full-width colon', PAGE.replace('发表时间:', '发布时间：')],
    ['a date written with 年月日', PAGE.replace('2021-03-11 19:18', '2021年3月11日')],
  ])('the body starts after the field and the addressees; the window is read; the signing day is no limit (%s)', (_n, text) => {
    const got = clauses(text);
    expect(got[0].text.startsWith('为贯彻落实')).toBe(true);
    const limits = got.flatMap((c) => c.deadlines.map((d) => `${d.from}..${d.date}`));
    expect(limits).toEqual(['2021-03-10..2021-03-16']);
  });
});

describe('a money column split into parts by a second header row (money sub-columns)', () => {
  const amounts = (text: string) =>
    extractDocument(documentsOfPlainText(text)[0]).flatMap((c) => c.amounts.map((a) => [a.yuan, a.role]));
  // 新疆 塔城 (xinjiang-tacheng-xianjiezijin.txt)
  const TACHENG =
    '塔城市2025年财政衔接结余资金(第三批)项目公告公示\n三、资金安排使用情况\n' +
    '项目序号 | 项目名称 | 建设地点 | 建设任务 | 责任单位 | 责任人 | 资金规模(万元) | |||\n' +
    '小计 | 中央衔接资金 | 自治区衔接资金 | 备注(其他资金名称) | ||||||\n' +
    '塔城市合计2个 | 50.2 | 48.895579 | 1.304421 | 0 | |||||\n' +
    '1 | 塔城市博孜达克镇路南社区速冻库改造项目 | 塔城市农产品集聚区 | 改造速冻库一间,安装压缩机、冷凝机、冷风机等附属设施 | 博孜达克镇人民政府 | 包智康 | 49 | 48.891626 | 0.108374 | 2025年结余资金 |\n';
  it('塔城: the 合计 row’s parts are totals, a project’s parts its own', () => {
    expect(amounts(TACHENG)).toEqual([
      [502000, 'total'], [488955.79, 'total'], [13044.21, 'total'],
      [490000, 'fixed'], [488916.26, 'fixed'], [1083.74, 'fixed'],
    ]);
  });
  it('another split: 合计 | 中央资金 | 省级资金 | 市县资金 (no remark column)', () => {
    const text =
      '关于下达2024年衔接资金项目计划的通知\n' +
      '序号 | 项目名称 | 建设内容 | 实施单位 | 资金规模(万元) | | | |\n' +
      '合计 | 中央资金 | 省级资金 | 市县资金 |\n' +
      '1 | 红星村产业路建设项目 | 新建产业路3公里 | 红星镇人民政府 | 120 | 80 | 30 | 10 |\n';
    expect(amounts(text)).toEqual([[1200000, 'fixed'], [800000, 'fixed'], [300000, 'fixed'], [100000, 'fixed']]);
  });
});

describe('the year of the work report and practical projects a lead-in hands down (handed-down year)', () => {
  it.each([
    // 宁夏 兴庆 (ningxia-xingqing-mubiaorenwu.txt): three years, three lists handed down
    ['根据2018年《政府工作报告》主要目标任务和银川市2018年为民办实事、兴庆区2018年民生十件实事内容,结合兴庆区政府班子成员职责分工,将各项工作任务分解(详见附件),现就有关事宜通知如下:', ['2018', '2018', '2018']],
    ['为确保2018年为民办实事项目落实到位,现将任务分解如下。', ['2018']],
    // a year described stays none; a report's tasks reported on, with nothing handed down, stay none
    ['2018年为决胜之年。', []],
    ['2018年《政府工作报告》主要目标任务完成情况', []],
  ])('%s', (s, want) => expect(deadlines(s, '2018-08-16')).toEqual(want));
});

describe('a start given as a quarter, and a recurring limit in a quarter’s month written in digits (quarter start, recurring limit)', () => {
  it.each([
    // 湖北 武汉 (hubei-wuhan-mubiaozerenfenjie.txt)
    ['从2023年第二季度起,各牵头单位要在每个季度第1个月的20日前,将责任事项完成情况报市人民政府督查室。', ['2023-04', 'ongoing']],
    ['每季度第一个月10日前报送进展情况。', ['ongoing']],
  ])('%s', (s, want) => expect(deadlines(s, '2023-03-01')).toEqual(want));
});
