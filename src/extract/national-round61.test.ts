import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractDocuments, extractValues } from './extract.js';
import { splitUnitList } from './units.js';

/** Every clause of a text read as a whole file (its documents in order). */
const docClauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();

// Round 61 classes (thirteenth session), each with the dev sentence that showed it and forms of other provinces.
const clauses = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0]).map((c) => ({
    text: c.text,
    units: c.units,
    deadlines: c.deadlines.map((d) => d.date ?? d.raw),
  }));

describe('zones listed before one zone’s committee share it (zones’ committee)', () => {
  it.each([
    // 徐州 (jiangsu-xuzhou-shuzijingji.txt): a 港务区's committee, three full zone names before it
    ['市工信局、各县(市、区)人民政府、徐州经济技术开发区、徐州高新技术产业开发区、徐州淮海国际港务区管委会', ['市工信局', '各县(市、区)人民政府', '徐州经济技术开发区、徐州高新技术产业开发区、徐州淮海国际港务区管委会']],
    // 金华 (as before): 经济区管委会
    ['市发改委、金华开发区、金义都市新区、金华山旅游经济区管委会', ['市发改委', '金华开发区、金义都市新区、金华山旅游经济区管委会']],
    // a resort zone's committee (山东 临沂 form)
    ['区财政局、河东经济开发区、汤头温泉旅游度假区管委会', ['区财政局', '河东经济开发区、汤头温泉旅游度假区管委会']],
    // a zone's committee alone after a body of its own stays apart
    ['市商务局、高新区管委会', ['市商务局', '高新区管委会']],
    // two committees each written in full stay two
    ['高新区管委会、经开区管委会', ['高新区管委会', '经开区管委会']],
  ])('%s', (list, want) => expect(splitUnitList(list, 0, false).map((u) => u.name)).toEqual(want));
});

describe('a task list set on one long line, items apart by spaces (run-on items)', () => {
  // 海盐 (zhejiang-haiyan-zerenfenjie.txt): the cover, the signature, the list's title and its items on one line
  const line =
    '各镇人民政府(街道办事处),县政府各部门、直属各单位: 《政府工作报告2022年重点工作责任分解》已经县政府讨论确定,现印发给你们,请认真贯彻执行。 2022年是新一届政府的开局之年。各级各部门要高度重视,确保按时完成既定的目标任务,以优异成绩迎接党的二十大胜利召开。 海盐县人民政府办公室 2022年4月18日 (此件公开发布) 政府工作报告2022年重点工作责任分解 一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局、县农业农村局 2.落实党政机关过紧日子的要求,努力降低行政运行成本。 责任单位:县财政局 二、曹惠明常务副县长牵头重点工作 1.坚持县政府常务会议集体学法,提高决策科学化民主化水平。 责任单位:县司法局\n';
  const got = clauses('海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知\n' + line);
  it.each([
    ['全县生产总值增长7.5%左右', ['县发改局', '县财政局', '县税务局', '县农业农村局']],
    ['落实党政机关过紧日子的要求', ['县财政局']],
    ['坚持县政府常务会议集体学法', ['县司法局']],
    // the cover's sentences above the first item carry no item's note
    ['2022年是新一届政府的开局之年', []],
  ])('%s → %j', (inClause, units) => expect(got.find((c) => c.text.includes(inClause))?.units).toEqual(units));
  it('the signing date before its remark is no deadline, whatever follows the remark', () => {
    expect(got.filter((c) => c.text.includes('2022年4月18日')).flatMap((c) => c.deadlines)).toEqual([]);
  });

  it('思明 (fujian-siming-huizhan.txt): an item’s short heading on the run-on line is no part of its sentence', () => {
    const text =
      '关于印发思明区促进会展业发展若干措施的通知\n' +
      '一、鼓励展览举办 (一)培育奖励 展览面积6000-8000平方米(不含8000平方米)、8000-10000平方米(不含10000平方米)的,每届分别给予20万元、25万元奖补。 (二)规模奖励 展览面积10000-60000平方米(不含60000平方米)的,每届给予基础奖补30万元,超过10000平方米的部分每增加2000平方米增加奖补5万元,每届最高不超过200万元。 (三)引进奖励 对在厦门市外稳定连续开展4届以上的展览首次在我区举办的,在上述奖补基础上再给予10%的奖补。 二、鼓励会议举办 (一)规模会议 对会期1天及以上、参会人数达150人及以上的境内会议,给予每场会议20%的补贴。 (二)国际会议 对国际会议给予补贴。\n';
    const texts = clauses(text).map((c) => c.text.replace(/\s/g, ''));
    expect(texts.some((t) => t.startsWith('展览面积10000-60000平方米'))).toBe(true);
    expect(texts.some((t) => t.startsWith('对会期1天及以上'))).toBe(true);
  });
});

