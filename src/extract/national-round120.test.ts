import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Classes from round 120 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.

describe('a share given as about so much of a whole, or reported to a day past, is no rate (reported share)', () => {
  const rates = (sentence: string) => extractValues(sentence, '2021-05-24').rates.map((r) => [r.value, r.role]);
  it.each([
    // 台山 (guangdong-taishan-chanchengronghe.txt)
    ['示范区范围包括台城街道、大江镇、水步镇、四九镇、三合镇、白沙镇、冲蒌镇,共7个镇(街),面积约450平方公里,占全市陆域面积约13.6%;', []],
    ['截至2020年底,示范区内户籍人口约41.47万人,占全市户籍人口约42%;', []],
    ['2020年规模以上工业总产值为383亿元,占全市规模以上工业总产值约59%。', []],
    // forms: a share a goal sets stays a rate, with 约 too
    ['力争到2025年,服务业增加值占GDP比重约53%。', [[0.53, 'target']]],
    ['到2025年,数字经济核心产业增加值占GDP比重达到12%。', [[0.12, 'target']]],
  ])('%s', (sentence, want) => {
    expect(rates(sentence)).toEqual(want);
  });
});
