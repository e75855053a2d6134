import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A portal's field block written as a list, each label and each value an item of its own with a dash (- 发文机构 / - 隆阳区民政局 / - 日期 /
// - 2020-10-10, 隆阳 round 280), gave no date: the dash hid the label from the field reader, and the last value, a day, ran into the notice's
// first sentence below it (-2020-10-102020年1至9月共为…), which lost its payout too. A list's dash may open a label as a bullet does, the value
// on the next item is the label's, and a day or a code listed so is a line of its own (issue 9).
describe('a field block written as a dashed list (metadata dash list)', () => {
  it('隆阳 2020 (yunnan-longyang-guerbaozhang2020.txt): - 日期 / - 2020-10-10', () => {
    const [d] = documentsOfPlainText(dev('yunnan-longyang-guerbaozhang2020.txt'));
    expect([d.region, d.issuer, d.date]).toEqual(['隆阳区', '隆阳区民政局', '2020-10-10']);
    // (the first sentence stands apart from the field above it)
    expect(d.text).toMatch(/\n2020年1至9月共为215名孤儿/);
  });

  it.each([
    // 隆阳's block, its day the last item
    [['隆阳区民政局2020年1至9月孤儿等特困儿童基本生活保障补助资金发放情况', '- 发文机构', '- 隆阳区民政局', '- 日期', '- 2020-10-10', '2020年1至9月共为215名孤儿等特困儿童发放基本生活保障补助资金197.70万元。'], '2020-10-10'],
    // (a day listed under another label stays no date of the notice: 鲁山's index number)
    [['- 文号', '- 索引号', '- 00548694/2019-00026', '- 关键词', '鲁山县人民政府办公室关于印发鲁山县2019年农村户用厕所改工作实施方案的通知', '为加快推进我县农村户用厕所改造工作,制定本方案。'], undefined],
  ])('%j', (lines, date) => {
    expect(documentsOfPlainText(lines.join('\n') + '\n')[0].date).toBe(date);
  });
});
