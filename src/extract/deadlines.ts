import { insideTitle } from './brackets.js';
import { APPLICANT, BASIS_SUBJECT, BASIS_WORD, DESCRIBED_YEAR_NOUN, MEASURED_NOUN, LOWER_EXCLUSIVE, LOWER_INCLUSIVE, NAMED_EVENT, NAMED_MEETING, TERM_WORD, HELD_EVENT, LEADER_TITLE, SPEECH_WORD, YEAR_ACTION_VERB, YEAR_END_COMPOUND, YEAR_EVENT_VERB, YEAR_NAME_HEAD, FORM_HEAD } from './condition-words.js';
import { fold } from '../ingest/clean.js';
import { IMMEDIATE_START, ITEM_NUMBER, TIME_FIELD } from './lexicon.js';
import { ordinalAt, phraseStart, sentenceAfter, sentenceBefore } from './context.js';
import { CHINESE, foldDashes, foldFirstMonth, foldNumeralYears, numeralBeforeYear, parseNumber } from './numbers.js';
import type { Deadline } from '../types.js';
import { matchesOf, needing } from '../ingest/matches.js';

export const FIVE_YEAR: Record<string, [number, number]> = {
  七五: [1986, 1990],
  八五: [1991, 1995],
  九五: [1996, 2000],
  十五: [2001, 2005],
  十一五: [2006, 2010],
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
  十六五: [2031, 2035],
};
const N = '(\\d+|[一二两三四五六七八九十]+)';
/** A count of time, a fraction or a half too (0.5个工作日, 半天). */
// (A decimal's part is never a year's four digits: 1.2022年内 is an item number and a year, 东城.)
const PART_N = '(\\d+(?:\\.\\d{1,2}(?!\\d))?|[一二两三四五六七八九十]+|半)';
/** A month and a day of the month in words (十二月三十一日). */
const MONTH_WORD = '十[一二]?|[一二三四五六七八九]';
/** A season after its year, with or without 季 (2018年冬, 2019年春季). */
const SEASON = '[春夏秋冬]季?';
const DAY_WORD = '三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]';
/** A year named relative to an event or another year, right before a quarter: 次年, 当年, 上年, 上一年度. */
const RELATIVE_YEAR_BEFORE = /(?:次年|翌年|当年|上年|同年|上一年|下一年|上年度|上一年度)(?:的)?$/;
/** A span's number (3, 12, 两, 十二): short, never a year's four digits. */
const SPAN_N = '(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})';
/** The same, captured: a span's figure is never a year's four digits (定于近期开展2023年度…工作 is no span of 2023 years, 吉林省). */
const SPAN_FIGURE = `(${SPAN_N})`;
/** A span's second number when it is given as a range (1—2年, 5至10年, 3-5个月): the span runs from the first to it. */
const TO_N = `(?:\\s*[—\\-–－~～至到]\\s*${SPAN_N})?`;
const LOWER_BOUND = `${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE}|在`;
/**
 * What follows a bare year that names a thing of that year rather than a time limit: its plan, budget,
 * bond batch, funds, work or data (the year's noun phrase ends in one of these within a few characters).
 */
// (…a long name of what the act made, closed by 等 or a stop: 2022年以后立项的上海市“科技创新行动计划”生物医药科技支撑专项项目等, 闵行.)
/** A year an applicant named before it must act after: 项目…应为 2023年以后 完成建设 (group 1 the year). */
const WINDOW_YEAR_AFTER_SUBJECT = new RegExp(`(?<=(?:${APPLICANT})[^，。；,;]{0,8}?(?:应|须|需|必须)(?:当)?(?:为|是|在|于)?)(\\d{4})年(?:度)?\\s*(?:[（(]\\s*含\\s*[）)])?\\s*(?:及|和|或)?(?:以后|之后)(?=\\s*(?:完成|建成|开工|竣工|投产|注册|立项|备案|设立|成立|实施|启动|验收|引进|签订|购买|购置|新建|投资))`, 'g');
const WINDOW_YEAR = new RegExp(`(\\d{4})年(?:度)?\\s*(?:[（(]\\s*含\\s*[）)])?\\s*(?:及|和|或)?(?:以后|之后)(?=[^，。；,;]{0,30}?的(?:[^，。；,;的]{0,12}?(?:${APPLICANT})|[^，。；,;的]{13,40}?(?:${APPLICANT})(?=[等、，,。；;)）]|$)))`, 'g');
/** A year since which the rewarded act falls, after 对 and before the applicant (对2020年以来实质性竣工投产,且…的工业项目: 吉林市). */
const WINDOW_SINCE = new RegExp(`(?<=对\\s*)(\\d{4})年以来(?=[^。；;]{0,40}?的[^，。；,;的]{0,12}?(?:${APPLICANT}))`, 'g');
/** A year since which a cohort was honoured or recognised, the act right after it: 2018年以来受县级(含)以上表彰的…, 2020年以来获得…认定的…. */
const WINDOW_SINCE_HONOURED = /(?<![\d.])(\d{4})年以来(?=(?:受到?|获得?|荣获|被|新?认定|评为|入选|列入)[^。；;]{0,40}?的)/g;
const DESCRIBED_YEAR = new RegExp(`^[^，。；,;、：:！？\\s]{0,10}?(${DESCRIBED_YEAR_NOUN})`);
const ACTION = new RegExp(YEAR_ACTION_VERB);
/** A grant whose duration is bounded: 连续补贴不超过3年, 最长补贴3年. */
const GRANT_VERB = '补贴|补助|支持|奖励|贴息|扶持|享受|减免|免征|返还';
/** A support period's name (补助期限, 资金到期), or a bare 期限/时间 opening a phrase (…,期限最长不超过2年). */
// (…the terms of several reliefs at once: 或申请缓缴住房公积金,期限均不超过12个月, 杭州 2020)
// (…a support period counted or summed, its grant word first: 单笔融资项目贴息计算时间不得超过3年, 南海; 补贴累计期限; or after it,
// 补贴期限累计不超过3年, 金坛)
const TERM_BEFORE = new RegExp(`(?:${TERM_WORD}|(?:补助|补贴|扶持|支持|奖励|贴息|资助|减免)(?:计算|累计)(?:期限|时间|年限)|(?:^|[，,；;：:]\\s*)(?:期限|时间))(?:均|都|一律|累计)?(?:最长|最多|原则上)?$`);
/** A grant word anywhere in a stretch of text. */
const GRANT_WORD = new RegExp(GRANT_VERB);
// (…累计 between: 每个创业扶持对象享受累计不超过3年, 水城)
/** The verbs a bound word may stand before, the span after them (最高减免6个月, 最长免租3年). */
const SPAN_RELIEF_VERB = `${GRANT_VERB}|免租|减租|免收|免除|免缴|给予`;
const BOUND_THEN_VERB = new RegExp(`^(?:最长|最多|至多|最高)(?:${SPAN_RELIEF_VERB})`);
/** The words of a relief written as a noun after what it relieves (租金减免, 房租免除). */
const RELIEF_NOUN = '(?:减免|免除|减半)';
/** A rent's relief named as a noun (租金减免, 房租免除): what a span before it runs over. */
const RENT_RELIEF = `(?:租金|房租|租赁费|厂房租金|场地租金|物业费)${RELIEF_NOUN}`;
const GRANT_BEFORE = new RegExp(`(?:${GRANT_VERB})(?:期)?(?:累计)?(?:最长|最多)?$`);
/**
 * A grant and its short object right before a span (免征企业所得税|3年, 减半征收企业所得税|三年, 给予贴息|2年);
 * group 1 is the object, none of a figure's words (满, 达到, 经营, 成立…: a figure reached, not a span granted).
 */