const deadlinesOf = (text: string, year = 2023) =>
  docClauses(`关于印发若干措施的通知\n${text}\n${year}年1月5日\n`).flatMap((c) => c.deadlines.map((d) => d.date ?? d.raw));

describe('a year whose funds get a rate set for it (year of a funds rate)', () => {
  it.each([
    // 金东 (zhejiang-jindong-gaozhiliang.txt)
    ['全力做好中央预算内项目储备和申报,2023年争取的中央资金使用率达65%以上。', ['2023']],
    // the same form with its progress (a 2024 notice's form)
    ['2023年专项资金支出进度不低于90%。', ['2023']],
    // a fund named without any figure set for its year stays a name
    ['积极争取2023年提前批债券额度。', []],
  ])('%s → %j', (text, want) => expect(deadlinesOf(text)).toEqual(want));
});

describe('the span an effort takes, named with its manner (effort span)', () => {
  it.each([
    // 临沧 (yunnan-lincang-xinxinggongyehua.txt)
    ['通过三年合力攻坚,到2022年,实现存量调优、增量发展。', ['三年', '2022']],
    ['经过两年的不懈努力,全市工业总产值突破千亿元。', ['两年']],
    ['力争通过3年集中攻坚,基本完成老旧小区改造。', ['3年']],
    // a year is no span
    ['通过2022年集中攻坚,完成改造任务。', ['2022']],
  ])('%s → %j', (text, want) => expect(deadlinesOf(text, 2020)).toEqual(want));
});

describe('a bound mark, then the currency word, then the bound (currency after the mark)', () => {
  it.each([
    // 黄石 (hubei-huangshi-zhaoshangjiangli.txt)
    ['年上交税收在1000万元(含1000万元)人民币以上的项目。', [['年上交税收', 10000000, 'min']]],
    ['年上交税收在1000万元(含)人民币以上的项目。', [['年上交税收', 10000000, 'min']]],
    ['合同外资额500万美元(含)以上的项目。', [['合同外资额', 5000000, 'min']]],
  ])('%s', (text, want) => {
    const [c] = docClauses('关于招商的意见\n' + text + '\n');
    expect(c.amounts).toEqual([]);
    expect(c.thresholds.map((t) => [t.metric, t.min, t.min !== undefined ? 'min' : 'max'])).toEqual(want);
  });
});

describe('years listed before the one that carries their 年 (year list)', () => {
  it.each([
    ['到2024、2025年分别达到100家、120家。', ['2024', '2025']],
    ['确保2023和2024年实现翻番。', ['2023', '2024']],
    ['到2023、2024、2025年分别达到100家、120家、150家。', ['2023', '2024', '2025']],
    // each year with its own 年 as before
    ['2022年、2023年分别完成投资10亿元、12亿元。', ['2022', '2023']],
  ])('%s → %j', (text, want) => expect(deadlinesOf(text, 2022)).toEqual(want));
});

describe('a time field moved to a new day, its year the notice’s (moved field)', () => {
  it.each([
    // 广西科技厅 (guangxi-zizhiqu-xinnengyuanqiche.txt)
    ['专业机构对申报材料形式审查的截止时间调整为5月15日,未能一次性通过形式审查的项目须在5月20日前完成补正。', ['2023-05-15', '2023-05-20']],
    ['申报截止日期延长至6月30日。', ['2023-06-30']],
    ['申报截止时间为5月30日17:00。', ['2023-05-30']],
  ])('%s → %j', (text, want) => expect(deadlinesOf(text)).toEqual(want));
});

describe('a short heading before the first item on a run-on line (heading then item)', () => {
  it('成都 (sichuan-chengdu-shenbaoliucheng.txt): 申报流程 (一)申报单位申报。申报单位应于…前…', () => {
    const text =
      '申报流程 (一)申报单位申报。申报单位应于2024年7月30日(星期二)前将胶印成册的申报书纸质版和PDF扫描件报送至所在区(市)县工业和信息化主管部门。 (二)区(市)县审核。各区(市)县工业和信息化主管部门应于2024年8月2日(星期五)日前对申报材料进行审核。\n';
    expect(deadlinesOf(text, 2024)).toEqual(['2024-07-30', '2024-08-02']);
  });
});

