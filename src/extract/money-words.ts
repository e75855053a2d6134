import { createRequire } from 'node:module';
import { alt } from './condition-words.js';

// Read once at load, from src/ (tests) and dist/ (built) alike: both sit two levels under dict/.
const words = createRequire(import.meta.url)('../../dict/money-words.json') as {
  yuanWords: string[];
  foreignCurrencies: string[];
  perUnits: string[];
  remarkMaxChars: number;
};

/** 人民币 after 元 or for it (dict/money-words.json). */
export const YUAN_WORD = alt(words.yuanWords);
/** 美元, 欧元, 港币…: a sum kept in its own unit. */
export const FOREIGN_CURRENCY = alt(words.foreignCurrencies);
/** What a price or standard is per, after the slash: 元/度, 美元/亩, 元/斤. */
export const PER_UNIT = alt(words.perUnits);
export const REMARK_MAX = words.remarkMaxChars;

export const moneyWords = words;