// (The object between is read as words: 经营, 投产… are what an applicant has done (经营满5年), but 产 alone may be part of what is
// relieved: 免征农业特产税3年, 贵州省 1998.)
// (…a calendar year maybe between the verb and the span, the year the relief falls in: 减免2022年6个月租金, 东城)
const GRANT_SPAN_BEFORE = new RegExp(`(?:给予|提供|${GRANT_VERB}|减半征收|减征|减按|免收|免缴|免交|免除|全免|减半|免租|减租)(?:连续|最长|最多)?((?:(?!经营|成立|注册|承诺|投产|运营)[^\\d年月满达须应需]){0,10})(?:(?:19|20)\\d{2}年(?:度)?(?:内)?)?$`);
/** A rent or fee right after a relief's span, the relieved thing named before it: (免除标准化厂房三年)租金, 房租, 物业费. */
const RENT_AFTER = /^(?:的)?(?:租金|房租|租赁费|物业费|物业管理费|管理费)/;
/** The old level a standard is moved from, opened by 由 (由原先的…, 由原来…), and the verb moving it after it in the sentence. */
const MOVED_FROM_BEFORE = /由(?:原先|原来|之前|过去|现行)?(?:的)?[^，。；,;由]{0,6}$/;
const MOVED_TO_AFTER = /^[^。；;由]{0,20}?[，,]?\s*(?:调整|提高|降低|下调|上调|延长|缩短|放宽)(?:为|至|到)/;
/** A year an event falls in (2022年将迎来党的二十大, 恰逢2024年): described, not set. */
const EVENT_AFTER = new RegExp(`^(?:将|即将|又将|也将)?(?:${YEAR_EVENT_VERB})`);
/** A bracket of months right after a period's name: (5月-7月), (2022年11月-2023年1月). */
const MONTHS_IN_BRACKET_AFTER = /^\s*[（(](?:\d{4}\s*年)?\s*\d{1,2}\s*月\s*[-—–~至到]/;
/** What a period's report is of, right after the period: 进展, 工作进展情况, 完成情况, 推进情况 (not 完成 with its object: 二季度完成方案设计). */
const PROGRESS_AFTER = /^(?:的)?(?:工作)?(?:进展|(?:推进|完成|执行|落实)情况)/;
const QUARTER_NAMES = new RegExp(`^[^，。；,;、：:！？\\s]{0,6}?(?:${NAMED_MEETING})`);
const EVENT_NAME = new RegExp(`^([\\u4e00-\\u9fff]{0,6})[“"][^”"]{1,24}[”"]([\\u4e00-\\u9fff]{0,8}?)(?:${NAMED_EVENT})`);
const EVENT_BEFORE = new RegExp(`(?:${YEAR_EVENT_VERB})$`);
/** The rest of a lead-in that announces the list below it: …(具体)安排如下:, …任务是：, …分解如下。 */
// (…or a heading's words, its colon after them: 2017年工作总体要求:…, 2017年工作主要目标:, 湛江)
const LEAD_IN = /^[^，。；,;！？]{0,30}?(?:如下|为|是)\s*(?:[:：]|[。]?$)|^[^，。；,;！？:：]{0,16}?(?:要求|目标|任务|安排|指标)\s*[:：]/;
/** A year's tasks handed down in a lead-in: …2023年重点工作任务予以分解, 2024年工作任务分解如下, 2021年工作任务,分解为12个部分,
 * 现将全区2016年度经济社会发展目标任务下达你们 (旌阳),
 * 现就全区2023年重点工作,制定分工方案如下; or counted for the list below (提出了2013年市政府要做好的8项重点工作: 平顶山). */
// (…or the year's work report whose tasks it hands down: 为确保完成…2019年《政府工作报告》、民生实事项目所提出的各项目标任务,…进行分解: 上城.)
// (…or the year's list or table sent out: 现将2023年政府重点工作责任清单印发给你们, 诸暨)
// (…or the year's plans handed down, 现将2025年度各单位固定资产投资计划、县重点及重大前期项目计划下达如下:, 松阳)
// (…or the year's work given its opinions, 现就二○一五年度工业经济发展提出如下实施意见:, 下管镇)
// (…or the year's standards set out below, 现将我市2024年度城乡最低生活保障和特困人员救助供养标准调整如下:, 临江)
const HANDS_DOWN = /^《政府工作报告》[^。；;！？]{0,30}?(?:提出|确定|部署)的[^。；;！？]{0,10}?(?:目标任务|工作任务|任务|工作|目标)|^(?:度)?[^，。；,;！？]{0,16}?(?:任务|工作|目标|指标|要点)(?:[^，。；,;！？]{0,3}?(?:予以|进行|作(?:出)?如下)?(?:分解|分工|责任分工|下达)|[，,]\s*(?:分解|逐项分解|(?:制定|形成|明确)[^，。；,;！？]{0,4}?(?:分工|分解)))|^[^，。；,;！？]{0,12}?(?:\d+|[一二两三四五六七八九十]+)\s*(?:项|个方面|方面|件)(?:的)?(?:重点|主要)?(?:工作|任务)|^[^，。；,;！？]{0,16}?(?:任务|工作|目标|指标)(?:责任)?(?:清单|分解表|分工表|责任表|任务表|分工方案|分解方案)(?:印发|下达)给|^(?:度)?[^，。；,;！？]{0,30}?计划\s*(?:予以|进行)?下达(?:如下|给)|^(?:度)?[^，。；,;！？]{0,16}?(?:工作|发展)提出(?:如下|以下)(?:实施)?(?:意见|措施)|^(?:度)?[^，。；,;！？《》]{0,40}?标准(?:调整|确定|公布|明确|执行)?(?:如下|为)\s*[:：]/;
/** The year's work and how it is done, right after the year: 全市“三农”工作坚持以…, 全县工业工作要紧紧围绕… */
// (…a comma after the work's name too: 2024年数字盐城工作,紧扣国家数字化发展战略…, 盐城)
// (…or the whole place's field of work, a comma after the year, then what it is to do: 2025年,全省交通运输要以…为指导, 山东省)
const WORK_STANCE = /^[^，。；,;！？]{0,14}?工作[，,]?(?:要|将|必须|务必)?(?:坚持|以|围绕|紧紧围绕|聚焦|紧扣|锚定|突出)|^[，,]\s*(?:全省|全市|全县|全区|全州|全盟|全旗|全镇)[\u4e00-\u9fff]{0,10}?(?:要|将|必须|务必)(?:坚持|以|围绕|紧紧围绕|聚焦|紧扣|锚定|突出)/;
/** The year's list of practical projects named right after its year: 为民办实事, 民生十件实事, 民生实事项目. */
const YEAR_PROJECTS = /^(?:度)?[^，。；,;！？《》]{0,4}?(?:为民办实事|民生实事|十件实事|实事项目)/;
/** The tasks of the year's work report, named with no verb, in a sentence that hands them down: 根据2018年《政府工作报告》主要目标任务…,将各项工作任务分解. */
// (…its level before it, 2023年市《政府工作报告》中提出的各项工作任务, 武汉; or the year's tasks with no report, 确保2018年各项目标任务全面如期
// 完成, 余杭)
const REPORT_TASKS = /^(?:[市区县省州])?(?:《政府工作报告》)?(?:中|的)?(?:确定的|提出的|明确的)?(?:各项|主要|重点)?(?:目标任务|工作任务|重点任务)/;
/** …handed down in the sentence, or carried out in the phrase (not a report on them: 完成情况; not 对照…目标任务,制订工作方案,…狠抓落实, 蔡甸). */
const TASKS_DONE_IN_PHRASE = /^[^，。；,;！？]*(?:完成|落实|推进)(?!情况)/;
/** …and a sentence that hands them down or carries them out. */
// (…not a report on them: 围绕2023年连云港市民生实事项目实施情况开展专题询问, 连云港.)
const PROJECTS_DONE = /分解|下达|(?:完成|落实|实施|推进)(?!情况)|办好/;
/** …or a lead-in that lists them after its colon (以下10个项目为乐清市2020年度政府民生实事项目:). */
const LISTS_THEM = /[:：]\s*$/;
/** The year's practical projects named right after a year, in a sentence that hands them down, carries them out or lists them. */
const yearProjects = (after: string, text: string): boolean => YEAR_PROJECTS.test(after) && (PROJECTS_DONE.test(text) || LISTS_THEM.test(text));
/** The notice setting the year's tasks, the verb before the year in its phrase and the tasks ending the sentence after it (根据《…三年行动
 * 计划》安排,确定2023年重点工作任务。, 泰安): that year. Not the year of a plan it makes itself (制定2024年肇庆市数字经济工作要点): the plan's
 * name (ANNOTATION round 50). */
const TASKS_SET_BEFORE = /(?:制定|制订|印发|出台|编制|确定)(?:[^，。；,;！？《》“”（）()]|[（(][^（）()]{0,20}[）)]){0,30}$/;
const TASKS_SET_AFTER = /^(?:度)?[^，。；,;！？《》]{0,8}?(?:重点工作任务|重点任务|工作任务)\s*(?:[。]|$)/;
/** The rest of an attachment's title, its mark after it: …申报指南(附件1). */
const ATTACHMENT_TITLE_AFTER = /^(?:度)?[^，。；,;！？:：]{2,60}(?:指南|方案|办法|细则|通知|表|清单|目录|名单|标准|手册|说明|书|计划)\s*[（(]附件\s*\d*[）)]\s*[；;。]?\s*$/;
/** A list's title alone as a clause, no sentence in it: …工作责任分解, …任务分解表, …分工方案 (黄石, 常熟, 郧阳 attachment titles); not
 * a lead-in with its verb (现将2024年目标任务进行责任分工). */
const BARE_LIST_TITLE = /^(?![^，。；,;！？：:、]*(?:现将|进行|予以|作出|制定|明确|下达|印发|将))[^，。；,;！？：:、]{0,50}(?:分解|分工|分解表|分工表|责任表|任务表|一览表|分工方案|分解方案)$/;
/**
 * A year an act must fall in: 2024年新认定的, 2024年首次纳入, 2024年获评的, 2024年内新入选的, 2023年投产即上规的; a loan, an investment or a contract
 * made in it (2020年新增的企业贷款…给予贴息: 辽阳; 新发放, 新签订, 新开工… before a loan, contract or project).
 */
// (…or equipment bought in it, its value between: 2022年度内新购置的单位价值500万元以上的设备器具…可选择一次性税前扣除, 宁夏)
// (…a renewal too: 2023年度有效期满重新认定的高新技术企业, 金山; and in the passive, 2020年度被认定为省级科技型中小企业的企业, 玉环)
// (…its recipients counted between, 2019年度市本级3家单位首次获得…奖励: 衢州; the thing passed between 通过 and its act, 2024年度首次通过高企认定的企业:
// 海口; 升规 in quotes with its 小 or 新, 2021年“小升规”工业企业: 惠州, 2019及2020年度“新升规”在库工业企业: 汕头)
// (…where it fell and what was applied for first, 2023年度在我区申报认定的594家高新技术企业, 相城; 获 before the act, 2018年度获认定为市级…企业, 渝北)
// (…or an event taken part in, 申报对象为2023年参加列入《…重点展会目录》的企业, 宁波高新区; 已 before the act, 2023年度已获得高新技术企业
// 资质…的在绵注册企业, 绵阳)
// (…an event held in it, its size the condition after: 对2024年在本市举办规模达到1万-3万平方米(含)…的展会项目,予以奖励, 北京)
// (…or a project carried out in it, a partner maybe named first: 对2023年度与科研院所、高校开展产业链协同创新合作项目且…的企业,按照…给予奖励, 昌平)
// (…the body that put the applicants forward named first, 2020年度由宝山区推荐并通过认定的高新技术企业: 宝山)
// (…or a funded project closed and checked in it, 且2023年結題驗收通過,未獲得區級資助的科技項目: 江夏 round 284; 2023年通过验收的项目)
const WINDOW_ACT = /^(?:度|内|期间)?(?:[^，。；,;\d]{0,6}?\d+\s*(?:家|个|户|名)(?:企业|单位)?)?(?:(?:在[^，。；,;\d的在]{1,6}?)?(?:有效期满)?(?:(?:由|经)[^，。；,;\d的由经]{1,10}?(?:推荐|申报)(?:并|后|且)?)?(?:已经|已)?(?:新|首次|新增|首批|重新|再次)?(?:申报|申请)?(?:(?:被|通过|经过)[\u4e00-\u9fff]{0,8}?|获)?(?:认定|获评|获批|入选|获得|纳入|入库|升规|上规|入规|认证|评定|命名|授予|列入|复核|举办|举行|承办|主办|参加|参展|组建|创建|结题|验收)|[“"]?[小新]?(?:升规|上规|入规)[”"]|投产即(?:上规|入规|升规)|(?:新增|新发放|新签订|新签约|新开工|新投产)(?:的)?(?:[^，。；,;的]{0,12}?)(?:贷款|借款|融资|投资|项目|合同|订单|设备)|(?:与[^，。；,;\d的]{1,16}?)?(?:开展|实施|完成|竣工|建成)(?:的)?[^，。；,;的]{0,16}?(?:合作)?项目|新?购(?:置|买|进)(?:的)?[^，。；,;]{0,24}?(?:设备|器具|仪器|机器|生产线))/;
// (A tax relief is the benefit as a grant is: …可选择一次性税前扣除, 加计扣除, 减免.)
// (…anywhere in the sentence, a second condition maybe between: 对2023年新获批北京市…等资质的企业,新获得…认证的企业,给予50万元一次性奖励, 昌平)
const WINDOW_GRANT = /^[^。；;]{0,140}?(?:给予|奖励|补助|补贴|奖补|资助|贴息|税前扣除|加计扣除|减免|免征|减征|抵免)/;
/**
 * A scale an applicant first reaches in the year (年营业收入于2024年首次突破相应规模, 并于2021年营业务收入首次突破3亿元: 海南, 新都): the
 * year is a window as an act's is, when 于 sets it or a grant follows (a review's 2023年全市营收首次突破千亿元 looks back).
 */
const FIRST_REACH = /^[^，。；,;]{0,10}?首次(?:突破|达到|超过|迈上|跨越|跨入|进入)/;
/** …or the cohort the act made is the item itself, a call's 申报对象 (2023年认定的专精特新中小企业;, 2022年新认定(批建)的国家级科技创新平台。: 长治, 沈阳). */
// (The act may carry a further condition before 的: 2023年首次纳入规上工业企业库并且在2024年实现产值比2023年全年正增长的企业, 东莞.)
// (…or with no 的, the act run into what it made: 2022年度新认定区、市、省、国家级企业工程(技术)中心;, 宁波前湾.)
// (…a further condition joined after a comma, and the list it refers to in brackets: 2019及2020年度新增上规,且2021年度仍在库的工业企业(见附件1)。, 汕头.)
// (…the first of a list of such cohorts, or the cohort a materials item asks for: 在2025年度首次通过高新技术企业认定的企业、有效期满重新通过认定的
// 高新技术企业、…的对象; / 在2025年度首次通过高新技术企业认定的企业提供高新技术企业证书复印件。, 惠山.)
// (…or the cohort a call says may apply: 2022年认定的省级“专精特新”中小企业可提出复核申请。, 泰安.)
const COHORT_ITEM = new RegExp(`^(?:[^，。；,;]{0,60}?(?:[，,]\\s*(?:且|并且|并|同时)[^，。；,;]{0,40}?)?的[^，。；,;的]{0,20}?|[^，。；,;的]{0,40}?)(?:${APPLICANT}|平台|中心)[”"]?\\s*(?:[（(][^（）()]{0,12}[）)])?\\s*(?:[。；;]?\\s*$|、|(?:需|须|应)?(?:提供|提交)|(?:均|也)?(?:可|可以)(?:提出|申报|申请|参加|参与))`);
/**
 * A year opening a name that a place writes like a title (2025年广州市增城区服务工业企业高质量发展二十条措施专项资金申报时间): a
 * named place right after the year and a measures or fund word in the same phrase, no verb that sets something.
 */
const NAMED_TITLE = new RegExp(`^(?![全本我各该])[\\u4e00-\\u9fff]{1,5}?(?:省|市|区|县)(?:[\\u4e00-\\u9fff]{1,4}?(?:区|县|市))?(?![\\u4e00-\\u9fff]{0,20}?(?:${YEAR_ACTION_VERB}))[^，。；,;！？]{0,30}?(?:措施|办法|政策|细则|专项资金|奖(?=提名|评选|申报|推荐))`);
/**
 * A year inside a thing's proper name, no time limit: a project's, a table's or a fund's name that its place and year open, in
 * either order (叶城县2026年洛克乡种植业基地配套建设(少数民族发展任务)项目, 精河县2025年中央、自治区财政衔接推进乡村振兴补助资金分配表,
 * 2025年精河县“健康饮茶”“送茶入户”项目, 2022年偃师区大口镇董村道路提升项目), or a fund's name that its year and its level of
 * government open (2026年中央财政衔接推进乡村振兴补助(少数民族发展任务)资金, 2024年财政衔接推进乡村振兴补助结余). No verb opens the name
 * (精河县2025年完成…项目 sets the year), no figure is inside it, and no budget word names a sum set for the year (2024年财政预算安排资金).
 */
// (…or a township's, 五号渠乡2025年小型水利建设项目, 焉耆; not 各乡镇.)
// (…or a prefecture's or a league's, 楚雄州2025年高标准农田建设项目: 楚雄)
const PLACE_BEFORE = /[\u4e00-\u9fff](?:省|市|县|区|旗|州|盟)$|[\u4e00-\u9fff]{2}(?<![乡各全本我该])(?:乡|镇)$/;
/** 全市, 本县, 我区, 各县, 该市: the notice's own level, no name. */
const LEVEL_ONLY = /[全本我各该](?:省|市|县|区|旗|州|盟)$/;
const NAME_AFTER_PLACE = new RegExp(`^(?:度)?(?!${YEAR_ACTION_VERB})[^，。；,;：:！？\\d]{2,50}?(?:${YEAR_NAME_HEAD})`);
// (省下达我市… is no place's name: a place holds no 我/本/全/各/该, 达州)
// (…nor a verb that opens the year's work before a level's body: 2024年抓好市政府投资重点项目76个, 建德)
// (…nor an act the year is the window of, the place after it: 对2023年新获批北京市产业创新中心、…资质的企业, 昌平)
const PLACE_NAME_AFTER = new RegExp(`^(?:度)?(?!${YEAR_ACTION_VERB})(?![全本我各该])(?![^，。；,;\\d]{0,4}?(?:获批|获评|认定|入选|获得|评为|授予|命名))(?:(?![全本我各该])[\u4e00-\u9fff]){1,5}?(?:省|市|区|县|旗)(?!${YEAR_ACTION_VERB})[^，。；,;：:！？\\d]{0,50}?(?:${YEAR_NAME_HEAD})`);
// (…or a special fund its level names: 现组织开展2020年省级促进经济高质量发展专项企业技术改造资金项目入库申报工作, 江门)
const FUND_NAME_AFTER = /^(?:度)?(?:第[一二三四五六七八九十\d]{1,2}批)?(?:(?:(?:中央|省级|省|自治区|市级|州级|县级|区级|本级|地方)[、和及]?)*财政|(?:中央|省级|市级|州级|县级|区级)(?=[^，。；,;：:！？\d]{0,30}?专项))(?![^，。；,;：:！？]{0,30}?(?:安排|统筹|投入|预算|拨付))[^，。；,;：:！？\d]{0,30}?(?:资金|结余|经费)/;
// (…or a batch of a programme: 就开展2025年度第一批“揭榜挂帅”项目申报工作, 江夏)
// (首批 too: 定于2023年首批中央引导地方科技发展资金项目评审后, 贵州)
// (…the batch in brackets too, after a period: 2020—2021年(第一批)重大科技专项…申报工作, 日照)
const BATCH_NAME_AFTER = /^(?:度)?[（(]?(?:第[一二三四五六七八九十\d]{1,2}批|首批)[）)]?[^，。；,;：:！？]{0,30}?(?:申报|名单|资金|认定|评选)/;
// (…or a programme's fund that its year opens, no level named: 现将江苏省追加的2018年东西部扶贫协作资金分配情况公告如下, 海东; no verb or
// figure inside the name, no budget verb setting a sum for the year: 2023年全县拟安排资金, 区级财政2024年预算安排资金 set it, as a sum right
// after the fund does, 2024年专项资金规模为2亿元.)
const PROGRAMME_FUND_AFTER = new RegExp(`^(?:度)?(?!${YEAR_ACTION_VERB})(?:(?!安排|统筹|投入|预算|拨付|下达|下拨|追加|到位|使用|用于|筹集|争取)[^，。；,;：:！？\\d前底末内]){2,20}?(?:资金|经费)(?!到位|拨付|下达|支出|使用率|执行|\\s*(?:规模|总额|总量)?\\s*(?:为|达|共计|合计)?\\s*[\\d.])`);
/** …or a fund named in quotes after its year, whatever its length (在2020年“优先发展先进制造业—产业发展—战略性新兴产业”专项资金中列支: 青浦). */
const QUOTED_FUND_AFTER = /^(?:度)?[“"][^”"]{2,60}[”"](?:专项)?(?:资金|经费)(?!\s*(?:规模|总额|总量)?\s*(?:为|达|共计|合计)?\s*[\d.])/;
/** …or a form's name that its year opens, the form closing the item (2019年科技型企业保证保险贷款补贴申报表;, a materials list: 武汉). */
const FORM_NAME_AFTER = new RegExp(`^(?:度)?(?!${YEAR_ACTION_VERB})[^，。；,;：:！？\\d]{2,40}?(?:${FORM_HEAD})(?:[（(][^（）()]{1,12}[）)])?\\s*(?:[;；。，,]|$)`);
/**
 * …or a list of those designated that its year opens, the level and the designation before 名单 (支持对象为2024年省级标杆农民合作社和标杆家庭
 * 农场入围名单中的…, 佛冈 round 272): the list's name, as a batch's is.
 */
const DESIGNATED_LIST_AFTER = new RegExp(`^(?:度)?(?!${YEAR_ACTION_VERB})(?:国家级|省级|市级|州级|县级|区级)[^，。；,;：:！？\\d]{2,30}?(?:入围|拟认定|认定|拟推荐|推荐|拟入选|入选)?名单`);
/** Funds a superior added or passed down, right before their year (江苏省追加2018年东西部扶贫协作专项资金4000万元, 海东): a report of them. */
const FUNDS_PASSED_BEFORE = /(?:追加|下达|下拨|拨付|划拨|收到)(?:的)?\s*$/;
/** A project's name field right before the year (项目名称:2021年同心县王团镇大沟沿村3824亩高标准农田建设项目, 同心): the year opens the name. */
const NAME_FIELD_BEFORE = /名称\s*[:：]\s*$/;
const namedYear = (before: string, after: string): boolean =>
  NAME_FIELD_BEFORE.test(before) ||
  (FUNDS_PASSED_BEFORE.test(before) && /^(?:度)?[^，。；,;：:！？]{2,20}?(?:资金|经费)/.test(after)) ||
  (PLACE_BEFORE.test(before) && !LEVEL_ONLY.test(before) && NAME_AFTER_PLACE.test(after)) || PLACE_NAME_AFTER.test(after) || FUND_NAME_AFTER.test(after) || PROGRAMME_FUND_AFTER.test(after) || QUOTED_FUND_AFTER.test(after) || BATCH_NAME_AFTER.test(after) || FORM_NAME_AFTER.test(after) || DESIGNATED_LIST_AFTER.test(after);
/** A clause that opens with a signing body and nothing else before the date (北京市昌平区人民政府 2013年10月14日). */
// (a body's full name, its place first: 北京市昌平区人民政府; not a bare 区财政局, which may open a sentence that sets a date)
const SIGNER_OPENS = /^\s*(?:中共)?[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|州|盟|县|区|旗)[\u4e00-\u9fff]{0,16}?(?:人民政府|人民政府办公室|人民政府办公厅|办公室|办公厅|委员会|管委会|局|厅)\s*$/;
/** Is the full date at `at` a signature's, the signing body all the clause holds before it? */
const signedAt = (text: string, at: number): boolean => SIGNER_OPENS.test(text.slice(0, at));
/** A fund's name and its sum right after it (…补助资金318万元, …项目资金3000万元), a remark in brackets maybe between (…补助资金(巩固拓展脱贫攻坚成果和乡村振兴任务)918万元, 长白山). */
// (…a project's fund too: 现将2023年“小升规”市级资金项目1992万元奖励安排计划下达给“四个区”, 惠州)
const FUND_NAME = String.raw`^(?:度)?[^，。；,;：:！？\d]{2,50}?(?:资金|经费)(?:项目)?(?:[（(][^（）()\d]{1,30}[）)])?`;
const FUND_SUM = String.raw`\s*[\d.]+\s*(?:万|亿)?元`;
const FUND_SUM_AFTER = new RegExp(`${FUND_NAME}(?:共计|合计|共)?${FUND_SUM}`);
/** A plan's name after its year, closing the phrase: 全县扶贫规划, 工作计划, 实施方案. */
const CITED_PLAN_AFTER = /^(?:度)?[^，。；,;！？\d]{0,16}?(?:规划|计划|方案|要点|部署|安排)(?=[，,。；;]|$)/;
/** A fund's allotment or plan the notice announces, right after its year, no sum: …财政扶贫资金分配情况公示如下, …补助资金项目计划下达给你们. */
// (…or the fund itself handed to the addressees: 现将2023年发展新型农村集体经济中央资金下达给你们, 江苏省)
const FUND_PLAN_AFTER = /^(?:度)?[^，。；,;！？\d]{0,30}?(?:资金|经费)(?:(?:项目)?(?:分配|安排|使用)?(?:情况|方案|计划|结果|明细)[^，。；,;！？\d]{0,10}?(?:公示|公告|下达|印发|如下)|(?:[（(][^（）()]{0,30}[）)])?\s*(?:下达|下拨|拨付)给?(?:你们|你单位|你局|你委|各地))/;
/** The year of a budget's classification (收入列2023年政府收支分类科目“…”): names the table, no limit. */
const CLASSIFICATION_AFTER = /^(?:度)?(?:政府)?收支分类科目/;
/** …passed down to the notice's own place or its addressee, right before the year (下达我市, 下达我县, 收回托里县, 现下达你单位2021年第四批…资金:
 * 黔江 财政局), or paid out there (需兑付博湖县2023年…补贴资金1875726元). */
// (…or the place first, its verb after it: 我县可分配2018年中央及省级财政专项扶贫资金1426万元, 耿马)
// (…or the verb that passes the fund down right before its year, no recipient between: 管委会财政提前下达2023年财政衔接推进乡村振兴补助资金179万元,
// 长白山; 本次下达2017年第一批…省补助资金9379.5万元, 驻马店)
const ALLOTTED_TO_OWN_BEFORE = /(?:下达|下拨|拨付|分配|收回|兑付|兑现)(?:给|到)?(?:(?:我|本)(?:省|市|县|区|旗|州)|[\u4e00-\u9fff]{2,6}(?:县|市|区|旗)|你(?:单位|局|委|们|县|市|区|旗|镇|乡))$|(?:我|本)(?:省|市|县|区|旗|州)(?:可|共|拟|将)?(?:分配|安排|统筹)$|(?:提前|本次|此次|本批)(?:下达|下拨|拨付)$/;
/** …or handed to the addressees after its sum (现将…资金3000万元下达给你们; a comma between: 现将2019年幼儿园生均公用经费106.55万元,下达给你们, 剑河). */
const FUND_SUM_ALLOTTED_AFTER = new RegExp(`${FUND_NAME}${FUND_SUM}\\s*[，,]?[^，。；,;\\d]{0,8}?(?:下达|下拨|拨付|分配)`);
/**
 * …or a fund and its sum that a sentence opens with, its year first (2020年中央预算内以工代赈示范资金494万元,计划实施1个项目: 和田市; 2022年第三批
 * 市级财政衔接推进乡村振兴补助资金(…)2960万元: 平顶山); not a record of money spent or drawn in the year (2019年全县投入扶贫资金…).
 */
const OPENING_FUND_SUM = new RegExp(String.raw`^(?:度)?(?:(?!投入|完成|使用|支出|争取|筹集|撬动|带动|累计|实现|新增|涉及|共计|合计)[^，。；,;：:！？\d]){2,50}?(?:资金|经费)(?:[（(][^（）()\d]{1,30}[）)])?${FUND_SUM}`);
/** The year's end after a year (底, 末, and 终 that names no thing: 年终考核 is none; nor 终于, finally: 今年终于完成), its word captured. */
const YEAR_END = `(底|末|终(?!${YEAR_END_COMPOUND}|于|止|结))`;
/** A month's number, in figures or in words (6, 十二). */
const YEARLY_MONTH = '(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])';
/** 每年 earlier in the same sentence, no year written after it (业余文保员工作每年进行总结评比,对工作负责,成绩显著者在): the time recurs. */
const EACH_YEAR_BEFORE = /每(?:一)?年(?!\d)[^。；;！？\d]*$/;
/** A date of each year (6月30日, 6月底, 十二月份): with 每年 before a list of them and a limit word after, a recurring limit. */
// (…or a quarter, 每年第一季度前结算上一年扶持基金, 湛江)
const YEARLY_DATE = `(?:${YEARLY_MONTH}月(?:份)?(?:\\d{1,2}\\s*[日号]|底|末|上旬|中旬|下旬)?|第?[一二三四1-4]季度(?:末|底)?)`;
const YEARLY_ITEM = new RegExp(YEARLY_DATE, 'g');
// (A ten days' window needs no limit word: 每年元月上旬,…递交申请材料, 咸宁.)
// (…nor one a cut-off's label names, no limit word after the day: 向大连市申报的截止日期为每年的10月31日, 大连)
const YEARLY_LIMIT = new RegExp(`每年(?:的)?${YEARLY_DATE}(?:\\s*[、和及或]\\s*${YEARLY_DATE})*(?:前|之前|以前|(?<=[上中下]旬)|(?<=(?:截止|截至)(?:日期|时间)(?:为|是)?\\s*每年(?:的)?${YEARLY_DATE}))`, 'g');
/**
 * A month of each year in which something is applied for or handled (每年1、7月份由个人…提出申请, 每年6月组织申报): a recurring window,
 * ongoing, with no limit word; months sharing one 月 are one window as written.
 */
const YEARLY_WINDOW = new RegExp(`每年(?:的)?(?:${YEARLY_MONTH}月?\\s*[、和及或]\\s*)*${YEARLY_MONTH}月份?(?![\\d日号底末])(?=[^，。；,;]{0,24}?(?:申请|申报|受理|递交|提交|报送|评审|审核|兑现|拨付|下拨|下达|发放|核发))`, 'g');
/**
 * The same under an application window's label, which names the act (申报时间:每年3月、9月。: 永川): ongoing, each month written with
 * its own 月 a window of its own, as 每年6月30日、12月31日前 are two.
 */
const YEARLY_WINDOW_LABELLED = new RegExp(`(?<=(?:申报|申请|受理|报送|兑付|兑现|发放)(?:时间|日期)\\s*[:：]\\s*)每年(?:的)?(?:${YEARLY_MONTH}月?\\s*[、和及或]\\s*)*${YEARLY_MONTH}月份?(?![\\d日号底末])`, 'g');
needing(YEARLY_WINDOW_LABELLED, /每年/);
/** A term's years before a designation's name (…年度新昌县创新型苗子企业有关申报事项, …年度新昌县创新型苗子企业申报表): the term, no limit. */
const DESIGNATION_TERM_AFTER = /^度[^，。；,;：:！？]{2,24}?(?:企业|单位|示范|称号)(?:有关)?(?:申报|认定|名单|评选)/;
/** A policy a period names as the one that ran in it (…实施的制造业中小微企业延缓缴纳部分税费政策). */
const POLICY_OF_PERIOD_AFTER = /^\s*(?:实施|出台|推出|执行)的[^，。；,;！？]{0,40}?政策/;
/** The title of the document a cover sends, right after a year (《…》已经市政府同意,现印发给你们). */
const SENT_TITLE_AFTER = /^《[^《》]{2,80}》[^。；;！？]{0,30}?(?:现)?(?:印发|下达|转发)给/;
/** Completing a year's plan, target or task sets the year as its due time (完成2022年度生产计划). */
const COMPLETION_VERB = '完成|实现|达成|达到';
/** What a goal's span is spent doing (力争3年组织…, 争取两年实现…). */
const GOAL_VERB = '实现|完成|组织|建成|建设|培育|达到|打造|形成|新增|引进|培训|推动|带动|基本|全面|累计|使|让';
const DUE_NOUN = '计划|目标|任务|指标|项目';
// (…or a preposition opening what the plan does and where: 2024年计划在莲塘片区…共完成300个公共充电桩建设, 2024年度计划对…20个排水单元
// 进行改造, 南昌县.)
// (…or hiring and events planned: 2022年全市计划招录公务员276人, 2022年我市事业单位计划公开招聘高校毕业生1401人, 铁岭.)
const PLAN_AS_VERB = new RegExp(`^(?:新)?(?:${YEAR_ACTION_VERB}|投资|建设|竣工|增|培育|引进|招引|争创|打造|改造|改建|扩建|招录|(?:公开)?招聘|招募|录用|选聘|举办|发放|开发)|^(?:在|对|于)(?!\\d{4})`);
const PLAN_COMPOUND = /(投资|建设|项目|发展|行动|工作|专项|年度|实施|滚动|储备)$/;

/**
 * Does the text after a year make it a year the sentence describes: the year's work, plan, funds (做好2022年经济社会发展工作,
 * 对2017年工作作出了全面部署, 2025年提前批债券额度) with no verb between that sets something for the year
 * (2024年统筹安排资金, 2022年重点抓好以下工作 are time limits).
 */
function describedYear(after: string, before: string): boolean {
  // A year opening an event's quoted name: 开展2025年营口市“乐购国庆惠享营口”汽车促销活动.
  // (not 2025年“两节”期间举行促消费活动: a time and a verb before the event noun.)
  // (…nor a year the sentence holds the event in, its verb between the year and the name: 2024年在全市开展“科技创新年”活动, 南阳.)
  const ev = EVENT_NAME.exec(after);
  if (ev && !/期间|举行|举办|开展|组织|实施|启动/.test(ev[1] + ev[2])) return true;
  // (2022年,是泽州发展历程中极不平凡的一年: as 2023年是…开局之年, a comma between.)
  if (EVENT_AFTER.test(after) || EVENT_BEFORE.test(before) || /^\s*[,，]\s*是/.test(after)) return true;
  // (…or the circumstance a notice takes into account, 结合 before it: 同时,结合2021年的疫情情况,制定措施如下, 龙华; 结合2023年经济形势.)
  if (/结合\s*$/.test(before) && /^(?:的)?[^，。；,;]{0,10}?(?:情况|形势|实际|特点|现状)/.test(after)) return true;
  const d = DESCRIBED_YEAR.exec(after);
  // 计划 as a verb right after the year (2014年计划完成投资703亿元, 2024年计划新开工项目): the year sets when; a plan named as a
  // compound (2023年市本级政府投资计划安排项目169个) stays the year of a plan.
  if (d?.[1] === '计划' && PLAN_AS_VERB.test(after.slice(d[0].length)) && !PLAN_COMPOUND.test(after.slice(0, d[0].length - 2))) return false;
  // A figure the year's noun is given right after it (区财政2023年预算安排39亿元, 2023年政府专项债储备额度45亿元以上, 2024年资金规模为
  // 2亿元): the sentence sets the year's sum, as 2024年统筹安排资金 does; a noun named without one (争取2025年提前批债券额度) stays.
  if (d && YEAR_FIGURE.test(after.slice(d[0].length))) return false;
  return !!d && !ACTION.test(after.slice(0, d[0].length - d[1].length));
}
// (…or a rate of the noun set for the year: 2023年争取的中央资金使用率达65%以上, 金东; 2024年资金支出进度不低于90%)
const YEAR_FIGURE = /^(?:(?:总额|总量|规模)?(?:安排|投入|下达|达到|达|为|共计|合计|总计|约|不少于|不低于|超过)?(?:资金|经费)?(?:约)?\s*[\d.]+\s*(?:万|亿)?(?:元|美元)|[\u4e00-\u9fff]{0,4}?(?:率|进度|比例|比重|占比)\s*(?:要|须|需|力争)?\s*(?:达到|达|超过|不低于|高于|提高到|提高至|为)\s*[\d.]+\s*%)/;

/**
 * A year or period that names the time an applicant's figure is measured over, not a time limit: a negated condition after
 * it (2018年-2019年未突破以上标准, 近三年均未享受) or a bracket whose remark is a condition ((2018年-2019年未突破以上标准)).
 */
/** An open bracket defining a term, 指 right after it (上年度(指高新技术企业认定前一年,…): its years name which year is meant, no span. */
const DEFINING_BRACKET_BEFORE = /[（(]\s*指[^（）()]{0,30}$/;
/** A measure right after 近N年: the years a condition is measured over (近两年营业收入…, 近三年平均…). */
// (…or the records an applicant shows for them: 近三年的财务报表, 近三年信用状况良好: 新都, 相城)
const MEASURED_SPAN_AFTER = /^(?:度)?(?:来)?[^，。；,;]{0,4}?(?:营业收入|营收|主营|产值|销售|收入|利润|纳税|税收|研发|平均|年均|累计|财务|审计|报表|信用|资信)/;
/** …or what must not have happened in those years (近三年未发生知识产权纠纷, 近3年内在质量、安全…等方面未发生重大事故: 江夏, 九台). */
// (…or a clean record over them: 连续3年无拖欠农民工工资记录的企业, 近三年无不良信用记录: 宁夏)
// (…or no misconduct of a kind: 参展单位近三年无严重失信行为, 江苏省 展会; 无违法违规行为)
// (…the fields of the record named at length between: 近两年在进出口业务管理、税收管理、外汇管理、海关管理等方面无违法行为, 上虞)
// (…or no penalty of a kind: 诚信经营、两年内无行政处罚的企业和机构, 硚口; 没有 or 未有 for 无: 最近3年内没有重大违法、违规行为, 深圳)
// (…or money left unspent over them, 连续两年未用完的结转资金,按有关规定处理 (西平 2018): what is counted, no limit.)
// (…the span given for two kinds of applicant before the clean record they share: 新建书店1年内,其他书店2年内未受到…处罚, 深圳; and a support
// not had in it: 1年内未享受过深圳市级财政资金给予运营补贴)
const NOTHING_HAPPENED_AFTER = /^(?:内|以来)?(?:[，,][^。；;，,]{0,12}?(?:\d{1,2}|[一二两三四五])\s*(?:个)?(?:年|月)(?:内|以内))?[^。；;，,]{0,40}?(?:(?:未|没有|无)(?:发生|出现|受到|存在|因|被|用完|动用|使用完|支出|拨付|享受|获得|领取)|(?:无|没有|未有)[^。；;，,]{0,16}?(?:记录|行为|事故|案件|纠纷|处罚|违法|违规|失信))/;
/** …or any figure with its bound in the phrase after it, no grant between (连续3年亩均社会贡献产出80万元以上, 梁溪). */
// (…its bound mark too, and the years restated in brackets before it: 连续两年(2020—2021年)均保持在25%(含)以上增速的, 龙泉驿)
// (…not a grant's cap after it, 连续三年、每年最高不超过1000万元的资金支持 (朝阳): 不超过 holds 超过 but bounds the grant.)
const MEASURED_BOUND_AFTER = /^(?:[（(][^（）()]{1,16}[）)])?(?:(?!给予|奖励|补助|补贴|资助|支持|扶持|享受|最高|最多)[^，。；,;]){0,16}?(?:(?:达到|达|(?<!不)超过|不低于|高于|增长|保持在)\s*[\d.]|[\d.]+\s*(?:万|亿)?(?:元|%|％)?\s*(?:[（(]含[）)])?\s*(?:以上|以下))/;
/**
 * What a measured span's years are followed by: a measure or a bounded figure, the remarks in brackets between left out (近一年(即2022年7月1日
 * 至2023年6月30日)跨境电商交易总额(包含第三方平台和独立站交易数据)1亿元以上, 中山).
 */
function measuredAfterSpan(rest: string): boolean {
  const bare = rest.replace(REMARKS, '');
  return MEASURED_SPAN_AFTER.test(rest) || MEASURED_BOUND_AFTER.test(rest) || MEASURED_SPAN_AFTER.test(bare) || MEASURED_BOUND_AFTER.test(bare) || MEASURED_OF_SPAN.test(bare);
}
/**
 * …or the span qualifying with 的 what is summed over it, its bound at the phrase's end however long the list between (近3年以内的平台和系统开发费、
 * 智能设备(终端)购置费…等投入总计不低于2000万元, 江苏省 2022; 建成前五年內的軟硬件總投資(包括…,下同)不低于2000萬元, 浙江省 2025): the years a
 * condition is measured over, no limit. (Not a grant's phrase: 前三年的奖励不超过… bounds what is given.)
 */
const MEASURED_OF_SPAN = /^(?:以内|之内|内)?的(?:(?!给予|奖励|补助|补贴|资助|支持|扶持|享受|最高|最多)[^，。；,;]){2,60}?(?:不低于|不少于|达到|(?<!不)超过|高于)\s*[\d.]/;
/** Remarks in brackets, left out before a measured span's phrase is read (…總投資(包括…,下同)不低于…). */
const REMARKS = /[（(][^（）()]{1,40}[）)]/g;
const measuredOfSpan = (rest: string): boolean => MEASURED_OF_SPAN.test(rest.replace(REMARKS, ''));
/** How often something may be done within a span, right after it: 只得申报一次, 仅可享受一次, 只能申请1次. */
// (…or the one grant a span allows, 单个企业一个年度内只补贴一笔贷款: 武汉 2019)
const ONCE_IN_SPAN_AFTER = /^\s*(?:只|仅|限|最多|至多)(?:得|能|可|限)?(?:申报|申请|享受|获得|获|补贴|补助|奖励|资助|支持)?(?:一|1)(?:次|笔|个|项)/;
/** A comparison the period is one side of: 与2022年一季度相比, 相比, 同…相比 (a period measured, not a limit). */
const COMPARED_AFTER = /^(?:[与和同跟較较][^，。；,;：:]{0,14}?)?(?:相比|相较|比较|对比)/;
/** A condition the applicant met over a span, closed by 的 before a comma or its noun, no grant or basis in it (带动100户贫困户发展的,). */
// (…or the grant right after its 的: 首次上规后连续3年保持在规的再给予30万元一次性奖励, 余杭)
// (…a remark in brackets after its 的: 连续工作满5年且购房的(在同一县<市>和区域不同单位工作的,时间连续计算),经认定后…给予, 阿克苏)
const SPAN_CONDITION_AFTER = /^(?:(?!给予|奖励|补助|补贴|资助|支持|扶持|享受|按照|按|每年|每月)[^，。；,;的]){1,24}的(?:[（(][^（）()]{0,40}[）)])?(?:[，,]|[\u4e00-\u9fff]{0,8}?(?:企业|项目|单位|主体|公司|机构|团队|人才)|(?:再|另|可|一次性|分别)*(?:给予|奖励|补助|补贴|资助))/;
/** An act already done at a time, the phrase from there to the time holding no plan: 已分别于2005年(…)和…, 已于, 曾于. */
/** What a progress report says of a period: 同比, 累计, 仅, a gap to the year's goal (与全年目标有较大差距). */
// (…or a total of what was done in it: 2023年10-12月份共开展等级认定168个批次, 济源)
// (…or a count of things begun or done in it: 1-4月开工7个,开工率46.7%, 松阳)
const REPORTED_AFTER = /同比|累计|仅|差距|已完成|完成率|开工率|共计|共(?:开展|完成|发放|兑现|拨付|涉及|受理|审核|认定|培训)|(?:开工|竣工|投产|签约)\s*\d+\s*个/;
/** A goal's words in a sentence: 力争, 确保, 以上, 不低于, 要. */
const GOAL_IN = /力争|确保|以上|不低于|不少于|要|须|应/;
/** A plan or task named right after a period, then the share of it done: 投资计划的132.1%, 任务的60%. */
const SHARE_OF_PLAN_AFTER = /^\s*[^，。；,;]{0,6}?(?:计划|任务)的\s*[\d.]+\s*[%％]/;
/** Does the rest of a sentence report what was done, with no goal in it? */
const reportsWhatWasDone = (rest: string): boolean => REPORTED_AFTER.test(rest) && !GOAL_IN.test(rest);
/**
 * What is measured over months from January, right after them (maybe after the list's further spans and a comma): 销售额, 产值, 增量, 同比,
 * 浓度 — a figure's period, as a statistics table's 1-6月 is.
 */
const MEASURED_OVER_MONTHS_AFTER = /^(?:\s*[、，,]\s*(?:\d{4}\s*年)?\s*1\s*[-—–~至到]\s*\d{1,2}\s*月)*\s*[，,]?\s*[^，。；,;]{0,6}?(?:销售额|销售收入|营业收入|主营业务收入|营收|产值|增加值|产量|销量|增量|税收|纳税额|利润|用电量|进出口额|出口额|浓度|比上年|较上年|同比|环比|增速|增幅)/;
/** A document's release right after its day: (正式)印发(实施), 发布, 出台, 颁布, 批复. */
const DOC_RELEASED_AFTER = /^\s*(?:正式|联合)?(?:印发|印發|发布|發布|出台|颁布|頒布|批复|批復)/;
/** A word before the day that plans the act rather than records it: 将, 拟, 计划, 要, 应, 须, 力争, 确保. */
const PLANNED_BEFORE = /(?:将|拟|计划|预计|要|应|须|需|力争|确保|争取)[^，,。；;]*$/;
/** What a plan is said to be for the years before it: 奋斗目标, 宏伟蓝图, 行动纲领. */
const PLAN_CHARTED_AFTER = /^[^。；;]{0,30}?(?:奋斗目标|宏伟蓝图|发展蓝图|行动纲领|纲领性文件)/;
/** What a report covers, right after its period: (及全年)…完成情况, 进展情况, 落实情况. */
const REPORT_COVERS_AFTER = /^(?:及全年)?[^，。；,;]{0,12}?(?:完成情况|进展情况|工作情况|落实情况)/;
/** A term's end after the day: 到期, 期满, 届满, 失效. */
const EXPIRED_AFTER = /^\s*(?:到期|期满|届满|失效)/;
/** A check made on something right after a day (对…进行验收, 组织了复查): 对 and what was checked, then the checking verb. */
const CHECK_MADE_AFTER = /^\s*(?:对[^，,。；;]{1,50}?)?(?:再次|重新|集中)?(?:进行|开展|组织)(?:了)?(?:验收|检查|核查|抽查|复查|复核|审核|评审|评估|考核|核验)/;
const DONE_AT = /(?:已|已经|曾|曾经)(?:分别|先后)?于(?:(?!将|计划|力争|预计|确保|要|拟|争取)[^，,。；;])*$/;
/** An objection to a 公示 in the words before a span of days: 如有异议 / 如对…有质疑 / 对公示内容有异议的. */
const OBJECTION = /(?:异议|质疑)[^。；;]*$/;
/** A grant in the phrase after a span: the span is the grant's, not a measured one. */
const GRANT_IN_PHRASE = /给予|奖励|补助|补贴|资助|返还|奖补|减免|免征|减半/;
/**
 * What was had in a recent span, right after it (近3年获得市级以上科技奖励, 近两年内已给予过开拓资金支持): a record an applicant has or has not,
 * the span no time limit.
 */
const RECORD_AFTER = /^\s*(?:内)?\s*(?:(?:曾|已)(?:经)?)?(?:获得|获评|荣获|入选|被评为|被认定)|^\s*(?:内)?\s*(?:曾|已)(?:经)?(?:给予|享受|得到|受到|获)/;
const MEASURED_AFTER = new RegExp(`^(?:期间|内|间|度)?(?:均|累计|连续|曾|已)?(?:未|没有|未曾|不曾)(?:${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE}|享受|获得|纳入|列入)`);

/**
 * A year whose figure is an applicant's condition: 2024年酒类产业生产规模超过1亿元和…超过10亿元的企业, 2020年工业产值
 * 同比增长达到40%(含)以上的予以奖励 (a figure, a bound, then …的企业 or …的予以奖励 before the phrase ends); the figure may be
 * the same period a year before (整车产量超过上年同期的整车企业) and the condition may run on past ,且 (期间用电量同比正增长,且…).
 */
const YEAR_OF_CONDITION = new RegExp(
  `^(?:[^，。；,;：:！？]|[，,](?=且|并且|并|同时)){0,40}?(?:(?:${LOWER_BOUND})\\s*(?:[\\d.]+|(?:上年|去年|上一年)同期)|(?:不满|不足|未满)\\s*(?:[\\d.]+|[一二两三四五六七八九十]+)\\s*(?:个)?(?:年|月|天|日)|[\\d.]+[^，。；,;\\d]{0,4}?(?:以上|以下)|(?:实现|保持)?[正负]增长|扭负为正|由负转正|(?:同比|环比)增长(?![\\d.]))[^。；;]{0,80}?的(?:[^，。；,;的]{0,16}?(?:${APPLICANT}|[，,]?(?:分别)?(?:予以|给予|奖励|补助))|[，,][^。；;]{0,20}?(?:给予|奖励|补助|补贴)|[，,][^。；;]{0,40}?(?:享受|减免|优惠))`,
);

/** An applicant's figure right after a span of years, bounded in the same sentence with no grant between (研发投入…均不低于200万元). */
const MEASURED_OVER_YEARS = new RegExp(`^(?:度)?(?:间|期间)?(?:的)?(?:企业)?(?:年均|平均|累计|每年|连续)?(?:研发|营业|主营|销售|产值|税收|纳税|利润|出口|进出口|营收|工业总产值)[^。；;]{0,40}?(?:${LOWER_BOUND}|不超过|不高于)\\s*[\\d.]`);
// (YEAR_OF_CONDITION: …or a term short of a span, 承租方在2022年实际租期不满一年的,根据租期按比例享受减免: 重庆市, 东城.)
/** A cited title's period of years: 2023—2025年, 2022-2024 (no 年), and 20222025年 (a dash lost in the saved text). */
const TITLE_YEARS = /(?<!\d)(\d{4})\s*(?:年)?\s*[-—–－~～至到]\s*(\d{4})(?:\s*年)?(?!\d)|(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2})年/g;

/** An award's or a fund's name after a period, no verb that sets something in it (信息服务业营收增长奖励, …专项资金). */
const NAME_WORDS = `^(?:(?!${YEAR_ACTION_VERB})[^，。；,;、：:！？\\s\\d]){1,20}?`;
const AWARD_NAME_AFTER = new RegExp(`${NAME_WORDS}(?:奖励|奖补|专项资金|扶持资金)`);
/** …and a named reward policy, which a period opens with no year too (一季度…满负荷生产奖励政策). */
const AWARD_POLICY_AFTER = new RegExp(`${NAME_WORDS}(?:奖励|奖补)(?:政策|条件|办法|细则)`);
/** Three or more quarters in a row with nothing but spaces or bars between: a table's column heads. */
const QUARTER_HEADS = /(?:第?[一二三四1-4]季度[\s|｜]*){3,}/g;
function inQuarterHeads(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 30);
  for (const h of text.slice(from, end + 30).matchAll(QUARTER_HEADS)) {
    if (from + h.index! <= start && from + h.index! + h[0].length >= end) return true;
  }
  return false;
}

/** Periods shorter than a year as a cited title writes them: 2024年下半年, 2025年第一季度, 2025年一至三季度, 2024年1—6月. */
const TITLE_PERIOD = /(\d{4})年(?:(上|下)半年|(?:第)?(?:([一二三四1-4])\s*[至到\-—–~]\s*)?([一二三四1-4])季度|(\d{1,2})\s*(?:月)?\s*[-—–~至到]\s*(\d{1,2})月)/g;

function titlePeriod(m: RegExpMatchArray): Omit<Deadline, 'start' | 'end' | 'raw'> | undefined {
  const y = m[1];
  if (m[2]) return m[2] === '上' ? { from: `${y}-01`, date: `${y}-06` } : { from: `${y}-07`, date: `${y}-12` };
  if (m[4]) {
    const q = parseNumber(m[4]);
    const q0 = m[3] ? parseNumber(m[3]) : q;
    return q0 <= q ? { from: `${y}-${pad(String(q0 * 3 - 2))}`, date: `${y}-${pad(String(q * 3))}` } : undefined;
  }
  const [a, b] = [Number(m[5]), Number(m[6])];
  return a >= 1 && b <= 12 && a < b ? { from: `${y}-${pad(m[5])}`, date: `${y}-${pad(m[6])}` } : undefined;
}

/** Character ranges inside 《…》: years there are part of cited titles, not deadlines. */
function titleRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let s = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') {
      if (depth++ === 0) s = i;
    } else if (text[i] === '》' && depth > 0) {
      if (--depth === 0) out.push([s, i + 1]);
    }
  }
  return out;
}

function addYears(iso: string, years: number, months = 0): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1 + months, d ?? 1));
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, iso.length >= 10 ? 10 : iso.length >= 7 ? 7 : 4);
}

/** A year a sentence opens on, set apart by a comma (2023年,完成…): the year its later phrases speak of. */
const OPENING_YEAR = /^\s*(?:到|至|在)?(\d{4})年[，,]/;

/** The last year written before pos in the text (于2017年6月底前…、9月底前 → 2017). */
function yearBefore(text: string, pos: number): number | undefined {
  // (A year inside a cited title names that document, not the year a later day falls in: 填报《2021年度商务发展专项资金申报汇总表》…于
  // 11月10日前报送, in a 2022 call: 相城. The last year outside one is wanted: titles are tested from the end only.)
  const years = matchesOf(text.slice(0, pos), /(\d{4})年/g);
  // (Nor a cohort's years, the end of a range of them or a year counted on from, the day after them the notice's own: 请2017年以来已获得…
  // 和2017-2018年入围…的企业…于8月18日前统一寄送, 聊城 2020.)
  for (let k = years.length - 1; k >= 0; k--) if (!insideTitle(text, years[k].index!) && !cohortYear(text, years[k].index!, years[k][0].length)) return Number(years[k][1]);
  return undefined;
}

/** A year that names a cohort, not a time frame: the end of a range of years with no month after (2017-2018年入围), or a year counted on
 * from (2017年以来). */
function cohortYear(text: string, at: number, len: number): boolean {
  const after = text.slice(at + len, at + len + 3);
  if (/^(?:以来|至今)/.test(after)) return true;
  return /\d{4}\s*[-—–~至到]\s*$/.test(text.slice(Math.max(0, at - 6), at)) && !/^(?:度)?\s*\d{1,2}\s*月/.test(after);
}

