import { createRequire } from 'node:module';
import { alt } from './condition-words.js';

// Read once at load, from src/ (tests) and dist/ (built) alike: both sit two levels under dict/.
const words = createRequire(import.meta.url)('../../dict/money-words.json') as {
  yuanWords: string[];
  foreignCurrencies: string[];
  perUnits: string[];
  unitDots: string[];
  remarkMaxChars: number;
  moneyMetrics: string[];
  countedAfter: string[];
  nounsNotCounted: string[];
};

/** 人民币 after 元 or for it (dict/money-words.json). */
export const YUAN_WORD = alt(words.yuanWords);
/** 美元, 欧元, 港币…: a sum kept in its own unit. */
export const FOREIGN_CURRENCY = alt(words.foreignCurrencies);
/** What a price or standard is per, after the slash: 元/度, 美元/亩, 元/斤. */
export const PER_UNIT = alt(words.perUnits);
/** The dot between a per-unit and its time, any a page sets or a full stop typed for one (元/人·月, 元/人.月), as a character class. */
export const UNIT_DOT = `[${words.unitDots.map((c) => c.replace(/[\\\]^.-]/g, '\\$&')).join('')}]`;
export const REMARK_MAX = words.remarkMaxChars;
/** 投资额, 产值, 营业收入, 资金…: what a bare 万/亿 figure measures when it is money. */
export const MONEY_METRIC = alt(words.moneyMetrics);
/** 人, 平方米, 吨, 人次…: what a bare 万/亿 figure counts when it is not money. */
export const COUNTED_WORD = alt(words.countedAfter);
/** 项目, 人员, 家庭…: nouns that open with a counting word and count nothing (投资5000万以上的项目). */
export const NOT_COUNTED_NOUN = alt(words.nounsNotCounted);

/** A voucher's spend floor and 减 before its cut (满100减, 满10元减, 满200立减): group 1 the floor. */
export const FLOOR_THEN_CUT = '满\\s*(\\d+(?:\\.\\d+)?)\\s*元?\\s*(?:立)?减\\s*';

export const moneyWords = words;
