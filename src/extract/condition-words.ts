import { createRequire } from 'node:module';

// Read once at load, from src/ (tests) and dist/ (built) alike: both sit two levels under dict/.
const words = createRequire(import.meta.url)('../../dict/condition-words.json') as {
  lowerBefore: { inclusive: string[]; exclusive: string[]; inclusiveToo: string[] };
  upperBefore: { inclusive: string[]; exclusive: string[] };
  notBounds: string[];
  inclusiveMarks: string[];
  exclusiveMarks: string[];
  stepWords: string[];
  applicants: string[];
  pricedGoods: string[];
  countedThings: string[];
  quantityUnits: string[];
  countingClassifiers: string[];
  perUnits: string[];
  conditionLeadIns: { verbs: string[]; nouns: string[]; subjects: string[]; labels: string[]; stems: string[] };
  sizeMetrics: string[];
  capitalMetrics: string[];
  describedYearNouns: string[];
  goalFields: string[];
  goalHeadings: string[];
  yearNameHeads: string[];
  formHeads: string[];
  yearActionVerbs: string[];
  yearEventVerbs: string[];
  heldEventWords: string[];
  speechWords: string[];
  leaderTitles: string[];
  namedMeetings: string[];
  namedEvents: string[];
  termWords: string[];
  countingVerbs: string[];
  basisWords: string[];
  basisSubjects: string[];
  measuredNouns: string[];
  yearEndCompounds: string[];
  stepActs: string[];
  rankWords: string[];
  contestRanks: string[];
  referenceLevels: string[];
  boundNegations: string[];
  negations: string[];
  notNegations: string[];
  reliefDues: string[];
  phaseOut: { verbs: string[]; units: string[]; pers: string[]; things: string[] };
  checksPassed: { prefixes: string[]; acts: string[]; results: string[] };
  applicantRatios: string[];
};

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation, longest first so 首次突破 wins over 突破 and 个月 over 月. */
export const alt = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(esc).join('|');

/** Bound words written before a figure (dict/condition-words.json). */
export const LOWER_INCLUSIVE = alt([...words.lowerBefore.inclusive, ...words.lowerBefore.inclusiveToo]);
export const LOWER_EXCLUSIVE = alt(words.lowerBefore.exclusive);
export const UPPER_INCLUSIVE = alt(words.upperBefore.inclusive);
export const UPPER_EXCLUSIVE = alt(words.upperBefore.exclusive);
/** Words that end like a bound word and are none: 通过, 经过 (过 alone is one: 营收过100亿元后). */
export const NOT_BOUND = alt(words.notBounds);
/**
 * （含）, (含), （含本数）…, and the mark that repeats its figure and unit (12个月(含12个月)以上, 500万元以上(含500万元)).
 */
