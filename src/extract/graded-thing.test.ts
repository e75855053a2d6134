import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A grade the thing a grant pays for must have, the thing named after 的 and the grant later in the clause (购买2级及以上能效…标准的冰箱…
// 给予…补贴), is a threshold, min at the grade as written (ANNOTATION: grades take the literal bound), as 三代以上西门塔尔良种犊牛 is.
// It was read only when an applicant word or 的+grant followed the grade. Found on guangdong-yunfu-jiadianyijiuhuanxin.txt (round 169).
const grades = (s: string) => extractValues(s).thresholds.map((t) => [t.raw, t.min ?? null, t.max ?? null, t.unit]);

describe('the grade of a thing a grant pays for (graded thing)', () => {
  it.each([
    // 广东 云浮 (guangdong-yunfu-jiadianyijiuhuanxin.txt)
    ['1、对个人消费者购买2级及以上能效或水效标准的冰箱、洗衣机、电视、空调、电脑、热水器、家用灶具、吸油烟机等8类家电产品给予产品销售价格的15%的补贴', [['2级及以上', 2, null, '级']]],
    ['2、对个人消费者购买1级及以上能效或水效标准的产品,给予产品销售价格20%的补贴', [['1级及以上', 1, null, '级']]],
    // form: the grade after its measure's name, the thing right after 的
    ['对购买能效等级为二级及以上的新能源汽车给予每辆3000元补贴。', [['二级及以上', 2, null, '级']]],
  ])('%s', (s, want) => expect(grades(s)).toEqual(want));
  it.each([
    // valid: a grade counted in a goal stays none
    ['争创3A级以上旅游景区2个,完成投资5000万元。'],
  ])('%s: none', (s) => expect(grades(s)).toEqual([]));
});
