import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A fund's year written without 年, the fund handed down and its sum after its name (下达我省2024生猪调出大县省级统筹奖励资金663万元): the
// year the fund is for, a deadline, as it is with 年 (ANNOTATION round 117's decision, 吉林省). No reader took a year without 年 there.
// Found again on yunnan-fumin-xianjiezijin2026.txt (round 267).
const raws = (s: string) => extractValues(s, '2026-01-28').deadlines.map((d) => [d.raw, d.date]);

describe("a fund's year written without 年 (fund year bare)", () => {
  it.each([
    // 吉林省 (jilin-jilinsheng-shengzhudiaochu.txt)
    ['近日,中央财政正式下达我省2024生猪调出大县省级统筹奖励资金663万元。', [['2024', '2024']]],
    // 云南 富民 (yunnan-fumin-xianjiezijin2026.txt): the fund's task in brackets after the sum
    ['经研究,现将2026中央财政衔接推进乡村振兴补助资金200万元(少数民族发展任务)下达相关镇(街道)(详见附件)。', [['2026', '2026']]],
    // form: 拨付 and the addressee
    ['现拨付你单位2025农村公路养护补助资金85.5万元,请按规定使用。', [['2025', '2025']]],
  ])('%s', (s, want) => expect(raws(s)).toEqual(want));
  it.each([
    // valid: a sum of that size is no year; a document number's year is none
    ['下达资金2024万元。'],
    ['根据《关于下达资金的通知》(昆财农〔2025〕171号),现将补助资金200万元下达。'],
  ])('%s: none', (s) => expect(raws(s)).toEqual([]));
});
