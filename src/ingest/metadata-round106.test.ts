import { describe, expect, it } from 'vitest';
import { closingDate, signatureOf } from './metadata.js';

// Metadata classes from round 106 of the national development set (issue 9).

describe('a signer wrapped over two lines with no joining word, its place on the first (wrapped signer)', () => {
  it.each([
    // 云南省 (yunnan-yunnansheng-yixianyiye.txt)
    [['确保示范创建有力、有序推进。', '云南省打造世界一流“绿色食品牌”', '工作领导小组办公室', '2021年6月17日'], { issuer: '云南省打造世界一流“绿色食品牌”工作领导小组办公室', date: '2021-06-17' }],
    // form: a whole body on each line stays two signers
    [['请认真贯彻执行。', '某市财政局', '某市发展和改革委员会', '2021年6月17日'], { issuer: '某市财政局、某市发展和改革委员会', date: '2021-06-17' }],
    // form: a body with its level only on the line after a sentence is the signer alone
    [['请认真贯彻执行。', '市政府办公室', '2021年6月17日'], { issuer: '市政府办公室', date: '2021-06-17' }],
  ])('%#', (paras, signature) => {
    expect(signatureOf(paras as string[])).toEqual(signature);
  });
});

describe('a closing date run onto the end of the last sentence, a bar cell’s end after it (run-on closing date)', () => {
  it.each([
    // 永康 (zhejiang-yongkang-wushibai.txt)
    [['望以上企业再接再厉,为我市经济社会又好又快发展做出新的更大的贡献! 二○○八年二月二十九日 |'], '2008-02-29'],
    // form: Arabic figures
    [['请认真贯彻执行。2021年6月17日'], '2021-06-17'],
    // form: a date inside the sentence is no closing date
    [['本办法自2021年6月17日起施行,有效期三年。'], undefined],
  ])('%#', (paras, date) => {
    expect(closingDate(paras as string[])).toBe(date);
  });
});