describe('round 62 classes', () => {
  const one = (text: string) => docClauses('关于印发若干措施的通知\n' + text + '\n2022年12月2日\n');
  it('甘孜 (sichuan-ganzi-shenggui.txt): 逗号之前为牵头单位,下同 explains the list and names no body (comma mark)', () => {
    const [c] = one('一、对小微企业首次升级为规模以上工业、服务企业的,州级财政给予一次性奖励20万元。(责任单位:州经济信息化局,州商务合作局、州财政局。逗号之前为牵头单位,下同)');
    expect(c.units).toEqual(['州经济信息化局', '州商务合作局', '州财政局']);
  });
  it.each([
    // 甘孜: a span held without a break and bounded is a condition, no deadline
    ['连续在库三年以上的规模以上民营服务业企业,给予一次性奖励10万元。', [['连续在库', 3, '年']], []],
    // a grant's span stays a deadline
    ['对新落户企业连续补贴3年,每年最高10万元。', [], ['连续补贴3年']],
  ])('%s', (text, th, dl) => {
    const cs = one(text);
    expect(cs.flatMap((c) => c.thresholds.map((t) => [t.metric, t.min, t.unit]))).toEqual(th);
    expect(cs.flatMap((c) => c.deadlines.map((d) => d.raw))).toEqual(dl);
  });
  it.each([
    // 山东省 电子商务: the level that pays stands between the step and its grant
    ['对当年实现实物商品网络零售额1亿元以上企业,每实现1万元,省财政最高给予2元流量补贴,每家企业最高补贴100万元。', [100000000, 10000], [2, 1000000]],
    ['每完成100万元交易额奖励1万元。', [1000000], [10000]],
  ])('%s (step with its payer)', (text, mins, yuan) => {
    const cs = one(text);
    expect(cs.flatMap((c) => c.thresholds.map((t) => t.min))).toEqual(mins);
    expect(cs.flatMap((c) => c.amounts.map((a) => a.yuan))).toEqual(yuan);
  });
  it.each([
    // 四川省 (sichuan-sichuansheng-nongtianshuili.txt): a quantity in 亿 of 斤, a band of floor and ceiling
    ['(一)2013年粮食产量6亿斤以上(含)的县(市、区):资中县、东兴区。', [[600000000, undefined, '斤']]],
    ['(二)2013年粮食产量3亿斤以上(含)6亿斤以下的县(市、区):通川区、兴文县。', [[300000000, 600000000, '斤']]],
    ['年用电量1亿度以上的企业,给予奖励。', [[100000000, undefined, '度']]],
  ])('%s (quantity in 亿, band)', (text, want) => {
    expect(one(text).flatMap((c) => c.thresholds.map((t) => [t.min, t.max, t.unit]))).toEqual(want);
  });
});

describe('round 63 classes', () => {
  it('虹口 楼宇 (shanghai-hongkou-louyujingji.txt): a step written 每增量 is a threshold, the grant capped after it (step word 增量)', () => {
    const cs = docClauses('关于楼宇经济的扶持办法\n2.年度区级贡献增量奖励。经楼宇绩效评审小组认定,与上一年相比,每增量1000万元,给予一定的奖励,最高不超过100万元。\n');
    expect(cs.flatMap((c) => c.thresholds.map((t) => t.min))).toEqual([10000000]);
    expect(cs.flatMap((c) => c.amounts.map((a) => [a.yuan, a.role]))).toEqual([[1000000, 'cap']]);
  });
});

describe('the year of the policy a cover sends, right before its title (year before a sent title)', () => {
  it.each([
    // 嵊州 (zhejiang-shengzhou-xianjinzhizao.txt)
    ['2024年度《嵊州市“4173”先进制造业强市建设专项政策》已经市政府同意,现印发给你们,请结合实际认真贯彻执行。', ['2024']],
    ['现将2024年度《区级产业扶持政策》印发给你们。', ['2024']],
    // a year before a title the sentence only cites stays none
    ['根据2023年度《考核办法》,对企业进行考核。', []],
  ])('%s → %j', (text, want) => expect(deadlinesOf(text, 2024)).toEqual(want));
});

