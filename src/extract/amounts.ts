import { withoutRemarks } from './brackets.js';
import { PLACE_SUFFIX } from './lexicon.js';
import { before, goalGoverns, listHead, listTail, phraseStart, sentenceBefore } from './context.js';
import type { MoneyMention } from './money.js';
import { FLOOR_THEN_CUT, UNIT_DOT } from './money-words.js';
import { objectsBefore, subjectOf } from './objects.js';
import { COUNTING_VERB_END, DRIVEN_FIGURE_BEFORE, metricBefore, YEAR_OPENS } from './thresholds.js';
import type { Amount, AmountRole } from '../types.js';

// (限额以上商贸业企业 is a size class of firms, not a ceiling.)
// (…不超 too, 过 left out, right before the figure: 每年奖补金额总额不超3000万元, 东莞)
// (封顶 as a building's topping-out, 酒店封顶时奖励300万元 (巍山), is an event, no ceiling.)
const CAP = /(最高|最多|不超过|不高于|上限|封顶(?![时后之])|至多|限额(?!以上)|总额不超过|累计不超过|不超(?=\s*$))[^，。；]{0,10}$/;
const CAP_AFTER = /^(以内|为限|封顶)/;
/** A list's next item that names its own grant after the 、 (、区级给予): the ceiling before it is the item's before. */
const OWN_GRANT_AFTER_ITEM = /、[^，。；、]*?(?:给予|奖励|补助|补贴|奖补|资助)[^，。；、]*$/;
// (…or allotted in a grant 公示, or the sum of its awards: 共下达计划425万元, 奖励资金下达计划合计461万元, 总金额6320万元: 潮州, 金华)
// (Not a budget's revenue, a goal reached: 一般公共预算收入突破1000亿元, 全市财政一般预算收入623亿元 — 嘉兴, 宁波.)
// (…not the input per a unit a sum is worked out from, 每县按照财政资金亩均投入1500元测算, 每亩投入3000元: the standard, not a budget: 阳泉; not a year's, 市财政每年投入500万元)
const TOTAL = /((?<!均|每[亩户人头只个家村县镇乡])投入|安排|设立|筹集|筹措|募集|统筹|单列|列支|预留|拿出|发行|贷款|融资|借款|举借|基金规模|资金规模|资金池|预算(?!收入)|设立规模|下达计划|下达资金)[^，。；]{0,8}$|(经费|专项资金|财政资金|债券|专项债)$|(?:总金额|金额合计|合计金额)(?:为|共计|合计|约|计)?$/;
/** The verb issuing a programme's vouchers right before their total, a ceiling word maybe between (发放不超过, 投放, 发放总额). */
// (…or setting the programme up, 设立最高5000万元算力券: 东莞, as 设立总额最高5亿元的“算力券” is a total, 珠海)
const VOUCHERS_ISSUED = /(?:发放|投放|发行|设立|设置)(?:总额|总量|规模)?(?:为|共|共计|累计)?(?:不超过|最高不超过|最高|最多|不少于)?\s*$/;
/** A voucher's name right after a sum, maybe in quotes (算力券, “算力券”, 消费券, 电子消费券). */
// (…a year and the programme's quoted name between, 發放1億元2025年“惠購湖北”零售餐飲消費券, 4000萬元“樂購湖北‘食’刻出發”餐飲消費券: 湖北省
// 2025, traditional as written)
const VOUCHER_AFTER = /^\s*(?:的)?(?:\d{4}年度?)?(?:[“"][^”"，。；,;]{1,16}[”"])?[“"]?[\u4e00-\u9fff]{0,6}[券券]/;
/** What was done, right before its sum: 累计完成投资, 已完成投资, 累计投入资金 (菏泽 2011) (not funds in place or paid, 已到位资金494万元: money given, 和田). */
const DONE_SUM_BEFORE = /(?:累计|已经?)(?:完成|实现|投入)(?:投资|产值|营业收入|营收|资金)?(?:额)?(?:共|为|达)?$/;
/** A goal's words before a sum of what is to be done: 力争, 确保, 目标, 计划, 要, 争取. */
const DONE_SUM_GOAL = /力争|确保|目标|计划|要|争取|预计/;
/** A multiple taken of the sum right after it: 的6倍, 的1.5倍, 的两倍. */
const MULTIPLE_OF_AFTER = /^\s*(?:[（(][^（）()]{0,10}[）)]|[）)])?\s*的\s*(?:[\d.]+|[一二两三四五六七八九十]{1,3})\s*倍/;
/** A grant's verb right before a sum of vouchers (给予5000元消费券), each or per household maybe between. */
const VOUCHERS_GRANTED = /(?:给予|奖励|补助|补贴|奖补)(?:每户|每人|每家|每套)?\s*$/;
/** A voucher's name then a grant's noun (5000元消费券补贴). */
const VOUCHER_GRANT_AFTER = /^\s*(?:的)?(?:消费)?券(?:补贴|奖励|补助)/;
/** A spend floor and 减 right before a sum: the cut a voucher gives (满10元减, 满100减). */
const CUT_AFTER_FLOOR = new RegExp(`${FLOOR_THEN_CUT}$`);
/** A programme's vouchers issued, their total of ten thousand or more right after the issuing verb (a face value is less): see amountRole. */
const issuedVoucherTotal = (m: MoneyMention, pre: string): boolean => m.yuan >= 10000 && VOUCHERS_ISSUED.test(pre);
/** A sum named as funds after it: 500万元财政资金, 10.27亿元“两重”政策资金, 362.22亿元地方政府专项债资金. */
// (…or a sum written as funds or set aside for a use: 10亿元的资金采取奖励、补助…等方式支持企业发展, 10亿元用于设立产业发展引导基金.)
const FUND_AFTER = /^[“”"]?(?:[^，。；,;]{0,8}?(财政资金|政策资金|专项资金|专项债|债券|经费|基金)|的(?:资金|经费)(?!奖励|补助|补贴|支持|扶持|奖补|资助|贴息)|用于)/;
// (Not the money a project brings in, 到位资金: a measure of what is attracted, 引进工业项目到位资金14亿元.)
// (…or a campaign's allowance, 本期消费券发放额度为200万元, 活动金额为180万元: 敦化)
// (…or its size at the start, 专项资金起始规模3000万元, 首期规模: 鹤壁)
// (…or a reward line's quota and the lines' sum: 总额度200万元。, 两项合计300万元。, 南通 旅行社奖补)
// (…or its floor, the years' budgets side by side: 市本级财政年度支持科技创新资金分别不低于4亿元和7亿元, 银川)
// (…a project's fund too, and 共 alone: “小升规”市级资金项目1992万元, 惠州; …工作资金(…)共86.654万元, 恩平)
// (…约为 too: 概算出项目补助资金约为2300万元, 资中)
const FUND_BEFORE = /(?<!到位|实际到位)(?:资金(?:项目)?|经费|基金|预算|发放额度|活动金额|活动额度|发放总额|总额度|(?:[两二三四五六七八九十\d]+项)(?:合计|共计|总计|共))(?:总额|总量|总规模|(?:起始|初始|首期)?规模(?:不低于|不少于)?)?(?:分别)?(?:不低于|不少于)?(?:约为|为|达|达到|共计|合计|总计|共|约|计)?$/;
/** Recipients a sentence counts (等9家企业, 8家企业, 12个项目). */
// (…a count of firms in numerals too: 四家企业符合要求, 温岭)
const COUNTED_RECIPIENTS = /(?:\d+\s*(?:家|个|户|项|名|人)|[两三四五六七八九十百]+\s*家)(?:企业|单位|项目|公司)?/;
/** Recipients counted right before a sum (实际奖励23家391万元, 共补助企业12家、资金300万元): the sum is the payout's total. */
const RECIPIENTS_BEFORE = /(?:奖励|补助|补贴|资助|奖补|扶持|支持|兑现|拨付)(?:企业|项目)?\d+(?:家|个|户|项|名|人)(?:企业|项目)?[、，,]?(?:资金|金额)?(?:共计|合计|共)?$/;
/** A phrase that ends on a count of heads, the comma after it (燕门乡343人次, 重度一级286人,), not a count per a unit (每户3人,). */
const HEADCOUNT_PHRASE_BEFORE = /(?<![每人户\d.])\d+\s*(?:人次|人|户|名)\s*[，,]\s*$/;
/** A unit each is paid for, then the grant's fund named, right before the sum (每亩补贴资金, 每人每月补助经费, 每头奖补资金为). */
const PER_UNIT_FUND_BEFORE = /每(?:亩|人|户|头|只|羽|家|个|平方米|吨|台|辆|公里|株|棵)(?:每(?:年|月))?(?:补贴|补助|奖补|奖励|扶持)(?:资金|经费)(?:为)?$/;
/** A phrase (or a table's cell) opening with 使用 (its subject a project, or none) and a fund's name right before the sum (使用衔接资金50万元, 该项目使用财政资金80万元): what that one project uses, `fixed`, not the fund's size. */
const USED_FUND_BEFORE = /^(?:(?:该|本|此)?项目)?使用[\u4e00-\u9fff]{0,8}?(?:资金|经费)$/;
/** One thing counted, a comma, then the grant's fund right before the sum (养殖场1个,补贴资金; 1家,补助资金为). */
const ONE_COUNTED_FUND_BEFORE = /(?<![\d.])[1一]\s*(?:个|家|户|座|处)\s*[，,]\s*(?:补贴|补助|奖补|奖励|扶持|建设)(?:资金|经费)(?:为)?\s*$/;
/** A level's contribution right before its sum: 中央财政出资, 市财政配套出资, 县级出资, 各出资. */
const CONTRIBUTED_BEFORE = /(?:财政|政府|中央|省级|市级|县级|区级|省|市|县|区|各)(?:配套)?出资(?:共计|合计|约)?$/;
/** A fund or its size named: 风险补偿基金, 资金总额, 资金规模, 专项资金. */
const FUND_NAMED = /基金|资金总额|资金规模|总规模|专项资金|资金池/;
/** A payout's amount named as such (补偿金额, 兑付金额, 补助资金总额). */
const PAYOUT_AMOUNT_BEFORE = /(?:补偿|补助|补贴|奖补|奖励|兑付|发放)(?:资金)?(?:金额|总额)(?:为|共计|合计)?$/;
/** A standard per unit before it in the sentence (每亩16元, 30元/亩, 每人每月200元, 亩均投入1500元). */
const STANDARD_PER_UNIT_BEFORE = /(?:每(?:人|户|亩|头|只|羽|平方米|吨|个)|(?:亩|户|人)均)[^，。；,;\d]{0,6}?\d[\d.]*\s*元|\d[\d.]*\s*元\s*[/／]\s*(?:人|户|亩|头|只|羽|平方米|吨|个)/;
/** A payout's verb and what it pays right before the sum (发放补助金, 共计发放金额, 发放资金, 拨付津贴, 共发放特困人员基本生活费和照料护理费). */
// (…what it pays named at length, 发放基本生活保障补助资金, 隆阳)
const PAID_OUT_BEFORE = /(?:共计|合计|总计|共)?(?:发放|拨付|下拨|兑付)(?:[^，。；,;\d每]{0,20}?(?:费|扶助金|供养金|救助金|津贴|保障))?(?:补助金|补贴金|补助资金|补贴资金|资金|金额|津贴|补助|补贴|费)?(?:共计|合计|为)?$/;
/**
 * A school term's or season's payout opening the phrase, what it paid right before the sum (2023年春季发放学前入园资助金, 2023年春季共发放资助资金:
 * 彰武): the term's payout, reported.
 */
export const TERM_PAID_OUT_BEFORE = /^\d{4}年(?:春季|秋季|春秋季)(?:学期)?(?:共计|累计|共)?(?:发放|拨付|兑付|下拨)(?!到位)[^，。；,;\d每]{0,30}?(?:资金|资助金|助学金|补助|补贴|经费|生活费)(?:共计|合计|为)?$/;
/** Heads counted earlier in the sentence (共有3229人, 在享19912人, 共补助人数29794人), not a count per a unit (每户3人). */
const HEADS_COUNTED = /(?<![每\d.])\d+\s*(?:人|户|名)(?:次)?(?![^，。；,;]{0,2}?每)|人数\s*\d+\s*(?:人|户|名)/;
/** Paid into accounts or handed to places right after the sum (88.616万元支付到特困人员个人账户, 56.3526万元下拨给各敬老院). */
const PAID_OVER_AFTER = /^\s*(?:支付到|付到|拨付到|拨付给|下拨给|下拨到|下达给|拨给|拨到|划拨到|划拨给)/;
/** Named funds or fees summed right before the sum (基本生活费、照料护理费共计). */
const FUNDS_SUMMED_BEFORE = /(?:费|资金|经费|补助金|补贴金|扶助金|津贴)(?:共计|合计|总计)$/;
/** A payout's sum word, its verb and fund maybe (共兑现奖补资金, 分别兑现, 合计发放). */
const PAYOUT_SUM = /(?:共计|合计|总计|共|分别)(?:兑现|发放|拨付|下达|安排|奖补|奖励|补助|补贴|资助)*(?:资金|经费)?$/;
/** A sum per a unit, a comma, then 共 or 合计 right before the next sum (每张承担10元,共). */
const PER_UNIT_THEN_SUM = /每[\u4e00-\u9fff]{1,3}[^，。；,;]{0,10}?\d[\d.]*\s*(?:万|亿)?元\s*[，,]\s*(?:共|共计|合计|总计)(?:约|为)?\s*$/;
/** A sum each recipient gets, written before in the sentence (每个村奖补10万元). */
const EACH_SUM_BEFORE = /每(?:个|家|户|村|人|名|项)[^，。；,;]{0,12}?\d[\d.]*\s*(?:万|亿)?元/;
/** Recipients counted, then the payout's verb and fund, right before the sum (等12家企业返还稳岗资金, 3户农户发放补贴). */
const COUNTED_THEN_PAID = /\d+\s*(?:家|个|户|名|人)(?:企业|单位|项目|公司|农户|个人)?(?:返还|发放|兑现|拨付|下达)[^，。；,;\d]{0,8}?(?:资金|金额|经费|补贴|补助|奖励)?(?:共计|合计|共)?$/;
/** Recipients named by their count, opening the phrase or after 等/上述 (上述34家…, 13家重新认定…, …等13家…): not bounded (5家以上). */
// (…or after the place they are in: 其中惠城区97家分配388万元, 惠州)
const COUNTED_NAMED = /(?:^|等|上述|以上|共|[\u4e00-\u9fff](?:区|县|市|镇|乡|街道))\s*\d+\s*(?:家|个|户|名|位)(?!\s*(?:以上|以下|及以上|及以下|或以上|\d))/;
/** A sum each, a ceiling or a grant verb in the phrase: the sum is a grant's standard, not a total. */
const EACH_OR_CAP = /每|各|单个|单家|单户|分别|给予|一次性|最高|最多|不超过|不低于|按/;
/** Money passed down to a place for a purpose (下达宣汉县交通精准扶贫普通省道3800万元): an allotment, a total. */
const ALLOTTED_TO_PLACE = new RegExp(`(?:下达|下拨|拨付|分配)(?:给|到)?(?![我本全各该])[\\u4e00-\\u9fff]{1,8}?(?:${PLACE_SUFFIX})[^，。；,;：:\\d给奖补贴助资]{0,24}$`);
/** A fund's size bounded from above (资金规模每年不超过200万元): the programme's budget, a total. */
// (…or from below, its hedge and its year before 规模 maybe: 工业发展专项资金原则上每年总规模不低于1亿元, 垫江)
const FUND_SIZE_CAPPED = /(?:资金|经费|基金)(?:原则上|每年度|每年|年度)*(?:总)?规模(?:每年|每年度|年度)?(?:原则上)?(?:不超过|最高不超过|最高|最多|不高于|控制在|不低于|不少于)$/;
/** A place's name alone before a sum: 大康镇, 大堰镇稻香村, 邵家渡街道年坑村 (not 每个村, 各乡镇). */
const PLACE_ALONE = new RegExp(`^[\\u4e00-\\u9fff]{1,12}(?<![每各个])(?:${PLACE_SUFFIX})$`);
const HANDED = /(给予|奖励|发放|拨付给|拨给|补贴给|兑现)/;
// (达 of 下达, 送达, 表达 reaches nothing: 共下达计划425万元; nor the 达 of a place's name after it: 下达达川区农村公路桥梁36万元, 达州.)
// (贡献 before a prize's name names the prize, 突出贡献奖300万元, 突出贡献中关村奖300万元/人: money given, no contribution reached.)
// (低收入 names people by their income, no figure to reach: 农村低收入家庭认定标准为900元/月, 鄂州)
// (…not a reach word of a condition closed by 的 before the sum, the grant after it: 面积达到4亩以上的按300元/亩进行补助, 伊吾.)
const TARGET = /(到位资金|达到|(?<![下送传表抵达])达|突破|超过|超|形成|迈上|跨上|登上|站上|迈过|冲刺|总投资|实现|增至|提高到|提高至|提升到|提升至|总规模|产值|营业收入|(?<![低高])收入|增加值|税收|贡献(?![\u4e00-\u9fff]{0,6}奖)|规模|投资额|投资总额|总额|销售额|交易额|成交额|出口额)(?![^，。；]*?\d[^，。；]*?的)[^，。；]{0,8}$/;
/** The whole budget named right before its sum: 总金额为, 资金总额, 总预算, 预算金额. */
const BUDGET_NAMED_BEFORE = /(?:总金额|资金总额|总预算|预算金额|预算资金)(?:为|共计|合计|约|计|是)?\s*$/;
/** …and one recipient named right before it, whose sum it bounds (单个企业…资金总额, 同一单位…): no budget. */
const ONE_RECIPIENT_BEFORE = /(?:每|单个|单家|单项|同一|各)[^，。；]{0,16}$/;
// (予以 right before its sum, or closing the words before it, grants as 给予 does: 根据民宿建设规模不同予以2万元~10万元/套的奖补扶持, 嵩县)
const GRANT = /(给予|奖励|补助|补贴|资助|奖补|扶持|补偿|贴息|配套|予以(?=\s*(?:[\d一二两三四五六七八九十]|每|最高|不超过|$)))/;
/** A grant word that only names a fund: 奖励基金, 扶持资金, 补助专项资金 (not a verb's: 一次性奖励资金20万元, 分别奖励资金100万元). */
const FUND_NAME_GRANT = /(?<!一次性|分别)(奖励|补助|补贴|资助|奖补|扶持|贴息)(?=(?:专项)?(?:基金|资金|经费))/g;

/** A grant word that is part of a project's or category's name: 配套建设, 扶持类项目, 奖补资金 (and FUND_NAME_GRANT's funds). */
// (…or the label a list of places' sums is given under, 补助标准:市中区1162万元、五通桥区3294万元, 乐山: what the sums are, no grant to a recipient)
const NAMED_GRANT = /(扶持|配套|奖补|补助|补贴|资助|贴息)(?=类|建设|设施|工程|项目|标准[：:]|(?:专项)?(?:基金|资金|经费))/g;
const withoutNamedGrants = (text: string): string => text.replace(NAMED_GRANT, '');
/** A clause that is one project's entry: its name, maybe its code in brackets, then a colon (…种植业基地配套建设(…)项目(ycssmz202601):). */
const PROJECT_ENTRY = /^[^，。；,;:：]{2,80}?(?:项目|工程)(?:\s*[（(][^（）()]{1,30}[）)])*\s*[:：]/;
/** Raising a level (提高到, 提升至): not a price set (调整为1.2元/吨 stays a standard). */
const RAISE = '(?:提高|提升|增加|上调|调高|追加)(?:到|至|为)';
/** One 每 of a level's measure: per head or period (每人, 每年), per a thing or a measure (每本, 每平方米: 海宁, 句容). */
const PER_ONE = '每(?:[人户家个项年月天日本件台套张辆亩吨度次]|平方米|立方米|千瓦时)';
/** Per head and period (每人每年, 每家), or per a thing or a measure, the grant's word after (每月每平方米补贴): the level's measure. */
// (…or an average per head and period, 调整到月人均560元: 临江)
const PER_HEAD = `(?:${PER_ONE}|[年月]人均){0,3}(?:补贴|补助)?`;
/** Raised to a new level, per head and period maybe (提高到每人每月, 提升至每家). */
// (…or the verb and its 至 around what is raised: 提高行政村卫生室基本运行经费补助至6000元, 漯河.)
const RAISED_TO = new RegExp(`(?:${RAISE}|(?:提高|提升|上调)[^，。；,;给奖补贴助资]{1,16}?(?:补助|补贴|标准|经费|水平)(?:到|至))${PER_HEAD}$`);
/** A level's measure written between 由/从 and the sum: 原来每人每月, 月人均, 年人均不低于. */
// (…the year of the old level first: 从2022年910元/人/月提高到…, 由2023年度的…, 武定)
const LEVEL_MEASURE = `(?:\\d{4}\\s*年度?的?)?(?:(?:原来|原有|原|现行)的?)?(?:${PER_ONE}|[年月]?人均|不低于|不少于){0,3}(?:补贴|补助)?`;
/** Moving a level to another (调整为, 上调至, 下调到), after the level it moves from. */
// (…or floated up or down to it: 单人最高贷款额度由30万元上浮至40万元, 嘉兴)
const ADJUST = '(?:(?:调整|上调|下调|调高|调低|提高|提升|增加|上浮|下浮|降低|减少)(?:为|到|至))';
/** A level moved from a sum to a new one (由750元调整为900元, 从原来每人每月820元调整为每人每月900元): the new level, after its verb. */
// (…the old level per a period, restated in brackets, a comma before the verb: 标准由原来的26636元/年(2219.6元/月),调整至27914元/年, 大丰)
// (…per a unit and a time, any dot between: 从300元/人.月调整为320元/人.月, 彭水)
const ADJUSTED_FROM_TO = new RegExp(`(?:从|由)${LEVEL_MEASURE}[\\d.]+(?:万|亿)?元(?:人民币)?(?:\\/[\\u4e00-\\u9fff]{1,2}(?:(?:${UNIT_DOT}|\\/)[\\u4e00-\\u9fff]{1,2})?)?(?:\\s*[（(][^（）()]{0,16}[）)])?\\s*[，,]?\\s*${ADJUST}${PER_HEAD}$`);
/** The verb of such a move alone before the new level, the old one earlier in the sentence (…,调整至27914元/年). */
const ADJUST_ALONE = new RegExp(`^${ADJUST}${PER_HEAD}$`);
/** A price or a fee named right before the level it moves from (收费标准由…, 水价由…, 票价从…): a standard set, `fixed`. */
const PRICE_MOVED = /(?:收费标准|收费|价格|水价|电价|气价|票价|费率|费用标准|费标准)\s*$/;
/** A price or a fee right before its figure, maybe per a unit (水价每立方米, 收费标准为, 指导价): the standard set. */
const PRICE_SET = /(?:收费标准|价格|水价|电价|气价|票价|费用标准|费标准|指导价)(?:标准)?(?:为|是)?\s*(?:每[\u4e00-\u9fff]{1,4})?\s*$/;
/** A fund's size named before the change (资金规模进行调整,由598.73万元调整为559.5万元): money moved, no level set. */
const FUND_CHANGED = /(?:资金|经费|预算|规模|投资|计划)[^。；;]*$/;
/** What a higher level passed down, right before its sum with 的 (省下达的, 中央财政下拨的…资金): a pool shared out. */
const PASSED_DOWN_BEFORE = /(?:中央|国家|省|市|上级|财政)[\u4e00-\u9fff]{0,6}?(?:下达|下拨|拨付)的(?:[\u4e00-\u9fff]{0,10}?(?:资金|经费))?$/;
/** Money allotted (本次安排资金, 安排补助资金, 下达项目资金). */
const ALLOTTED = /(?:本次|此次|本批|今年|当年)?(?:安排|下达|拨付|分配)(?:项目|补助|衔接|财政)?(?:资金|经费)?(?:为|共计|合计)?$/;

/** 各 and a grant's words right before a list's first sum (各奖励资金, 各补助). */
const EACH_FIRM_GRANT = /各(?:奖励|补助|补贴|奖补|资助|扶持)(?:资金|经费)?$/;
/** Firms named or counted in the sentence (企业, 公司, 合作社): the recipients, not places a pool is allotted to. */
const FIRMS_NAMED = /企业|公司|合作社/;
export function amountRole(text: string, m: MoneyMention, headStart: number): AmountRole {
  // Items of a list share the role words before its first item: 最多分别不超过1500万元、1500万元、5000万元.
  const pre = before(text, headStart);
  const post = text.slice(m.end, m.end + 4);
  // A programme's funds (每年安排不超过500万元财政资金建设…): a total, also under a ceiling word.
  if (FUND_AFTER.test(text.slice(m.end, m.end + 16)) && !GRANT.test(pre)) return 'total';
  // The sums a 公示 lists for the firms it named, 各 and the grant's words before the first (…四家企业符合要求,各奖励资金20万元、20万元、
  // 35.29万元、18万元: 温岭): what each firm is paid, `fixed` (ANNOTATION round 253), however the grant's name ends in 资金.
  // (…the list's 合计 after them is their total.)
  if (EACH_FIRM_GRANT.test(pre) && FIRMS_NAMED.test(sentenceBefore(text, m.start))) return /(?:合计|共计|总计)(?:约|为)?$/.test(before(text, m.start)) ? 'total' : 'fixed';
  // A planned investment in a task list without a grant (投资200亿元,实施工业项目“155”工程; 年度计划投资约300亿元; a project's entry
  // 叶城县…配套建设…项目(ycssmz202601):投资340万元): a target. A grant word inside a name (配套建设, 扶持类项目, 奖补资金) grants nothing.
  // (A field 投资:500万元 writes its label before the colon, where the phrase before the sum ends.)
  const at = phraseStart(text, headStart);
  const label = !pre && /[:：]/.test(text[at - 1] ?? '') ? before(text, at - 1) : pre;
  // A sum a field names as the total (获评国家体育产业基地的奖励(总计:50万元); 奖补资金合计:300万元: 湖州): the total, whatever grant it totals.
  if (/(?:总计|合计|共计|总额|总金额|小计)$/.test(label) && /[:：]/.test(text[at - 1] ?? '')) return 'total';
  // (…and its estimate, 投资概算1.45亿元, 估算投资7500万元: 太康; a works programme's, 并安排重点工程投资3000亿元: 广东省 2008)
  if (/(?:^|完成|计划|年度|全年|总|项目|工程|概算|估算)投资(?:额|概算|估算)?(?:约|达|为|共计|合计)?$/.test(label) && !GRANT.test(withoutNamedGrants(text))) return 'target';
  // The money allotted to one project in a list of projects (…项目(ycssmz202601):投资340万元,本次安排资金310万元): a definite grant
  // to it, not a programme's budget (安排项目资金1441.833713万元 for 4 projects stays a total).
  if (ALLOTTED.test(pre) && PROJECT_ENTRY.test(text)) return 'fixed';
  // A sum this round passes down, all the phrase says (此次下达16170万元,支持村数为539个: 江苏省): the allotment's total.
  // (…or this round's whole payout, 全市本次共补助920万元: 重庆市 绿色食品 — the sum of the awards listed per unit before it.)
  if (/^(?:本次|此次|本批|今年|当年)(?:共)?(?:下达|下拨|拨付|分配)(?:资金|经费)?(?:共计|合计|共)?$/.test(pre) || /^(?:全市|全县|全区|全省|全州)?(?:本次|此次|本批)(?:共计|合计|共)(?:补助|奖励|奖补|补贴|兑现|发放)(?:资金|经费)?$/.test(pre)) return 'total';
  // (…or the sum a higher level passed down, named with 的 before it, then shared out: 对省下达的1382万元参照省贴息标准,按比例给予贷款贴息, 汕头 —
  // the pool, not one grant.)
  if (PASSED_DOWN_BEFORE.test(pre)) return 'total';
  // Funds carried over (上年结余17.49万元, 补助结余17.49万元, 结转资金500万元): part of a programme's budget, whatever fund it names.
  if (/(?:结余|结转|结存)(?:资金|经费)?(?:为|共计|合计|约)?$/.test(pre)) return 'total';
  // A standard raised to a new level (补贴标准分别从每人每年2100元、2800元提高到每人每年2200元、2900元: 肇庆): the new level is the task's
  // goal, whatever grant names the standard.
  // A ceiling raised for some (原则上单个项目不超过500万元,对特别重大项目…可放宽到1000万元: 江夏): a cap too.
  if (/(?:放宽|上浮|提高上限)(?:到|至)$/.test(pre)) return 'cap';
  // (…and a ceiling raised by name: 汽车出口企业…,最高支持金额提高至500万元, 东莞; not one raised from a level it names, 最高额度从16万元提高到
  // 25万元 (广州 公积金): the move shown, a new level's target, ANNOTATION round 175.)
  if (/(?:最高|最多|上限)[^，。；,;]{0,8}?(?:提高|提升|上调|调高|增加)(?:到|至)$/.test(pre) && !/(?:从|由)[^，。；,;从由]*$/.test(pre)) return 'cap';
  if (RAISED_TO.test(pre)) return 'target';
  // (…also a level moved by 调整为 from the level before it, no fund named: 最低工资标准…由750元调整为900元, 锦州.)
  // (Not a price or fee standard the notice sets, 收费标准由每本80元调整为60元 (海宁): `fixed`, as 污水处理费标准…调整为1.00元/M3 is.)
  if (ADJUSTED_FROM_TO.test(pre) || (ADJUST_ALONE.test(pre) && ADJUSTED_FROM_TO.test(sentenceBefore(text, m.start)))) {
    // (What moves, named before 由/从, read once.)
    const moving = sentenceBefore(text, m.start).replace(/(?:从|由)[^从由]*$/, '');
    if (!FUND_CHANGED.test(moving) && !PRICE_MOVED.test(moving)) return 'target';
  }
  // The year's sum of a grant, shared among those who qualify (每年补贴总额300万元,由符合条件的申请人按比例分配资金: 广州): a programme's
  // budget, a total.
  if (/(?:补贴|补助|奖励|资助|扶持|奖补)(?:资金)?总额(?:为|共计|合计|约)?$/.test(pre) && (/(?:每年|年度|每年度|全年)[^，。；,;]{0,12}$/.test(pre) || /^[^。；;]{0,30}?按比例分配/.test(text.slice(m.end)))) return 'total';
  // A ceiling past which the awards are cut pro rata (如企业奖励总额超过300万元将按比例进行折算: 南区街道): a cap.
  if (/^[^，。；,;]{0,4}?(?:将|则|的)?按比例(?:进行)?(?:折算|核减|调减|压减|分配)/.test(text.slice(m.end))) return 'cap';
  // (…or a fund's size so bounded: 電子商務獎勵和支持資金規模每年不超過200萬元, 阿拉尔.)
  if (FUND_SIZE_CAPPED.test(pre)) return 'total';
  // Money passed down to a place, no grant in the sentence (下达宣汉县交通精准扶贫普通省道3800万元, 达州): an allotment, as a place's sum is.
  if (ALLOTTED_TO_PLACE.test(pre) && !GRANT.test(withoutNamedGrants(text))) return 'total';
  // A budget set under a ceiling (每年度安排不超过300万元鼓励企业技术改造, 每年度安排不超过200万元对…给予分档次奖励: 南区街道): a total.
  // (…or a programme set up with its total's ceiling: 设立总额最高5亿元的“算力券”, 珠海)
  if (/安排(?:资金)?(?:不超过|最高不超过|最多|不高于)$|设立(?:总额|总规模|规模)(?:最高|不超过|最高不超过)$/.test(pre)) return 'total';
  // (…or the vouchers a programme issues, their total before their name, a ceiling word or none: 每年发放不超过1亿元算力券, 成都; 最高面向算力
  // 使用单位发放5亿元“算力券”, 中山 — as 设立总额最高5亿元的“算力券” is)
  // (…and the next vouchers of the list the verb opens, joined by 和 or 、: 组织发放4000万元“…”餐饮消费券和500万元“…”高速加油券, 湖北省 2025)
  if ((issuedVoucherTotal(m, pre) || (m.yuan >= 10000 && /(?:发放|投放|发行)[^，。；,;]{0,48}?券(?:和|及|与|以及|、)$/.test(pre))) && VOUCHER_AFTER.test(text.slice(m.end, m.end + 40))) return 'total';
  // …and with its name before the sum (同期发放政府消费券100万元, 电子消费券100万元。), a batch of them (此次发券分两次,第一次发券:…,发放50万元)
  // or a tier's vouchers counted before their sum (满100减30 单次3000张,9万元): a total too, of ten thousand or more (a face value is less).
  const vouchersNamedBefore = /券(?:总额|总量|规模|金额|额度)?(?:为|共|共计|合计|约)?\s*$/.test(pre);
  const batchIssued = issuedVoucherTotal(m, pre) && /发券|消费券/.test(text.slice(0, m.start));
  const tierCounted = /\d+\s*张\s*[,，、]?\s*$/.test(text.slice(Math.max(0, m.start - 12), m.start));
  if (m.yuan >= 10000 && (vouchersNamedBefore || batchIssued || tierCounted)) return 'total';
  // (A remark in brackets between the ceiling word and the sum is passed over: 分别最高奖励企业经营管理团队(团队名单由企业提供,…,下同)200万元.)
  // (…not a ceiling of the item before, a grant verb of its own after the 、: 市级给予最高10万元、区级给予20万元认定奖励, 无锡)
  const capped = CAP.exec(withoutRemarks(pre));
  if ((capped && !OWN_GRANT_AFTER_ITEM.test(capped[0])) || CAP_AFTER.test(post)) return 'cap';
  // A voucher's cut after its spend floor (消费满150元减30元) is what the voucher pays, whatever goal word the sentence holds before it
  // (单笔消费金额须达到消费券面额5倍及以上方能使用消费券,即:消费满150元减30元: 湖北省 2025).
  if (/满\s*\d+(?:\.\d+)?\s*元?\s*(?:立减|减|送|返)$/.test(pre)) return 'fixed';
  // A fund's sum for each thing it pays (其中:支持…新建肉牛规模养殖场2个,每个补助资金30万元: 利通), or paid to the one recipient the text
  // points to (计划向其拨付剩余项目资金15万元): a grant to it, `fixed`, though a fund's name stands before the sum.
  if (/每(?:个|家|户|项|人|处|座)[^，。；,;\d]{0,8}?(?:补助|奖励|补贴|扶持|奖补|支持)?(?:资金|经费)(?:为)?$/.test(pre) || /向(?:其|该[\u4e00-\u9fff]{1,8})(?:拨付|发放|兑付|兑现)[^，。；,;\d]{0,10}?$/.test(pre)) return 'fixed';
  // Money sought from above is a goal: 积极争取省级中小企业发展专项资金0.5亿元以上.
  // (a grant word naming the fund sought hands nothing over: 争取省财政补助经费5000万元以上)
  if (/(争取|力争)/.test(pre) && !GRANT.test(pre.replace(FUND_NAME_GRANT, ''))) return 'target';
  // A task's figure to complete (确保完成全年固定资产投资300亿元以上, 完成年度投资1700亿元以上): a goal.
  if (/(?:完成|实现|确保)[^，。；,;的\d]{0,10}$/.test(pre) && !GRANT.test(pre)) return 'target';
  // Money a measure drives (带动…投资1000亿元以上, 撬动社会资本投入…, 吸引民间资本…): a goal, before 投入 could read it as a budget.
  if (DRIVEN_FIGURE_BEFORE.test(pre) && !GRANT.test(pre)) return 'target';
  // A figure with its floor in a phrase 力争 governs, up to the sentence's end (力争全年组织开展100场对接活动,帮助企业融资1000亿元以上: 河南省).
  // (…or 确保 does: …,确保2023年累计储备专项债券项目资金需求60亿元以上; or the phrase opens on its year: …,2023年使用国家政策性开发性金融工具
  // 资金1亿元以上,…: 龙湾, as the threshold reads them.)
  if ((goalGoverns(text, m.start) || YEAR_OPENS.test(pre)) && /^\s*(?:以上|及以上|左右)/.test(text.slice(m.end)) && !GRANT.test(pre)) return 'target';
  // (…or a figure reached there, a reach word right before it, whatever its noun names: 力争到2022年末,…,新增资本市场股权融资额超过12亿元: 宿城,
  // not a sum raised as a budget)
  if (/(?:达到|超过|突破|达|超)\s*$/.test(pre) && !GRANT.test(pre) && goalGoverns(text, m.start)) return 'target';
  // A fund's size named before it (专项资金总额为800万元, 省级财政补助资金400万元, 配套资金400万元): a total, unless the
  // funds are handed to someone (给予补助资金50万元).
  // A fund named for what it pays (县财政设立招商引资奖励基金100万元/年, 设立产业扶持资金5000万元): its 奖励/扶持 hands nothing over.
  const unnamed = pre.replace(FUND_NAME_GRANT, '');
  // What a recipient enjoys or receives, its verb right before (城区统筹安排子女入学、享受40万元购房补助: 义乌): given to it, whatever budget word
  // an earlier item of the list has.
  if (/(?<!共|累计|合计|总共)(?:享受|获得|领取)[^，。；、]{0,4}$/.test(pre)) return 'fixed';
  if (RECIPIENTS_BEFORE.test(pre)) return 'total';
  // (…or counted in the phrase before, the sum alone in its own: 其中燕门乡343人次,31130元; 重度一级286人,28590元, 德钦 — what that group gets
  // in all, as an allotment's place is; not a count per a unit, 每户3人,…)
  if (pre === '' && HEADCOUNT_PHRASE_BEFORE.test(text.slice(Math.max(0, headStart - 24), headStart))) return 'total';
  // (…or counted earlier in the sentence, the payout's verb and what it pays right before the sum: 2024年4月份我市高龄老年人共有3229人,发放补助金
  // 18.1135万元, 香格里拉; 困难残疾人生活补贴在享19912人,发放资金2050.52万元, 金华; 共补助人数29794人,共计发放金额263.460万元, 永嘉 — what the
  // heads were paid in all, as an allotment is: ANNOTATION round 277.)
  if (PAID_OUT_BEFORE.test(pre) && HEADS_COUNTED.test(sentenceBefore(text, m.start))) return 'total';
  // (…or a school term's payout, the term opening the phrase: 2023年春季发放学前入园资助金10.55万元, 彰武 — what the term paid in all, as a
  // month's payout is: ANNOTATION round 279.)
  if (TERM_PAID_OUT_BEFORE.test(pre)) return 'total';
  // (…or paid over to accounts or places right after it, or named funds summed before it: 基本生活费88.616万元支付到特困人员个人账户;
  // …基本生活费、照料护理费共计154.6454万元; 共计56.3526万元下拨给各敬老院, 德江 — what the month's payout came to, not a standard each is paid:
  // nothing per a head in the phrase. Not the parts a list sums before its 合计, 市级补贴资金255万元,区级配套127.5万元,合计382.5万元 (于洪): one
  // recipient's grants.)
  if (!/每/.test(pre) && (PAID_OVER_AFTER.test(text.slice(m.end, m.end + 6)) || FUNDS_SUMMED_BEFORE.test(pre))) return 'total';
  // (…or counted before the payout's verb: …等12家企业返还稳岗资金160111.22元, 那曲.)
  if (COUNTED_THEN_PAID.test(pre)) return 'total';
  // (…or counted as the recipients the phrase names, no sum each: 落實上述34家首次認定高新技術企業區級配套補貼680萬元, 13家重新認定…補貼65萬元,
  // …等13家新申報未通過認定的企業補貼26萬元: 蔡甸; not a count bounded as a condition, 累计完成5家以上再额外奖励3万元.)
  if (COUNTED_NAMED.test(pre) && !EACH_OR_CAP.test(pre)) return 'total';
  // A sum after 共 right behind a sum per a unit (石嘴山市商务局每张承担10元,共1.9万元; 每户补助1000元,共2万元): what the units come to, a total.
  if (PER_UNIT_THEN_SUM.test(text.slice(Math.max(0, m.start - 40), m.start))) return 'total';
  // A sum of the grants to recipients the sentence counts (对…等9家企业实施奖励,共计266万元; 8家企业…各奖励10万元,总计680万元): their total.
  // (…or after a bare 共 behind the project or fund it sums: 现拨付…等203家企业,2017年…进口贴息项目共33,841,108元, 东莞)
  if (/(?:共计|合计|总计|(?:项目|资金|经费|补贴|补助|奖励|贴息)共)$/.test(pre) && COUNTED_RECIPIENTS.test(sentenceBefore(text, m.start))) return 'total';
  // (…or paid out to them at a sum each the sentence gave before, its payout verb between: 奖补8个行政村,每个村奖补10万元,共兑现奖补资金80万元;
  // 各奖补5个行政村,每个村奖补10万元,分别兑现奖补资金50万元: 银川, each place's sum.)
  if (PAYOUT_SUM.test(pre)) {
    const sentence = sentenceBefore(text, m.start);
    if (COUNTED_RECIPIENTS.test(sentence) && EACH_SUM_BEFORE.test(sentence)) return 'total';
  }
  // (…or the sum a payout's record works out from the standard per unit it gave before, named as its sum or its 金额: 按照补助标准脱贫户30元/亩和一般户
  // 20元/亩,共计补助2036774.69元, 盐池; 补偿标准每亩16元,…,补偿金额1112214.71元, 铜梁 — as 每亩86元的标准,计2818459.08元 is)
  if ((PAYOUT_SUM.test(pre) || PAYOUT_AMOUNT_BEFORE.test(pre)) && STANDARD_PER_UNIT_BEFORE.test(sentenceBefore(text, m.start))) return 'total';
  // A level's share paid into a fund the sentence or the one before names (风险补偿基金初始资金总额4,000万元,由中央财政出资1,000万元,市财政配套出资
  // 3,000万元: 广州; 首期资金规模4000万元。其中市级出资2000万元: 汕尾): part of the fund's budget, a total (ANNOTATION round 107).
  // (…or a clause that opens on 其中, the fund in the sentence before it: 其中市级出资2000万元, 汕尾)
  if (CONTRIBUTED_BEFORE.test(pre) && (/^\s*其中/.test(text) || FUND_NAMED.test(text.slice(Math.max(0, text.lastIndexOf('。', Math.max(0, text.lastIndexOf('。', m.start) - 1)) + 1), m.start)))) return 'total';
  // (发放 in the allowance's own name, 发放额度, hands nothing over.)
  // (…a remark in brackets between the fund's name and its sum passed over: 补助资金(巩固拓展脱贫攻坚成果和乡村振兴任务)918万元, 长白山; or the
  // sum in brackets after the name: 中央财政衔接资金(5273万元), 达川.)
  // (…not funds a phrase opening with 支持 gives a recipient it names, its floor after: 支持高能级科创平台科技攻关经费不低于8000万元, 衢州.)
  // (…not a fund's sum per a unit, 每亩补贴资金500元, 每亩补助资金1000元: 叶县 — the standard each unit is paid at, `fixed`)
  if (PER_UNIT_FUND_BEFORE.test(pre)) return 'fixed';
  // (…nor the fund for one thing counted right before it, 新建…养殖场1个,补贴资金100万元; 标准化养殖场1家,补贴资金20万元: 西吉 — what that one is
  // paid, as each is)
  if (ONE_COUNTED_FUND_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return 'fixed';
  // (…nor the fund a project row uses, 2|…设备租赁项目|刘合庄村内|使用衔接资金50万元, 平原示范区: the project's allotment)
  if (USED_FUND_BEFORE.test(pre.slice(pre.lastIndexOf('|') + 1))) return 'fixed';
  if (FUND_BEFORE.test(withoutRemarks(pre).replace(/[（(]\s*$/, '')) && !HANDED.test(unnamed.replace(/发放(?=额度|总额)/g, '')) && !/^支持[^，。；]*(?:不低于|不少于)$/.test(pre)) return 'total';
  // (Money handed to a body per unit (按每净增1家拨给所在县、区政府…工作经费2万元: 潮州) is a grant, whatever fund it names.)
  // (…nor the lending a place is to add, 2025年全市新增贷款2000亿元 (盐城): a goal for the banks, no budget.)
  // (…the balance to add too, 个人经营性贷款余额新增1800亿元: 四川省 创业 2025)
  if (/(?:新增(?:各项)?(?:贷款|信贷|融资)(?:投放)?(?:规模|额)?|(?:贷款|信贷)余额新增)(?:达到?)?\s*$/.test(pre) && !GRANT.test(unnamed)) return 'target';
  // (…not a figure the input is to reach, a reach word right before it: 全社会研究与开发(R&D)投入分别达到35亿元和66亿元, 银川 — a goal.)
  if (TOTAL.test(pre) && !GRANT.test(unnamed) && !HANDED.test(unnamed) && !/(?:投入|融资|投资)[^，。；]{0,4}?(?:达到|突破|超过)\s*$/.test(pre)) return 'total';
  // A sum named as the whole budget right before it (本次活动发放消费补贴总金额为200万元: 海盐; 第一輪補貼預算金額5000萬元: 宝安) is the budget,
  // a total, though it names the grant it pays; not one recipient's sum bounded (单个企业…资金总额不超过600万元: the bound word is last).
  if (BUDGET_NAMED_BEFORE.test(pre) && !ONE_RECIPIENT_BEFORE.test(pre)) return 'total';
  // (…or a fund's whole size named 总规模 after the fund the sentence sets up: 设立“…应急转贷资金”(以下简称…),总规模为2亿元, 肇庆高新区 — not
  // an industry's size a goal sets, 产业总规模达到…, which names no fund)
  if (/总规模(?:为|是|约)?\s*$/.test(pre) && /(?:资金|基金|资金池)/.test(sentenceBefore(text, m.start)) && !ONE_RECIPIENT_BEFORE.test(pre)) return 'total';
  // A sum a place gets in a list of allotments, the place's name all the phrase holds and no grant in the sentence (其中:争创省级先进乡镇2个:
  // 大康镇70万元、青莲镇70万元, 江油; 杜桥镇汾西村10万元、杜桥镇卢家村10万元, 临海): allotted to a place, a total (ANNOTATION round 102, as
  // 海东's and 达州's allotments are).
  // (A sum per a unit is a standard, not an allotment: 治多、曲麻莱、唐古拉地区1155元/年, 青海省.)
  if (m.unit === '元' && PLACE_ALONE.test(before(text, m.start).split('、').pop()!) && !GRANT.test(withoutNamedGrants(text))) return 'total';
  if (TARGET.test(pre) && !GRANT.test(pre)) return 'target';
  // A price or a fee a notice sets, named right before its figure (粮油作物水价每立方米0.10元, 四川省 升钟), is a standard, `fixed`, whatever
  // goal the sentence opens on (农业水价逐步达到运行维护成本水平…).
  if (PRICE_SET.test(pre)) return 'fixed';
  // No grant word at all and a target sentence: 产业合作示范园企业工业总产值20亿元
  if (!GRANT.test(text) && /(到\d{4}年|力争|目标|达到|实现)/.test(text)) return 'target';
  // A sentence that opens on its year and sets a figure with its floor, no grant (2023年政府专项债储备额度45亿元以上): the year's goal.
  if (!GRANT.test(text) && YEAR_OPENS.test(text) && /^\s*(?:以上|及以上|左右)/.test(text.slice(m.end))) return 'target';
  return 'fixed';
}

function perOf(text: string, m: MoneyMention, headStart: number): Amount['per'] {
  if (/\/(户|家)$/.test(m.unit)) return 'enterprise';
  if (/\/(个|项)$/.test(m.unit)) return 'project';
  if (/\/年$/.test(m.unit)) return 'year';
  const pre = before(text, headStart) + text.slice(headStart, m.start);
  if (/一次性/.test(pre) || /^一次性/.test(text.slice(m.end))) return 'once';
  if (/每年|每年度|年均/.test(pre)) return 'year';
  if (/单个企业|每家企业|每户|单户|每个企业/.test(pre)) return 'enterprise';
  if (/单个项目|每个项目|单项/.test(pre)) return 'project';
  return undefined;
}

/**
 * The parts of a sum after 其中 in its sentence (安排58亿元财政资金…,其中,道路基础设施建设10亿元,环境整治6亿元; 预算安排1.74億元,
 * 其中支持…1.15億元; 固定资产投资额550亿元,其中:…) share the whole's role when it is a budget or a goal: a part of a
 * budget is budgeted, a part of a goal is a goal. A part with its own grant or ceiling words keeps them (其中对…给予最高50万元奖励).
 */
// (…or its own funds, 其中:基础设施建设项目3项,总资金938万元 under 项目总投资为1259万元: a budget, 泽库.)
// (…nor is the sum written after the parts: …,不足部分由市县财政补助,共计划投入各级财政资金600万元, 彰武.)
const PART_OWN_ROLE = /(给予|奖励|补助|补贴|资助|奖补|最高|最多|不超过|不高于|上限|封顶|每家|每个|每户|单个|总资金|资金总额|共计|合计|总计|总共)/;
/** A grant's standard for each recipient (每个村不低于, 每家企业, 补助标准为): its parts are granted to each as it is. */
const PER_RECIPIENT = /(?:每|单)(?:个|家|户|人|名|村|项)|标准/;
/** A project's investment named right before its sum (总投资, 项目计划投资, 投资总额为). */
const INVESTMENT_WHOLE = /(?:总投资|计划投资|项目投资|投资总额)(?:额)?(?:约|为|达)?\s*$/;
/** A source of funds named right before its part (中央衔接资金, 承办单位自筹资金, 银行贷款). */
const FUND_SOURCE_END = /(?:资金|经费|自筹|贷款|债券)\s*(?:约|为)?\s*$/;
function partRole(text: string, m: MoneyMention, earlier: Amount[]): AmountRole | undefined {
  const k = text.lastIndexOf('其中', m.start);
  if (k < 0 || /[。；;！？]/.test(text.slice(k, m.start))) return undefined;
  const whole = earlier.filter((a) => a.end <= k).pop();
  // (…or a grant: the parts each level of government pays of it are granted as it is, 补助标准为每个村不低于100万元,其中,中央财政资金30万元,
  // 省级财政资金50万元: 彰武.)
  if (!whole || (whole.role !== 'total' && whole.role !== 'target' && !(whole.role === 'fixed' && PER_RECIPIENT.test(text.slice(phraseStart(text, whole.start), whole.start)))) || /[。；;！？]/.test(text.slice(whole.end, k))) return undefined;
  // Only the part's own phrase counts for its words (from the last comma or 其中 before it).
  const own = text.slice(k + 2, m.start).split(/[，,、：:]/).pop() ?? '';
  // (…but the funds a project's investment draws on, each source named (总投资600万元,其中中央衔接资金559万元,多方筹措资金41万元: 天山区;
  // 总投资3420万元,其中中央财政补助资金1000万元,承办单位自筹资金2420万元: 乐至): what each source puts in, `fixed` (ANNOTATION round 95);
  // not a kind of project's share of it, 其中:基础设施建设项目3项,总资金938万元, 泽库 — a part of the total.)
  if (whole.role === 'target' && INVESTMENT_WHOLE.test(text.slice(phraseStart(text, whole.start), whole.start)) && FUND_SOURCE_END.test(own) && !/总(?:资金|经费)/.test(own)) return 'fixed';
  return PART_OWN_ROLE.test(own) ? undefined : whole.role;
}

/**
 * The sum of the budgets its sentence names before it (州财政预算内安排的5000万元和市场化筹措的5000万元共计1亿元…经费: 楚雄): a budget too,
 * whatever grant word follows it.
 */
function sumRole(text: string, m: MoneyMention, earlier: Amount[]): AmountRole | undefined {
  if (!/(?:共计|合计|总计|总共|共)(?:约|为)?\s*$/.test(text.slice(Math.max(0, m.start - 5), m.start))) return undefined;
  const from = m.start - sentenceBefore(text, m.start).length;
  const parts = earlier.filter((a) => a.start >= from);
  // A sum on its own sentence, its sum word all it holds (共計735萬元。 after the sums it adds up: 蔡甸): a total.
  if (!parts.length && /^(?:以上|上述)?(?:资金|金额|经费)?(?:共计|合计|总计|总共)(?:约|为)?$/.test(before(text, m.start))) return 'total';
  return parts.length >= 2 && parts.every((a) => a.role === 'total') ? 'total' : undefined;
}

/** A list of sums after 从 or 由, before the verb that raises them: the level raised from (…由30万元提高至50万元, 四川省). */
// (…or the measure's name, 从月销售额10万元提高到15万元, 铁岭: up to six characters, for a raise only)
const RAISED_FROM_BEFORE = new RegExp(`(?:从|由)${LEVEL_MEASURE}$`);
const RAISED_FROM_NAMED = new RegExp(`(?:从|由)[\\u4e00-\\u9fff]{0,6}?${LEVEL_MEASURE}$`);
const RAISED_FROM_AFTER = new RegExp(`^(?:人民币)?\\s*(?:分别)?${RAISE}`);
/** …or moved by 调整为 (由750元调整为900元), unless a fund's size is what changes. */
// (…a comma before the verb too: 由原来的每月每平方米补贴15元,调整到…, 句容)
const ADJUSTED_FROM_AFTER = new RegExp(`^(?:人民币)?\\s*[，,]?\\s*(?:分别)?${ADJUST}`);
const UNREWARDED_PART = /^\s*(?:的)?部分(?:不予|不再|不计|不纳入|不享受)/;

/** A phrase that only raises the goal of the list before it: 力争达到, 争取突破. */
const GOAL_AGAIN = /^(力争|争取|确保)(?:分别)?(?:达到|达|突破|超过|实现)?$/;

/** A verb by which the firm pays (缴纳, 交纳, 上缴), and a charge written after the sum (计收, 收取, 征收). */
const PAYING_VERB = /缴纳|交纳|上缴|上交/;
/** What a standard includes or leaves out, right before the payment it names (含, 不含, 包含, 包括). */
const INCLUDED_PAYMENT = /(?:含|包括)[^，。；,;含]{0,12}$/;
/** Right before a sum, a bracket a sum per a unit opens to name a part it includes: 元/立方米(含污水处理费, 元/吨(其中. */
const INCLUDED_PART_BEFORE = /元\/[^，。；,;（(\s]{1,4}\s*[（(]\s*(?:含|包含|包括|其中)[\u4e00-\u9fff]{0,8}$/;
/** A fine's word right before its sum (罚款800元, 处罚金5000元, 扣罚200元) or right after it (处以5万元罚款). */
const FINED_BEFORE = /(?:罚款|罚金|处罚金?|扣罚)(?:金额)?(?:为)?$/;
const FINED_AFTER = /^\s*(?:的)?(?:罚款|罚金)/;
/** The sum an insurance covers, named right before it (每只藏系羊保险金额300元, 单位保额1000元/亩): what a claim pays up to, no money the measure gives. */
const INSURED_BEFORE = /(?:保险金额|保险保额|单位保额|保额|保障金额|保险保障)(?:为|是|达|达到)?(?:每[\u4e00-\u9fff]{1,2})?\s*$/;
/** A price's name right after a sum per a unit, no grant word after it: 的低谷电价, 的价格, 的水价. */
const PRICE_NAMED_AFTER = /^\s*的[\u4e00-\u9fff]{0,4}?(?:电价|水价|气价|价格|单价|票价)(?![\u4e00-\u9fff]{0,2}(?:补贴|补助|优惠|奖励))/;
/** A sentence setting fines: the fine's amount named (罚款数额, 罚款金额) or the fine imposed (处…罚款, 并处…罚金). */
// (…or the fines listed as a decision's outcome, each place with its sum: 处罚情况是正阳县兰青乡10万元、皮店乡8万元…, 驻马店 2014)
const FINE_SENTENCE = /(?:罚款|罚金)(?:数额|金额)|(?:处|处以|并处)[^，。；,;]{0,20}(?:罚款|罚金)|(?:处罚|罚款|扣罚)(?:的)?(?:情况|结果|金额|数额)(?:分别)?(?:是|为|如下)/;
const HANDED_AFTER_PAYING = /给予|奖励|奖补|资助|补助(?!费)|补贴(?!费)|返还|退还/;
const CHARGED_AFTER = /^[^，。；,;\d]{0,3}?(?:计收|收取|征收)/;
/** The things a size class counts, right after the sum: a short noun, then their count (大品种1个, 企业2家, 项目3-5个). */
const SIZE_CLASS_AFTER = /^(?:级)?[\u4e00-\u9fff“”]{1,8}?(?:\d+|[一二两三四五六七八九十]+)\s*(?:[-—~至]\s*(?:\d+|[一二两三四五六七八九十]+)\s*)?[个家项座户]/;
/** A rank or a prize written right before its sum (第1名, 第二位, 一等奖, 金奖, A级): the sum's object in a list of such pairs. */
const RANK_LABEL_BEFORE = /(?:^|[、，,：:]|给予|奖励|其中)(第[一二三四五六七八九十\d]{1,3}(?:名|位)|[一二三四五特]等奖|[金银铜]奖|优秀奖|[A-E]级)$/;

/** Money given, capped, budgeted or targeted: every money mention that is not an eligibility threshold. */
export function extractAmounts(text: string, money: MoneyMention[], skip: Set<number>): Amount[] {
  const amounts: Amount[] = [];
  const kept = money.filter((_, i) => !skip.has(i));
  // Lists after 分别 pair with the object list before it.
  const paired = new Map<number, string>();
  let last: { objs: string[]; end: number } | undefined;
  // (does the sum at k, if any, follow a rank or prize too)
  const rankedAt = (k: number) => k >= 0 && k < kept.length && RANK_LABEL_BEFORE.test(before(text, kept[k].start));
  let rank: RegExpExecArray | null;
  for (let i = 0; i < kept.length; i++) {
    const head = listHead(text, kept, i);
    if (head !== i) continue;
    let j = i;
    while (j + 1 < kept.length && listHead(text, kept, j + 1) === i) j++;
    const n = j - i + 1;
    const pre = before(text, kept[i].start);
    const goal = GOAL_AGAIN.exec(pre);
    if (n >= 2 && /分别/.test(pre)) {
      const objs = objectsBefore(text, kept[i].start, n, money.filter((_, k) => skip.has(k)));
      if (objs) objs.forEach((o, k) => paired.set(i + k, o));
      last = objs ? { objs, end: kept[j].end } : undefined;
    } else if (goal && last && last.objs.length === n && !/[。；;]/.test(text.slice(last.end, kept[i].start))) {
      // A second list for the same objects, a higher goal (…分别达到3500亿元、1500亿元,力争达到4000亿元、1600亿元).
      last.objs.forEach((o, k) => paired.set(i + k, `${o}(${goal[1]})`));
    } else if ((rank = RANK_LABEL_BEFORE.exec(pre)) && (rankedAt(i + 1) || rankedAt(i - 1))) {
      // Each sum after the rank or prize it goes to, a list of such pairs (分别给予第1名500万元、第2名300万元、第3名200万元, 四川省;
      // 其中一等奖10万元、二等奖5万元): that rank or prize.
      paired.set(i, rank[1]);
    } else if (n === 1 && /分别/.test(pre)) {
      // One sum for each of a group (其中,新一代信息技术、高端汽车和新能源智能汽车两大产业分别达到2000亿元): the group.
      const group = pre.slice(0, pre.lastIndexOf('分别')).replace(/^(其中|对于|对)/, '');
      if (group.length >= 2) paired.set(i, group);
    }
  }
  const finesNamed = /罚款|罚金|处罚|扣罚/.test(text);
  kept.forEach((m, i) => {
    // (The phrase before the sum, read once: every test below looks at it.)
    const phrase = before(text, m.start);
    // A size class of things counted after it, the counting verb right before (培育100亿元大品种1个, 新增百亿元企业2家: 湖北省): the kind
    // of thing, no money (ANNOTATION: a size without a bound word).
    if (m.yuanMax === undefined && COUNTING_VERB_END.test(phrase) && !GRANT.test(phrase) && SIZE_CLASS_AFTER.test(text.slice(m.end))) return;
    // A voucher named by its face value (20元券在消费满100元时使用): its name, the value given where the text sets it (面值分20元、50元两类).
    // (…not the vouchers a programme issues, their total before their name: 每年发放不超过1亿元算力券, 成都; 发放1亿元消费券 — a total of ten
    // thousand or more, a face value being less)
    // (…nor vouchers given as the grant itself, a grant's verb right before their sum or a grant's noun after their name: 给予5000元消费券补贴,
    // 郑州经开区)
    // (…nor the cut a voucher's spend floor sets, named with it: 满10元减3元券、满20元减5元券…, 贵州 — the cut is the voucher's value, as 满100元减20元
    // is without 券)
    if (/^\s*(?:的)?(?:消费)?券/.test(text.slice(m.end, m.end + 4)) && !/(?:面值|面额|金额)[^，。；,;]{0,6}$/.test(phrase) && !issuedVoucherTotal(m, phrase) && !VOUCHERS_GRANTED.test(phrase) && !VOUCHER_GRANT_AFTER.test(text.slice(m.end, m.end + 8)) && !CUT_AFTER_FLOOR.test(text.slice(Math.max(0, m.start - 16), m.start))) return;
    // A fine (每下降一个百分点,罚款800元, 博州; 处以5万元罚款): money taken, no grant (as a fee the firm pays is none).
    if (FINED_BEFORE.test(phrase) || FINED_AFTER.test(text.slice(m.end, m.end + 6))) return;
    // (…nor the sum an insurance covers: 每只藏系羊保险金额300元,每头牦牛保险金额2000元, 泽库 — the premium subsidy is the measure's money)
    if (INSURED_BEFORE.test(phrase)) return;
    // A figure a multiple is taken of (按我市职工上年度平均工资23313元的6倍提高至14万元, 泸州 2010): the base the standard is worked out
    // from, a statistic, no money the measure sets.
    if (MULTIPLE_OF_AFTER.test(text.slice(m.end, m.end + 12))) return;
    // (…or a sum in a sentence that sets fines, granting nothing: 设定罚款数额不得超过违法所得的3倍,但最高不得超过30000元, 湖北省's limits on
    // the fines its rules may set — money taken, as a fine is.)
    // (The sentence is read only where the clause names a fine at all: most hold none.)
    if (finesNamed) {
      const sentence = sentenceBefore(text, m.start);
      if (FINE_SENTENCE.test(sentence) && !GRANT.test(sentence)) return;
    }
    // A fee or charge the firm pays (向省财政缴纳…补贴费二十元, 按每年每平方米不超过一元五角计收, 按每平方米5元收取租金: 云南省; ANNOTATION
    // round 31: a fee or price the firm pays is no amount), no grant after the paying verb.
    const from = phraseStart(text, m.start);
    // (…not a payment a standard includes or leaves out, named before its head: 含劳动者个人缴纳的…的月最低工资标准分为1670元, 新疆)
    const paidAt = text.slice(from, m.start).search(PAYING_VERB);
    const paid = paidAt >= 0 && INCLUDED_PAYMENT.test(text.slice(from, from + paidAt)) ? -1 : paidAt;
    // (a grant anywhere after the paying verb in the sentence keeps it: 按照2022年5月社保缴纳人数、300元/人的标准,给予…补助, 北京经开区)
    const rest = text.slice(from + Math.max(paid, 0)).split(/[。；;！？]/)[0];
    if ((paid >= 0 || CHARGED_AFTER.test(text.slice(m.end, m.end + 8))) && !HANDED_AFTER_PAYING.test(rest)) return;
    // A sum a progress report says was already done (1-4月累计完成投资21.01亿元, 松阳; ANNOTATION round 127: what was done is no amount), not a
    // goal's (力争累计完成投资100亿元以上).
    if (DONE_SUM_BEFORE.test(phrase) && !/^\s*(?:以上|左右)/.test(text.slice(m.end, m.end + 4)) && !DONE_SUM_GOAL.test(phrase)) return;
    // The part of a base below a step that earns nothing (不足100万元部分不予奖励): it bounds the reward, no money is given.
    if (UNREWARDED_PART.test(text.slice(m.end, m.end + 12))) return;
    // A price named as such, no grant in its phrase (土地出让价格执行国家最低基准地价每亩11.53万元, 荆州; round 31: a price the firm pays
    // is no amount).
    // (Not a price the measure sets, 将工业用水价格下调至3.2元/立方米: a standard set, money as round 7 has it.)
    if (/(?:地价|价格|出让价|基准价|挂牌价|起始价|单价)[^，。；,;]{0,8}$/.test(phrase) && !/(?:下调|上调|调整|降低|提高|降|调)(?:至|为|到)\s*$/.test(phrase) && !GRANT.test(phrase) && !/^\s*(?:的)?(?:奖励|补助|补贴|资助|奖补|扶持|支持)/.test(text.slice(m.end, m.end + 6))) return;
    // (…or a price named right after its sum, the sum the price is: 享受0.3元/度的低谷电价, 平谷 — a price the household pays, as round 31 has it;
    // not a grant's own sum before its name, 0.1元/度的电价补贴.)
    if (PRICE_NAMED_AFTER.test(text.slice(m.end, m.end + 10))) return;
    // A part a price includes, in brackets right after it (3.2元/立方米(含污水处理费0.90元/立方米): 华宁): no sum of its own.
    if (INCLUDED_PART_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start))) return;
    // A credit line the subsidised interest is counted within (给予每年500万元额度内银行LPR利率以内贷款利息全额贴息, 奉化): the base's
    // ceiling, no money given, as a base is none.
    if (/^\s*(?:的)?(?:贷款|授信)?额度(?:内|以内)/.test(text.slice(m.end, m.end + 8)) && /贴息|利息/.test(text.slice(m.end, m.end + 40))) return;
    const head = listHead(text, kept, i);
    // The level a standard is raised from (分别从每人每年2100元、2800元提高到…, 肇庆): a baseline, no money given or set.
    const tailEnd = kept[listTail(text, kept, i)].end;
    const fromWords = before(text, kept[head].start);
    // (…a bracket between the level and the verb, the level worked out: 由10368元(864元/月×12个月)上调至21600元, 临沂)
    const after = text.slice(tailEnd, tailEnd + 48).replace(/^\s*[（(][^（）()]{0,30}[）)]/, '').slice(0, 12);
    if (RAISED_FROM_NAMED.test(fromWords) && RAISED_FROM_AFTER.test(after)) return;
    if (RAISED_FROM_BEFORE.test(fromWords) && ADJUSTED_FROM_AFTER.test(after) && !FUND_CHANGED.test(sentenceBefore(text, kept[head].start).replace(/(?:从|由)[^从由]*$/, ''))) return;
    const a: Amount = { yuan: m.yuan, role: partRole(text, m, amounts) ?? sumRole(text, m, amounts) ?? amountRole(text, m, kept[head].start), raw: m.raw, start: m.start, end: m.end };
    // (The same sum restated per another period in brackets right after one (调整至27914元/年(2326.2元/月): 大丰) has its role.)
    const restates = amounts[amounts.length - 1];
    if (restates && /^\s*[（(]\s*$/.test(text.slice(restates.end, m.start))) a.role = restates.role;
    if (m.yuanMax !== undefined) a.yuanMax = m.yuanMax;
    const per = perOf(text, m, kept[head].start);
    if (per) a.per = per;
    // A target's object is the measure it sets (全市工业总规模达到3万亿元); a grant's is what it rewards.
    const object = paired.get(i) ?? (a.role === 'target' ? metricBefore(text, kept[head].start) || undefined : subjectOf(text, m.start));
    if (object) a.object = object;
    amounts.push(a);
  });
  return amounts;
}