/** A month and day written without a year (10月15日), dated in the year written before them, else the notice's; undefined for no month. */
function yearlessDay(c: { text: string; docYear: number }, at: number, mo: string, day: string): string | undefined {
  const y = yearBefore(c.text, at) ?? (c.docYear || undefined);
  return y && Number(mo) >= 1 && Number(mo) <= 12 ? `${y}-${pad(mo)}-${pad(day)}` : undefined;
}

/** The phrase around [start, end): from the last ，。；,;（( before to the next after. */
function phraseAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[，。；,;（(“]/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !/[，。；,;）)”]/.test(text[b])) b++;
  return text.slice(a, b);
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

/** What may follow a day before a span's dash: a weekday in brackets, an hour (9:00). */
// (An hour in any of its forms: 9:00, 9:00时, 上午9:00, 09时, 17点30分, (北京时间): 浦东's 2024年10月31日9:00时至2024年11月4日9:00时.)
const CLOCK = '(?:零时|(?:上午|中午|下午|晚上|凌晨)?\\s*(?:\\d{1,2}\\s*[:：]\\s*\\d{2}(?:\\s*[:：]\\s*\\d{2})?(?:\\s*[时点])?|\\d{1,2}\\s*[时点](?:\\s*\\d{1,2}\\s*分)?(?:整)?)(?:\\s*[（(]北京时间[)）])?)';
// (…or a bracket that names the day, 2023年8月3日(公告发布之日)至2023年12月31日: 巩义)
// (…and its inclusive mark: 1月29日(含)前返岗的, 三亚)
// (…the day restated in it: 10月30日(含30日)前, 2023年10月1日(含1日)至2024年9月30日(含30日): 大连; 包含 as 含 is)
const INCLUSIVE = `[（(]\\s*(?:不?含|包含|包括)\\s*(?:当日|当天|本数|本日|\\d{1,2}(?:月\\d{1,2})?日)?\\s*[）)]`;
const DAY_TAIL = `(?:\\s*[（(](?:星期|周)[一二三四五六日天][)）]|\\s*[（(][^（）()\\d]{1,12}日[)）])?(?:\\s*${CLOCK})?(?:\\s*${INCLUSIVE})?`;
/** A remark in brackets on what a day was, no figure of a date in it: (人才政策“18条”印发), (政策发布之日). */
const DAY_REMARK = `[（(][^（）()年月日。；;，,]{2,20}[）)]`;
/** What may stand between a day and its 前: the day's tail or the end of office hours (上午下班前). */
const LIMIT_TAIL = `(?:\\s*(?:上午|中午|下午)?下班|${DAY_TAIL})`;

/** A period from y-mo-d to an end written without its year (month optional): undefined unless the end comes after the start. */
function yearlessEnd(y: string, mo: string, d: string, mo2: string | undefined, d2: string): Found | undefined {
  const [a, b, c, e] = [Number(mo), Number(d), Number(mo2 ?? mo), Number(d2)];
  if (a < 1 || a > 12 || c < 1 || c > 12 || b < 1 || b > 31 || e < 1 || e > 31 || c * 100 + e <= a * 100 + b) return undefined;
  return { from: `${y}-${pad(mo)}-${pad(d)}`, date: `${y}-${pad(String(c))}-${pad(d2)}` };
}

/** A verb that organises a programme round, right before its year (开展, 组织开展, 做好, 启动). */
// (组织好 as 做好: 为组织好2014年重大技术装备…项目的申报工作, 四川省)
// (…the place whose round it is between: 现组织开展贵州省2023年专精特新“小巨人”培育企业遴选工作, 贵州省; 开展全市2024年…)
// (…or accepting its applications: 我局开始受理2022年民营及中小企业创新发展培育扶持计划国内市场开拓项目的申报, 深圳)
const ORGANISED_BEFORE = /(?:开展|组织好?|做好|启动|部署|进行|受理)(?:[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|州|盟|旗)|自治区)?\s*$/;
/** The round's work named after its year in the same phrase (…遴选推荐工作, …复核工作, …申报). */
const ROUND_WORK_AFTER = /^(?:度)?[^，。；,;！？:：]{0,40}?(?:工作|申报|遴选|复核|评价|认定|评审|评选)/;
/** A round's applications named right after the year, no title between (…项目入库工作, …资金申报). */
/** The work of a round's applications: 申报, 入库, 遴选… (ROUND_CALL_AFTER, ROUND_APPLICATIONS_AFTER). */
const ROUND_APPLICATION_WORDS = '申报|入库|遴选|复核|评审|评选|认定';
// (…or its grants, 现就2023年高新技术企业开展奖励工作, 虹口: the year of the grants' round, as 金山's 2024年度…奖励)
const ROUND_CALL_AFTER = new RegExp(`^(?:度)?[^，。；,;！？:：《》]{0,30}?(?:${ROUND_APPLICATION_WORDS}|奖励|资助|奖补|兑现|征集|推荐)`);
/**
 * …and after 现将, its applications' work only (…补助申报工作有关事项通知如下; its applications' matters, 工作 left out: …一次性交通补助申请相关事项
 * 通知如下, 临翔 round 273), no allotment it sends (…奖励安排计划下达给…).
 */
const ROUND_APPLICATIONS_AFTER = new RegExp(`^(?:度)?[^，。；,;！？:：《》]{0,30}?(?:${ROUND_APPLICATION_WORDS}|申请)(?:工作(?:有关|相关)?(?:事项|事宜)?|(?:有关|相关)(?:事项|事宜))通知如下`);
/** Where a span's figure starts in a match that opens with its words (有效期3年, 之后5年内): the raw keeps the span alone. */
const figureAt = (match: string): number => match.search(/[\d一二两三四五六七八九十]/);
/** Whether a call's year is a round's name: 现就 turns to its applications, awards or calls, 现将 only to its applications' work. */
function callsRound(call: '就' | '将', after: string): boolean {
  return (call === '就' ? ROUND_CALL_AFTER : ROUND_APPLICATIONS_AFTER).test(after);
}
/** A batch of a round, or its guide, named right after the year (2025年海口市第四批…, 2025年申报指南). */
// (…or the programme's fund its year names, then its call: 2023年高新技术企业奖励性补助申报时间为2024年4月15日前, 六盘水)
const ROUND_BATCH_AFTER = /^(?:度)?(?:[^，。；,;！？:：\d]{0,12}?第[一二三四五六七八九十\d]+批|申报指南|指南|[^，。；,;！？:：\d]{0,16}?(?:奖励|补助|资金|补贴|奖补)[^，。；,;！？:：\d]{0,4}?申报(?:时间|工作|通知|截止))/;

/** A time field's label and colon right before a value (完成时限：, 时间节点:). */
const FIELD_BEFORE = new RegExp(`(?:${TIME_FIELD})\\s*[:：]\\s*$`);
/** A year a limit written in figures may name (not a count or a code that looks like one). */
const plausibleYear = (y: string): boolean => Number(y) >= 1990 && Number(y) <= 2100;

/** A target the rest of a sentence sets (…累计达到1500吨, …下降10%): what a plan's period opening the sentence frames. */
const PERIOD_TARGET_AFTER = /^[^。；;!?！？\n]*?(?:达到|达|实现|完成|累计|力争|确保|新增|减少|削减|下降|降低|提高|提升|增长|控制在|突破|建成|超过)/;
/** What a rule finds; `skip` drops the words a match starts with from the raw (之后|两年内: the literal anchors the match). */
type Found = Omit<Deadline, 'start' | 'end' | 'raw'> & { skip?: number };
/** A five-year plan's period (“十四五”期间 → 2021–2025), or its last year for its end (期末, 末): m[1] the plan, m[2] the word after it. */
function planPeriod(m: RegExpMatchArray, c: { text: string; docYear: number }): Found | undefined {
  const p = FIVE_YEAR[m[1]];
  if (!p) return undefined;
  if (c.docYear && p[1] < c.docYear && opensSentence(c.text, m.index!) && /^\s*[,，]/.test(c.text.slice(m.index! + m[0].length))) return undefined;
  return /末$/.test(m[2]) ? { date: String(p[1]) } : { from: String(p[0]), date: String(p[1]) };
}

/**
 * The rules, tried in order (an earlier match keeps its characters); compiled once. Most are marked with a word or character
 * every match needs (needing), so a clause without it skips the rule's scan.
 */