describe('round 64 classes', () => {
  const one = (text: string) => docClauses('茂名市促进工业经济平稳增长行动方案\n' + text + '\n2022年5月6日\n');
  it('茂名 (guangdong-maoming-gongyewenzengzhang.txt): bodies named for every task, 不再逐项列出, their list ending at the role they are named to', () => {
    const [c] = one('(一)落实税前扣除政策。鼓励企业购置新设备,扩大再生产,并落实设备器具所得税前扣除政策。(市税务局,第一个为牵头部门,下同;各区(县级市)政府、经济功能区管委会为每项工作任务实施责任单位,不再逐项列出)');
    expect(c.units).toEqual(['市税务局', '各区(县级市)政府', '经济功能区管委会']);
  });
  it('茂名: the quarter a policy ran in names the policy, no period; its extension is a span (延续实施6个月)', () => {
    expect(one('将2021年四季度实施的制造业中小微企业延缓缴纳部分税费政策,延续实施6个月。').flatMap((c) => c.deadlines.map((d) => [d.raw, d.kind]))).toEqual([['延续实施6个月', 'relative']]);
  });
  it.each([
    // 山东省 县域经济 (shandong-shandongsheng-xianyujingji.txt): a size class whose number a target names, no figure
    ['县域一般公共预算收入稳步提升,超百亿元县(市、区)数量实现突破,政府债务风险总体可控。', [10000000000], []],
    ['到2025年,超亿元企业数量大幅增加。', [100000000], []],
    // a sum the target itself reaches stays an amount
    ['到2025年,全市工业投资突破100亿元。', [], [10000000000]],
  ])('%s (size class counted by its number)', (text, mins, yuan) => {
    const cs = one(text);
    expect(cs.flatMap((c) => c.thresholds.map((t) => t.min))).toEqual(mins);
    expect(cs.flatMap((c) => c.amounts.map((a) => a.yuan))).toEqual(yuan);
  });
});

describe('a signature and an attachment title run into one line (run-on signature)', () => {
  it.each([
    // 淮安 (jiangsu-huaian-weiminshishi.txt): a character the page lost between the body and the day; the attachment's title after its mark
    ['淮安市人民政府办公室?2020年1月23日(此件公开发布)附件2020年市政府为民办十件实事项目表', []],
    // an event's quoted name, its event word 系列赛 (虹口 2012)
    ['筹备区机关第九套广播操比赛、2012年“社区先生”和公务员系列赛。', []],
    // a year that sets the year's work stays one
    ['2020年完成市政府为民办十件实事项目。', ['2020']],
    // the years no misconduct may have happened in (江苏省 展会): measured, no deadline
    ['参展单位近三年无严重失信行为。', []],
    // a day of the month a recurring report is due on (中山 重点项目): each period's, ongoing
    ['上半月进展情况务必于当月13日前报送,下半月进展情况务必于当月29日前报送。', ['当月13日前', '当月29日前']],
    // a limit counted from the notice's day with no 内 after it (紫金港 科技城)
    ['申报时限自本通知发布之日起15个工作日,截止2023年5月15日。', ['15个工作日', '2023-05-15']],
  ])('%s → %j', (text, want) => expect(deadlinesOf(text, 2020)).toEqual(want));
});

describe('round 65 classes', () => {
  it.each([
    // 无锡 (jiangsu-wuxi-xiandaichanye.txt): a grant's span with its bound word
    ['按照10%给予补助,单个企业每年最高1000万元,同一项目最多连续支持3年。', ['最多连续支持3年']],
    // 乐清 (zhejiang-yueqing-minshengshishi.txt): a lead-in that lists the year's projects after its colon
    ['以下10个项目为乐清市2020年度政府民生实事项目:', ['2020']],
    // 郏县 (henan-jiaxian-xianjiezijin.txt): the day funds moved, two bodies and the notice's title before the verb: history
    ['2023年5月12日,河南省财政厅、河南省民族宗教事务委员会《关于下达2023年中央和省级财政衔接推进乡村振兴补助资金的通知》下达我县资金356万元。', []],
  ])('%s → %j', (text, want) => expect(deadlinesOf(text, 2020)).toEqual(want));
  it('无锡: bands the text names as tiers before the grant are thresholds (tiers)', () => {
    const cs = docClauses('关于进一步深化现代产业发展政策的意见\n对上年度技术和设备投资1000万元(或等值美元)及以上的工业投资项目,按照1000万元(含)-3000万元、3000万元(含)-1亿元、1亿元(含)以上三个档次,分别给予不超过技术和设备实际投资额5%、6%、7%的补助,单个企业每年最高1000万元。\n');
    expect(cs.flatMap((c) => c.thresholds.map((t) => [t.min, t.max]))).toEqual([[10000000, undefined], [10000000, 30000000], [30000000, 100000000], [100000000, undefined]]);
    expect(cs.flatMap((c) => c.amounts.map((a) => [a.yuan, a.role]))).toEqual([[10000000, 'cap']]);
  });
});

