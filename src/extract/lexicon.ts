import { createRequire } from 'node:module';

// Read once at load, from src/ (tests) and dist/ (built) alike: both sit two levels under dict/.
const labels = createRequire(import.meta.url)('../../dict/unit-labels.json') as {
  prefixes: string[];
  nouns: string[];
  lead: string[];
  bodySuffixes: string[];
  duties: string[];
  timeFields: string[];
  personFields: string[];
};

/** Language data of responsible-unit notes (dict/unit-labels.json), as patterns. */
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

export const LABEL_PREFIX = alt(labels.prefixes);
export const LABEL_NOUN = alt(labels.nouns);
/** 责任单位： / 牵头部门: / 政策执行部门： / 责任单位为 */
export const LABEL = `(?:${LABEL_PREFIX})(?:${LABEL_NOUN})(?:[：:]|为(?=[\\u4e00-\\u9fff]))`;
export const LEAD_PREFIXES = new Set(labels.lead);
/** Words closing a list of bodies with their part: 牵头, 配合, 按职责分工负责, 落实… (longest first). */
export const DUTY_WORDS = alt(labels.duties);
/** Labels of a note's time limit: 完成时限, 时间节点… */
export const TIME_FIELD = alt(labels.timeFields);
/** Labels of a note's fields that name no body: its time limit, its responsible official (责任领导). */
export const OTHER_FIELD = alt([...labels.timeFields, ...labels.personFields]);
/** A name that ends like a body: 市经信局, 区财政局, 各街镇, 国家开发银行云南省分行. */
export const BODY_END = new RegExp(`(${alt(labels.bodySuffixes)})$`);

const levels = createRequire(import.meta.url)('../../dict/levels.json') as { levels: string[] };
/** An object that is only a level (国家级, 自治区), and the level an object starts with (省级智能工厂). */
export const LEVEL_ONLY = new RegExp(`^(${alt(levels.levels)})$`);
export const LEVEL_PREFIX = new RegExp(`^(${alt(levels.levels.filter((l) => l.endsWith('级')))})`);
/** A level closing a longer phrase: 年度农业产业化国家级. */
export const LEVEL_SUFFIX = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(${alt(levels.levels.filter((l) => l.endsWith('级')))})$`);
/** A name that ends like a body before a bracket naming its other title: 县发改局(粮食局), 各镇政府（街道办事处）. */
export const endsLikeBody = (name: string): boolean => BODY_END.test(name.replace(/[（(][^（）()]*[）)]$/, ''));