const RULES: [RegExp, (m: RegExpMatchArray, c: { text: string; docYear: number }) => Found | undefined][] = [
  // A window each year, named by 当年/每年 and 次年 (申报时间为当年12月1日至次年2月20日: 云南省): recurring, no date.
  [needing(/(?:当年|每年)(?:的)?\d{1,2}月\d{1,2}日?\s*(?:至|到|—|-|－|~)\s*(?:次年|翌年|下一年|下年|当年)?\d{1,2}月\d{1,2}日/g, /[当每]年/), () => ({ kind: 'ongoing' })],
  // A limit each year named by 当年 (申报截至日期为当年12月31日: 西太湖, a three-year policy; 于当年11月底前): each round's, no calendar
  // date, as the 当年…至次年 window above. Only as a limit: a 截至/截止/于 before it or 前 after it.
  [needing(/当年(?:的)?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:\d{1,2}\s*[日号]|底|末)(?:前|之前|以前)?/g, /当年/), (m, c) =>
    /(?:前|之前|以前)$/.test(m[0]) || /(?:截至|截止|于)(?:日期|时间)?(?:为|是)?\s*$/.test(c.text.slice(Math.max(0, m.index! - 8), m.index!)) ? { kind: 'ongoing' } : undefined],
  // A limit in the year after a recurring event (奖励资金于大学生科技创新大赛次年5月底前拨付, 于次年3月底前完成申报: 山东省): each round's, no
  // calendar date.
  [needing(/(?:次年|翌年)(?:的)?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:\d{1,2}\s*[日号]|底|末|上旬|中旬|下旬)?(?:前|之前|以前)/g, /次年|翌年/), () => ({ kind: 'ongoing' })],
  // A labelled time limit that is no date, its whole value (（牵头单位：市工信局，完成时限：长期坚持）, 完成时间：持续推进, 完成时限:持续巩固提升).
  // (…an immediate start before it, the value read whole: 整改时限:立行立改,长期坚持, 楚雄 and 汕头 — raw as written)
  [needing(new RegExp(`(?<=(?:${TIME_FIELD})\\s*[:：]\\s*)(?:${IMMEDIATE_START})?(?:长期|持续|常态化)(?:[\\u4e00-\\u9fff]{0,6}(?=[）)，,；;。、\\s]|$)|坚持|推进|执行|实施|开展|落实)?`, 'g'), /长期|持续|常态化/), () => ({ kind: 'ongoing' })],
  // (…and the same words after a dated limit in the field: 完成时限:2023年6月底前并长期坚持, 克拉玛依 — two deadlines, the date and ongoing.)
  [needing(new RegExp(`(?<=(?:${TIME_FIELD})\\s*[:：][^。；;:：]{1,24}?(?:并且?|且|[，,、]))(?:长期|持续|常态化)(?:坚持|推进|执行|实施|开展|落实)`, 'g'), /长期|持续|常态化/), () => ({ kind: 'ongoing' })],
  // A time limit that recurs each month, quarter or half year (于每月5日前报送, 每季度末, 每季度首月10日前, 每季度结束后10个工作日内,
  // 每月9日、19日、28日前, 每周二中午12时前, 每季度最后一个月的30日前, 每季度末月25日前): ongoing, no date. (每年6月底前 too, taken before these rules; 每季度考核 bounds no time.)
  [needing(new RegExp(`每(?:个)?(?:自然)?(?:月|季度|季|半年|旬)(?:度)?(?:的)?(?:(?:月|季)?(?:末|底)(?!月)(?:前|之前|以前)?|(?:(?:首月|末月|第[一二三1-3]个月|最后一个?月)(?:的)?)?(?:第?${N}\\s*个?工作日|${N}\\s*[日号](?:\\s*[、和及]\\s*${N}\\s*[日号])*)(?:前|之前|以前|内|以内)|(?:结束后|后|初)(?:的)?${N}\\s*个?(?:工作日|日|天)(?:内|以内|前)?)|每周(?:周)?[一二三四五六日](?:(?:上午|中午|下午)?${N}\\s*[时点]|下班)?(?:前|之前)`, 'g'), /每/), () => ({ kind: 'ongoing' })],
  // (试行 too: 自公布之日起试行, 大兴)
  // (…its day named by the sending, 自发文之日起执行; or the month after it, 调整后的标准从发文之日次月起执行, 彭水)
  [needing(/(?:自|从)(发布|印发|公布|发文|下发|颁布)之日(?:的)?(?:起|次月起|次月1日起)(施行|执行|实施|生效|试行)/g, /之日/), () => ({ kind: 'effective' })],
  // (…or the day itself, 即日: 本办法自即日起施行, 我市即日起实行新建商品住房购房契税补贴政策, 巩义; not 即日起至8月5日, a window)
  // (…where it is in force named between: 即日起在全县实行…有奖举报制度, 景谷)
  [needing(/(?:自|从)?即日起(?:开始)?(?:在[^，。；,;至到\d]{1,8}?)?(施行|执行|实施|实行|生效|试行)/g, /即日/), () => ({ kind: 'effective' })],
  // 自印发之日起30日后施行: in force a set time after publication.
  [needing(new RegExp(`自(发布|印发|公布)之日起${N}\\s*(?:个)?(日|天|月)后(施行|执行|实施|生效|试行)`, 'g'), /之日起/), () => ({ kind: 'effective' })],
  [/自(\d{4})年(\d{1,2})月(\d{1,2})日起(施行|执行|实施|生效|试行)/g, (m) => ({ date: `${m[1]}-${pad(m[2])}-${pad(m[3])}`, kind: 'effective' })],
  // …a year or month as the start, its edition or round maybe named between (自2019年起实施, 自2024年7月起施行, 自2019年度北京市科学技术奖起实施,
  // 北京市; 自2021年度项目申报起执行): in force from then, that year or month.
  [needing(/(?:自|从)(\d{4})年(?:度)?(?:(\d{1,2})月(?:份)?)?(?:(?!之日)[^，。；,;：:起\d月日号]){0,16}?起(?:施行|执行|实施|生效|试行)/g, /起(?:施|执|实|生|试)/), (m) => ({ date: m[1] + (m[2] ? `-${pad(m[2])}` : ''), kind: 'effective' })],
  // A window back from the day the instrument takes effect (2025年1月1日至本政策施行之日的奖补对象,参照本政策规定执行, 瑞安): from the day
  // written to the effective day the text gives (本政策自2025年6月10日起施行); the start alone where it gives none.
  [needing(/(\d{4})年(\d{1,2})月(\d{1,2})日(?:起)?(?:至|到)本(?:政策|办法|措施|通知|细则|意见|规定|方案|条例)(?:正式)?(?:施行|实施|执行|印发|发布)之日(?:止|前)?/g, /之日/), (m, c) => {
    const from = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
    const eff = /自(\d{4})年(\d{1,2})月(\d{1,2})日起(?:施行|执行|实施|生效)/.exec(c.text);
    const to = eff ? `${eff[1]}-${pad(eff[2])}-${pad(eff[3])}` : undefined;
    return to && to > from ? { from, date: to } : { date: from };
  }],
  // The same in words, as formal rules write it (自二〇二四年一月一日起施行, whose year reads as digits by now).
  [new RegExp(`自(\\d{4})年(${MONTH_WORD})月(${DAY_WORD})日起(施行|执行|实施|生效|试行)`, 'g'), (m) => ({ date: `${m[1]}-${pad(String(parseNumber(m[2])))}-${pad(String(parseNumber(m[3])))}`, kind: 'effective' })],
  // (…及今后时期 names the plan's period too, its end left open: “十三五”及今后时期, 海曙)
  // (its end, 末 or 期末, is that year alone: “十五五”期末达到300万千瓦以上, 广东省)
  // (Not a past plan's end opening a sentence that reports where things stood then: “十二五”末,开发区天然草原面积551万亩…, 腾格里 2016,
  // as a past period opening one is.)
  // (时期 as 期间: “十三五”时期,在宁武…规划建设通用航空机场, 忻州; ANNOTATION's “十四五”时期 is 2021–2025.)
  // (…a 时期 that frames the clause, not one that qualifies a noun after it: 围绕我区“十四五”时期六大产业总体布局 is the plan's layout, seeds.)
  // (…or one opening its sentence, the clause's subject after it, a target set later in the sentence: “十四五”时期挥发性有机物重点工程减排量
  // 累计达到1500吨, 青海省 — the plan's period frames what follows, as with a comma; not a heading, (一)“十二五”时期主要规划指标, 辽宁省.)
  [needing(/[“"]?(十[一二三四五六]五)[”"]?(期间|时期|期末|末|及今后(?:一个)?时期)/g, /十[一二三四五六]五/), (m, c) =>
    m[2] === '时期' && !/^\s*(?:[，,、。；;]|内|中|$)/.test(c.text.slice(m.index! + m[0].length)) && !(opensSentence(c.text, m.index!) && PERIOD_TARGET_AFTER.test(c.text.slice(m.index! + m[0].length))) ? undefined : planPeriod(m, c)],
  // (…and the plans before them, in quotes, as 十五 alone may be a count: “九五”期间,省财政每年拿出3000万元, 云南省 1996.)
  [needing(/[“"]([七八九]五|十五)[”"](期间|时期(?=\s*(?:[，,、。；;]|内|中|$))|期末|末)/g, /[七八九十]五[”"]/), planPeriod],
  // A measure kept in force with no end, the verb closing its phrase (作为制度性安排长期实施。: 嘉兴; 长期执行, 长期有效): ongoing
  // (not 中长期/超长期, a span's name; nor 长期租赁, a kind of lease; nor 长期坚持以企业为中心的服务理念, a stance with its object).
  [needing(/长期(?:实施|执行|施行|有效|适用)(?=[，。；,;）)]|$)/g, /长期/), (m, c) => (/[中超]/.test(c.text[m.index! - 1] ?? '') ? undefined : { kind: 'ongoing' })],
  // Periods between two calendar dates, also 自…起至…止, 自…开始至…结束 and dotted (2024.1.1—2025.12.31).
  // (each end may carry its bound mark: 2019年1月1日(含)至2019年8月31日(含)内完工, 江门)
  // (and its hour: 2024年10月31日9:00时至2024年11月4日9:00时, 浦东)
  // (…a remark in brackets on what the first day was between the two: 2018年2月5日(人才政策“18条”印发)至2022年9月29日之间, 吉林省 2023)
  // (Here and below, a period's ends are parted by a run of dashes of any kind, 至 or 到: 2012年6月20日-------2012年7月3日, 长茂镇.)
  [new RegExp(`(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:\\s*${INCLUSIVE})?${DAY_TAIL}(?:\\s*${DAY_REMARK})?\\s*(?:起|开始)?\\s*(?:[-—–－~～]{1,8}|至|到)\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:止|结束|\\s*${INCLUSIVE})?`, 'g'), (m) => ({ from: `${m[1]}-${pad(m[2])}-${pad(m[3])}`, date: `${m[4]}-${pad(m[5])}-${pad(m[6])}` })],
  // A period whose end omits the start's year (2025年11月6日-11月19日, 自2023年1月1日至12月31日, 2025年11月6日至19日,
  // 2025.11.6-11.19): the end is dated in the start's year, and must come after the start.
  // (A weekday or an hour may follow each day: 2025年11月6日(星期四)9:00至11月19日(星期三)17:00.)
  // (a dash doubled as some pages type it: 2024年6月16日--6月30日, 农安)
  // (…its first 日 left out before a dash: 动员部署阶段(2011年9月27-30日), 乌鲁木齐)
  // (…一 written for the dash between two days, 网上申报时间:2023年6月26日一7月14日: 宝安 — never a count between a day and a month)
  [new RegExp(`(?:自|从)?(\\d{4})年(\\d{1,2})月(\\d{1,2})(?:日${DAY_TAIL}|(?=\\s*[-—–－~～]))\\s*(?:起|开始)?\\s*(?:[-—–－~～]{1,8}|至|到|(?<=日\\s*)一(?=\\s*\\d{1,2}月\\d{1,2}日))\\s*(?:(\\d{1,2})月)?(\\d{1,2})日(?:${DAY_TAIL}(?=\\s*(?:止|结束)))?(?:\\s*(?:止|结束))?`, 'g'), (m) => yearlessEnd(m[1], m[2], m[3], m[4], m[5])],
  // The same without any year (申报时间:11月6日-11月19日): the year written before, else the notice's.
  // (…its first 日 left out before a dash too: 12月4—10日举办“火锅消费周”子活动, 綦江)
  // (…开始 and 结束 as 起 and 止: 2019年全旗休牧工作从3月20日开始至6月20日结束, 鄂托克前旗)
  [new RegExp(`(?:自|从)?(\\d{1,2})月(\\d{1,2})(?:日${DAY_TAIL}|(?=\\s*[-—–－~～]))\\s*(?:起|开始)?\\s*(?:[-—–－~～]{1,8}|至|到)\\s*(?:(\\d{1,2})月)?(\\d{1,2})日(?:\\s*(?:止|结束))?`, 'g'), (m, c) => {
    const at = m.index! + (/^[自从]/.test(m[0]) ? 1 : 0);
    if (/[\d年月.]/.test(c.text[at - 1] ?? '')) return undefined;
    const y = yearBefore(c.text, m.index!) ?? (c.docYear || undefined);
    return y ? yearlessEnd(String(y), m[1], m[2], m[3], m[4]) : undefined;
  }],
  [needing(/(?<![\d.])(\d{4})[.．/](\d{1,2})[.．/](\d{1,2})\s*(?:起)?\s*(?:[-—–－~～]{1,8}|至|到)\s*(\d{1,2})[.．/](\d{1,2})(?![\d.．/])/g, /\d[.．/]\d/), (m) => yearlessEnd(m[1], m[2], m[3], m[4], m[5])],
  [needing(/(?<![\d.])(\d{4})[.．/](\d{1,2})[.．/](\d{1,2})\s*(?:起)?\s*(?:[-—–－~～]{1,8}|至|到)\s*(\d{4})[.．/](\d{1,2})[.．/](\d{1,2})(?![\d.])/g, /\d[.．/]\d/), (m) => ({ from: `${m[1]}-${pad(m[2])}-${pad(m[3])}`, date: `${m[4]}-${pad(m[5])}-${pad(m[6])}` })],
  // (…and dated the ISO way, the ends parted by a slash, a word or a dash with room around it: 申报时间:2021-12-14 / 2021-12-29, 龙岗;
  // 2021-12-14至2021-12-29; an hour after each day maybe. A bare hyphen between them would read as the dates' own.)
  [needing(/(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:起)?(?:\s*(?:[/／至到~～—–－]|--)\s*|\s+-\s+)(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g, /\d-\d/), (m) =>
    Number(m[2]) <= 12 && Number(m[3]) <= 31 && Number(m[5]) <= 12 && Number(m[6]) <= 31 ? { from: `${m[1]}-${pad(m[2])}-${pad(m[3])}`, date: `${m[4]}-${pad(m[5])}-${pad(m[6])}` } : undefined],
  [needing(/(?:到|至|截至|截止到?|于|在)(\d{4})[.．/](\d{1,2})[.．/](\d{1,2})(?![\d.])(?:前|之前|以前)?|(?<![\d.])(\d{4})[.．/](\d{1,2})[.．/](\d{1,2})(?:前|之前|以前)/g, /\d[.．/]\d/), (m) => {
    const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    return Number(mo) <= 12 && Number(d) <= 31 ? { date: `${y}-${pad(mo)}-${pad(d)}` } : undefined;
  }],
  // A month written in figures, as task lists write their limits (ANNOTATION: a labelled time limit written in figures is that month):
  // a span of two (完成时限:2024.6-2024.12, from the first to the last), or one marked as a limit by a time field's label before it
  // (完成时限:2024.12), a limit word before it (到2025.12, 于2024.6底前) or after it (2024.12前, 2024.6底). Not a sum (2024.5万元),
  // nor a figure read on (2024.12.31, taken above).
  [needing(/(?<![\d.．])(\d{4})[.．/](1[0-2]|0?[1-9])\s*(?:起)?\s*(?:[-—–－~～]{1,8}|至|到)\s*(\d{4})[.．/](1[0-2]|0?[1-9])(?:底|末)?(?:前|之前|以前|止)?(?![\d.．/万亿元%％])/g, /\d[.．/]\d/), (m) =>
    plausibleYear(m[1]) && `${m[3]}-${pad(m[4])}` > `${m[1]}-${pad(m[2])}` ? { from: `${m[1]}-${pad(m[2])}`, date: `${m[3]}-${pad(m[4])}` } : undefined],
  // A day so written after a time field's label, dashes too (时间节点:2024-06-30, 完成时限：2024.12.31).
  [needing(/(?<![\d.．\-])(\d{4})([.．/\-])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d.．/\-])(?:前|之前|以前)?/g, /\d[.．/\-]\d/), (m, c) =>
    plausibleYear(m[1]) && FIELD_BEFORE.test(c.text.slice(Math.max(0, m.index! - 12), m.index!)) ? { date: `${m[1]}-${pad(m[3])}-${pad(m[4])}` } : undefined],
  [needing(/(到|至|截至|截止到?|于)?(?<![\d.．])(\d{4})[.．/](1[0-2]|0?[1-9])(?![\d.．/万亿元%％]|\s*(?:[-—–－~～]{1,8}|至|到)\s*\d)((?:底|末)?(?:前|之前|以前)|底|末)?/g, /\d[.．/]\d/), (m, c) =>
    plausibleYear(m[2]) && (m[1] || m[4] || FIELD_BEFORE.test(c.text.slice(Math.max(0, m.index! - 12), m.index!))) ? { date: `${m[2]}-${pad(m[3])}` } : undefined],
  // A span from a month (or a day) to a later year, or that year's end (从2014年4月至2016年底, 2021年7月1日至2023年): from the first to the
  // year, its last month when 底 or 末 closes it, as 2027年底 alone is 2027-12 (云南省 微型企业).
  // (A numeral class opens it, so it is guarded by the month-to-year join every match holds.)
  [needing(/(\d{4})年(\d{1,2})月(?:份)?(?:(\d{1,2})日)?\s*(?:起)?\s*(?:[-—–－~～]{1,8}|至|到)\s*(\d{4})年(底|末)?(?:前|之前|以前|止)?(?![\d度])/g, /月(?:份)?(?:\d{1,2}日)?\s*(?:起)?\s*(?:[-—–－~～]{1,8}|至|到)\s*\d{4}年/), (m) => {
    if (Number(m[2]) > 12 || Number(m[2]) < 1 || Number(m[4]) <= Number(m[1]) || Number(m[4]) - Number(m[1]) > 30) return undefined;
    return { from: `${m[1]}-${pad(m[2])}${m[3] ? `-${pad(m[3])}` : ''}`, date: `${m[4]}${m[5] ? '-12' : ''}` };
  }],
  // A span from a year to a month (or a day) of a later year (以上项目的时间区间为2018年至2020年5月底, 杭州): from the first year to that month,
  // as the span from a month to a year above runs the other way.
  [needing(/(?<![\d.])(\d{4})年\s*(?:起)?\s*(?:[-—–－~～]{1,8}|至|到)\s*(\d{4})年(\d{1,2})月(?:份)?(?:(\d{1,2})日|底|末|初|上旬|中旬|下旬)?(?:止|前|之前)?/g, /年\s*(?:起)?\s*(?:[-—–－~～]{1,8}|至|到)\s*\d{4}年\d{1,2}月/), (m) =>
    Number(m[3]) >= 1 && Number(m[3]) <= 12 && Number(m[2]) > Number(m[1]) && Number(m[2]) - Number(m[1]) <= 30 ? { from: m[1], date: `${m[2]}-${pad(m[3])}${m[4] ? `-${pad(m[4])}` : ''}` } : undefined],
  // Month ranges: 2024年1月至2025年12月, 2024年1-6月, 2024年1月—6月 (from the first month to the last).
  // (…each month's part named too: 2011年9月底到2012年2月底, 2011年5月下旬至11月上旬: 新疆)
  // (…its start and end said in words: 本次活动自2024年1月开始至2024年12月结束, 邓州)
  [/(\d{4})年(\d{1,2})(?:月(?:份)?(?:底|末|初|上旬|中旬|下旬)?)?\s*(?:起|开始)?\s*(?:[-—–－~～]{1,8}|至|到)\s*(?:(\d{4})年)?(\d{1,2})月(?:份)?(?:(\d{1,2})日|底|末|初|上旬|中旬|下旬)?(?:止|结束)?/g, (m) => {
    const y2 = m[3] ?? m[1];
    const from = `${m[1]}-${pad(m[2])}`;
    const date = `${y2}-${pad(m[4])}${m[5] ? `-${pad(m[5])}` : ''}`;
    return Number(m[2]) <= 12 && Number(m[4]) <= 12 && date.slice(0, 7) > from ? { from, date } : undefined;
  }],
  // A season or a year spanning two calendar years, written with a slash (2023/2024榨季, 2024/2025学年): from the first to the second.
  [needing(/(?<![\d/])(\d{4})\s*[/／]\s*(\d{4})\s*(?:榨季|学年|年度|财年|年)/g, /[/／]/), (m) => (Number(m[2]) === Number(m[1]) + 1 ? { from: m[1], date: m[2] } : undefined)],
  // (…or with a dash before a season's name, no 年: 2024-2025新雪季, 2023—2024赛季, 吉林)
  [needing(/(?<![\d/.\-])(\d{4})\s*[-—–－~～]\s*(\d{4})(?=\s*(?:新)?(?:雪季|冰雪季|榨季|赛季|学年|采暖季|供暖季))/g, /季|学年/), (m) => (Number(m[2]) === Number(m[1]) + 1 ? { from: m[1], date: m[2] } : undefined)],
  // A span from one year's season to a later year's (推出2018年冬2019年春“冬游西藏”活动优惠政策, 西藏; 2018年冬季至2019年春季): one
  // period, from the first year to the second, as 2018—2019年 is; not the first year alone and the second as a limit.
  [needing(new RegExp(`(\\d{4})\\s*年\\s*${SEASON}\\s*(?:(?:[-—–－~～]{1,8}|至|到)\\s*)?(\\d{4})\\s*年\\s*${SEASON}`, 'g'), /[春夏秋冬]/), (m) =>
    Number(m[2]) === Number(m[1]) + 1 ? { from: m[1], date: m[2] } : undefined],
  // This winter and next spring (今冬明春): the notice's year to the next, as the span above.
  [needing(/今冬明春/g, /今冬/), (_m, c) => (c.docYear ? { from: String(c.docYear), date: String(c.docYear + 1) } : undefined)],
  // This century's end or middle (到本世纪末, 展望本世纪中叶): the notice's century read from its year, as 今年 is (a 1991 notice's 本世纪末
  // is 2000, a 2025 notice's 本世纪中叶 2050).
  [needing(/(?:到|至|在)?本世纪(末|中叶)/g, /本世纪/), (m, c) => {
    if (!c.docYear) return undefined;
    const first = Math.floor((c.docYear - 1) / 100) * 100 + 1;
    return { date: String(first + (m[1] === '末' ? 99 : 49)) };
  }],
  // (Not the term of a designation a call names: 做好2017-2018年度新昌县创新型苗子企业有关申报事项, 新昌.)
  // (Nor a period over before the notice's year opening a sentence on what was done then, as a bare year before it is none: 2007-2008年,
  // 各地坚持…,为自治区经济社会持续健康发展做出了新的贡献, 新疆 2009.)
  // (Nor the years a bounded figure of the applicant's is measured over: 2020年至2021年研发投入保持正增长,额度均不低于200万元, 蔡甸.)
  // (…the last year's end and a limit word after it part of the span: 因地制宜逐步改造2001年至2005年底前建成的老旧小区, 四川省 — to 2005-12.)
  [/(\d{4})\s*(?:年)?\s*(?:[-—–－~～]{1,8}|至|到)\s*(\d{4})\s*年(?:(底|末)(?:前|之前|以前)?)?/g, (m, c) => (Number(m[2]) > Number(m[1]) && yearsNameWindow(c, m) ? { from: m[1], date: m[3] ? `${m[2]}-12` : m[2] } : undefined)],
  // Two years joined by 或 naming one cohort (认定登记时间为2021年或2022年度的技术合同, 河南省; 深圳市2019年或2020年获得…认定的孵化器): one
  // period from the first to the second (ANNOTATION rounds 222, 227), under the range's own guards.
  [needing(/(\d{4})\s*年(?:度)?\s*或\s*(\d{4})\s*年(?:度)?/g, /年(?:度)?\s*或/), (m, c) => {
    const gap = Number(m[2]) - Number(m[1]);
    return gap > 0 && gap <= 5 && yearsNameWindow(c, m) ? { from: m[1], date: m[2] } : undefined;
  }],
  // A fund's year written without 年, the fund handed down and its sum after its name (下达我省2024生猪调出大县省级统筹奖励资金663万元, 吉林省;
  // 现将2026中央财政衔接推进乡村振兴补助资金200万元(少数民族发展任务)下达…, 富民): the year the fund is for, as it is with 年 (ANNOTATION
  // round 117's decision).
  [needing(/(?<=(?:下达|下拨|拨付|现将)(?:给)?(?:我|本|你)?(?:省|市|县|区|旗|州|单位)?)((?:19|20)\d{2})(?![年\d])(?=[^，。；,;\d《》]{2,40}?(?:资金|经费)\s*(?:[（(][^（）()]{0,30}[）)])?\s*\d+(?:\.\d+)?\s*(?:万|亿)?元)/g, /下达|下拨|拨付|现将/), (m) => ({ date: m[1] })],
  // A plan's period in brackets without 年 after its name (三年行动计划(2022-2024), 规划（2021—2025）): the raw is the years.
  // (It starts at the bracket, dropped from the raw by skip: a lookbehind would be tried at every character.)
  [needing(/[（(](\d{4})\s*[-—–－~～至到]\s*(\d{4})(?=[）)])/g, /[（(]\d/), (m) => (Number(m[2]) > Number(m[1]) && Number(m[2]) - Number(m[1]) <= 30 ? { from: m[1], date: m[2], skip: 1 } : undefined)],
  // A start without an end: 从2025年起, 自2024年7月起 (not …起施行, an effective date; not …起至…, a period).
  // (…its day maybe written without 日, a page's slip: 决定自2024年10月1起,在…实施, 遂宁.)
  // (…a year written as a fiscal year too: 自2015年度起调整城镇居民基本医疗保险筹资标准, 北京)
  [needing(/(?:从|自)?(?<!\d|(?<!\d)[.．])(\d{4})年(?:度(?=起|开始)|(?:(\d{1,2})月(?:(\d{1,2})日?)?)?)(?:起|开始)(?!至|到|施行|执行|实施|生效|[\d—\-–~])/g, /起|开始/), (m) => ({ date: m[1] + (m[2] ? `-${pad(m[2])}` + (m[3] ? `-${pad(m[3])}` : '') : '') })],
  // A year that opens the window an applicant's act must fall in (对2024年以后新建的项目, 2024年之后投资额不低于20万元的…项目): a start,
  // as 2024年6月份以后 is; a year 以后 the sentence only describes (2023年以来, 2025年以后的发展) names no applicant after it.
  [needing(WINDOW_YEAR, /以后|之后/), (m, c) => (/[\d.]/.test(c.text[m.index! - 1] ?? '') ? undefined : { date: m[1] })],
  // (…or one the applicant named before it must fall after, its act right after the year: 建成項目原則上應為2023年以后完成建設, 浙江省 2025; 项目须在
  // 2022年之后开工建设)
  [needing(WINDOW_YEAR_AFTER_SUBJECT, /以后|之后/), (m) => ({ date: m[1] })],
  // (…and one 以来 after 对, the act and the applicant after it: 对2020年以来实质性竣工投产…的工业项目; not 2015年以来…形成的市辖区, which
  // describes what a thing is, 对 opening no grant's applicant before it)
  [needing(WINDOW_SINCE, /以来/), (m) => ({ date: m[1] })],
  // (…or one with an act of honour or recognition right after it and whoever it names after 的: 2018年以来受县级(含)以上表彰的
  // 各行各业优秀群体, 杞县 — the cohort's window, as 2019年度认定的 is)
  [needing(WINDOW_SINCE_HONOURED, /以来/), (m) => ({ date: m[1] })],
  // (A 的 may stand between the year and its month: 请于2005年的3月30日、6月30日…分四次上报.)
  // (…its hour or weekday between the day and 前 as well: 2026年1月20日24點前, 南京; 2024年7月30日(星期二)前, 成都)
  // (Not a signature a flattened page ran into the text: the signing body opening the clause, its date right after it, no limit word:
  // …认真贯彻落实。 北京市昌平区人民政府 2013年10月14日 昌平区…行动计划 近年来…, 昌平.)
  // (A day whose year lost its 年 on the page, 并于20251月20日前…报区政府督查室, 将…完成情况20254月8日、7月8日…前报送: 洪山; the year
  // is 19xx or 20xx, the month one or two digits before 月; a month's limit so written too, 20256月底前.)
  [needing(new RegExp(`(?:到|至|截至|截止到?|于|在)?(?<![\\d.])((?:19|20)\\d{2})(1[0-2]|[1-9])月(?:(\\d{1,2})日(?:${LIMIT_TAIL}(?:前|之前|以前))?|(?:份)?(?:底|末|上旬|中旬|下旬)?(?:前|之前|以前)|(?:份)?(?:底|末))`, 'g'), /\d月/), (m) =>
    ({ date: `${m[1]}-${pad(m[2])}` + (m[3] ? `-${pad(m[3])}` : '') })],
  [new RegExp(`(?:到|至|截至|截止到?|于|在)?(\\d{4})年(?:的)?(\\d{1,2})月(\\d{1,2})日(?:${LIMIT_TAIL}(?:前|之前|以前))?`, 'g'), (m, c) =>
    (signedAt(c.text, m.index!) && !/前$/.test(m[0])) || dataCutOff(c.text, m.index!, m[0]) || SIGNED_FIELDS_BEFORE.test(c.text.slice(Math.max(0, m.index! - 60), m.index!)) ? undefined : { date: `${m[1]}-${pad(m[2])}-${pad(m[3])}` }],
  [needing(/(?:到|至|截至|截止到?|于|在)?(\d{4})年(?:的)?(\d{1,2})月(?:份)?(?:底|末|上旬|中旬|下旬|上中旬|中下旬|初(?!步|见|期))?(?:前|之前|以前)?/g, /月/), (m, c) =>
    ((signedAt(c.text, m.index!) || SIGNED_FIELDS_BEFORE.test(c.text.slice(Math.max(0, m.index! - 60), m.index!))) && /^\d{4}年\d{1,2}月\d{1,2}日/.test(c.text.slice(m.index!))) || dataCutOff(c.text, m.index!, m[0]) ? undefined : { date: `${m[1]}-${pad(m[2])}` }],
  // The month in words after a year (二〇二四年十二月底前, whose year reads as digits by now), and its day in words (二〇二四年十二月
  // 三十一日前).
  [needing(new RegExp(`(?:到|至|截至|截止到?|于|在)?(\\d{4})年(?:的)?(${MONTH_WORD})月(?:份)?(?:(${DAY_WORD})日(?:前|之前|以前)?|(?:底|末)?(?:前|之前|以前)?)`, 'g'), /月/), (m) =>
    ({ date: `${m[1]}-${pad(String(parseNumber(m[2])))}` + (m[3] ? `-${pad(String(parseNumber(m[3])))}` : '') })],
  // A half year or a quarter of this year or the next (大唐电厂明年上半年投入运行, 今年下半年, 明年一季度, 明年第四季度): a period of
  // the notice's year or the one after, as 明年6月底前 is (below); read before the bare half year and quarter, which would take
  // the year written before.
  [needing(/(今|明)年(?:度)?(?:的)?(?:(上|下)半年(?!度)|(?:第)?([一二三四1-4])季度)/g, /[今明]年/), (m, c) => {
    if (!c.docYear) return undefined;
    const y = c.docYear + (m[1] === '明' ? 1 : 0);
    if (m[2]) return m[2] === '上' ? { from: `${y}-01`, date: `${y}-06` } : { from: `${y}-07`, date: `${y}-12` };
    const q = parseNumber(m[3]);
    return { from: `${y}-${pad(String(q * 3 - 2))}`, date: `${y}-${pad(String(q * 3))}` };
  }],
  // A half year is a period like a quarter: 2024年上半年 → 2024-01 to 2024-06; 每半年 is a frequency.
  // (…its year written 年度: 2023年度上半年.)
  [needing(/(?:(\d{4})年(?:度)?)?(?<!每)(上|下)半年(?!度)/g, /半年/), (m, c) => {
    // (…nor each year's halves, 原则上每年度上半年、下半年各集中受理一次: a frequency, 盐田)
    if (/半年考核|考核为|[按每]半年|每(?:个)?年(?:度)?(?:的)?[上下]半年/.test(phraseAround(c.text, m.index!, m.index! + m[0].length))) return undefined;
    // (…nor the period a report covers, 将上半年和全年清单落实情况…报市政府督查室: 湖州)
    // (…its progress too, a table's caption or column: 公开挂牌督办事项上半年进展, 青岛)
    const after = c.text.slice(m.index! + m[0].length);
    if (!m[1] && (/^(?:和|及|与|、)?(?:全年|下半年|上半年)?[^，。；,;前底]{0,10}?情况/.test(after) || PROGRESS_AFTER.test(after))) return undefined;
    // (…nor the round a call turns to, named by its half year: 现将支持2023年度上半年开拓国际市场项目资金申报工作有关事项通知如下, 青岛)
    if (/现(?:就|将)[^，。；,;\d]{0,6}$/.test(c.text.slice(Math.max(0, m.index! - 10), m.index!)) && ROUND_APPLICATIONS_AFTER.test(after)) return undefined;
    // A half of any year, an event's timing (项目上半年土地过户后当年入库、下半年…次年上半年入库): no deadline.
    if (!m[1] && /次年|当年|[^之以然]后/.test(phraseAround(c.text, m.index!, m.index! + m[0].length))) return undefined;
    // The period whose work a measure looks back on (结合全市上半年各责任单位…等工作开展情况挂钩, 弥勒): measured, no limit.
    if (!m[1] && /^(?:结合|根据|按照|依据|对照)[^，。；,;]*情况/.test(phraseAround(c.text, m.index!, m.index! + m[0].length))) return undefined;
    // A half year whose work a sentence describes, as a year's is (关于做好下半年经济工作的决策部署, 营口; 做好2023年经济工作).
    if (describedYear(c.text.slice(m.index! + m[0].length), c.text.slice(0, m.index!))) return undefined;
    const y = m[1] ?? yearBefore(c.text, m.index!) ?? (c.docYear || undefined);
    return y ? (m[2] === '上' ? { from: `${y}-01`, date: `${y}-06` } : { from: `${y}-07`, date: `${y}-12` }) : undefined;
  }],
  // A quarter is a period; without a year it takes the sentence's or the notice's year.
  // 一季度一目标、一季度一督导 (one per quarter) is a frequency, not a period (力争一季度一批项目正式投产 is one: 苍溪).
  // A quarter that names a recurring assessment is no period either: (第四季度考核为年度考核), (季度考核为一至三季度).
  // 一至三季度 is the span from the first quarter's start to the third's end.
  // 首季(度) is the first quarter (首季开门红); 前三季度 the span from the first.
  [needing(/(?:(\d{4})年)?(?:第)?(?<!每)(?:([一二三四1-4])\s*[至到\-—–~]\s*|(前))?([一二三四1-4]|首)季度?(?!每|一(?!批|些|系列))/g, /季/), (m, c) => {
    if (m[4] !== '首' && !m[0].endsWith('季度')) return undefined;
    // A quarter of a year an event sets (…增长超过上年…的,在次年第一季度内一次性奖励企业; 当年四季度) is no calendar period, as a half
    // year of one is not (below).
    if (!m[1] && RELATIVE_YEAR_BEFORE.test(c.text.slice(Math.max(0, m.index! - 5), m.index!))) return undefined;
    if (/季度考核|考核为|[按每]季度?/.test(phraseAround(c.text, m.index!, m.index! + m[0].length))) return undefined;
    // A quarter whose progress is reported (重点工作三季度进展情况表, 即墨; 对全市重点民生实事二季度完成情况进行了督查): the period a report
    // covers, no limit (二季度完成方案设计 stays one).
    if (!m[1] && PROGRESS_AFTER.test(c.text.slice(m.index! + m[0].length))) return undefined;
    // A quarter that names a meeting or its figures (贯彻全省三季度经济运行调度会议精神): no period.
    if (QUARTER_NAMES.test(c.text.slice(m.index! + m[0].length))) return undefined;
    // ...nor one opening an award's or a fund's name (现开展2025年一季度信息服务业营收增长奖励申报工作: 北京经开区).
    if (m[1] && AWARD_NAME_AFTER.test(c.text.slice(m.index! + m[0].length))) return undefined;
    // (…also with no year, where the name ends as a named policy does: 广泛宣传一季度规上工业企业满负荷生产奖励政策, 符合一季度满负荷生产
    // 奖励条件: 信阳.)
    if (!m[1] && AWARD_POLICY_AFTER.test(c.text.slice(m.index! + m[0].length))) return undefined;
    // A table's column heads (主责部门 配合部门 第一季度 第二季度 第三季度 第四季度): names of columns, no period.
    if (inQuarterHeads(c.text, m.index!, m.index! + m[0].length)) return undefined;
    // (…nor the quarter a policy ran in, named to say which policy: 将2021年四季度实施的…延缓缴纳部分税费政策,延续实施6个月, 茂名.)
    if (POLICY_OF_PERIOD_AFTER.test(c.text.slice(m.index! + m[0].length))) return undefined;
    // (…nor one whose months a bracket after it sets, the season a campaign calls its quarter: 第二季度(5月-7月), 第四季度(2022年11月-2023年1月):
    // 贵州省 — the months are the period, read by the month rules.)
    if (MONTHS_IN_BRACKET_AFTER.test(c.text.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) return undefined;
    const q = m[4] === '首' ? 1 : parseNumber(m[4]);
    const q0 = m[3] ? 1 : m[2] ? parseNumber(m[2]) : q;
    const y = m[1] ?? yearBefore(c.text, m.index!) ?? (c.docYear || undefined);
    // (A start given as a quarter, 从2023年第二季度起, dates the quarter's first month, as a start written alone gives a date only: 武汉.)
    if (y && !m[2] && !m[3] && /^\s*(?:起|开始)/.test(c.text.slice(m.index! + m[0].length))) return { date: `${y}-${pad(String(q * 3 - 2))}` };
    return y && q0 <= q ? { from: `${y}-${pad(String(q0 * 3 - 2))}`, date: `${y}-${pad(String(q * 3))}` } : undefined;
  }],
  // 年底/年末 is the year's December: 到2025年底 → 2025-12.
  // (Not the end of a span of years the rule above refused: 2020年至2021年研发投入…均不低于200万元, 蔡甸.)
  [needing(new RegExp(`(?:到|至|截至|截止到?)(\\d{4})年(?:年?${YEAR_END})?(?:前|之前|以前)?`, 'g'), /[到至截]/), (m, c) => ((/\d{4}\s*年?\s*$/.test(c.text.slice(Math.max(0, m.index! - 6), m.index!)) && /^[至到]/.test(m[0]) && MEASURED_OVER_YEARS.test(c.text.slice(m.index! + m[0].length))) || dataCutOff(c.text, m.index!, m[0]) ? undefined : { date: m[2] ? `${m[1]}-12` : m[1] })],
  // A date a time field gives, maybe with its hour and no year (申报系统截止时间为5月30日17:00, 初审截止时间为6月14日17:00, 申报系统开启时间
  // 为4月30日9:00: 成都): the year written before, else the notice's.
  // (…also a field set to a new day: 截止时间调整为5月15日, 广西科技厅; one moved 至 a day, 推迟至10月8日, is read below)
  [needing(new RegExp(`(?<=(?:截止|截至|开始|开启|受理|报送|申报|提交|关闭)(?:时间|日期)\\s*(?:(?:调整|变更|更改)(?=为))?(?:为|是|[:：])\\s*)(\\d{1,2})月(\\d{1,2})日(?:\\s*\\d{1,2}[:：]\\d{2})?`, 'g'), /时间|日期/), (m, c) => {
    const date = yearlessDay(c, m.index!, m[1], m[2]);
    return date ? { date } : undefined;
  }],
  // A day without a year right before the act due on it (市科技局10月15日完成审查, 滨海): a limit, as 于10月15日完成 is; not a day
  // already past (已于…, 已经…) nor one that starts something (10月15日起).
  [needing(/(?<![\d年月.于])(\d{1,2})月(\d{1,2})日(?:\s*\d{1,2}[:：]\d{2})?(?=完成|报送|提交|上报|办结)/g, /月/), (m, c) => {
    if (/已(?:经)?\s*$/.test(c.text.slice(Math.max(0, m.index! - 3), m.index!))) return undefined;
    const date = yearlessDay(c, m.index!, m[1], m[2]);
    return date ? { date } : undefined;
  }],
  // A month or the year's end without a year: the year written earlier in the sentence, else the notice's.
  // Months without a year: a period (6—9月, 3月至5月) and a start (10月1日起施行), in the year written before, else the notice's.
  [needing(/(?<![\d年月.])(\d{1,2})(?:月(?:份)?)?\s*[—\-–~至到]\s*(\d{1,2})月(?:份|底|末)?(?![\d日])/g, /月/), (m, c) => {
    const y = yearBefore(c.text, m.index!) ?? (c.docYear || undefined);
    const [a, b] = [Number(m[1]), Number(m[2])];
    return y && a >= 1 && b <= 12 && a < b ? { from: `${y}-${pad(m[1])}`, date: `${y}-${pad(m[2])}` } : undefined;
  }],
  [needing(/(?<![\d年月.])(\d{1,2})月(\d{1,2})日起(施行|执行|实施|生效)/g, /起/), (m, c) => {
    const date = yearlessDay(c, m.index!, m[1], m[2]);
    return date ? { date, kind: 'effective' } : undefined;
  }],
  // A window from today to a day without its year (即日起至8月5日, 自即日起至8月5日止: 连云港): the year written before, else the notice's.
  [needing(/(?:自|从)?即日起\s*(?:至|到)\s*(\d{1,2})月(\d{1,2})[日号](?:\s*止)?/g, /即日/), (m, c) => {
    const date = yearlessDay(c, m.index!, m[1], m[2]);
    return date ? { date } : undefined;
  }],
  // A day without its year that starts something, after 自/从/于 (申报系统将于4月8日起开放, 自4月8日起: 江苏省 展会): a start, date only, as
  // 2025年4月8日起 is; the year written before, else the notice's. (…起施行 is an effective date, read above; …起至… a window.)
  [needing(/(?:自|从|于)(\d{1,2})月(\d{1,2})[日号]\s*(?:起|开始)(?!施行|执行|实施|生效|至|到|[\d—\-–~])/g, /起|开始/), (m, c) => {
    const date = yearlessDay(c, m.index!, m[1], m[2]);
    return date ? { date } : undefined;
  }],
  // A day without a year that 截止 or 截至 opens (申报时间截止4月13日, 截止4月2日申报期止: 邛崃): a limit as 4月13日前 is, the year written
  // before, else the notice's; a record as of that day is passed over below (截止11月22日,已受理…: DONE_BY_AFTER).
  // (…not the day a report's figures stand at, opening its sentence: 截至12月31日,全年一般公共预算收入完成413.84亿元, 西城)
  [needing(/(?<![\d年])(?:截止|截至)(?:到|至)?\s*(\d{1,2})月(\d{1,2})[日号](?![\d])/g, /截[止至]/), (m, c) => {
    if (!sentenceBefore(c.text, m.index!).trim() && FIGURE_REPORTED_AFTER.test(c.text.slice(m.index! + m[0].length))) return undefined;
    const date = yearlessDay(c, m.index!, m[1], m[2]);
    return date ? { date } : undefined;
  }],
  // A month's limit without a year (6月底前, 于9月30日前): the year written before, else the notice's (每年6月底前 is taken above: ongoing).
  // (…its hour or weekday between the day and 前: 于8月18日12:00前, 3月26日(星期五)前, 11月4日上午下班前: 大连高新区, 深圳, 海口)
  [needing(new RegExp(`(?<![\\d年])(?:到|至|截至|截止到?|于|在)?(\\d{1,2})月(?:份)?(\\d{1,2}日|底|末|中旬|上旬|下旬)?${LIMIT_TAIL}(?:前|之前|以前)`, 'g'), /前/), (m, c) => {
    const y = yearBefore(c.text, m.index!) ?? (c.docYear || undefined);
    const day = /^\d/.test(m[2] ?? '') ? `-${pad(m[2].replace('日', ''))}` : '';
    return y && Number(m[1]) >= 1 && Number(m[1]) <= 12 ? { date: `${y}-${pad(m[1])}${day}` } : undefined;
  }],
  // A month written in numerals or words with 份/底/末 and no year (九月份全面复工复产, 十二月底): the notice's year.
  [needing(/(?<![\d年每一二三四五六七八九十个])(?:到|至|截至|截止到?|于|在)?([一二三四五六七八九十]{1,3}|\d{1,2})月(份|底|末)(?:前|之前|以前)?(?!以来)/g, /月/), (m, c) => {
    const mo = parseNumber(m[1]);
    // (…not the month whose rent or bills a relief covers: 出租方减半收取其2月份房租, 西城, as 杭州's 2、3月份…缴纳 is none)
    if (MONTH_OF_BILL_AFTER.test(c.text.slice(m.index! + m[0].length))) return undefined;
    const y = yearBefore(c.text, m.index!) ?? (c.docYear || undefined);
    return y && mo >= 1 && mo <= 12 ? { date: `${y}-${pad(String(mo))}` } : undefined;
  }],
  // A month without a year that opens a phrase and sets when its action falls (苏州工业园区 2015年二季度工作要点: 4月…完成验收,
  // 4月中旬举办…, 5月…开园, …，6月诚品书店开业; 五月份召开, 6月上旬出台, 7月1日前后): the year written before, else the notice's.
  // (…or after 于/在 inside a phrase: 各责任单位务于4月25日、6月25日…前分四次报告, 开封.)
  // (A day with its hour is an appointment, even when it opens: 6月16日9:00开始第一轮抽奖, 农安; 6月开始 is a start, not read.)
  // (…or after a web address's closing full stop: 网址:www.goaw.com.cn.12月18日网络申报关闭, 吉林: a figure's point follows a digit.)
  // (…or after the verb that moves a limit to it: 申报时限延至9月20日, 海南; and the limit it replaces, both labelled (ANNOTATION round 46):
  // 时间由原来的4月24日调整为6月5日, 吴中.)
  // (…or after another month and the word joining them: 应于7月初和12月初分别组织一次自查活动, 苏州.)
  // (…or after a word that plans it: 预计12月中旬完成资金兑付工作, 乌拉盖.)
  [needing(new RegExp(`(?:(?<=^|[，。；,;：:、！？\\s]|[A-Za-z]\\.|预计|力争|争取|确保)(?:到|至|于|在)?|(?<=[\\u4e00-\\u9fff])(?<![低高等大小多少])(?:于|在)|(?<=\\d月(?:份)?(?:\\d{1,2}[日号]|上旬|中旬|下旬|初|中|底|末)?\\s*[和及与或])|(?:延长|延期|推迟|顺延|延)[至到]|(?:调整|改|变更)(?:为|至|到)|(?:由|从)原(?:来|定)?的?)(\\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:(\\d{1,2})[日号](?:\\s*\\d{1,2}[:：]\\d{2}(?![\\d:：]))?|上旬|中旬|下旬|上中旬|中下旬|初|中|底|末)?(?:前后|左右)?(?![\\d日号个度一每底末旬]|以来|以前|之前|前|(?<!\\d[:：]\\d{2})(?:起|开始)|[—\\-–~至到])`, 'g'), /月/), (m, c) => {
    // (…not the next of a list of months a computation is based on, 根据7月、8月和9月区内排名: 西湖区, as the first after 根据 is none)
    if (MONTHS_OF_BASIS.test(c.text.slice(Math.max(0, m.index! - 24), m.index! + 1))) return undefined;
    const mo = parseNumber(m[1]);
    const y = yearBefore(c.text, m.index!) ?? (c.docYear || undefined);
    const day = m[2] && Number(m[2]) >= 1 && Number(m[2]) <= 31 ? `-${pad(m[2])}` : '';
    // (the limit replaced is the day alone: 由原来的 is no part of it)
    const skip = /^(?:由|从)原/.test(m[0]) ? m[0].search(/[\d一二三四五六七八九十]/) : 0;
    return y && mo >= 1 && mo <= 12 ? { date: `${y}-${pad(String(mo))}${day}`, ...(skip ? { skip } : {}) } : undefined;
  }],
  // A part of a month written alone after that month (4月中旬举办…，下旬举办…，月底出台…): the month written before it.
  [needing(/(?<=[，。；,;、])(?:上旬|中旬|下旬|月初|月中|月底|月末)(?![的])/g, /旬|月[初中底末]/), (m, c) => {
    const months = matchesOf(c.text.slice(0, m.index!), /(?<![\d个])(\d{1,2})月(?!\d|日)/g);
    if (!months.length) return undefined;
    const mo = Number(months[months.length - 1][1]);
    const y = yearBefore(c.text, m.index!) ?? (c.docYear || undefined);
    return y && mo >= 1 && mo <= 12 ? { date: `${y}-${pad(String(mo))}` } : undefined;
  }],
  // An extension or deferral for a set time (继续延长6个月, 延缓缴纳6个月, 在以后5个纳税年度结转): a relative period; not one the dates after
  // 即 restate (时限延长10天,即…延至9月20日: 海南, ANNOTATION round 46).
  // (A span is a short number, not a year: 延续实施2021年底到期的…措施, 温州 2022.)
  [needing(new RegExp(`(?:延长|延期|顺延|延缓(?:缴纳)?|缓缴|延续(?:实施|执行)?)(?!\\d{4})${N}\\s*(?:个)?(?:月|年|日|天|工作日)(?!\\s*[，,]?\\s*即)|(?:以后|之后|此后)${N}\\s*个?(?:纳税)?年度`, 'g'), /延|缓|后/), () => ({ kind: 'relative' })],
  // 今年/明年 with the year's end or a month (今年年底前, 今年底, 明年6月底前, 明年上半年): the notice's year, or the next.
  [needing(new RegExp(`(今|明)年(?:(?:年)?${YEAR_END}|(\\d{1,2})月(?:份)?(?:底|末|上旬|中旬|下旬)?)(?:前|之前|以前)?`, 'g'), /[今明]年/), (m, c) => {
    if (!c.docYear) return undefined;
    const y = c.docYear + (m[1] === '明' ? 1 : 0);
    const mo = m[2] ? 12 : Number(m[3]);
    return mo >= 1 && mo <= 12 ? { date: `${y}-${pad(String(mo))}` } : undefined;
  }],
  // 明年内, 明年年内: the next year (the bare 年内 below would take the notice's).
  [needing(/明年(?:年)?(?:内|以内|之内)/g, /明年/), (_m, c) => (c.docYear ? { date: String(c.docYear + 1) } : undefined)],
  // 今年 opening a phrase that sets a figure to reach this year (今年我省在建和新开工的建设项目总规模将达7000亿元: 开封): the notice's year, as
  // a year that sets when its targets are due is. (当年 names the year's share of a larger figure, 当年要完成投资3000亿元, 当年计划完成投资167亿元
  // (玄武): none.)
  [needing(/(?<=^|[，。；,;：:、\s])今年(?=[^，。；,;！？]{0,24}?(?:将|要|力争|确保|计划|预计)[^，。；,;！？]{0,12}?(?:达到|达|完成|实现|突破)[^，。；,;！？]{0,12}?\d)/g, /今年/), (_m, c) => (c.docYear ? { date: String(c.docYear) } : undefined)],
  // 今年 before the sum of the year's fund or the standard a grant is paid at this year (我区今年用于补贴的资金为143万元; 我区今年实际种粮农民一次性
  // 补贴标准为13.07元/亩: 北碚): the notice's year, as a fund's year with its sum is (round 79). (Not a sum won so far, 今年累计争取的…资金.)
  [needing(/(?<=^|[，。；,;：:、\s]|[我本全][省市区县州旗])今年(?!来|以来|累计)(?=[^，。；,;！？]{0,20}?(?:资金|经费|标准)(?:总额|规模)?(?:为|是|共计|共|达)\s*\d)/g, /今年/), (_m, c) => (c.docYear ? { date: String(c.docYear) } : undefined)],
  // 今年 (本年度, 本年) opening a heading or lead-in of the year's targets or work sets the notice's year (一、今年全省经济社会发展的主要预期目标,
  // 今年全县重点工作安排如下:); in running text it describes (对今年发展的预期, 今年累计争取的…资金): none.
  [needing(/(?<=^|[，。；,;：:、\s])(?:今年|本年度|本年)(?=[^，。；,;！？]{0,24}?(?:预期目标|主要目标|目标任务|主要任务|重点任务|重点工作|工作任务|工作安排)(?:[^，。；,;！？]{0,12}?(?:如下|为|是)\s*(?:[:：]|[。]?$)|$))/g, /今年|本年/), (_m, c) => (c.docYear ? { date: String(c.docYear) } : undefined)],
  // (…or the year's tasks a notice puts into effect or breaks down: 为切实抓好今年各项重点任务的落实, 将今年省政府十个方面重点任务分解为
  // 50项具体工作: 宜兴, 江苏省 2006; 为确保今年区《政府工作报告》各项重点工作落到实处: 源城.)
  [needing(/(?<=抓好|落实|完成|推进|确保|将|把)(?:今年|本年度)(?=[^，。；,;！？]{0,12}?(?:重点任务|重点工作|目标任务|工作任务|主要任务)(?:的)?(?:落实|分解|完成|落到实处|落地))/g, /今年|本年度/), (_m, c) => (c.docYear ? { date: String(c.docYear) } : undefined)],
  // (年底考核, 年末评估 name the year-end assessment, as 年终考核 does: no limit. 上城)
  // (…of the year the sentence opens on, where it sets one, as 年内 is: 2023年,…,力争年末产业收入合计达2200亿元左右: 四川省)
  // (Not the last year's end, a figure's time a rate or a base is taken at: 上年末一年期贷款LPR利率, 以去年底余额为基数: 武义.)
  // Each year's end or start (区财政部门每年年底根据…提出…方案, 每年底前报送, 每年年初制定计划: 海淀): recurring, ongoing, as 每年6月底前 is.
  [needing(/每(?:一)?年(?:的)?年?(?:底|末|初|终)(?:前|之前|以前)?(?![考总决结评])/g, /每/), () => ({ kind: 'ongoing' })],
  [needing(new RegExp(`(?<![\\d年上去])(?:到|至|截至|截止到?|于|在)?年(?:底|末)(?:前|之前|(?!${YEAR_END_COMPOUND}))`, 'g'), /年[底末]/), (_m, c) => {
    const y = OPENING_YEAR.exec(c.text)?.[1] ?? (c.docYear ? String(c.docYear) : undefined);
    return y ? { date: `${y}-12` } : undefined;
  }],
  // (…each year's, where the sentence has said the work recurs: 业余文保员工作每年进行总结评比,…在年终予以表彰奖励, 柯桥 — ongoing, as 每年年终 is.)
  // 年终 is the year's end as 年底 is, where it says when (年终对各部门的工作进行考核: 黄冈); 年终考核, 年终目标, 年终奖 name an
  // assessment or a bonus of the year's end, no time limit. (Where it opens a phrase or follows 到/于/在: 该年终止 is no year's end.)
  // (The phrase start is checked in the callback: a lookbehind would be tried at every character.)
  [needing(new RegExp(`(?:到|至|截至|截止到?|于|在)?年终(?!${YEAR_END_COMPOUND}|止|结)(?:前|之前)?`, 'g'), /年终/), (m, c) => {
    // (…or after another time it joins, 在上半年结束时和年终分两次进行全面督查, 泰安)
    if (m[0].startsWith('年') && !/^$|[，。；,;：:、\s（(和及与或]/.test(c.text[m.index! - 1] ?? '')) return undefined;
    if (EACH_YEAR_BEFORE.test(c.text.slice(Math.max(0, m.index! - 40), m.index!))) return { kind: 'ongoing' };
    return c.docYear ? { date: `${c.docYear}-12` } : undefined;
  }],
  // 年初 where it says when an action falls is the year's January, as 年终 is its December (年初首批次安排30%用于…, 弥勒); an
  // open-ended start (从年初开始, 年初以来, 年初至今) and a figure of the year's start (年初预算, 年初计划) set no limit.
  // (…also opening a quoted step: “年初公布、年中检查、年底兑现”的原则, 兴庆.)
  [needing(/(?:(?<=^|[，。；,;：:、\s“‘"「『])|(?<=于|在|到))年初(?!开始|以来|起|至|到|预算|计划|目标|数|余额|时)/g, /年初/), (_m, c) => (c.docYear ? { date: `${c.docYear}-01` } : undefined)],
  // …and a year's start with its year (2018年初,应上报2017年度项目资金使用情况, 上海市): that January, as 2018年底 is that December.
  [needing(/(?<![\d（(])(\d{4})年初(?!开始|以来|起|至|到|预算|计划|目标|数|余额|时)/g, /年初/), (m) => ({ date: `${m[1]}-01` })],
  // (…the year the sentence opens on, where it sets one: 2023年,完成征迁清零面积1000亩以上,…,年内用地出让500亩以上, 龙湾)
  // (本年度内 too: the year of the notice, as 本年内 is.)
  // (Not the year of another event: 按认定当年内实际销售额的10%, 成都; 同年内, 该年内 likewise.)
  [needing(/(?<![\d一二三四五六七八九十两个然半当同该])年内|本年度(?:内|以内)/g, /年内|本年度/), (_m, c) => {
    const y = OPENING_YEAR.exec(c.text)?.[1] ?? (c.docYear ? String(c.docYear) : undefined);
    return y ? { date: y } : undefined;
  }],
  [needing(new RegExp(`${N}\\s*[—\\-–－~至到]\\s*${N}\\s*年内`, 'g'), /年内/), () => ({ kind: 'relative' })],
  // (近两年营业收入年增长率平均值为正, 近三年研发投入: the years a condition is measured over, no time limit.)
  // (…also 连补3年, 连奖两年: 伊犁; and a grant paid out over days or months, 本次消费券共分5天发放: 南阳)
  // (…its bound word before it, the span's own: 最多连续支持3年, 无锡; or after the verb, 连续支持不得超过3年: 长宁)
  // (…but 分7月、次年1月两次集中兑现 lists calendar months, no span: 雅安)
  [needing(new RegExp(`(?:未来|今后)[\\u4e00-\\u9fff]{0,3}?${SPAN_FIGURE}\\s*(?:个)?年内?|(?:(?:最多|最长)(?=连续))?(?:连续|连(?=[补奖免减扶贴])|近)(?:[\\u4e00-\\u9fff]{0,3}?|(?:补贴|补助|奖励|支持|扶持)(?:不得超过|不超过?|最多|最长))${SPAN_FIGURE}\\s*(?:个)?(?:完整|自然)?年(?:度(?![\\d一二三四五六七八九十]))?(?:(?<=近[\\u4e00-\\u9fff\\d]{1,4}年度?)内)?|(?<!部)分${SPAN_FIGURE}\\s*(?:个)?(?:年(?:度(?![\\d一二三四五六七八九十]))?|月(?!\\s*[、和及]\\s*(?:次年|当年|翌年|同年)?\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月)|天)`, 'g'), /未来|今后|连|近|分/), (m, c) => {
    // (连续三年产值增幅20%以上的: the years a growth is measured over, as 近三年 is: 新塘街道)
    // (…and 近N年 followed by what did not happen in it, a clean record (近3年未享受过…的: 利州; 近两年无…): none, as the dev gold has it; an
    // act filed in it stays its window, 近兩年備案…的項目: 成都.)
    // (…nor the horizon a plan names, 未納入市、區近5年收儲計劃: 荔湾 — which plan, no limit)
    if (!/^(?:近|连)/.test(m[0])) return { kind: 'relative' };
    const rest = c.text.slice(m.index! + m[0].length);
    const recent = m[0].startsWith('近');
    // (…nor an honour received in it, 或近3年获得市级以上科技奖励: 广州 — a record, as 近三年入选过… is, round 186)
    // (…nor support already had in it, 对近两年内已给予过开拓资金支持…的企业: 上海 2023 — a record, as an honour is)
    return measuredAfterSpan(rest) || (recent && (/^\s*(?:内|以来)?\s*(?:未|没有|无|不存在|未曾)/.test(rest) || /^[^，。；,;\d]{0,6}?(?:计划|规划)/.test(rest) || RECORD_AFTER.test(rest))) ? undefined : { kind: 'relative' };
  }],
  // A span of years a total is reached over (三年累计突破1000个, 5年共计投入10亿元, 两年合计): a relative period (not a calendar
  // year, 2023年累计; not 每年累计 or 三年来累计, which look back).
  [needing(new RegExp(`(?<![\\d每第近来个前])(\\d{1,2}|[一二两三四五六七八九十]+)\\s*(?:个)?年(?:内|间)?(?=(?:累计|共计|合计|总计|共)(?!同))`, 'g'), /年(?:内|间)?(?:累计|共计|合计|总计|共)/), () => ({ kind: 'relative' })],
  // 前3年/后两年 are periods; 前两年度 (the years before) is a condition. After a span already given, 之后/此后/其后/以后 open
  // the next span, whose words are the span (自投产之日起3年内…,之后两年内…50%奖励给纳税企业 → 两年内).
  // (后N年内 is within N years after an event, 工商注册后三年内: the span is 三年内, read below.)
  // (前三年 before the figure a condition measures over them, no grant in its phrase, looks back as 近三年 does: 且前三年产品年销售收入…
  // 的复合增长率达到20%以上, 奉贤; 以前三年平均数为基数, 长兴. 投产后前三年按其缴纳税收的50%给予奖励 is a grant's span.)
  // (…前 with its 内 in the raw: 前三年内, 青岛西海岸新区; 前一年之内, 辽宁省)
  // (…not 前 that closes a word before the span, 学前三年教育, 婚前, 岗前: 杭州 学前教育 2005; not 投产前两年, the years before production — the years of preschool, no span.)
  [needing(new RegExp(`(?:(?<![学婚岗考赛课售])前${N}\\s*(?:个)?年(?:内|以内|之内)?|后(?<![之此其以然]后)(?!${N}\\s*(?:个)?年(?:内|以内|之内))${N}\\s*(?:个)?年)(?!度)`, 'g'), /[前后]/), (m, c) => {
    const rest = c.text.slice(m.index! + m[0].length);
    const phrase = /^[^，。；,;]*/.exec(rest)![0];
    const measured = m[0].startsWith('前') && (MEASURED_SPAN_AFTER.test(rest) || MEASURED_BOUND_AFTER.test(rest) || measuredOfSpan(rest)) && !GRANT_IN_PHRASE.test(phrase);
    // (…nor the years a report handed in covers, in brackets after it: 能源购进、消费与库存年报(前二年), 慈溪 — which reports, no limit)
    const reportYears = m[0].startsWith('前') && REPORT_BRACKET_BEFORE.test(c.text.slice(Math.max(0, m.index! - 8), m.index!));
    // (…nor a year a bracket defines, 上年度(指高新技术企业认定前一年,下同): which year a figure is of, 河南省)
    const defined = m[0].startsWith('前') && DEFINING_BRACKET_BEFORE.test(c.text.slice(Math.max(0, m.index! - 32), m.index!));
    return measured || reportYears || defined ? undefined : { kind: 'relative' };
  }],
  [needing(new RegExp(`[之此其]后\\s*${SPAN_N}\\s*(?:个)?年(?:内|以内|之内|间)?(?!度)`, 'g'), /[之此其]后/), (m) => ({ kind: 'relative', skip: figureAt(m[0]) })],
  // 有效期3年, 试行期为2年, 实施期限为3年, 本办法试行两年: a period from the notice.
  // (…but a project's or a batch's own period, 每批实施期1年 (江苏省 2022), 实施周期3年 (日照), 项目建设期2年: relative, its raw the span
  // alone, as a grant's span is.)
  [needing(new RegExp(`(?:有效期|试行期|执行期|实施期|执行期限|实施期限|政策期限|试行)(?:为|是|暂定为?|定为)?${N}\\s*(?:个)?(年|月)`, 'g'), /期|试行/), (m, c) => {
    const ofProject = /(?:每批|每期|每个项目|每一批|项目|课题)$/.test(c.text.slice(Math.max(0, m.index! - 4), m.index!)) && /^(?:实施期|执行期)/.test(m[0]);
    return ofProject ? { kind: 'relative', skip: figureAt(m[0]) } : { kind: 'relative' };
  }],
  [needing(new RegExp(`(?:实施周期|建设周期|执行周期|建设期)(?:为|是|原则上为?|一般为?)?${N}\\s*(?:个)?(年|月)(?!度)`, 'g'), /周期|建设期/), (m, c) =>
    /(?:的|计算|长|短)$/.test(c.text.slice(Math.max(0, m.index! - 2), m.index!)) ? undefined : { kind: 'relative', skip: figureAt(m[0]) }],
  // 力争用3年时间, 通过3年时间, 经过两年左右的时间: a period from the notice, its words without the verb (3年时间).
  // (…the goal word right before it, no 用: 从2019年起,力争3-5年时间,在全市打造…, 大连.)
  [needing(new RegExp(`(?<=(?:用|通过|经过|花费?|力争|争取)\\s*)${N}${TO_N}\\s*(?:个)?(年|月)(?:多|左右)?(?:的)?时间`, 'g'), /时间/), () => ({ kind: 'relative' })],
  // …or the span a goal word sets right before what is to be done, no 用…时间 around it (力争3年组织各类培训240万人次以上, 山西; 争取两年
  // 实现全覆盖; 经过3年努力): the same period. (A year, 力争2025年实现, is no span: one or two digits only.)
  // (…the effort named with its manner too: 通过三年合力攻坚, 经过两年的不懈努力: 临沧)
  // (…or the campaign that spans them: 通过三年行动,基本实现…目标, 南沙; 经过三年建设)
  // (…a range of years too: 经过3-5年建设发展, 沈阳.)
  // (…or the effort named by what it cures: 通过三年治本攻坚, 昌宁; 经过三年专项整治.)
  // (…a span with 多 after its unit, more than it: 經過三年多努力, 海南 2022; 用两年多时间.)
  [needing(new RegExp(`(?<=(?:力争|争取|经过|通过)\\s*)${SPAN_N}${TO_N}\\s*(?:个)?(年|月)(?:多|左右)?(?=\\s*(?:(?:的)?(?:持续|不懈|共同|合力|接续|集中|治本|专项|综合)?(?:努力|奋斗|攻坚|奋战|拼搏|苦干|整治|治理|行动|建设|推进|实施)|${GOAL_VERB}))`, 'g'), /力争|争取|经过|通过/), () => ({ kind: 'relative' })],
  // A bounded duration: 补助时间不超过3年, 资金到期为12个月(内), 贴息期限最长2年, …,最多3年 (not a condition on the
  // applicant: 成立时间不超过3年的企业).
  // (资金到期为12个月的服务业项目 is a term all the same: the gold reads the project's term, ANNOTATION relative.)
  // (Each starts at a literal, the words before checked by the callback: a lookbehind first tried at every character cost 2% of extraction.)
  // (…a range of them too: 就业见习期限为3—12个月, 长治)
  // (…in days too, a relief's term: 救助期限原则上为10天, 云南省 救助标准)
  [needing(new RegExp(`(?<=为|是)${N}${TO_N}\\s*(?:个)?(?:自然)?(年|个月|月|天|日)(?:内|以内|之内)?(?![\\d度级底末]|以上|以下)`, 'g'), /[为是][\d一二两三四五六七八九十]/), (m, c) => {
    const pre = c.text.slice(Math.max(0, m.index! - 9), m.index! - 1);
    // (最长为6个月 is a bound, read with its bound words by the rule below: 缓缴期最长为6个月, 海门.)
    return TERM_BEFORE.test(pre) && !/(?:最长|最多|至多)$/.test(pre) ? { kind: 'relative' } : undefined;
  }],
  // (…or written right after its name, no 为: 缓缴自2021年11月1日起实施,延缓期限3个月, 温州 2022; the span alone is the raw. A bare 期限
  // opening a phrase after the grant it times names it too: 过渡期生活救助人口:每人每天20元,期限3个月, 奉化.)
  [needing(new RegExp(`(?:${TERM_WORD}|(?<=(?:^|[，,；;：:])\\s*)期限)\\s*${SPAN_N}${TO_N}\\s*(?:个)?(?:自然)?(?:年|个月|月|天|日)(?:内|以内|之内)?(?![\\d度级底末]|以上|以下)`, 'g'), /期|限|时间/), (m) => ({
    kind: 'relative',
    skip: figureAt(m[0]),
  })],
  // (…or before it, the term's name after 的: 设立6个月的费用缓缴期, 广元; the span alone is the raw.)
  [needing(new RegExp(`(?<![\\d.])${SPAN_N}${TO_N}\\s*(?:个)?(?:自然)?(?:年|个月|月)(?=的[\\u4e00-\\u9fff]{0,4}?(?:${TERM_WORD}))`, 'g'), /[年月]的/), () => ({ kind: 'relative' })],
  // (…the term named between the bound word and the figure too: 给予固定资产投资总额3%奖励,最长期限5年, 洛阳高新区)
  // (…and a bound word before the relief or grant it bounds, 全年合计最高减免6个月租金 (广州), 最长免租3年: the verb shows a span.)
  // (…and 为期 between the bound and the span, 给予最长不超过为期3年、每年12个月的生活补贴: 黄陂)
  [needing(new RegExp(`(?:(?:最长|最多|至多|最高(?=${SPAN_RELIEF_VERB}))(?:期限|年限|时间)?(?:为|不超过|不得超过)?(?:${SPAN_RELIEF_VERB})?|不超过|不得超过|不超)(?:为期)?${N}\\s*(?:个)?(?:自然)?(年|个月|月)(?:内|以内|之内)?(?![\\d度级底末]|以上|以下|[^，。；,;]{0,12}?的[^，。；,;的]{0,6}?(?:${APPLICANT}))`, 'g'), /最长|最多|至多|最高|不超|不得超过/), (m, c) => {
    // (原则上 before the bound is no part of the span: raw 不超过2年)
    const pre = c.text.slice(Math.max(0, m.index! - 12), m.index!).replace(/原则上$/, '');
    const inPrinciple = /原则上$/.test(c.text.slice(0, m.index!));
    // …,最多3年 after a phrase's start; 补助时间不超过3年 / 期限最长不超过2年 after a support period's name; 连续补贴不超过3年,
    // 贴息最多2年 after a grant.
    // (…and 原则上不超过2年 opening its phrase: 跨年度项目允许隔年申报,原则上不超过2年, 梁溪)
    // (…or a hedged bound the grant's sentence adds after its sum, 对…利息进行补贴,补贴金额不超过…利息总额,且一般不超过两年: 海南)
    const hedgedAfterGrant = /[，,]\s*(?:且|并且|同时)?\s*(?:一般|原则上)$/.test(pre) && GRANT_WORD.test(c.text.slice(c.text.lastIndexOf('。', m.index!) + 1, m.index!));
    // (…a hedge between the support period's name and its bound too: 补贴期限一般不超过6个月, 瓯海)
    const ok = TERM_BEFORE.test(pre.replace(/(?:为|是)$/, '').replace(/(?:一般|原则上)$/, '')) || (/^(?:最长|最多|至多)/.test(m[0]) && !/[\u4e00-\u9fff]$/.test(pre)) || BOUND_THEN_VERB.test(m[0]) || (inPrinciple && /[，,；;（(]\s*$/.test(pre)) || GRANT_BEFORE.test(pre) || hedgedAfterGrant;
    return ok ? { kind: 'relative' } : undefined;
  }],
  // Spans of a rent relief listed after one verb, each for its own applicant (对高层次人才、高管人才分别免4年、3年房租: 汉阳): each span
  // relative, as 免收租金3年 is.
  // (…or a fee's relief after the things it is waived for, 免收门店、商超、市场、商业综合体2个月垃圾清运费: 木垒)
  [needing(new RegExp(`(?<=(?:免|免收|减免|免除|免缴)(?:[^，。；,;\\d]{0,4})?|(?:免|免收|减免|免除|免缴)[^，。；,;]{0,20}?、[^，。；,;\\d、]{0,8})${N}\\s*(?:个)?(?:年|个月)(?=(?:\\s*、\\s*${N}\\s*(?:个)?(?:年|个月))*\\s*的?(?:房租|租金|租赁费|[\\u4e00-\\u9fff]{0,4}费(?![\\u4e00-\\u9fff])))`, 'g'), /免/), () => ({ kind: 'relative' })],
  // A grant's span written before the grant with 的 (给予不超过3年的租金支持, 福田; 给予面积不超过50平方米的3年全额租房补贴, 海南): relative,
  // its bound words in the raw. (Not a term of a thing, 给予50年的土地出让年限: the noun after it must be the grant; nor a loan's term,
  // 给予不超过20年的中长期贷款支持, 费县.)
  // (It starts at the literal 给予, dropped from the raw by skip: a lookbehind would be tried at every character.)
  // (…or a range of spans, 给予1—2年银行贷款贴息支持: 鹤壁; a loan's interest subsidised is a grant, not the loan's term.)
  // (…or the grant claimed by the applicant: 分别按每月1500元…的标准申领3年的生活补贴, 郑州.)
  // (…a share bounded beside the span before the grant: 市区协同给予最多1年、最高100%的租金补贴, 上海.)
  // (…为期 between the bound and the span, in the bound's raw: 给予最长不超过为期3年、每年12个月的生活补贴, 黄陂.)
  // (…or a rent relief written as a noun after the span, 予以 as the verb maybe and the span's floor in its raw: 给予3个月租金减免;
  // 在租赁期内可予以1年以上租金减免, 辽宁省 and 鞍山.)
  // (…or paid out for it, 发放 as the verb: 按照每人每月500元的标准发放6个月稳岗补贴, 武汉 2020.)
  [needing(new RegExp(`(?:给予|予以|申领|领取|发放)[^，。；,;]{0,16}?((?:(?:(?:最长|最多)?不超过|最长|最多)(?:为期)?)?${N}${TO_N}\\s*(?:个)?(?:自然)?(?:年|个月)(?:以上(?=的?(?:${RENT_RELIEF})))?)(?=(?:、[^，。；,;的]{1,12}?)?的?([^，。；,;的\\d]{0,6}?)(?:补贴|补助|支持|奖励|扶持|贴息|资助|奖补|${RENT_RELIEF}))`, 'g'), /给予|予以|申领|领取|发放/), (m, c) => {
    const skip = m[0].length - m[1].length;
    // (A span is a short number: 申领2019年度稳岗补贴 names a year's grant, 河源.)
    return /\d/.test(c.text[m.index! + skip - 1] ?? '') || /\d{3,}/.test(m[1]) || /^期/.test(m[3] ?? '') || (/贷款|借款|融资|授信|债/.test(m[3] ?? '') && !/贴息/.test(c.text.slice(m.index! + m[0].length, m.index! + m[0].length + 12))) ? undefined : { kind: 'relative', skip };
  }],
  // A support period between the grant and its sum (给予三年最高1500万元资助, 补助3年每年10万元, 奖励两年累计不超过50万元):
  // relative (not a term granted with a thing: 给予50年的土地出让年限).
  [needing(new RegExp(`(?<=(?:给予|${GRANT_VERB}|资助)(?:连续)?)${N}\\s*(?:个)?(?:自然)?(年|个月)(?=(?:内|期间)?(?:[,，]\\s*)?(?:每年|每月|累计|合计|总计|共计|共|最高|最多|不超过|总额)|[\\d.]+\\s*(?:万|亿)?元|[一二两三四五六七八九十百千]+(?:万|亿)元)`, 'g'), new RegExp(`(?:给予|${GRANT_VERB}|资助)(?:连续)?[\\d一二两三四五六七八九十]`)), () => ({ kind: 'relative' })],
  // The span a grant runs over, after the grant and its short object at a phrase's end (免征企业所得税3年, 减半征收企业所得税三年,
  // 免收租金3年, 给予贴息2年; ANNOTATION: the grant-span decision) or between the verb and what it grants (免缴3年土地年租金): relative. Not a term of a thing (给予50年的土地出让年限, 3年期贷款), nor a figure reached (…后须在本地经营
  // 满5年, 成立时间不超过3年的企业, 3年以上).
  // (…or a share paid over it right after it: 给予四年95%扶持, 连云港)
  // (…a range of spans too: 申请小额贴息贷款,…,贴息1-3年; 嵩县)
  // (…a quarter or a half year too, and the rent after 的: 可减免一个季度的房租, 云南省; 减免半年租金)
  // (…a remark in brackets after it: 免缴土地使用费5年(土地租金), 清水河)
  // (…or the relief an added one builds on, 在原有减免3个月的基础上再减免1个月租金: 博乐)
  [new RegExp(`(?:${SPAN_N}${TO_N}\\s*(?:个)?(?:自然)?(年|个月|季度)|(?<![上下前后])半年)(?=\\s*(?:[，。；,;）)（(]|$)|(?![内以之后前期度间起来半多累共合总每最的])[\\u4e00-\\u9fff]|的(?:租金|房租|租赁费|物业费|物业管理费|管理费)|的?基础上(?=再)|[\\d.]+\\s*[%％])`, 'g'), (m, c) => {
    const phrase = c.text.slice(Math.max(0, m.index! - 24), m.index!).split(/[，。；,;：:（(]/).pop()!;
    // (A span is a short number: not the tail of a year, 2024年.)
    if (/\d/.test(c.text[m.index! - 1] ?? '')) return undefined;
    const g = GRANT_SPAN_BEFORE.exec(phrase);
    if (!g) return undefined;
    // Before the grant (…的贴息) or the fee relieved (免缴3年土地年租金, 免除1年租金) only right after the verb that gives it; a rent
    // relieved on what the verb names first, the rent after the span (免除标准化厂房三年租金, 隆德), is the span of that relief too.
    // (The verb given is the relief itself, 给予减免一年厂房使用租金, 陆河: nothing stands between it and the span.)
    const between = g[1].replace(/(?:减免|免收|免缴|免交|免除|减半|免租|减租)$/, '').trim();
    if (/[\u4e00-\u9fff]/.test(c.text[m.index! + m[0].length] ?? '') && between && !RENT_AFTER.test(c.text.slice(m.index! + m[0].length, m.index! + m[0].length + 6))) return undefined;
    return { kind: 'relative' };
  }],
  // A span that names the period it is (5年过渡期, 3年培育期, 半年过渡期), whatever verb gives it (可采取5年过渡期政策, 资阳; 设立半年过渡期):
  // the span, as one a grant verb gives is.
  // (…a waiting period too, what it waits for between: 有3个月的固定待遇等待期, 增加1个月等待期, 潍坊's insurance — ANNOTATION round 283)
  [needing(new RegExp(`(?<![\\d.年])(?:${SPAN_N}\\s*(?:个)?(?:年|个月)|半年)(?=(?:的)?[\\u4e00-\\u9fff]{0,4}?(?:过渡|培育|孵化|扶持|保护|观察|缓冲|宽限|等待)期)`, 'g'), /期/), () => ({ kind: 'relative' })],
  // A day of the month a recurring report is due on (上半月进展情况务必于当月13日前报送, 每季度结束后次月10日前报送: 中山): each period's,
  // ongoing, as 每月25日前 is.
  [needing(new RegExp(`(?:当月|次月|下月|下一个月|季后次月)(?:的)?${N}\\s*[日号](?:前|之前|以前)`, 'g'), /[当次下]月|下一个月/), () => ({ kind: 'ongoing' })],
  // …and of every other month (逢双月25日向…报送, 梅州; 逢单月10日前): the months it recurs in, ongoing.
  [needing(new RegExp(`(?:每)?逢[单双](?:数)?月(?:的)?${N}\\s*[日号](?:前|之前|以前)?`, 'g'), /逢/), () => ({ kind: 'ongoing' })],
  // A time limit counted from the notice's day with no 内 after it (申报时限自本通知发布之日起15个工作日,截止2023年5月15日: 紫金港): the
  // same span, as …15个工作日内 is.
  [needing(new RegExp(`(?<=(?:发布|印发|公布|下发)之日起\\s*)${N}\\s*个?(?:工作日|自然日|日|天|个月)(?=\\s*[，,。；;])`, 'g'), /之日起/), () => ({ kind: 'relative' })],
  // A procedure's time cut to a span (企业开办时间压减至5个工作日, 成都; 审批时间缩短至3个工作日) or capped (其中企业登记不超过3天, 大同): the span
  // it must be done in, as …内 is.
  [needing(new RegExp(`(?<=(?:压减|压缩|缩短|减少|缩减)(?:至|到)\\s*)${N}\\s*个?(?:工作日|自然日|日|天|小时)(?![内前后以之])`, 'g'), /[至到]/), () => ({ kind: 'relative' })],
  // (…or cut to a cap: 获得用水时间由15个工作日压缩至不超过5个工作日, 安岳 — the cap, the raw from 不超过)
  [needing(new RegExp(`(?<=(?:登记|注册|办理|办结|审批|审核|受理|开办|办证|发证|时间|时限|(?:压减|压缩|缩短|减少|缩减)(?:至|到))\\s*)不超过\\s*${N}\\s*个?(?:工作日|自然日|日|天)(?![内前后以之])`, 'g'), /不超过/), () => ({ kind: 'relative' })],
  // (…or a step's span right before the verb that finishes it: 其中企业设立登记2个工作日办结, 海口)
  [needing(new RegExp(`(?<![\\d.])${N}\\s*个?(?:工作日|自然日)(?=办结|办完|完成)`, 'g'), /工作日|自然日/), () => ({ kind: 'relative' })],
  // (…and each step's span listed after such a cap, each named before its days: 其中企业登记不超过3天、公章刻制1天、申领发票1天, 大同)
  [needing(new RegExp(`(?<=(?:不超过\\s*\\d+\\s*(?:天|个?工作日)|\\d+\\s*(?:天|个?工作日)(?:内|以内))(?:\\s*、\\s*[\\u4e00-\\u9fff]{2,8}\\d+\\s*(?:天|个?工作日))*\\s*、\\s*[\\u4e00-\\u9fff]{2,8})\\d+\\s*(?:天|个?工作日)(?=\\s*[、。；;，,]|$)`, 'g'), /\d\s*(?:天|个?工作日)(?:内|以内)?\s*、/), () => ({ kind: 'relative' })],
  // A service's time limit as its field gives it, no 内 (承诺办结时限 | 1个工作日, 曲阜; 法定办结时限:20个工作日): the span, as …内 is.
  [needing(new RegExp(`(?<=(?:办结|办理|审批|审核|受理|答复)(?:时限|期限)(?:为)?\\s*[:：|｜]?\\s*)${N}\\s*个?(?:工作日|自然日|日|天)(?![内前后])`, 'g'), /时限|期限/), () => ({ kind: 'relative' })],
  // 三年内, 6个月以内, 落地之日起3个自然年内.
  // A calendar year with 内 (2024年内, 2022年度内) is that year, not 2024 years.
  // (…not the year a term the applicant falls short of is measured in: 承租方2022年内实际租期不满一年的,…享受减免, 东城; a figure reached
  // in the year stays its window, 在2022年度内销售…超过3000万元的, 成华.)
  [needing(/(?<![\d.])((?:19|20)\d{2})\s*年(?:度)?(?:内|以内|之内)/g, /内/), (m, c) => (/^[^，。；,;]{0,20}?(?:不满|不足|未满)/.test(c.text.slice(m.index! + m[0].length)) && YEAR_OF_CONDITION.test(c.text.slice(m.index! + m[0].length)) ? undefined : { date: m[1] })],
  // (…not the days to object to a 公示 or 公告 (如对该项目补助有质疑,请在七天内联系相关部门, 于洪; 有异议的,请在公示之日起5个工作日内
  // 提出): the procedure's own period, as 公示期为7日 is.)
  // (…a span in parts too: 压减至半天以内, 半个工作日内, 0.5个工作日以内 (汤阴): the whole figure, not its last digit)
  // A procedure done the same day (单位提交备案材料后,当日予以备案, 包头; 当天办结): a span as 1个工作日内 is, the day itself (not a day a rate
  // is read on, 奖励当日国家外汇管理局公布的汇率, nor 当日未核销完毕顺延至次日).
  // (…or on the spot: 申请材料齐全的,街道办事处当场予以受理, 海珠)
  [needing(/当(?:日|天|场)(?=\s*(?:即|即可)?(?:予以|办结|办理|完成|受理|审批|审核|出具|发放|核准|备案|到账|兑现|拨付|答复|反馈|发证|领证))/g, /当[日天场]/), () => ({ kind: 'relative' })],
  // (…a span of years counted as full, fiscal or tax years: 自纳税之日起5个完整纳税年度内, 大英; 3个会计年度内)
  // (…not the year before, 上一年度内投产项目: a year named, no span)
  // (…a remark in brackets between the span and 内: 全面实现企业开办5天(指工作日,下同)内办结, 大同)
  // (…and the span's inclusive mark after 内, part of the raw: 购买新房前后365日内(含), 南通; 在7日内(含), 广元)
  [needing(new RegExp(`(?<![\\d.])${PART_N}\\s*(?:个)?(?:完整|自然|会计|纳税){0,2}(年度|年|月|个月|个工作日|工作日|日|天)(?:[（(](?!不?含)[^（）()]{1,16}[）)])?(?:内|以内|之内)(?:\\s*${INCLUSIVE})?`, 'g'), /内/), (m, c) =>
    m[2] === '年度' && /[上下本该当同]/.test(c.text[m.index! - 1] ?? '') ? undefined :
    // (…nor a calendar year, refused above: 2022年内 is no span of 2022 years)
    /^(?:19|20)\d{2}$/.test(m[1]) && /^年/.test(m[2]) ? undefined :
    // (…nor how often one may apply in the span, 企业三年内只得申报一次, 龙华: a frequency, no time limit)
    ONCE_IN_SPAN_AFTER.test(c.text.slice(m.index! + m[0].length)) ? undefined :
    // (…nor a clean record over the span, 在人民银行企业征信体系中三年内无不良信用记录: 广州, as 近三年无不良信用记录 is)
    NOTHING_HAPPENED_AFTER.test(c.text.slice(m.index! + m[0].length)) ? undefined :
    // (…nor a recent span a record was had in, 对近两年内已给予过开拓资金支持…的企业: 上海 2023, as the 近 rule above reads it)
    c.text[m.index! - 1] === '近' && RECORD_AFTER.test(c.text.slice(m.index! + m[0].length)) ? undefined :
    // (…nor a recent or prior span qualifying what is summed over it, 近3年以内的…投入总计不低于2000万元, as the 近 and 前 rules above read it)
    /[近前]/.test(c.text[m.index! - 1] ?? '') && measuredOfSpan(c.text.slice(m.index! + m[0].length)) ? undefined :
    // (…nor a running span a figure is measured over, 连续6个月内供货总金额超过10万元的, 开化: as 连续两年…80航次以上 is, round 77)
    c.text.slice(Math.max(0, m.index! - 2), m.index!) === '连续' && measuredAfterSpan(c.text.slice(m.index! + m[0].length)) ? undefined :
    OBJECTION.test(c.text.slice(Math.max(0, m.index! - 40), m.index!)) && /(?:日|天)(?:内|以内|之内)$/.test(m[0]) ? undefined : { kind: 'relative' }],
  // A span written as a period of N years or months (政策推出三年期间,建筑业总产值每年以15%以上的速度增长: 温州浙南): relative, as 三年内 is; not a
  // calendar year (2019年期间), nor the years a figure is measured over (近三年期间营业收入…, as 近三年 is).
  [needing(new RegExp(`(?<![\\d.近前]|连续|过去)${N}\\s*(?:个)?(年|月)期间`, 'g'), /期间/), (m) => (/^\d{3,}$/.test(m[1]) ? undefined : { kind: 'relative' })],
  // A cohort of graduates named by its year (积极求职的2023届高校毕业生, 龙陵; 面向2025届毕业学年高校毕业生, 辽宁省; its place and 户籍 between, 2023届乌鲁木齐市户籍高校毕业生, 乌鲁木齐): the year the measure is for.
  [needing(/(?<!\d)((?:19|20)\d{2})届(?=[^，。；,;！？]{0,12}?(?:毕业生|毕业学年|学生))/g, /届/), (m) => ({ date: m[1] })],
  // The year of a plan, target or task the sentence has completed (完成2022年度生产计划, 确保完成2024年目标任务, 超额完成2023年度
  // 招商引资任务): the year it is due, also written 年度 (a bare 2022年度营业收入 or 做好2023年经济工作 stays none). The lookbehind
  // is tried only where four digits matched.
  [needing(new RegExp(`(\\d{4})(?<=(?:${COMPLETION_VERB})\\d{4})年(?:度)?(?=(?:全年|全市|全县|全区|各项)?[^，。；,;！？]{0,10}?(?:${DUE_NOUN}))`, 'g'), new RegExp(COMPLETION_VERB)), (m, c) =>
    (Number(m[1]) >= Math.max(1990, c.docYear - 1) && Number(m[1]) <= 2100 ? { date: m[1] } : undefined)],
  // The year's tasks a lead-in hands down or sets out, written 年度 (制定2023年度重点工作清单如下:, 现将2023年度重点工作任务予以分解): that
  // year, as with 年 (a bare 2022年度营业收入 stays none).
  [needing(/(?<![\d（(])(\d{4})年度/g, /年度/), (m, c) => {
    const after = c.text.slice(m.index! + m[0].length);
    // (…or the year of the policy a cover sends, right before its title: 2024年度《嵊州市“4173”先进制造业强市建设专项政策》已经市政府同意,
    // 现印发给你们, 嵊州; as 2024年《…》 is.)
    const lead = HANDS_DOWN.test(`度${after}`) || (LEAD_IN.test(after) && /^[^，。；,;！？]{0,16}?(?:任务|工作|目标|指标|要点|清单)/.test(after)) || SENT_TITLE_AFTER.test(after) || yearProjects(after, c.text);
    // (…or the year an act a grant rewards must fall in, written 年度: 对2023年度获评的辽宁美食街,每个给予30万元: 辽宁, as 2023年获评的 is.)
    // (…or, as with a year written 年, a call's item naming its cohort: 2019年度首次认定(重新认定)的高新技术企业。, 潼南.)
    // (…or a scale first reached in it with a grant after, as with 年: 对2024年度营业收入首次突破1亿元的…企业,给予50万元一次性奖励, 海南.)
    const window = (WINDOW_ACT.test(after) || FIRST_REACH.test(after)) && (WINDOW_GRANT.test(after) || COHORT_ITEM.test(after));
    // (…or 计划 as a verb right after it, as after a year written 年: 2024年度计划对…20个排水单元进行雨污管网分流改造, 南昌县.)
    const planned = after.startsWith('计划') && PLAN_AS_VERB.test(after.slice(2)) && !/^计划[^，。；,;]{0,6}?(?:情况|表|清单|如下)/.test(after);
    // (…or the year a standard is set for, its level given right after: 2023年度月缴存基数上限为20537元 (自贡), 2020年度城乡退伍义务兵确定的
    // 基础标准为67324元 (宁波), as 2025年义务兵家庭优待金标准为39016元 is with 年.)
    const standardSet = STANDARD_OF_YEAR.test(after);
    // (…or a fund allotted with its sum, as with 年: 现将2018年度基层医疗卫生机构补偿资金80万元下达给你们, 姚安; back three years, as an
    // allotted fund's year in a later notice is: 现将2022年度…补助资金259万元拨付给你们 in 2023, 吴兴.)
    const allotted = allottedYear(c.text, m.index!, after);
    // (…but not the round a call turns to, as with a year written 年: 现将支持2023年度上半年开拓国际市场项目资金申报工作有关事项通知如下, 青岛.)
    const call = /现(就|将)[^，。；,;\d]{0,6}$/.exec(c.text.slice(Math.max(0, m.index! - 10), m.index!));
    // (A cohort the act made stays its window: 现将2018年度获认定高成长性科技企业奖励申报工作有关事项通知如下, 渝北.)
    if (call && !WINDOW_ACT.test(after) && callsRound(call[1] as '就' | '将', after)) return undefined;
    // (…a standard set for a year, paid in a later notice, back three years as an allotted fund's year is: 2021年度瓯海区…补偿标准为35元/亩·年 in
    // 2022, 瞿溪.)
    return (lead || window || planned || standardSet || allotted) && !insideTitle(c.text, m.index!) && Number(m[1]) >= Math.max(1990, c.docYear - (window || allotted || standardSet ? 3 : 0)) && Number(m[1]) <= 2100 ? { date: m[1] } : undefined;
  }],
  // A bare year in a sentence ("2022年正阳工业园区管委会…签订战略合作协议"): not a citation, an edition, a month.
  // ...and no earlier than the document itself: 以2020年数据为基础 is a baseline.
  // ...nor a year the sentence describes: 2023年是…开局之年.
  // ...nor the year of a plan, a budget or a batch of money it names: 2023年市本级政府投资计划安排项目169个,
  // 争取2025年提前批债券额度, 做好2023年经济工作 (describedYearNouns in dict/condition-words.json).
  // ...nor the year of a figure an applicant must reach: 对2024年酒类产业生产规模超过1亿元…的企业.
  // (年为 describes the year, 2018年为决胜之年, but 2018年为民办实事 is the year's projects.)
  [new RegExp(`(?<![\\d（(])(\\d{4})年(?![\\d月度版起是]|为(?!民办)|以来|以后|第(?![一二三四五六七八九十\\d]{1,2}批))(?:年?${YEAR_END})?(?:前|之前|以前)?`, 'g'), (m, c) =>
    // (…a year's end a policy expires at is due whenever it fell, as one with 前 is: 延续实施2021年底到期的…措施, 温州 2022; ANNOTATION round 76.)
    bareYear(c, m.index!, m[0].length, m[1], !!m[2], false, !!m[2] && (/前$/.test(m[0]) || /^\s*(?:到期|期满)/.test(c.text.slice(m.index! + m[0].length))))],
  // 今年 where a written year would set the year's work (市政府决定,今年继续对民生实事项目完成情况进行绩效考核: 杭州): the notice's year, with
  // the bare year's exceptions (今年以来 looks back; 做好今年经济工作 names the year's work; 今年底, 今年上半年 are read above).
  // (Only where it opens a phrase and an act follows it: 对今年发展的预期, 今年累计争取的…资金 describe.)
  [needing(new RegExp(`(?<=^|[，。；,;：:、\\s]|决定|要求|计划)今年(?=(?:继续|将|要|再|全面|重点|还将|也将){0,2}(?:${YEAR_ACTION_VERB}|对|在|把|将|进行))`, 'g'), /今年/), (m, c) =>
    c.docYear ? bareYear(c, m.index!, m[0].length, String(c.docYear), false, true) : undefined],
];

/** After a year: the standard, limit or base set for it and its level (…月缴存基数上限为20537元, …确定的基础标准为67324元). */
// (…its level summed maybe: 本次发放的2021年损失性补偿标准共计30.00元/亩/年, 郭溪)
const STANDARD_OF_YEAR = /^[^，。；,;！？]{0,24}?(?:标准|上限|下限|基数)(?:确定|调整)?(?:为|是|共计|合计)\s*[\d.]/;
/** The day an applicant's age or years are computed at, right before the date: …年龄、工作年限等时间的计算截止日期为, 年龄计算至. */
const COMPUTED_AT_BEFORE = /(?:年龄|年限|工龄|周岁|毕业时间|任职时间|工作时间|从业时间)[^，。；,;]{0,20}?(?:计算|核算)(?:的)?(?:截止|截至)?(?:日期|时间|时点)?\s*(?:均为|为|是|以|至|到)?\s*$/;

/** What happening in a period disqualifies: a penalty, an accident, a breach (期间,在…方面受到…处罚, 内发生重大安全事故). */
// (…its end named by words, 自2023年1月1日起至申报截止日期间,无重特大安全责任事故: 四川省 包机; or 无 before the breach)
const PENALTY_WINDOW_AFTER = /^[^，。；,;]{0,14}?(?:期间|内|以来)[，,]?[^。；;]{0,40}?(?:受到|发生|出现|存在|有过?|无|未)[^。；;]{0,30}?(?:处罚|事故|违法|失信|违规|犯罪)/;
/** A report or a statement handed in, its bracket opened right before the years it covers: 年报(, 财务报表(, 审计报告(. */
const REPORT_BRACKET_BEFORE = /(?:年报|报表|报告|证明|台账|明细)\s*[（(]\s*$/;
/** A batch's number and the bracket that dates it, right before its months: 第四批(10-12月份). */
const BATCH_BRACKET_BEFORE = /第[一二三四五六七八九十\d]{1,3}批(?:次)?\s*[（(]\s*(?:\d{4}年)?$/;

/** Does a sentence open at `at`: the text's start, or a stop or a line's end before it, spaces between? */
// (A scan back: a pattern ending in \s*$ over all the text before `at` was tried at every character of it.)
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]) && text[i] !== '\n') i--;
  if (i < 0 || '。；！？!?;\n'.includes(text[i])) return true;
  // (…also after its list item's number: 1、2022年中央财政衔接推进乡村振兴补助资金458.1万元;, 偃师)
  const item = ITEM_AT_END.exec(text.slice(Math.max(0, i - 7), i + 1));
  if (!item) return false;
  let k = i - item[0].length;
  while (k >= 0 && /\s/.test(text[k]) && text[k] !== '\n') k--;
  return k < 0 || '。；！？!?;：:\n'.includes(text[k]);
}
/** A list item's number right before a sentence: 1、, (1), （一）, 一、, 1. */
const ITEM_AT_END = new RegExp(`${ITEM_NUMBER}$`);

/** A period that ended before the notice's year and opens its sentence, a comma after it (2007-2008年,各地…): a record of that time. */
function pastOpening(c: { text: string; docYear: number }, m: RegExpMatchArray): boolean {
  return !!c.docYear && Number(m[2]) < c.docYear && opensSentence(c.text, m.index!) && /^\s*[,，]/.test(c.text.slice(m.index! + m[0].length));
}

/**
 * Do two years name a window of the notice's, as a range (2024—2026年) or a cohort (2021年或2022年度) writes them? Not a designation's term
 * after them, a past period opening its sentence, nor the years a bounded figure is measured over.
 */
function yearsNameWindow(c: { text: string; docYear: number }, m: RegExpMatchArray): boolean {
  const rest = c.text.slice(m.index! + m[0].length);
  return !DESIGNATION_TERM_AFTER.test(rest) && !pastOpening(c, m) && !MEASURED_OVER_YEARS.test(rest);
}

/** Is the year at `at` a fund's allotted with its sum (see FUND_SUM_AFTER, OPENING_FUND_SUM)? `after`: the text after the year. */
function allottedYear(text: string, at: number, after: string): boolean {
  if (FUND_SUM_AFTER.test(after) && (ALLOTTED_TO_OWN_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || (/将(?:[^，。；,;\d将]{0,6}的)?$/.test(text.slice(Math.max(0, at - 9), at)) && FUND_SUM_ALLOTTED_AFTER.test(after)))) return true;
  return OPENING_FUND_SUM.test(after) && opensSentence(text, at);
}

/** A purpose phrase's verb right before a year: 为做好, 为切实抓好, 为确保, 为进一步规范, 为加快 (为加快2022年高标准农田项目建设进度, 阳泉). */
const PURPOSE_BEFORE = /为(?:了)?(?:切实|进一步|更好地?|扎实|全力|全面|加快)?(?:做好|抓好|确保|保障|推进|推动|规范|加强|落实|组织好|实施好|加快)\s*$/;
/** …and what the year is for reached in its phrase (为确保2025年实现…, 为确保2010年全省固定资产投资目标的顺利实现: 青海省). */
const PURPOSE_REACHED_AFTER = /^[^，。；,;]*?(?:实现|完成|达到|达成|建成)/;
/** A notice's signing fields run into its text, the day last (公示单位:固原市原州区畜牧技术推广服务中心公示时间:2023年3月27日, 原州). */
const SIGNED_FIELDS_BEFORE = /(?:公示|发布|印发|发文)单位\s*[:：][^，。；,;:：]{2,40}?(?:公示|发布|印发|发文|成文)(?:时间|日期)\s*[:：]\s*$/;
/**
 * Is the date at `at` the day data is counted to (填报数据截至2021年12月31日: 临汾; 统计数据截至…): the report's cut-off, no time limit,
 * as a completion report's 截至 day is (ANNOTATION round 127). `raw` is the match, its 截至 maybe inside it.
 */
function dataCutOff(text: string, at: number, raw: string): boolean {
  const lead = text.slice(Math.max(0, at - 12), at) + (/^(?:截至|截止)/.test(raw) ? raw.slice(0, 2) : '');
  return /(?:数据|统计)(?:时间|日期|口径)?(?:均)?(?:为)?\s*(?:截至|截止)(?:到)?\s*$/.test(lead);
}
/**
 * After a past day opening a sentence, the funds a higher level passed down to the notice's own place then (2022年11月29日,《…的通知》(豫财农综
 * 〔2022〕33号)下达我县…补助资金55万元, 郏县): when funds moved is history (ANNOTATION round 118).
 */
const FUNDS_PASSED_DOWN_AFTER = /^\s*[，,][^。；;]{0,160}?(?:下达|下拨|拨付)(?:给|到)?(?:我|本)(?:省|市|县|区|旗|州|镇|乡)/;
/** After a past month or day opening a sentence, what says it reports an act done then: a verb with 了, the issuer itself, funds passed down. */
const PAST_ACT_AFTER = [/^\s*[，,][^。；;]{0,60}?[\u4e00-\u9fff]了(?!解)/, /^\s*[，,]\s*(?:我|本)(?:局|委|办|厅|中心|部|站|院|所)/, FUNDS_PASSED_DOWN_AFTER];
/** After a day: births, adoptions, deaths or an age reached then (前,只生育一个子女; 后,男性年满60周岁; 至6月30日死亡的), not a start (起). */
// (…the day in brackets after the act it closes, a requirement word then the age: 截止报名结束(2024年4月3日)需年满18周岁, 泸州)
const RECKONED_AFTER = /^(?:前|后|以前|以后|之前|之后)?\s*[）)]?\s*[，,]?\s*(?:需|须|应|要)?\s*(?:只|仅|未再|没有|均)?\s*(?:男性|女性|男方|女方|本人|夫妻双方|夫妻|双方)?\s*(?:已|均已)?\s*(?:年满|满\d|生育|收养|出生|死亡|去世|亡故|病故)/;
/** After a day that opens a sentence, past its comma: a figure reported as reached by then (,全年一般公共预算收入完成413.84亿元). */
const FIGURE_REPORTED_AFTER = /^\s*[，,][^。；;]{0,30}?(?:完成|实现|达到|累计|共计|同比)[^。；;，,]{0,12}?\d/;
/** After a day 截至 opens, past its comma: what had already been done by it (,全市已累计认定…, ,已完成…); not 截止…前已认定的企业, a cohort. */
const DONE_BY_AFTER = /^\s*(?:底|末)?\s*[，,]\s*[^，。；,;\d]{0,8}?(?:已经|已)(?:累计|先后|共)?(?:认定|完成|建成|培育|引进|实现|达到|发放|兑现|拨付|争取|落实|办理|受理|帮助|新增|打造|招引|签约|开工|投产|到位|组织|开展|举办|审核|评定|备案|入驻|吸引|带动|孵化)/;

/** What a month is the month of, right after it: its rent or bills (2月份房租, 3月份的租金, 1月份水电费). */
const MONTH_OF_BILL_AFTER = /^\s*(?:的)?(?:房屋)?(?:房租|租金|水电费|水费|电费|物业费|燃气费)/;
/**
 * …or the benefit paid for it (2月份价格临时补贴, 3月份的生活费; its recipients named between, 2024年9月份特困供养人员基本生活费, 德江; 2024年4月份高龄老年
 * 保健补助, 香格里拉), not a payment made in it (6月补贴资金下达, 6月份补贴发放到位).
 */
const MONTH_OF_PAYMENT_AFTER = /^\s*(?:的)?[\u4e00-\u9fff]{0,10}?(?:补贴|补助|津贴|工资|养老金|生活费|护理费|救助金|供养金|扶助金|低保金|抚恤金)(?!资金|经费)(?![\u4e00-\u9fff]{0,4}?(?:发放|拨付|下达|到位|兑现|申报|申请))/;
/** A comparison right before a period: the period is its baseline (不低于2022年12月的50%, 较2021年增长, 比上年同期). */
const COMPARED_WITH_BEFORE = /(?:[低高少多]于|比|较|相比|相较|对比)\s*$/;
/** A place listed as an area right after a year: (本市)被列为…地区, 被列入…区域 (the area's listing, a condition on where). */
// (…by a standard named between: 位于2022年依据国家标准被划定为疫情中高风险地区范围内的, 成华)
const AREA_LISTED_AFTER = /^(?:度)?\s*(?:内)?\s*(?:本市|本区|本县|本省|该地区|该区域)?\s*(?:(?:依据|根据|按照)[^，。；,;被]{1,12}?)?(?:被|已被)(?:列为|列入|确定为|划为|划入|划定为|认定为)[^，。；,;]{0,16}?(?:地区|区域|行政区|县区|区县)/;
/** A relief and its span right after a year (2022年减免3个月房租): the relief's span is the limit, the year the one it falls in. */
const RELIEF_SPAN_AFTER = /^\s*(?:内)?\s*(?:再|继续)?(?:减免|免收|免除|减半收取|减收|免征)\s*(?:\d{1,2}|[一二两三四五六七八九十半])\s*(?:个)?(?:月|季度|年)/;
/** A season right after a year (2017年春季, 秋季). */
const SEASON_AFTER = /^(?:春季|夏季|秋季|冬季)/;

/**
 * A bare year in a sentence, not a citation, an edition or a month: `year` written at `at`, `len` characters with a year's end written
 * after it when `yearEnd`; `relative` when written 今年, which no document's year can precede.
 */
function bareYear(c: { text: string; docYear: number }, at: number, len: number, year: string, yearEnd: boolean, relative = false, due = false): Found | undefined {
  // (A season after the year is part of the time, not the start of a name: 2017年秋季县政府将重新制定奖励办法 is no 秋季县, 盘山.)
  const after = c.text.slice(at + len).replace(SEASON_AFTER, '');
  // The year of a quarter or a half year is that period's, read with it or refused with it (2025年一季度…奖励: an award's name).
  if (!yearEnd && /^(?:度)?(?:(?:第)?[一二三四1-4]季度|[上下]半年)/.test(after)) return undefined;
  // The year a place was listed as an area of some kind (2022年被列为疫情中高风险地区所在区的国有房屋, 如2022年被列为…地区: 北京, 重庆, 广州,
  // 广东省): a condition on where the applicant is, no limit, as the dev gold has it in every rent relief of that national form.
  if (!yearEnd && AREA_LISTED_AFTER.test(after)) return undefined;
  // The calendar year a relief's span falls in, the span right after (2022年减免3个月房租, 成华): the span is read, the year is none, as
  // 减免2022年6个月租金's is (round 170).
  if (!yearEnd && RELIEF_SPAN_AFTER.test(after)) return undefined;
  // The year whose money was left over or is carried over (2021年结余资金29.222万元…结转至2022年继续使用: 中宁; 2022年结转资金14.871万元: 乌拉盖):
  // a record of a past year's balance, no limit (the year it is carried into is one).
  if (!yearEnd && /^(?:度)?(?:的)?(?:结余|结转|剩余|沉淀)(?:资金|经费|指标)?/.test(after)) return undefined;
  // The year whose record a cohort is judged on, the record had or lacked right after it (2014年无出口实绩企业, 2014年度有出口实绩的企业:
  // 慈溪): the period measured, none, as round 103's measured years are.
  if (!yearEnd && /^(?:度)?(?:内)?(?:无|没有|未有|有)[^，。；,;]{0,6}?(?:实绩|业绩)/.test(after)) return undefined;
  // A lead-in that hands down the year's tasks (现将《政府工作报告》提出的2023年重点工作任务予以分解并明确责任单位): that year.
  // (Not an attachment's or a table's title on a line of its own, 2021年市政府重点工作责任分解: a title's year names it.)
  if (!yearEnd && BARE_LIST_TITLE.test(c.text.trim())) return undefined;
  // (…or the notice sets the year's tasks itself, 确定2023年重点工作任务: TASKS_SET_BEFORE; not the year of a plan it makes, a name.)
  // (…or the year's list of practical projects the sentence hands down or carries out, or its work report's tasks it hands down:
  // 根据2018年《政府工作报告》主要目标任务和银川市2018年为民办实事、兴庆区2018年民生十件实事内容,…将各项工作任务分解, 兴庆; as
  // 全面完成2024年民生实事项目 is; or brings into an assessment, 2023年区《政府工作报告》目标任务应当纳入区级绩效目标管理考核体系: 江夏, as
  // round 57's 将2019年市《政府工作报告》确定的目标任务纳入…考核 is.)
  const handsDown = !yearEnd && (HANDS_DOWN.test(after) || (TASKS_SET_BEFORE.test(c.text.slice(Math.max(0, at - 40), at)) && TASKS_SET_AFTER.test(after)) || yearProjects(after, c.text) || (REPORT_TASKS.test(after) && (/分解|下达|分工|纳入[^。；;]{0,30}?考核/.test(c.text) || TASKS_DONE_IN_PHRASE.test(after))));
  // The year of the work a purpose phrase names (为确保2021年中央财政实际种粮农民一次性补贴的公开、公平、公正: 井研; 为切实抓好2020年
  // 市政府重点工作任务: 舟山): the work described, none (ANNOTATION round 56), unless what the year is for is reached (为确保2025年实现…)
  // or the year's report the notice breaks down (为全面落实2011年《政府工作报告》提出的各项工作,…予以分解: 镇海).
  if (!yearEnd && !handsDown && !after.startsWith('《') && PURPOSE_BEFORE.test(c.text.slice(Math.max(0, at - 10), at)) && !PURPOSE_REACHED_AFTER.test(after)) return undefined;
  // An attachment's title right after its mark (…(此件公开发布)附件2020年市政府为民办十件实事项目表: 淮安): the title's year.
  if (!yearEnd && /附件\s*\d*\s*[:：]?\s*$/.test(c.text.slice(Math.max(0, at - 6), at))) return undefined;
  // An attachment's title in a list of them (2023年顺德区工业设计主题园区认定申报指南(附件1);, 顺德): the title's year.
  if (!yearEnd && ATTACHMENT_TITLE_AFTER.test(after)) return undefined;
  // A year that opens a name written like a title (2025年广州市增城区服务工业企业高质量发展二十条措施专项资金申报时间…): the name's year.
  if (!yearEnd && NAMED_TITLE.test(after)) return undefined;
  // (…unless the fund is allotted to the notice's own place with its sum right after its name (下达我市2022年州级财政衔接推进乡村振兴补助资金
  // 318万元, 楚雄市; 现将2025年上海市对口帮扶姚安县项目资金3000万元下达给你们, 姚安): that year's, a deadline, as round 96 says.)
  const allotted = !yearEnd && allottedYear(c.text, at, after);
  if (!yearEnd && !allotted && namedYear(c.text.slice(Math.max(0, at - 4), at), after)) return undefined;
  // (…nor the year of a fund whose allotment the notice announces without its sum: 现将2018年提前下达财政扶贫资金分配情况公示如下, 郑州; 现将
  // 2026年提前批…补助资金项目计划下达给你们, 巴南 — a programme fund's year, as round 56's 海东 says, whatever the notice's year.)
  if (!yearEnd && !allotted && FUND_PLAN_AFTER.test(after)) return undefined;
  if (!yearEnd && CLASSIFICATION_AFTER.test(after)) return undefined;
  // (…nor the year of a plan a basis word cites by its name: 按照2019年全县扶贫规划,经…研究确定, 襄城.)
  if (!yearEnd && /(?:按照|根据|依据|依照)\s*$/.test(c.text.slice(Math.max(0, at - 4), at)) && CITED_PLAN_AFTER.test(after)) return undefined;
  // (A batch's fund allotted with its sum stays a deadline: 下达我市2017年第一批县乡道安防…补助资金9379.5万元, 驻马店.)
  // The year of a programme round a notice organises (为做好2021年我市省级专精特新中小企业遴选推荐工作, 现将组织开展2026年专精特新中小企业
  // 复核工作, 对2025年海口市第四批…开展实地核查, 2025年申报指南: 深圳, 长治, 阜新, 海口, 大连): the round's name, as a batch's year is.
  // (…or the call 现就 turns to, a round's applications named right after the year, no report's tasks: 现就2024年跨境电商示范省建设事项
  // 项目入库工作通知如下, 中山; not 现就2013年《政府工作报告》确定的重点工作任务提出责任分工意见如下.)
  // (…or 现将 turns to it: 现将2025年科技企业孵化器和众创空间孵化培育科技企业补助申报工作有关事项通知如下, 宁夏, round 149; not an
  // allotment it sends, 现将2023年“小升规”市级资金项目1992万元奖励安排计划下达给“四个区”, 惠州: the batch's year stays)
  const call = !yearEnd && !relative ? /现(就|将)\s*$/.exec(c.text.slice(Math.max(0, at - 3), at)) : null;
  if (call && callsRound(call[1] as '就' | '将', after)) return undefined;
  if (!yearEnd && !relative && (ORGANISED_BEFORE.test(c.text.slice(Math.max(0, at - 14), at)) && ROUND_WORK_AFTER.test(after) || (ROUND_BATCH_AFTER.test(after) && !allotted))) return undefined;
  // (A scale first reached in the year is the window of that act, not a year whose figure is described: FIRST_REACH.)
  // (…or a call's item naming the cohort that first reached it: 列入我市规模企业培育计划,2015年主营业务收入首次突破2000万元的企业。, 成都)
  const firstReach = !yearEnd && FIRST_REACH.test(after) && (/于\s*$/.test(c.text.slice(Math.max(0, at - 2), at)) || WINDOW_GRANT.test(after) || COHORT_ITEM.test(after));
  // A lead-in that sets out what the year's work is (2023年区政府重点工作具体安排如下:, 2024年全县重点工作任务是：) sets that year.
  // (…and so does a sentence opening on the year that says how the year's work is done, as 2024年,以围绕… does (ANNOTATION round 50):
  // 2024年全市“三农”工作坚持以…为指导, 十堰.)
  const workSet = WORK_STANCE.test(after) && opensSentence(c.text, at);
  // (…but a year 确保 sets what is to be done in, its completion in the phrase: 确保2020年各项年度目标任务圆满完成, 杭州; as 确保2020年
  // 全面建成小康社会 is, round 31.)
  const ensured = !yearEnd && /确保\s*$/.test(c.text.slice(Math.max(0, at - 3), at)) && PURPOSE_REACHED_AFTER.test(after);
  if (!firstReach && !handsDown && !allotted && !yearEnd && !workSet && !ensured && describedYear(after, c.text.slice(Math.max(0, at - 4), at)) && !LEAD_IN.test(after)) return undefined;
  // (An act opening the phrase right after the year is that year's window, whatever condition on a later year follows it:
  // 2023年首次纳入规上工业企业库并且在2024年实现产值比2023年全年正增长的企业, 东莞.)
  // (…or a condition that the act fell in the year, 于 before it: 申报单位于2022年首次升规纳入海南省统计, 澄迈.)
  const window = WINDOW_ACT.test(after) && (WINDOW_GRANT.test(after) || COHORT_ITEM.test(after) || /于\s*$/.test(c.text.slice(Math.max(0, at - 2), at)));
  if (!yearEnd && !firstReach && !window && YEAR_OF_CONDITION.test(after)) return undefined;
  // The year of the meeting that passed the notice (已经2023年区党工委第36次会议审议通过: 大连高新区), as its day is (heldOn).
  if (!yearEnd && /(?:已经|已|经)\s*$/.test(c.text.slice(Math.max(0, at - 3), at)) && PASSED_AFTER.test(after)) return undefined;
  // A single year inside a cited title (《2025年银川市第一批基本建设项目投资计划》) names that document.
  if (insideTitle(c.text, at)) return undefined;
  // The year of what came before (是自治区党委继2024年“六个工程”之后的又一重大部署: 阿拉善) looks back.
  if (!yearEnd && /继\s*$/.test(c.text.slice(Math.max(0, at - 2), at)) && /^[^。；;]{0,30}?之后/.test(after)) return undefined;
  // A window an act must fall in (对2024年新认定的国家级…企业…给予…奖励) is a deadline also before the notice's year: the act
  // is rewarded after it; other years before the notice look back.
  // (…and a grant follows in the sentence: 我市2021年获评全国…城市 in a later notice looks back.)
  // A year's end with 前 (2021年底前,摸清…底数: a 2025 notice restating a plan's steps, 阜新) is a time limit whenever it fell, as a
  // month's limit is (2023年10月底前完成第一批); a bare year looks back, and a year with 前 alone may bound a cohort (对2000年前建设的小区).
  // (…and so is a fund's year allotted or paid out with its sum, as rounds 79 and 96 read it: 需兑付博湖县2023年耕地轮作项目补贴资金1875726元
  // in a 2024 notice, 博湖.)
  // (…and a standard set for the year, its level right after, paid in a later notice: 本次发放的2021年损失性补偿标准共计30.00元/亩/年 in 2022, 郭溪.)
  const standard = !yearEnd && STANDARD_OF_YEAR.test(after);
  const floor = due ? 0 : !yearEnd && (window || firstReach || allotted || standard) ? c.docYear - 3 : c.docYear;
  return relative || (Number(year) >= Math.max(1990, floor) && Number(year) <= 2100) ? { date: yearEnd ? `${year}-12` : year } : undefined;
}

/** What months right after a grant's verb pay (两个月的房租, 三个月工资): a sum counted in months; not the rent's relief (3个月租金减免). */
const MONTHS_PAID_AFTER = new RegExp(`^\\s*的?\\s*(?:房租|租金|工资|薪酬|社保|物业费)(?!${RELIEF_NOUN})`);
/**
 * Time limits and periods: 到2025年, 2021—2025年, “十四五”期间, 三年内, 连续3年, 3—5年内, 长期,
 * 自发布之日起施行, 2022年6月底前. docDate (YYYY-MM-DD) resolves relative ones into `resolved`.
 */
export function extractDeadlines(written: string, docDate?: string): Deadline[] {
  // Years in Chinese digits read as digits, one character for one (二〇二五年, 二○○八年 with a circle → 2025年): offsets stay.
  // (元月 is January, as 一月: 于每年元月上旬递交申请, 咸宁; not the 元 of a sum before 月, 100元月均.)
  const text = foldFirstMonth(!numeralBeforeYear(written) ? written : written.replace(/[〇○零一二三四五六七八九]{4}(?=年)/g, (y) => [...y].map((c) => String('〇一二三四五六七八九'.indexOf(/[○零]/.test(c) ? '〇' : c))).join('')));
  const out: Deadline[] = [];
  const docYear = docDate ? Number(docDate.slice(0, 4)) : 0;
  const ownDate = !!docDate && /^\d{4}-\d{2}/.test(docDate);
  const taken = new Uint8Array(text.length);
  // A cited title's years are not deadlines, unless the clause waits for that document (《…（2021—2035年）》发布后).
  const titles = titleRanges(text);
  const push = (start: number, end: number, d: Omit<Deadline, 'start' | 'end' | 'raw'>) => {
    for (let k = start; k < end; k++) if (taken[k]) return;
    for (let k = start; k < end; k++) taken[k] = 1;
    // A state as of a day in a year before the notice's (截至2019年12月底,全市争取…资金5129.97万元; 截止2018年12月31日前未脱贫) is a record
    // or a status, no time limit: a limit the notice sets lies ahead of it. (The day is taken all the same: no other rule reads it.)
    // (Only against the notice's own date, a month in it: a bare year is one the text ran on with, 执行期限截至2027年12月31日 over a later
    // item's 实施期限截至2025年12月31日, 济源.)
    if (ownDate && d.date && /^(?:截至|截止)/.test(written.slice(start, end)) && Number(d.date.slice(0, 4)) < docYear) return;
    // A month before the notice's own opening a sentence that reports an act done (2008年2月,州人民政府与各县市人民政府签订了《责任书》:
    // 博州 2008): a record, no limit, as a state as of a past day is.
    // (…or the issuer's own act then, told by 我局 after the comma: 2023年12月,我局根據市經信局…要求,組織轄區工業企業申報…, 蔡甸 2024; or the
    // funds passed down to the notice's place then, FUNDS_PASSED_DOWN_AFTER.)
    if (ownDate && d.date && /^\d{4}-\d{2}/.test(d.date) && !d.from && d.date.slice(0, 7) < docDate!.slice(0, 7) && /^(?:\s*|[^。；;]*[。；;]\s*)$/.test(written.slice(0, start)) && PAST_ACT_AFTER.some((re) => re.test(written.slice(end)))) return;
    // A period a figure is compared with (2023年1月用电量不低于2022年12月的50%; 较2022年同期增长): the baseline, no limit. (The 于 of 低于 is
    // no 于 of a date.)
    if (COMPARED_WITH_BEFORE.test(written.slice(Math.max(0, start - 4), start) + (/^于/.test(written.slice(start, end)) ? '于' : ''))) return;
    // The month whose rent, bills or benefit a payment covers (减半收取其2022年2月份房租; 发放2020年2月份价格临时补贴, 上海): what is paid, no
    // limit, as the month alone is (西城).
    if (d.date && /^\d{4}-\d{2}$/.test(d.date) && !d.from && /月份?$/.test(written.slice(start, end)) && (MONTH_OF_BILL_AFTER.test(written.slice(end)) || MONTH_OF_PAYMENT_AFTER.test(written.slice(end)))) return;
    // A span of the old level a standard is moved from (由原先的2天内日综合费率0.4‰,调整为5天内…, 东海): the old level's, no value (round 37).
    if (d.kind === 'relative' && MOVED_FROM_BEFORE.test(written.slice(Math.max(0, start - 12), start)) && MOVED_TO_AFTER.test(written.slice(end, end + 24))) return;
    out.push({ raw: written.slice(start, end), start, end, ...d });
  };
  // ...but the period of a cited plan is one (《…行动计划（2023—2025年）》 → 2023 to 2025).
  for (const [s, e] of titles) {
    if (/^(发布|出台|印发|批复|实施)/.test(text.slice(e, e + 2))) continue;
    // Also written without 年 (《…三年行动计划(2022-2024)》), or with its dash lost in a saved page (《…行动计划(20222025年)》).
    for (const m of matchesOf(text.slice(s, e), TITLE_YEARS)) {
      const [a, b] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])];
      if (b > a && b - a <= 30 && !DESIGNATION_TERM_AFTER.test(text.slice(s + m.index! + m[0].length, e))) push(s + m.index!, s + m.index! + m[0].length, { from: String(a), date: String(b) });
    }
    // A half year, a quarter or a span of months is a period too (《…扎实推进2024年下半年经济稳进向好若干措施的通知》).
    // (Not one that opens an award's name: 《2025年一季度信息服务业营收增长奖励办事指南》, 北京经开区.)
    for (const m of matchesOf(text.slice(s, e), TITLE_PERIOD)) {
      const p = titlePeriod(m);
      if (p && !AWARD_NAME_AFTER.test(text.slice(s + m.index! + m[0].length, e))) push(s + m.index!, s + m.index! + m[0].length, p);
    }
    for (let k = s; k < e; k++) taken[k] = 1;
  }
  // A time limit that recurs each year (并于每年6月30日、12月31日前将…报送, 每年6月底前): ongoing, each date of the list its own
  // deadline, the first with 每年, the last with its limit word (ANNOTATION round 9). A bare 每年 is a frequency: none.
  for (const m of matchesOf(text, YEARLY_LIMIT)) {
    const items = matchesOf(m[0], YEARLY_ITEM);
    items.forEach((it, i) => {
      const a = i === 0 ? m.index : m.index + it.index!;
      const b = i === items.length - 1 ? m.index + m[0].length : m.index + it.index! + it[0].length;
      push(a, b, { kind: 'ongoing' });
    });
  }
  for (const m of matchesOf(text, YEARLY_WINDOW)) push(m.index, m.index + m[0].length, { kind: 'ongoing' });
  for (const m of matchesOf(text, YEARLY_WINDOW_LABELLED)) {
    const months = matchesOf(m[0], /(?:\d{1,2}|[一二三四五六七八九十]{1,3}|元)月份?/g);
    months.forEach((it, i) => push(i === 0 ? m.index : m.index + it.index!, m.index + it.index! + it[0].length, { kind: 'ongoing' }));
  }
  const ctx = { text, docYear };
  for (const [re, f] of RULES) {
    for (const m of matchesOf(text, re)) {
      const found = f(m, ctx);
      if (!found) continue;
      const { skip = 0, ...d } = found;
      push(m.index + skip, m.index + m[0].length, d);
    }
  }
  // The period an applicant's figure is measured over is no time limit (…的工业企业(2018年-2019年未突破以上标准)).
  // So is the date a figure is taken at, after a basis word (按照2022年5月社保缴纳人数、300元/人的标准).
  // And a quarter or month whose figure is the applicant's condition, as a year's is (对2024年四季度整车产量超过3万辆的整车企业,
  // …且一季度完成产值2000万元以上、同比增长20%以上的规上工业企业; ANNOTATION: the period measured).
  // (…and the years something must not have happened in, 近3年内…未发生重大事故; and a programme batch's year, 2025年度第一批…项目申报.)
  // (…and a span a basis phrase measures a figure over, 根据国家、省资助及三年内对地方经济贡献情况,给予最高1000万元奖励: 南通; as a date so
  // taken is, basisDate.)
  const kept = out.filter(
    (d) =>
      // (A day opening a news lead, when a site carried a text: 2025年2月18日,眉山市人民政府网站刊发“…公告”, 眉山: no limit.)
      !(d.date && /日$/.test(d.raw) && /(?:^|[。！？\n])\s*$/.test(text.slice(0, d.start)) && SITE_CARRIED_AFTER.test(text.slice(d.end))) &&
      !(d.kind === 'relative' && BASIS_PHRASE.test(phraseOpening(text, d.start)) && MEASURED_AFTER_DATE.test(text.slice(d.end, d.end + 24))) &&
      // (A count of things before 年内, 其中16个年内建成投运 (镇江): 个 counts the things, no years; a span in years is written 16年, 个 only
      // before 年度, 年头 or 自然年.)
      !(d.kind === 'relative' && /^(?:\d+|[一二两三四五六七八九十百]+)\s*个年(?!度|头)/.test(d.raw)) &&
      // (An ordinal year or month, 给予第一年100%,第二年50%的物业补贴 (崇川): which year of a series, no span; as 第二台 is no count.)
      !(d.kind === 'relative' && ordinalAt(text, d.start)) &&
      // (…nor months of a payment granted, 给予一次性两个月的房租补贴 (崇川): how much rent, a sum counted in months, as 三个月工资 is.)
      // (A bare count of months only, right after the grant's verb: 给予不超过3年的租金支持 is the term the support runs, a limit; and
      // not before the rent's relief, 给予3个月租金减免, which waives the rent that long, as 减免3个月房租 does.)
      !(d.kind === 'relative' && /^(?:[一二两三四五六七八九十]{1,3}|\d{1,2})\s*个?月$/.test(d.raw) && MONTHS_PAID_AFTER.test(text.slice(d.end, d.end + 6)) && /(?:给予|补贴|补助|奖励|发放)(?:一次性)?$/.test(text.slice(Math.max(0, d.start - 10), d.start))) &&
      !(d.kind === 'relative' && (/^(?:近|连续)/.test(d.raw) || text[d.start - 1] === '近' || text.slice(d.start - 2, d.start) === '连续') && NOTHING_HAPPENED_AFTER.test(text.slice(d.end))) &&
      // (a span held without a break and bounded, 连续在库三年以上的…企业 (甘孜), 连续经营3年以上: how long the applicant has held it, a
      // threshold, as 从事…3年以上 is)
      !(d.kind === 'relative' && /^连续/.test(d.raw) && /^\s*(?:[（(]含[）)])?\s*(?:及|或)?以上/.test(text.slice(d.end))) &&
      // (…or what the applicant must have done all those years, a condition closed by 的 with nothing granted in it: 连续两年带动100户
      // 贫困户发展的, 毕节 and 盐津; as a clean record's years are not, ANNOTATION round 77)
      !(d.kind === 'relative' && /^连续/.test(d.raw) && SPAN_CONDITION_AFTER.test(text.slice(d.end))) &&
      // (the span the public has to comment on a draft, 公众可在7日内提出意见 (威海, round 151): the procedure's own period, none, as
      // 公示期为7日 is (round 51); a dated end to the comments stays one)
      !(d.kind === 'relative' && /^\s*(?:内|以内)?\s*(?:(?:向|将|以)[^，。；,;]{0,16}?)?(?:提出|反馈|提交|反映)(?:修改)?(?:意见|建议)/.test(text.slice(d.end))) &&
      // (periods a comparison sets side by side, 2023年一季度与2022年一季度相比: the periods measured, no time limit, 北京)
      !(d.date && !d.kind && COMPARED_AFTER.test(text.slice(d.end))) &&
      // (…unless the batch's fund is allotted with its sum: 下达我市2017年第一批…补助资金9379.5万元, 驻马店)
      !(d.date && !d.kind && /^(?:\d{4}\s*[—\-–~至到]\s*)?\d{4}年(?:度)?$/.test(d.raw) && BATCH_NAME_AFTER.test(text.slice(d.end)) && !allottedYear(text, d.start, text.slice(d.end))) &&
      // (the years in brackets that restate a measured span: 连续两年(2020—2021年)年度营业收入均保持在15%(含)以上)
      !(/(?:连续|近)[一二两三四五六七八九十\d]{1,3}个?年[（(](?:即|为)?$/.test(text.slice(Math.max(0, d.start - 10), d.start)) && measuredAfterSpan(text.slice(d.end).replace(/^[）)]/, ''))) &&
      // (a signing day opening a clause that is only the title of the document it sends, the page's line breaks lost: 二〇一一年十二月
      // 二十七日泰州市区2012年夏季秸秆禁烧利用工作考核奖励办法, 泰州: the signing date)
      !(/^\s*$/.test(text.slice(0, d.start)) && /日$/.test(d.raw) && SIGNED_TITLE_AFTER.test(text.slice(d.end))) &&
      // (a signature run into the text's last line, …推荐表.doc佛山市禅城区经济和科技促进局2022年6月28日。: the signing date, 禅城; or
      // into its attachments, 经开区科技创新局2021年3月10日附件1:…办事指南, 北京经开区; or its contact, …科学技术局2023年6月14日(联系人:陈惠。, 澄迈)
      // (…or with its remark, whatever follows it: …办公室2022年4月18日(此件公开发布)政府工作报告2022年重点工作责任分解, 海盐; a
      // character the page lost between the body and the day, 淮安市人民政府办公室?2020年1月23日, is no break)
      !(d.date && /\d日$/.test(d.raw) && SIGNER_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start).replace(/[?？�\s]+$/, '')) && /^\s*[。.]?\s*(?:[（(]此件[^）)]*[）)]|(?:$|附件\s*\d*\s*[:：]|[（(](?:联系人|联系电话|联系方式)))/.test(text.slice(d.end))) &&
      // (a time something was already done, 已分别于2005年(…)和2006年(…)给予奖励, 永康 2008: a record, no limit; not a later one the
      // phrase plans, 已于2023年开工并将于2025年建成)
      // (the years a plan is said to chart, 《纲要》…是今后五年我市经济社会发展的奋斗目标 / 是未来五年…的宏伟蓝图: the plan described, no
      // limit; 泰州, 营口)
      !(d.kind === 'relative' && /是\s*$/.test(text.slice(Math.max(0, d.start - 2), d.start)) && PLAN_CHARTED_AFTER.test(text.slice(d.end, d.end + 40))) &&
      // (…or the years whose progress a share is allotted by, 按照各区2022年、2023年项目完成情况,…现将…资金下达: 杭州 — the record measured, no limit)
      !(d.date && !d.kind && /(?:按照|根据|依据|结合)[^，。；,;]{0,12}$/.test(text.slice(Math.max(0, d.start - 16), d.start)) && REPORT_COVERS_AFTER.test(text.slice(d.end, d.end + 24))) &&
      // (the periods a report covers, 将第一、第二、第三季度及全年责任事项完成情况…报送: what is reported on; the report days are the
      // limits, 武汉 2019)
      !(d.date && !d.kind && /将[^，。；,;]{0,10}$/.test(text.slice(Math.max(0, d.start - 12), d.start)) && REPORT_COVERS_AFTER.test(text.slice(d.end, d.end + 24))) &&
      // (the 于 may open the raw, 已于2024年9月印发: 已 before it, 瑞安)
      // (…but a term already run out is its end, 《…办法》(试行)…已于2020年12月到期, 金华: the expiry, a limit (ANNOTATION round 76).)
      !(d.date && !d.kind && DONE_AT.test(text.slice(phraseStart(text, d.start), d.start) + (/^[于於]/.test(d.raw) ? '于' : '')) && !EXPIRED_AFTER.test(text.slice(d.end, d.end + 6))) &&
      // (…or a check a body made before the notice's day, 林草局于2023年7月对2015年度退耕还林不合格面积…进行验收 in a 2024 公示, 乌苏: what was done,
      // no limit.)
      !(d.date && !d.kind && !!docDate && d.date.slice(0, 7) < docDate.slice(0, 7) && /^[于於]/.test(d.raw) && CHECK_MADE_AFTER.test(text.slice(d.end, d.end + 60)) && !PLANNED_BEFORE.test(text.slice(phraseStart(text, d.start), d.start))) &&
      // (…or the day a document was released, before the notice's own day: 广东省发展改革委于2018年9月5日正式印发实施, 汕尾 2019; not a
      // release the phrase plans, 将于2024年1月1日印发, nor one due by then, 于…前印发)
      !(d.date && !d.kind && /日$/.test(d.raw) && !!docDate && d.date < docDate && DOC_RELEASED_AFTER.test(text.slice(d.end)) && !PLANNED_BEFORE.test(text.slice(phraseStart(text, d.start), d.start))) &&
      // (the months a progress report covers, opening its sentence: 1-6月,铁路口岸完成整车进口1589辆,与全年目标有较大差距, 沙坪坝 — the
      // period measured of what was done, no limit; not months a goal is set for, 1-6月完成投资任务的60%以上)
      // (…or opening a phrase after a plan's figure, its own figure reported: 全年计划完成投资98.5亿元,1-4月累计完成投资21.01亿元, 松阳)
      !(d.from && /^\d{4}-01$/.test(d.from) && /^1\s*[-—–~至到]\s*\d{1,2}\s*月/.test(d.raw) && (opensSentence(text, d.start) || /[，,]\s*$/.test(text.slice(Math.max(0, d.start - 2), d.start))) && reportsWhatWasDone(sentenceAfter(text, d.end))) &&
      // (…or the months from January a figure is measured over, the figure named right after them, anywhere in the sentence: 签约主播2023年1-9月
      // 销售额不低于800万元, 巴东; 2012年1—5月比上年同期销售增量前三名, 泰州; 2018年1—6月,全省PM2.5平均浓度同比上升4.7%, 江苏省; 在2013年1-6月、
      // 1-9月、1-12月按照产值增速…, 银川 — the period measured, no limit; not months of an act, 2023年1-12月期间,企业面向境外宣传推介…)
      !(d.from && /^\d{4}-01$/.test(d.from) && /^(?:\d{4}\s*年)?\s*1\s*[-—–~至到]\s*\d{1,2}\s*月/.test(d.raw) && MEASURED_OVER_MONTHS_AFTER.test(text.slice(d.end, d.end + 40))) &&
      // (…and the months a share done is measured against, their plan named after them: 完成1-4月投资计划的132.1%, 松阳 — which plan, no limit)
      !(d.from && /完成\s*$/.test(text.slice(Math.max(0, d.start - 3), d.start)) && SHARE_OF_PLAN_AFTER.test(text.slice(d.end, d.end + 24))) &&
      // (…or any months of a year gone by before the notice, opening the sentence the same way: 2023年10-12月份共开展等级认定168个批次, 济源 2024;
      // and the months a batch is named by, in brackets after it: 现将2023年第四批(10-12月份)…补贴资金情况予以公示 — which batch, no limit)
      !(d.from && !!d.date && !!docDate && d.date < docDate && opensSentence(text, d.start) && reportsWhatWasDone(sentenceAfter(text, d.end))) &&
      !(d.from && BATCH_BRACKET_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start))) &&
      // (…or the period a penalty or an accident in would disqualify, 1.2019年12月28日至2021年12月27日期间,在环境保护…方面受到较大数额罚款以上处罚的
      // 严重违法行为: 光明 — a clean record's dates, none as 近三年未发生… is)
      !((d.from || /^\s*起?至/.test(text.slice(d.end, d.end + 3))) && PENALTY_WINDOW_AFTER.test(text.slice(d.end, d.end + 80))) &&
      // (…or a day opening its sentence, before the notice's own, on which an inspection was carried out: 2026年1月13日,我局组织专业技术人员对…
      // 进行了最终验收, 利通; 2022年4月11日,县农业农村局…对…新建的日光温室行验收, 西吉 — the record's history, no limit)
      // (…or a month so written, 2023年1月,枝江市农业农村局组织验收专班,对项目进行实地验收, 枝江)
      !(d.date && !d.kind && /(?:日|月)$/.test(d.raw) && !!docDate && d.date < docDate && opensSentence(text, d.start) && INSPECTED_AFTER.test(text.slice(d.end, d.end + 120))) &&
      // (…or any day or month before the notice's own in a sentence that reports an inspection or assessment done, later in it: 7月初市政府督查室
      // 会同…对今年主城区第一阶段(5月23日至6月底)的…整治情况进行了督查考核, 重庆 2003 round 285 — when it was done and the period assessed,
      // history)
      !(d.date && !d.kind && !!docDate && d.date < docDate && ASSESSED_DONE_AFTER.test(sentenceAfter(text, d.end))) &&
      // (…or years a programme ran, right after its place's name and before the programme's name: 西吉县2005-2006年退耕还林工程2025年森林抚育…
      // 补助资金, 兴隆镇 round 287 — the programme's name, as a year opening a place's project name is)
      !(d.from && /^\d{4}$/.test(d.from) && PLACE_BEFORE.test(text.slice(Math.max(0, d.start - 4), d.start)) && !LEVEL_ONLY.test(text.slice(Math.max(0, d.start - 4), d.start)) && PROGRAMME_NAMED_AFTER.test(text.slice(d.end, d.end + 24)) && text.lastIndexOf('《', d.start) <= text.lastIndexOf('》', d.start)) &&
      // (a day before which a published rate is read, 实际利率高于2022年12月31日前中国人民银行公布的最近一期…报价利率(LPR)的, 大连: which rate, no limit)
      !(d.date && PUBLISHED_RATE_AFTER.test(text.slice(d.end))) &&
      // (a person's birth date bound, 项目负责人为1960年1月1日以后出生: a condition on who applies, ANNOTATION round 46)
      !(d.date && BORN_AFTER.test(text.slice(d.end))) &&
      // (the day a duration an applicant must have is measured at, 截至2023年末,从事特定细分市场一年半以上: ANNOTATION round 48, 武进)
      !(d.date && /^截[至止]/.test(d.raw) && DURATION_HELD_AFTER.test(text.slice(d.end))) &&
      // (…or the day an applicant's age or years are computed at, 年龄、工作年限等时间的计算截止日期为2022年7月31日: 黄陂; 年龄计算至…, as round 48's
      // day a duration is measured at: which age, no limit)
      !(d.date && COMPUTED_AT_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))) &&
      // (…or the day a reported figure stands at, opening the sentence and no later than the notice's own: 截止2018年7月11日,孟州市财政专项
      // 扶贫资金投入2947.76万元,现公示如下, 孟州: a stock as of then, no limit)
      !(d.date && /^截[至止]/.test(d.raw) && !!docDate && d.date <= docDate && opensSentence(text, d.start) && STOCK_AFTER.test(text.slice(d.end))) &&
      (!d.date || d.kind || (!measuredPeriod(text, d.start, d.end) && !basisDate(text, d.start, d.end) && !conditionPeriod(text, d) && !heldOn(text, d))) &&
      // (…nor a period whose figure a formula takes, after its equals sign: 裁员率=(2020年12月失业保险参保人数﹣2021年12月失业保险参保人数)÷…, 辽宁省
      // 2021 — which figure, no limit)
      !(d.date && !d.kind && /[=＝]/.test(sentenceBefore(text, d.start)) && MEASURED_AFTER_DATE.test(text.slice(d.end, d.end + 24))) &&
      // (…nor the day births or ages are reckoned from, a comma maybe between: 2015年12月31日前,只生育一个子女…的夫妻; 2009年1月1日后,男性年满
      // 60周岁; 截至2008年12月31日男性已年满60周岁: 深圳 — conditions on the family, as a birth after a day is (BORN_AFTER).)
      !(d.date && !d.kind && !/(?:起|开始)$/.test(d.raw) && !/^(?:于|在|须|应)/.test(d.raw) && RECKONED_AFTER.test(text.slice(d.end))) &&
      // (…nor the day a record of what was already done is taken at: 截至2024年9月底,全市已累计认定10家…, 深圳 — a report, no limit; a goal
      // counted to a day, 截至2025年底累计建成100个, says no 已 and stays one.)
      !(d.date && !d.kind && /截[至止](?:到)?\s*$/.test(text.slice(Math.max(0, d.start - 3), d.start) + d.raw.slice(0, 2)) && DONE_BY_AFTER.test(text.slice(d.end).replace(/^(?:\d{1,2}\s*月(?:份)?)?(?:\d{1,2}\s*日)?\s*(?:底|末|止)?/, ''))),
  );
  out.length = 0;
  out.push(...kept);
  out.sort((a, b) => a.start - b.start);
  // A year whose period the bracket after it dates (2022年春节期间(2022年1月31日至2月6日): 九台): one time, the bracket's.
  // (…and a span the bracket right after it dates: 近三年(2009年至2011年)内开发…的项目, 内蒙古 乌兰夫基金; 即 maybe opening the bracket:
  // 有效期三年(即2020年9月至2023年9月), 石屏.)
  const dated = out.filter(
    (d, k) =>
      !(/^\d{4}年$/.test(d.raw) && out.slice(k + 1).some((e) => /^[^，。；,;（()]{0,8}[（(]$/.test(text.slice(d.end, e.start)) && (e.from ?? e.date ?? '').startsWith(d.raw.slice(0, 4)) && /日/.test(e.raw))) &&
      !(d.kind === 'relative' && out.slice(k + 1).some((e) => e.from && e.date && /^\s*[（(]\s*(?:即|也即|亦即|为)?\s*$/.test(text.slice(d.end, e.start)) && /^\s*[）)]/.test(text.slice(e.end)))),
  );
  out.length = 0;
  out.push(...dated);
  // Years listed before the one that carries their 年 (到2024、2025年分别达到…, 确保2023和2024年实现翻番): each is a deadline as that
  // year is, the list's words between them none.
  for (let k = 0; k < out.length; k++) {
    const d = out[k];
    const year = /^(?:到|至)?(\d{4})(?:年|$)/.exec(d.raw);
    if (!year || d.from || !d.date || d.date.length !== 4) continue;
    const at = d.start + d.raw.indexOf(year[1]);
    const listed = LISTED_YEAR_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
    if (!listed || Number(listed[1]) >= Number(year[1]) || Number(listed[1]) < Number(year[1]) - 10) continue;
    const start = at - listed[0].length;
    if (out.some((e) => e.start < start + 4 && e.end > start)) continue;
    out.splice(k, 0, { raw: written.slice(start, start + 4), start, end: start + 4, date: listed[1] });
    k--; // (a longer list: 2023、2024、2025年; the year just added, now at k, is tried against its own list next)
  }
  // A list of years each written with its 年 (2010年、2011年、2012年度…考核评价中…, 广东省; 2018年度、2019年度…星创天地): one reading for
  // all, the last year's, which the words after the list decide: every year a deadline as it is, or none as it is.
  let added = false;
  for (const run of matchesOf(text, YEAR_RUN)) {
    const years = matchesOf(run[0], YEAR_IN_RUN).map((y) => ({ start: run.index + y.index!, end: run.index + y.index! + y[0].length, year: y[1] }));
    const last = years[years.length - 1];
    const lastIn = out.some((d) => d.start <= last.start && d.end > last.start);
    for (const y of years.slice(0, -1)) {
      const k = out.findIndex((d) => d.start <= y.start && d.end > y.start && d.date === y.year && !d.from);
      if (lastIn && k < 0 && !out.some((d) => d.start < y.end && d.end > y.start)) {
        out.push({ raw: written.slice(y.start, y.end), start: y.start, end: y.end, date: y.year });
        added = true;
      } else if (!lastIn && k >= 0 && out[k].start === y.start) out.splice(k, 1);
    }
  }
  if (added) out.sort((a, b) => a.start - b.start);
  // A span said again in a bracket right after it, from when it runs (可在一年内(授权公告日起一年内)申请, 龙华): one span, the first.
  for (let k = out.length - 1; k > 0; k--) {
    const [a, b] = [out[k - 1], out[k]];
    if (a.kind !== 'relative' || b.kind !== 'relative' || !/^\s*[（(]/.test(text.slice(a.end, a.end + 2))) continue;
    const open = a.end + text.slice(a.end).search(/[（(]/);
    if (b.start > open && !/[）)]/.test(text.slice(open, b.start)) && /^\s*[）)]/.test(text.slice(b.end)) && spanWords(b.raw) === spanWords(a.raw)) out.splice(k, 1);
  }
  if (docDate) for (const d of out) if (d.kind === 'relative') d.resolved = resolveRelative(d.raw, docDate);
  return out;
}
/** A span's words, its numerals read as figures: 一年内 and 1年内 are the same span. */
const CHINESE_NUMERALS = new RegExp(CHINESE, 'g');
const spanWords = (raw: string): string => raw.replace(CHINESE_NUMERALS, (n) => String(parseNumber(n))).replace(/\s+/g, '').replace(/^(?:在|于)/, '');

/** A list of years, each with its 年 (2010年、2011年、2012年度), and one year of it. */
const YEAR_RUN = needing(/(?<![\d.])\d{4}\s*年度?(?:\s*[、和及与]\s*\d{4}\s*年度?)+(?![\d月])/g, /年度?\s*[、和及与]\s*\d{4}/);
const YEAR_IN_RUN = /(\d{4})\s*年度?/g;

/** A year written without its 年 right before a list's next year (2024、2025年, 2023和2024年). */
const LISTED_YEAR_BEFORE = /(?<![\d.])(\d{4})\s*[、和及与]\s*$/;

/** A document's title alone after a signing day, no verb in it: 泰州市区2012年夏季秸秆禁烧利用工作考核奖励办法. */
const SIGNED_TITLE_AFTER = /^\s*(?!出台|制定|制订|完成|印发|编制|发布|研究|形成|修订|起草)[\u4e00-\u9fff“”（）()\d\s-—]{4,60}?(?:办法|方案|措施|意见|细则|规定|计划|要点|规划)\s*[。]?\s*$/;
/**
 * A day or month that names when something was said, held or visited, cited for what was said there (特别是2024年9月26日在中央政治局
 * 工作会议和2025年1月22日至24日在辽宁考察时的重要讲话: 大连; 7月5日至7日亲临江苏考察,…并发表重要讲话: 镇江) or naming the leader who
 * came (9月10日至11日,习近平总书记深入天水…,视察…; 今年6月总书记再次莅临四川视察): no deadline. A limit word (前, 底, 起) or 于/在/定于
 * before it keep a time; an event the notice plans, with neither a speech nor a leader (4月中旬举办…签约揭牌仪式: 苏州工业园区), stays a time.
 */
function heldOn(text: string, d: Deadline): boolean {
  if (/[前底末起止]|以来|以后|之后/.test(d.raw)) return false;
  const after = text.slice(d.end, d.end + 60);
  // (the two characters before it, and the longer run after it a report's heads or a meeting's outcome may take)
  const lead = text.slice(Math.max(0, d.start - 2), d.start);
  const opensSentence = /^\s*$|[。；;！？]\s*$/.test(lead);
  const farAfter = text.slice(d.end, d.end + 200);
  // (A day or month opening the sentence, a body that moved funds on it after: 2024年12月,博州财政局提前下达…资金7023万元, 精河;
  // 2025年11月14日塔城市安排…资金共计50.2万元, 塔城; 6月上旬,满负荷生产奖励资金由省财政直拨企业, 信阳: the day the funds came, a fund
  // notice's history. A year alone only with funds received, 2021年我部收到…资金总计598万元, 沙坡头: 2024年安排资金… in a plan is its year.)
  if (opensSentence && (/[月日]/.test(d.raw) ? FUNDS_MOVED_AFTER : FUNDS_RECEIVED_AFTER).test(after)) return true;
  // (…or a period opening a payout's report, the heads it counts then what they were paid: 2024年4月份我市高龄老年人共有3229人,发放补助金
  // 18.1135万元, 香格里拉; 2024年1-3月,困难残疾人生活补贴在享19912人,发放资金2050.52万元, 金华; 2020年1至9月共为215名孤儿等特困儿童发放…资金
  // 197.70万元, 隆阳 — the period paid, history, as a month's payout is: ANNOTATION rounds 277, 280.)
  // (…the heads counted by kind maybe, a payout after them: 2021年6月份,我市共有机构养育孤儿175人、社会散居孤儿334人、…,共发放基本生活费
  // 254.48万元, 青岛 round 281)
  if (opensSentence && PAID_TO_HEADS_AFTER.test(farAfter)) return true;
  // (…or a part of a year opening a report of what was spent, the heads it reached after the sum: 2024年下半年,全市共支出各类…资助补助经费
  // 2816.73万元,受益学生近29401人次, 丽水; 2023年1-8月义务教育阶段营养改善计划专项资金1012.1455万元,受益学生23335人, 彰武 — the period
  // measured, history: ANNOTATION round 279.)
  if (opensSentence && PART_OF_YEAR.test(d.raw) && SPENT_REACHING_AFTER.test(farAfter)) return true;
  // (…or a year whose school term opens a payout's report, at a sentence's or a phrase's start: 2023年春季发放学前入园资助金10.55万元, 彰武 — the
  // term paid, history, as the month a payout is for is: ANNOTATION round 279.)
  if (!/[月日]/.test(d.raw) && (opensSentence || /[，,]\s*$/.test(lead)) && TERM_PAID_AFTER.test(after)) return true;
  if (!/[月日]/.test(d.raw)) return false;
  // (An act told as done is past, 于 or not: 我厅于2023年1月16日发布了《…》, 广西科技厅; otherwise 于 keeps a time.)
  if (DONE_AFTER.test(after)) return true;
  // (…or a meeting whose outcome the sentence goes on to report, 于 or not: 县委农村工作领导小组于5月30日组织…召开专题会议,对…进行审核,
  // 现将审核意见反馈如下, 焉耆; not one set for later, 定于/拟于/将于.)
  if (!/(?:定|拟|将|计划)于?\s*$/.test(text.slice(Math.max(0, d.start - 3), d.start)) && MEETING_REPORTED_AFTER.test(farAfter)) return true;
  if (/(?:于|在)\s*$/.test(lead)) return false;
  return CITED_SPEECH_AFTER.test(after) || LEADER_CAME_AFTER.test(after) || RELEASED_AFTER.test(after) || PASSED_AFTER.test(after) || CITED_MEETING_AFTER.test(after);
}
/** Heads counted, then a payout's verb, what it paid and the sum (共有3229人,发放补助金18.1135万元; 共为215名…儿童发放…补助资金197.70万元). */
const PAID_TO_HEADS_AFTER = /^[^。；;]{0,40}?\d+\s*(?:人|户|名)(?:次)?(?:[^。；;\d]{0,24}?|[、，,][^。；;]{0,120}?\d+\s*(?:人|户|名)(?:次)?[^。；;\d]{0,24}?)(?:发放|拨付|兑付)[^，。；;\d]{0,24}?(?:资金|补助金|补贴金|津贴|费|金额)(?:共计|合计|为)?\s*\d[\d.]*\s*(?:万|亿)?元/;
/** A part of a year: its months (1-8月), a quarter or a half (下半年, 前三季度). */
const PART_OF_YEAR = /(?:月|季度|半年)(?:份)?$/;
/** A sum reported, then the heads it reached (…经费2816.73万元,受益学生近29401人次; …资金X万元,惠及群众X户); no plan's verb before it (计划投入, 拟安排, 预计). */
const SPENT_REACHING_AFTER = /^(?:(?!预计|(?:计划|拟|将)[投安支发用])[^。；;])*?\d[\d.]*\s*(?:万|亿)?元[，,]\s*(?:共|累计)?(?:受益|惠及)[^。；;，,\d]{0,10}?(?:近|约|达|共)?\d[\d.]*\s*万?(?:人|户|名)(?:次)?/;
/** A school term or season, then its payout's verb and a sum (春季发放学前入园资助金10.55万元, 秋季学期共拨付助学金…元). */
const TERM_PAID_AFTER = /^(?:春季|秋季|春秋季)(?:学期)?(?:共计|累计|共)?(?:发放|拨付|兑付|下拨)(?!到位)[^，。；;\d]{0,30}?\d[\d.]*\s*(?:万|亿)?元/;
/** An inspection carried out, after a comma (…,我局组织专业技术人员对…进行了最终验收; …对…日光温室行验收). */
/** A programme's name right after its years, no verb first (退耕还林工程, 天然林保护工程): not a plan's (行动计划, 规划), whose period is its term. */
const PROGRAMME_NAMED_AFTER = new RegExp(`^(?:度)?(?!${YEAR_ACTION_VERB})[^，。；,;：:！？《》\\d]{2,16}?工程`);
/** An inspection or an assessment told as done (进行了督查考核, 开展了检查, 组织了验收): the sentence reports it. */
const ASSESSED_DONE_AFTER = /^[^。；;]*?(?:进行了|开展了|组织了|完成了)[^，。；,;]{0,6}?(?:督查|考核|检查|验收|核查|抽查|考评|评估|暗访)/;
const INSPECTED_AFTER = /^\s*[，,][^。；;]{0,90}?(?:进行了|开展了|组织了|行|进行|开展)(?:了)?(?:最终|现场|实地|竣工)?(?:验收|检查|核查|抽查|查验|复核)/;
/** The minutes or the spirit of a meeting held that day, cited as a basis (按…和2014年4月30日区委、区政府…专题会议纪要精神执行: 昭化). */
const CITED_MEETING_AFTER = /^[^，。；;！？]{0,40}?会议(?:纪要|精神)/;
/** A meeting held, its outcome reported further on in the sentence (…召开专题会议,对…进行审核,现将审核意见反馈如下). */
const MEETING_REPORTED_AFTER = /^[^。；;]{0,40}?(?:召开|举行)[^。；;]{0,20}?会议[^。；;]*?现将[^。；;]{0,60}?(?:结果|意见|情况|名单)[^。；;]{0,10}?如下/;
const FUNDS_MOVED_AFTER = /^\s*[，,]?\s*(?:[\u4e00-\u9fff、]{1,40}?(?:《关于)?(?:提前)?(?:下达|下拨|拨付|直拨|安排|分配|收到)[^，。；;]{0,50}?(?:资金|经费)|[^，。；;]{0,30}?(?:资金|经费)[^，。；;]{0,4}?由[^，。；;]{1,12}?(?:下达|下拨|拨付|直拨))/;
const FUNDS_RECEIVED_AFTER = /^\s*[，,]?\s*[\u4e00-\u9fff]{1,10}?(?:共|累计|共计)?收到[^，。；;]{0,50}?(?:资金|经费)/;
// (…or a task reported done on that day, 已 before the verb: 2023年10月20日已完成对退出又恢复生产的5家企业的清退工作, 怀柔: a progress report's
// day, as round 113's progress cells are.)
// (…its doer maybe named between, and a body set up or a work started told done too: 2021年1月18日我县成立了…验收小组, 托克托 — 了 tells it past)
const DONE_AFTER = /^\s*(?:[，,]?\s*(?:我[县区市省州旗局委厅]|[\u4e00-\u9fff]{1,8}?(?:政府|局|委|办|厅|中心))?(?:正式)?(?:发布|印发|出台|下发|公布|颁布|召开|举办|举行|成立|组建|组织|开展|启动)了|[，,]?\s*已(?:经)?(?:全部|全面|基本)?(?:完成|建成|实现|竣工|开工|启动|投用|投产))/;
/** The day a meeting passed the notice or its plan (已经2013年2月25日市政府第57次常务(扩大)会议研究通过: 平顶山): a past day. */
// (…a meeting named by its kind too: 已经2025年8月14日第130次区政府常务会审议通过, 顺义.)
// (…or decided or approved there: 2012年6月29日成都市第十五届人民代表大会常务委员会第三十三次会议决定对《…》作如下修改, 成都.)
const PASSED_AFTER = /^[^，。；;！？]{0,30}?(?:会议|[务委组公题体]会)[^，。；;！？]{0,6}?(?:研究|审议|讨论)?(?:通过|同意|决定|批准)/;
/** The day a body released a notice by name, maybe at a meeting it held (2018年11月22日,成都高新区召开产业培育大会,发布《…》): a past day. */
// (…or the day a cited document was issued, named right after it: 根据2022年11月23日印发的《省科技厅关于…的通知》, 贵州.)
// (…or the body that issued it between the day and its verb: 参照2020年3月12日深圳市人民政府办公厅发布的《关于加快体育产业创新发展的若干措施》, 光明.)
const RELEASED_AFTER = /^\s*[，,][^，。；;]{2,30}?(?:(?:召开|举行|举办)[^，。；;]{1,24}?[，,])?(?:正式)?(?:发布|印发|出台|公布)了?《|^\s*(?:[^，,。；;《》\d]{2,24}?)?(?:印发|发布|出台|下发|公布|颁布)的\s*[《“"]/;
const CITED_SPEECH_AFTER = new RegExp(`^[^。；;！？]{0,50}?(?:${SPEECH_WORD})`);
const LEADER_CAME_AFTER = new RegExp(`^\\s*(?:上午|下午|晚上|晚)?\\s*[，,]?\\s*[^，。；,;：:\\d]{0,6}?(?:${LEADER_TITLE})[^。；;！？]{0,30}?(?:${HELD_EVENT})`);

/** A quarter, a month or a span of months, written with no limit word, whose figure right after is an applicant's condition. */
function conditionPeriod(text: string, d: Deadline): boolean {
  // (对2024年6月份以后投资额不低于20万元的…项目: 以后 opens the window the act must fall in, a start, not the period measured.)
  // (A half year too, 对上半年产值同比增长10%以上…的企业; and a period naming the costs a grant pays for, 二季度用电费或用气费给予30%补贴,
  // 按二季度实际发生运费的…: 郑东新区.)
  // (…or the start of a year, the day a count is taken: 2024年初失业保险参保人数30人(含)以下的单位, 辽源 2025.)
  if (!/季度|月|半年|年初/.test(d.raw) || /[前底末止起]|以来/.test(d.raw) || WINDOW_START_AFTER.test(text.slice(d.end))) return false;
  return YEAR_OF_CONDITION.test(text.slice(d.end)) || PERIOD_COSTS.test(text.slice(d.end));
}
// (…or the funds of the period, 各区直单位工会将2020年上半年工会经费全部用于购买购物券, 德州; not funds to move in it, 上半年专项资金拨付到位.)
const PERIOD_COSTS = /^(?:实际发生的|发生的|的)?(?:[^，。；,;的]{0,6}?(?:用电费|用气费|电费|气费|运费|物流费|租金|利息|保费|费用)|(?:工会|工作|专项|补助|奖励|扶持|财政|项目|运转|办公)(?:经费|资金)(?!到位|拨付|下达|下拨|支出))/;
const WINDOW_START_AFTER = /^\s*(?:份)?\s*(?:以后|之后|以来|起|后)/;

/** A signing body's name ending right before a date: …促进局, …人民政府, …办公室. */
const SIGNER_BEFORE = /(?:局|委|厅|办|政府|办公室|委员会|管委会|中心)$/;
/** A duration an applicant has held, bounded (从事特定细分市场一年半以上, 成立满3年以上, 连续经营2年以上). */
const DURATION_HELD_AFTER = /^\s*[，,]?\s*(?:企业|申报单位|申请人)?(?:从事|成立|注册|经营|运营|营业|持续|连续)[^，。；,;]{0,16}?(?:\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?:年|月)半?\s*(?:[（(]含[）)])?\s*(?:及|或)?以上/;
/** Birth after a date: 以后出生, 之前出生, 后出生; its hour and a bracket maybe between (2024年6月3日零时之后出生), or births named by
 * 生育 (2025年1月1日之后(包含1月1日)符合政策生育一孩、二孩、三孩的家庭: 兴县). */
// (…及以后 and a lawful birth or adoption too: 即2021年10月1日及以后出生的婴幼儿, 古蔺; 2025年3月1日之后(含3月1日)合法生育的家庭, 呼和浩特)
const BORN_AFTER = /^\s*(?:零时|\d{1,2}\s*时)?\s*(?:[（(][^（）()]{0,12}[)）])?\s*(?:及|或)?(?:以后|之后|以前|之前|后|前)?\s*(?:[（(][^（）()]{0,12}[)）])?\s*(?:出生|(?:合法|依法)?(?:符合(?:生育)?政策(?:规定)?)?(?:生育|收养)(?:[一二三四多\d]?孩|子女|的)?)/;
/**
 * The records a period's figures are reported in: 财务审计报告, 财务报表, 主要指标完成情况, 生产经营情况, 纳税证明; its counts, 统计的数据 (香格里拉);
 * the funds a notice publishes for it, …无害化资金情况公示如下 (岱山).
 */
const RECORDS_AFTER = /^(?!(?:期间|内)?(?:取得|获得|领取|办理|签订|购买|购置|缴纳))(?:份|度)?(?:的)?(?:企业|公司|单位)?(?:财务审计报告|审计报告|财务报表|财务报告|会计报表|(?:主要|经济|经营)?指标完成情况|生产经营情况|经营情况|纳税证明|完税证明|(?:统计|核定|核实)的?(?:数据|人数|户数)|[^，。；,;（(《]{0,20}?(?:明细表|统计表|汇总表|台账|发票|缴费凭证|完税凭证|佐证材料|情况说明)|[^，。；,;（(《]{0,12}?(?:资金|补助|补贴|经费)(?:使用|发放|兑付|拨付)?情况(?:公示|公布|报告|通报))/;
/** A report's contents listed, the period of the figures it covers next (审计报告内容包括2024年1月1日—2024年12月31日新增担保业务总额: 成都). */
const REPORT_COVERS_BEFORE = /(?:报告|报表|证明)(?:内容)?(?:须|应|需)?(?:包括|包含|载明|涵盖)\s*$/;
/** Is the year or period at [start, end) the time a condition is measured over: a negated condition follows it, or it opens a bracket whose remark is a condition. */
function measuredPeriod(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  if (MEASURED_AFTER.test(after)) return true;
  // (…or the records an applicant hands in for it: 2016年1-11月财务审计报告, 2016年1-11月份主要指标完成情况, 吉林; not a limit, …底前.)
  // (…or a table of them, 经合作银行盖章的2024年1—12月中小微企业贷款担保业务明细表; or the figures a report covers, named after it.)
  if ((RECORDS_AFTER.test(after) || REPORT_COVERS_BEFORE.test(text.slice(Math.max(0, start - 12), start))) && !/(?:前|底|末|起|止|内)$/.test(text.slice(start, end))) return true;
  if (!/[（(]\s*$/.test(text.slice(Math.max(0, start - 2), start))) return false;
  const remark = /^[^（）()]{0,30}(?=[）)])/.exec(after)?.[0];
  return remark !== undefined && BOUND_IN_REMARK.test(remark) && !/(完成|前|底|启动|实施|执行|施行|有效|期间)/.test(remark);
}
/**
 * Is the date at [start, end) the time a figure is taken for a computation: a basis word before it (按照, 按企业, 以, 依据…)
 * and a measured figure after it within its phrase (按照2022年5月社保缴纳人数、300元/人的标准, 以2023年1月该企业参加失业保险
 * 职工人数为基数, 按其2022年一季度营业收入…增长部分). A limit written as one (按照2022年5月底前完成的…) stays.
 */
function basisDate(text: string, start: number, end: number): boolean {
  // (…前, …起 and a date after 于/在/到 are written as limits: 按要求于2024年6月报送统计数据.)
  if (/(?:前|起|开始|内|以来)$|^(?:于|在|到|至|截至|截止)/.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 14), start);
  // A year a figure is compared with (营业收入比2024年增长10%, 较2024年同期增长, 相比2024年) is its baseline.
  if (COMPARED_BEFORE.test(before)) return true;
  // (…or a period named as the basis the grant is counted on, 以2024年1月1日至10月31日为基准补贴: 互助 — the stock and sales of then, no limit)
  // (…or a thing of the year named between, 以2024年县级巩固拓展脱贫攻坚成果和乡村振兴项目库为基础: 托里 — the library worked from)
  if (/以\s*$/.test(before) && /^[^，。；,;！？]{0,40}?(?:为|作为)(?:基准|基数|基础|依据|根据|计算依据|统计基准)/.test(text.slice(end, end + 48))) return true;
  return BASIS_BEFORE.test(before) && MEASURED_AFTER_DATE.test(text.slice(end, end + 24));
}
/** A rate a body publishes, right after a day (…前中国人民银行公布的最近一期人民币一年期贷款市场报价利率, 当日…公布的汇率中间价). */
const PUBLISHED_RATE_AFTER = /^(?:前|之前|以前)?[^，。；,;]{0,20}?(?:公布|发布)的[^，。；,;]{0,24}?(?:利率|汇率|中间价|LPR)/;
/** A figure reported right after a day, in the phrase after its comma: ,孟州市财政专项扶贫资金投入2947.76万元. */
const STOCK_AFTER = /^\s*[，,][^。；;，,]{0,40}?\d[\d.]*\s*(?:万|亿)?(?:元|个|家|户|人|项|亩)/;
/** A site or paper that carried a text, right after a day opening the sentence: ,眉山市人民政府网站刊发, ,人民日报刊登. */
const SITE_CARRIED_AFTER = /^[，,]\s*[^。；;，,]{0,24}?(?:网站|网|日报|晚报|报|平台|公众号)(?:上)?(?:刊发|刊登|刊载|转载|报道|发布|公布)/;
/** A phrase opening on a basis word (根据, 按照, 依据…). */
const BASIS_PHRASE = new RegExp(`^\\s*(?:${BASIS_WORD})`);
/** A list of months right after a basis word, up to the month being read: 根据7月、8月 / 根据7月、8月和9 (its first digit read). */
const MONTHS_OF_BASIS = new RegExp(`(?:${BASIS_WORD})\\s*(?:\\d{1,2}月(?:份)?\\s*[、和及与]\\s*)+[\\d一二三四五六七八九十]$`);
/** The phrase's text before `at`: from the last comma or stop. */
const phraseOpening = (text: string, at: number): string => text.slice(Math.max(...[...'，。；,;：:'].map((c) => text.lastIndexOf(c, at - 1))) + 1, at);
// (…or a growth compared with a period's: 增速超过上半年的, 建德)
const COMPARED_BEFORE = /(?:比|较|相比|相较|相比于|相较于|对比|(?:增速|增幅|增长率)(?:超过|高于|快于|不低于))\s*$/;
// (whose figure: 其, 该企业, or a body named before the date: 按各县区统计部门2023年12月数据)
// (…or the body that publishes the figure: 按照中国人民银行公布的2021年6月30日人民币汇率中间价为依据, 深圳)
const BASIS_BEFORE = new RegExp(`(?:${BASIS_WORD})(?:${BASIS_SUBJECT}|[\\u4e00-\\u9fff]{0,6}?(?:企业|单位|部门|机构|公司)|[\\u4e00-\\u9fff]{2,10}?(?:公布|发布|核定|确定)的)?\\s*$`);
const MEASURED_AFTER_DATE = new RegExp(`^(?:份)?[^，。；,;、：:！？（）()\\d]{0,14}?(?:${MEASURED_NOUN})`);
const BOUND_IN_REMARK = new RegExp(`${LOWER_INCLUSIVE}|${LOWER_EXCLUSIVE}|以上|以下|标准|平均`);

/** 三年内 in a notice of 2021-10-14 → 2024-10-14; 3—5年内 → the later bound; 6个月内 → +6 months. */
export function resolveRelative(raw: string, docDate: string): string | undefined {
  const nums = [...raw.matchAll(/\d+|[一二两三四五六七八九十]+/g)].map((m) => parseNumber(m[0])).filter(Number.isFinite);
  if (!nums.length) return undefined;
  const n = Math.max(...nums);
  if (/月/.test(raw)) return addYears(docDate, 0, n);
  if (/(日|天)/.test(raw)) {
    if (docDate.length < 10) return undefined; // only the notice's year is known
    const d = new Date(`${docDate}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }
  return addYears(docDate, n);
}

/**
 * Periods written as the label of the tasks after them, a colon after each (广州: 年度阶段性工作目标: 第一季度:下达…;黄埔举行…。 /
 * 第二季度:印发…; 泰顺: 4月:制定并下发…): [label start, label end, colon end] in `para`, each opening a run of sentences that the next
 * such label ends. At the paragraph's start, or after a colon or a sentence's end.
 */
export function periodLabels(para: string): { start: number; end: number; after: number }[] {
  const out: { start: number; end: number; after: number }[] = [];
  for (const m of para.matchAll(PERIOD_LABEL)) {
    const start = m.index! + m[0].indexOf(m[1]);
    out.push({ start, end: start + m[1].length, after: m.index! + m[0].length });
  }
  return out;
}
const PERIOD_LABEL = /(?<=^|[。；;：:]\s*)\s*((?:\d{4}年)?(?:第?[一二三四1-4]季度|[上下]半年|(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:份|底|末|上旬|中旬|下旬)?(?:前)?))\s*[:：](?=\S)/g;

/** A cell's value that is an ongoing limit: 长期, 持续推进, 每月…; an immediate start before it too (立行立改,长期坚持, 汕头); not how often a
 * thing is done (办理期限:每年1次, 云阳). */
const ONGOING_CELL = new RegExp(`^(?:${IMMEDIATE_START})?(长期|持续|常态化|长期坚持|持续推进|每年|每半年|每季度?|每月)(?!\\s*(?:\\d+|[一二两三四五六七八九十])\\s*次)`);
/** Is a cell short and read as a time limit (12月底前, 长期坚持): a time column's cell, told from a task's or a unit's? */
export const isTimeCell = (cell: string): boolean => cell.length <= 20 && !!deadlineFromCell(cell, 0, '2000-01-01');

/** A table cell in a 完成时限 column: 2025年, 长期, 2022年6月, 持续推进. */
export function deadlineFromCell(cell: string, start: number, docDate?: string): Deadline | undefined {
  const c = cell.trim();
  if (!c) return undefined;
  // Matched on the folded cell (持續推進, ６月), reported as written.
  const f = foldFirstMonth(foldNumeralYears(foldDashes(fold(c))));
  if (ONGOING_CELL.test(f)) return { raw: c, kind: 'ongoing', start, end: start + c.length };
  // A time limit written in figures (完成时限：2024.12, 时间节点：2024-06-30, 完成时间：2024/9前), as task tables write their time column:
  // that month or day.
  const figures = /^(\d{4})\s*[.．/\-]\s*(1[0-2]|0?[1-9])(?:\s*[.．/\-]\s*(3[01]|[12]\d|0?[1-9]))?\s*(?:前|之前|以前|底前|底|末|止)?$/.exec(f);
  if (figures && Number(figures[1]) >= 1990 && Number(figures[1]) <= 2100) {
    return { raw: c, date: `${figures[1]}-${pad(figures[2])}${figures[3] ? `-${pad(figures[3])}` : ''}`, start, end: start + c.length };
  }
  // The whole year (完成时限：全年, 全年推进): the notice's year, as 年内 is.
  if (/^全年(?:[\u4e00-\u9fff]{0,4})$/.test(f) && docDate) return { raw: c, date: docDate.slice(0, 4), start, end: start + c.length };
  // A month alone in a time column (6月, 12月份) is that month of the notice's year.
  const month = /^(\d{1,2}|十[一二]?|[一二三四五六七八九])月份?(?:前|底前?|末)?$/.exec(f);
  if (month && docDate) {
    const n = /^\d/.test(month[1]) ? Number(month[1]) : parseNumber(month[1]);
    if (n >= 1 && n <= 12) return { raw: c, date: `${docDate.slice(0, 4)}-${String(n).padStart(2, '0')}`, start, end: start + c.length };
  }
  const found = extractDeadlines(f, docDate);
  for (const d of found) d.raw = c.slice(d.start, d.end);
  if (found.length) {
    const d = found[found.length - 1];
    return { ...d, start: start + d.start, end: start + d.end };
  }
  // A date the time column writes in words about it (1、农副产品交易物流中心7月1日项目投入试运营): in that column it is the limit, with no
  // 前 or 底 to say so.
  const bare = /(?:(\d{4})年)?(1[0-2]|[1-9])月(?:(3[01]|[12]\d|[1-9])[日号])?/.exec(f);
  const year = bare?.[1] ?? docDate?.slice(0, 4);
  if (bare && year) return { raw: c.slice(bare.index, bare.index + bare[0].length), date: `${year}-${pad(bare[2])}${bare[3] ? `-${pad(bare[3])}` : ''}`, start: start + bare.index, end: start + bare.index + bare[0].length };
  return undefined;
}

/**
 * The year a heading sets for the targets or tasks it heads (一、2021年经济社会发展主要预期目标, 一、今年全省经济社会发展的主要预期目标,
 * 明年主要目标): a clause of its own before the first one below it (ANNOTATION: a year that sets when the targets it
 * introduces are due). 今年/明年 take the notice's year.  A heading of work (二、2024年七个方面重点工作, 一、2023年工作回顾) sets none: the dev gold labels only target headings.
 */
export function headingYear(heading: string, docDate?: string): Omit<Deadline, 'start' | 'end'> | undefined {
  // (…or a named five-year period: (一)“十二五”时期主要规划指标。, 辽宁省.)
  const p = HEADING_PERIOD.exec(fold(heading));
  if (p) {
    const [from, to] = FIVE_YEAR[p[2]];
    const at = p.index + p[0].indexOf(p[1]);
    return { raw: heading.slice(at, at + p[1].length), from: String(from), date: String(to) };
  }
  const m = HEADING_YEAR.exec(foldNumeralYears(fold(heading)));
  if (!m) return undefined;
  const docYear = docDate ? Number(docDate.slice(0, 4)) : 0;
  const year = m[2] ? Number(m[2]) : m[1] === '今年' || m[1] === '本年度' || m[1] === '本年' ? docYear : m[1] === '明年' && docYear ? docYear + 1 : 0;
  return year ? { raw: heading.slice(m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length), date: String(year) } : undefined;
}
/**
 * A span written alone as a field's value (七、办理时限 / 15个工作日, 麻江: the line under the field's heading): a relative limit, as the same span
 * after the label and its colon is (办理时限:15个工作日). The caller knows the heading above; the text is the value's line only.
 */
export function loneSpan(text: string, docDate?: string): Deadline | undefined {
  const m = LONE_SPAN.exec(fold(text));
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  const raw = text.slice(start, start + m[1].length);
  const resolved = docDate ? resolveRelative(raw, docDate) : undefined;
  return { raw, kind: 'relative', start, end: start + m[1].length, ...(resolved ? { resolved } : {}) };
}
const LONE_SPAN = new RegExp(`^\\s*(${SPAN_N}${TO_N}\\s*(?:个)?(?:工作日|自然日|日|天|个月|月|年)(?:内|以内|之内)?)\\s*[。.]?\\s*$`);
/**
 * A heading that sets or moves a time limit (一、申报截止时间调整至2023年5月10日, 广西科技厅): its dated limits, for the first clause under it
 * (ANNOTATION round 50), as a heading's year over targets goes there. Only a heading that names the limit as such: a date in any
 * other heading names an event or a period.
 */
export function headingLimits(heading: string, docDate?: string): Deadline[] {
  const folded = fold(heading);
  if (!HEADING_LIMIT.test(folded)) return [];
  // (read on the folded heading, 至２０２３年５月１０日 as 至2023年5月10日, and reported as written)
  return extractDeadlines(folded, docDate)
    .filter((d) => d.date && !d.kind)
    .map((d) => ({ ...d, raw: heading.slice(d.start, d.end) }));
}
const HEADING_LIMIT = /(?:截止|截至)(?:时间|日期)[^，。；,;！？]{0,4}?(?:调整|变更|更改|延长|推迟|顺延|延)?(?:至|为)|时限(?:调整|延长)?(?:至|为)/;
const HEADING_YEAR = /^[^，。；,;！？]{0,8}?(今年|本年度|本年|明年|(\d{4})年)(?![\d月度])[^，。；,;！？]{0,24}?(?:预期目标|主要目标|发展目标|计划目标|年度目标|目标任务|主要指标|预期指标)/;
const HEADING_PERIOD = /^[^，。；,;！？]{0,8}?([“"]?(十[一二三四五六]五)[”"]?(?:时期|期间))[^，。；,;！？]{0,24}?(?:预期目标|主要目标|发展目标|计划目标|目标任务|主要指标|预期指标|规划指标)/;
