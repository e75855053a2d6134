import { describe, expect, it } from 'vitest';
import { valueRows } from './fixture-table.js';

// A sum written only in capital numerals (现下拨优抚困难临救经费伍万元, 洛阳镇 round 280) gave no amount: the money rules read 五万元, never 伍万元.
// A run of capital numerals that 元 (or 圆) closes is folded to the numerals they stand for, character for character (a lower-case numeral
// slipped in among them too: 壹拾柒万陆仟玖佰三拾伍元); a restatement in brackets right after its figure (18.1135万元(大写:壹拾捌万…元)) stays
// one sum, the figure's (ANNOTATION rounds 277, 280), its 角 and 分 read with it (零伍角, 西吉 round 287); 陆续 and other words with a capital numeral in them stay words (issue 9).
describe('sums in capital numerals (amounts capital numerals)', () => {
  it.each([
    // 洛阳镇 (jiangsu-luoyangzhen-youfulinjiu2013.txt)
    ['为切实解决优抚对象及特殊困难群众的生活困难,根据上级有关文件精神,经研究决定,现下拨优抚困难临救经费伍万元。', [[50000, undefined, 'total']]],
    // 香格里拉 (yunnan-xianggelila-gaolingbuzhu2024.txt): restated in capitals, one sum each
    ['2024年4月份我市高龄老年人共有3229人,发放补助金18.1135万元(大写:壹拾捌万壹仟壹佰叁拾伍元)', [[181135, undefined, 'total']]],
    ['其中:80-99周岁的高龄老年人共有3217人,发放补助金17.6935万元(大写:壹拾柒万陆仟玖佰三拾伍元)', [[176935, undefined, 'total']]],
    // (…its 角 and 分 after the 元 read with it, the restatement one sum still: 西吉 round 287, ningxia-xiji-quanzhuyumiqingzhu2025.txt)
    ['第一批验收共涉及12个行政村,农户305户,受益人1492人,青贮数量27616.4吨,按照15元/吨预付标准,实际预付奖补资金416488.5元(大写:肆拾壹万陆仟肆佰捌拾捌元零伍角)。', [[15, undefined, 'fixed'], [416488.5, undefined, 'total']]],
    ['对第一批按15元/吨已享受部分奖补资金的青贮农户,在第二次奖补中,还需兑付剩余资金136785.5元(大写:壹拾叁万陆仟柒佰捌拾伍元伍角)。', [[136785.5, undefined, 'total']]],
    // (a word with a capital numeral in it is no sum: 宁夏, ningxia-ningxiasheng-yuerbutiejin.txt)
    ['近两年,各地陆续实施育儿补贴金政策,以优化人口结构,推动实现适度生育水平。', []],
  ])('%s', (text, amounts) => {
    expect(valueRows(text).amounts).toEqual(amounts);
  });
});
