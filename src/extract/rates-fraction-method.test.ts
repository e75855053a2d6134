import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A fraction in words that names a way of working (二分之一工作法: the leaders give half their time to investment) is no share of
// anything: no rate (round 237's henan-nanyang-zhaoshangshisitiao.txt, 南阳). A share in words stays one (确保三分之一警力, round 80s).
const rates = (text: string) => extractValues(text).rates.map((r) => r.value);

describe('a fraction naming a way of working is no rate (fraction method)', () => {
  it.each([
    // 南阳 (henan-nanyang-zhaoshangshisitiao.txt, round 237)
    ['各县(市、区)党政主要负责同志实行二分之一工作法,“十四五”期间,各县(市、区)每年至少新招引落地一个10亿元以上或两个5亿元以上先进制造业项目。', []],
    // form: 工作制
    ['全面推行领导干部三分之一工作制。', []],
    // valid: shares in words
    ['确保三分之一警力投入一线。', [0.333333]],
    ['新增用地的二分之一用于先进制造业项目。', [0.5]],
  ])('%s', (s, want) => expect(rates(s)).toEqual(want));
});
