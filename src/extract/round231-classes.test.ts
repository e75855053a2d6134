import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';

// Round 231's class, found on a notice of that round (广东省 工业固废综合利用示范项目 2019, guangdong-guangdongsheng-gufeizongheliyong2019.txt)
// and written in its general form.
const thresholdsOf = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0]).flatMap((c) => c.thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]));

// A heading that names what a designation requires (创建要求, 创建条件, 认定要求) opens a list of conditions as 申报条件 does: the bounded
// figures of its items are conditions, not a project's sums or shares.
describe('a 创建要求 heading opens conditions (requirements heading)', () => {
  it.each([
    ['二、创建要求\n(一)项目符合国家、广东省法律法规、产业政策的相关要求;\n(五)项目总投资额不低于2000万元,设备投资不低于固定资产投资的20%;\n', [[20000000, null, '元'], [0.2, null, '%']]],
    // forms: traditional, 认定要求, 创建条件
    ['二、創建要求\n(五)項目總投資額不低于2000萬元,設備投資不低于固定資產投資的20%;\n', [[20000000, null, '元'], [0.2, null, '%']]],
    ['三、认定要求\n(一)企业上年度营业收入不低于5000万元;\n', [[50000000, null, '元']]],
    ['二、创建条件\n1.示范基地面积不低于500亩;\n', [[500, null, '亩']]],
  ])('%s', (text, want) => expect(thresholdsOf('关于开展示范项目创建工作的通知\n' + text)).toEqual(want));
  it.each([
    // valid: a 工作要求 heading opens tasks, its figures no conditions
    ['四、工作要求\n(一)加强组织领导。各地要安排资金不低于2000万元。\n'],
  ])('%s: no condition', (text) => expect(thresholdsOf('关于开展示范项目创建工作的通知\n' + text)).toEqual([]));
});
