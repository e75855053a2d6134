import { describe, expect, it } from 'vitest';
import { unitRows, valueRows } from './fixture-table.js';

// Classes from round 157 of the national development set (issue 9): township payout 公示.
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

describe("a bracket after a telephone number names whose line it is, no unit (contact bracket)", () => {
  it('西吉 (ningxia-xiji-shiyongjun.txt): 举报电话:0954-3012853(西吉县农业农村局) under the 公示', () => {
    expect(unitRows('单个主体种植羊肚菌1000平方米以上,每平方米奖补10元。\n公示期限:2024年8月5日-8月15日\n举报电话:0954-3012853(西吉县农业农村局)\n')).toEqual([]);
  });
  it('valid: a bracket of bodies closing a measure stays its note (东莞, guangdong-dongguan-xincailiao.txt, round 152)', () => {
    expect(unitRows('(二)加快前沿新材料产业化。推动高校院所和企业研发超导材料、纳米材料、光子材料、非晶材料及其他高性能前沿新材料产品,拓展应用场景,加快实现前沿新材料市场化应用。(市科技局)\n')).toContainEqual(['市科技局']);
  });
});

describe('counts of fungus logs and bee frames bound a condition (quantity units 棒, 脾)', () => {
  it.each([
    // 西吉 (ningxia-xiji-shiyongjun.txt)
    ['对采购本县经营主体生产的平菇、香菇、榆黄菇等菌棒,达到1000棒以上的,3公斤以上菌棒单个奖补3元;', [1000, '棒']],
    // 西吉 (ningxia-xiji-tingyuanjingji.txt)
    ['当年新增中华蜜蜂(每箱饲养蜜蜂4脾及以上),每箱奖补400元,每户最高奖补5箱', [4, '脾']],
  ] as [string, [number, string]][])('%s', (s, [min, unit]) => expect(valueRows(s).thresholds).toContainEqual([min, undefined, unit]));
});