// (…and the mark that says so once for the list after it: (含,下同), 莱西)
export const INCLUSIVE = `${alt(words.inclusiveMarks)}|[（(]含\\s*[\\d.一二两三四五六七八九十百千万]+\\s*[\\u4e00-\\u9fff]{0,4}[）)]|[（(]含\\s*[，,、]\\s*下同[）)]`;
/** （不含）, (不含本数)… */
export const EXCLUSIVE = alt(words.exclusiveMarks);
/** 每跨越一个 / 每增加 (the step of a threshold, after 每). */
export const STEP = alt(words.stepWords);
/** A check an applicant passes (验收, 认定, …) and its result (合格, 通过, 达标): dict/condition-words.json checksPassed. */
export const CHECK_ACT = alt(words.checksPassed.acts);
export const CHECK_RESULT = alt(words.checksPassed.results);
/** A check passed right before the grant, no comma between (通过达标验收后每标准棚补贴600元, 经验收合格后给予): not a condition of its own. */
export const CHECK_PASSED_BEFORE_GRANT = `(?:${alt(words.checksPassed.prefixes)})[^，。；,;\\d]{0,10}?(?:${CHECK_ACT})(?:${CHECK_RESULT})?后?`;
/** Who a condition applies to: …的企业, …的统筹地区. */
export const APPLICANT = alt(words.applicants);
/** The applicants that are firms or people (企业, 个体工商户, 合作社, 人才…), not places, projects or bodies: a grant table's 对象 cells. */
export const APPLICANT_KINDS = alt(words.applicants.filter((a) => /(?:企业|户|纳税人|合作社|农场|人才|毕业生|研究生|职工|人员|员工|主体|公司)$/.test(a)));
/** Goods a price band is on, named right after the band (10万元(含)-20万元(不含)车辆,补贴3000元): dict/condition-words.json pricedGoods. */
export const PRICED_GOODS = alt(words.pricedGoods);
export const COUNTED = alt(words.countedThings);
export const QUANTITY_UNIT = alt(words.quantityUnits);
/** Measure words of things counted, the thing maybe named between the figure and its bound (50台车以上). */
export const COUNTING_CLASSIFIER = alt(words.countingClassifiers);
/** Measures a sum of money may be per (每平方米2万元 → 元/平方米); not 家/个/项: 每家企业 names who gets it. */
export const PER_UNIT = alt(words.perUnits);
/** A prize's or a contest's name right before a rank of those it rewards (一等奖前三位, 技能大赛前5名). */
export const CONTEST_RANK = alt(words.contestRanks);
/** A capacity bound on installations a measure phases out (淘汰35蒸吨/小时及以下燃煤锅炉): its verbs, units, per-units and installations. */
export const PHASE_OUT_VERB = alt(words.phaseOut.verbs);
export const CAPACITY_UNIT = alt(words.phaseOut.units);
export const CAPACITY_PER = alt(words.phaseOut.pers);
export const PHASED_THING = alt(words.phaseOut.things);
/** An applicant's own ratio a condition caps (裁员率, 资产负债率): dict/condition-words.json applicantRatios. */
export const APPLICANT_RATIO = alt(words.applicantRatios);
/** Words of a lead-in that opens a list of conditions (园区应符合以下条件:, a 申报条件: label). */
export const LEAD_IN_VERB = alt(words.conditionLeadIns.verbs);
export const LEAD_IN_NOUN = alt(words.conditionLeadIns.nouns);
export const LEAD_IN_LABEL = alt(words.conditionLeadIns.labels);
/** What a heading's 条件 are for, right before it (补贴申报条件, 资助条件, 受理条件, 对象条件; not a goal's 改善办学条件). */
export const LEAD_IN_STEM = alt(words.conditionLeadIns.stems);
/** Who must meet a list's conditions, named in its heading (企业条件, 游客条件, 申报主体条件): an applicant or a subject of the list. */
export const LEAD_IN_SUBJECT = alt([...words.applicants, ...words.conditionLeadIns.subjects]);
/** The kinds of standard a list of conditions is named by (认定标准, 考核标准, 准入标准…). */
export const STANDARD_KIND = '认定|考核|准入|评价|评定|入选|确认';
/** A firm's headcount (从业人员, 职工人数…): bounded right after it, it is a condition on the applicant. */
export const SIZE_METRIC = alt(words.sizeMetrics);
/** A firm's own capital (注册资本, 实缴资本…): a floor on it is a condition on the applicant, as a headcount's is, grant or none in the clause. */
export const CAPITAL_METRIC = alt(words.capitalMetrics);
export const DESCRIBED_YEAR_NOUN = alt(words.describedYearNouns);
/** The head of a name a place and its year open (叶城县2026年洛克乡…项目): the name's year. */
export const YEAR_NAME_HEAD = alt(words.yearNameHeads);
/** The forms an applicant fills in (申报表, 申请书, 承诺书): a year opening one's name names the form. */
export const FORM_HEAD = alt(words.formHeads);
/** A record field that sets what a project is to achieve: 绩效目标, 预期效益. */
export const GOAL_FIELD = alt(words.goalFields);
/** A heading that names the goals the paragraph under it sets (1.主要目标指标。, (二)发展目标). */
export const GOAL_HEADING = alt(words.goalHeadings);
/** A verb between a year and its noun: the year sets when (2024年统筹安排资金). */
export const YEAR_ACTION_VERB = alt(words.yearActionVerbs);
/** What makes 年终 a thing's name (年终考核, 年终奖), not the year's end (dict/condition-words.json yearEndCompounds). */
export const YEAR_END_COMPOUND = alt(words.yearEndCompounds);
/** An event a year holds: 2022年将迎来党的二十大. */
export const YEAR_EVENT_VERB = alt(words.yearEventVerbs);
/** What a dated day names when something was said, held or visited: 在…考察, 在…会议, 召开, 讲话 (dict/condition-words.json). */
export const HELD_EVENT = alt(words.heldEventWords);
/** What a past day's event is cited for (…时的重要讲话, 指示精神) and who held it (总书记…考察): dict/condition-words.json. */
export const SPEECH_WORD = alt(words.speechWords);
export const LEADER_TITLE = alt(words.leaderTitles);
/** A meeting or figures a quarter names: 三季度经济运行调度会议. */
export const NAMED_MEETING = alt(words.namedMeetings);
/** An event whose quoted name a year opens: 2025年营口市“乐购国庆惠享营口”汽车促销活动. */
export const NAMED_EVENT = alt(words.namedEvents);
/** What a bounded duration measures: 补助时间不超过3年, 资金到期为12个月. */
export const TERM_WORD = alt(words.termWords);
/** Acts that count things (培育10个以上的企业): the count is a target, not a measure of an applicant. */
export const COUNTING_VERB = alt(words.countingVerbs);

/** A date between a basis word and a measured figure is when the figure is taken (按照2022年5月社保缴纳人数…的标准). */
export const BASIS_WORD = alt(words.basisWords);
export const BASIS_SUBJECT = alt(words.basisSubjects);
export const MEASURED_NOUN = alt(words.measuredNouns);

/** The act a step counts between 每 and its figure (每出口100万美元奖励3万元): dict/condition-words.json stepActs. */
export const STEP_ACT = alt(words.stepActs);
/** Words that rank applicants in a sentence (综合评价排名, 考核, 评比): dict/condition-words.json rankWords. */
export const RANK_WORD = alt(words.rankWords);

export const conditionWords = words;

/** A level a bound compares with by name, its value in a bracket after it (控制目标(5.5%), 平均水平(8%)). */
export const REFERENCE_LEVEL = `(?:${alt(words.referenceLevels)})`;
/** A negation before a bounded figure (无20万元以上罚款: a bound below it), and words that open with one and negate nothing (无论). */
export const NEGATION = alt(words.negations);
/** A negation a floor word follows, which makes it a ceiling (营收不达, 没有达到). */
export const BOUND_NEGATION = alt(words.boundNegations);
export const NOT_NEGATION = alt(words.notNegations);
/** Taxes and fees a relief defers or cuts (部分税费缓缴, 社会保险费): a period before them is theirs, no deadline. */
export const RELIEF_DUE = alt(words.reliefDues);
