import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';

const lines = (s: string) => cleanText(s).clean.text.split('\n').filter((l) => l.trim());

// A heading that lost its number stands alone between blank lines over a paragraph of whole sentences: a paragraph of its own, parted
// from the sentence below and from a field's value above it, never from a sentence under way or a title's first line above it.
// Found on guangdong-dongguan-yongdianjiangli.txt (dev), where 事后补助 / 具体扶持方式 ran into the measure's sentence.
describe('a heading alone between blank lines (heading between blanks)', () => {
  it('东莞 dev (guangdong-dongguan-yongdianjiangli.txt): the field value, the heading and the measure are three paragraphs', () => {
    const text = '  • 扶持方式 :\n      事后补助\n\n具体扶持方式\n\n  对符合条件的规模以上工业企业,按企业2023年1月当月用电费用不超过3%的标准进行事后奖励,每家企业奖励金额封顶60万元。\n';
    const got = lines(text);
    expect(got.some((l) => l.trim().startsWith('对符合条件的规模以上工业企业'))).toBe(true);
    expect(got.some((l) => /具体扶持方式对/.test(l))).toBe(false);
  });
  it('form: a heading under a closed sentence', () => {
    const text = '一、总体要求。\n\n享受范围及标准\n\n对新引进的全日制普通高校本科及以上毕业生,可按规定享受一定标准的购房补助,具体标准为:\n';
    expect(lines(text)).toContain('对新引进的全日制普通高校本科及以上毕业生,可按规定享受一定标准的购房补助,具体标准为:');
  });
  it.each([
    // invalid: a sentence under way above (a page break inside it, seed 004's shape), and a title's two lines (肇庆 dev)
    ['对新认定的重庆市院士工作站，一次性给予50万元\n\n配套奖励\n\n对新认定的市级专家工作室，一次性给予20万元配套奖励，支持其开展技术攻关活动。\n', '对新认定的重庆市院士工作站，一次性给予50万元配套奖励'],
    ['2016年6月20日\n\n实施珠三角规划纲要2016年\n\n重点工作任务安排\n\n  2016年是“十三五”开局之年,也是实施《珠三角规划纲要》“九年大跨越”目标的攻坚之年。\n', '实施珠三角规划纲要2016年重点工作任务安排'],
  ])('%s: kept joined', (text, joined) => expect(lines(text).some((l) => l.trim().startsWith(joined))).toBe(true));
});