describe('steps written 每产生, counts of 届 (step act 产生, unit 届)', () => {
  const one = (text: string) => docClauses('关于开展消费季活动的方案\n' + text + '\n2020年4月1日\n');
  it.each([
    // 德州运河开发区 (shandong-dezhouyunhe-xiaofeiji.txt)
    ['4-6月份,限上批零企业单月每产生500万元销售额奖励1000元,单月奖励不超过1万元,累计奖励不超过2万元。', [5000000], [1000, 10000, 20000]],
    // 思明 (fujian-siming-huizhan.txt): editions held, bounded
    ['对在厦门市外稳定连续开展4届以上的展览首次在我区举办的,奖励金上浮10%。', [4], []],
    // an ordinal edition is no count
    ['举办第十届博览会,给予50万元补助。', [], [500000]],
  ])('%s', (text, mins, yuan) => {
    const cs = one(text);
    expect(cs.flatMap((c) => c.thresholds.map((t) => t.min))).toEqual(mins);
    expect(cs.flatMap((c) => c.amounts.map((a) => a.yuan))).toEqual(yuan);
  });
});

describe('addressees named by one word before their colon (各企业:) are no part of the first sentence (addressee lead)', () => {
  it('贵阳高新区 (guizhou-guiyanggaoxinqu-jishuzhongxin.txt)', () => {
    const cs = docClauses('关于开展2023年省级企业技术中心认定工作的通知\n各企业:2023年省级企业技术中心认定工作已正式启动,请符合条件的企业积极申报,于3月27日至4月3日完成线上线下申报。\n2023年3月10日\n');
    const c = cs.find((x) => x.deadlines.length);
    expect(c?.text.startsWith('2023年省级企业技术中心认定工作')).toBe(true);
    expect(c?.deadlines.map((d) => [d.from, d.date])).toEqual([['2023-03-27', '2023-04-03']]);
  });
});

describe('the sum a support reaches in all, after the grant and a comma (grant reaches)', () => {
  it.each([
    // 南京 (jiangsu-nanjing-xinzhishengchanli.txt): money given, not a condition
    ['对新认定的国家、省级制造业创新中心,按照国家、省拨经费给予1:1配套支持,累计可达1亿元以上;', [100000000], []],
    // a figure the applicant reaches stays a condition
    ['对年营业收入可达1亿元以上的企业给予奖励。', [], [100000000]],
  ])('%s', (text, yuan, mins) => {
    const cs = docClauses('关于加快培育新质生产力的若干政策\n' + text + '\n');
    expect(cs.flatMap((c) => c.amounts.map((a) => a.yuan))).toEqual(yuan);
    expect(cs.flatMap((c) => c.thresholds.map((t) => t.min))).toEqual(mins);
  });
});

describe('round 67 classes', () => {
  it('湛江 (guangdong-zhanjiang-jingxihuaguanli.txt): a duty sentence, then labelled lists in the same note (lead sentence and labels)', () => {
    const cs = docClauses('湛江市城乡建设精细化管理工作责任落实方案\n一、建立长效机制,减少工业粉尘污染\n严格环境准入,控制大气污染物新增量。\n(由市环境保护局牵头落实。配合单位:各区政府、湛江开发区管委会、市住房城乡建设局、市财政局。效能监督单位:市监察局、市政府督办室)\n');
    expect(cs.find((c) => c.text.includes('严格环境准入'))?.units).toEqual(['市环境保护局', '各区政府', '湛江开发区管委会', '市住房城乡建设局', '市财政局', '市监察局', '市政府督办室']);
  });
  it.each([
    // 湛江 2017 (guangdong-zhanjiang-zhenxingfazhan2017.txt): a heading's words with its colon set the year
    ['2017年工作总体要求:认真落实省委、省政府各项部署要求,全力做好稳增长工作。', ['2017']],
    ['2017年工作主要目标:', ['2017']],
    // the year's work only named stays none
    ['做好2022年经济工作。', []],
  ])('%s → %j', (text, want) => expect(deadlinesOf(text, 2017)).toEqual(want));
});

describe('the rate of the basis a new one builds on (basis rate)', () => {
  it.each([
    // 海门 (jiangsu-haimen-cujinjiuye.txt): the earlier cut is named, the new one is the value
    ['按统筹区规定实施新一轮阶段性降低工伤保险费率政策,在前期降低50%的基础上再降低50%。', [0.5]],
    ['在省级奖励的基础上,按30%给予配套。', [0.3]],
  ])('%s → %j', (text, want) => expect(extractValues(text).rates.map((r) => r.value)).toEqual(want));
});
