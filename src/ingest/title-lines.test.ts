import { describe, expect, it } from 'vitest';
import { isParagraphEnd } from './clean.js';

// A short line ending as a plan's title (…工作安排, …工作要点, …任务分工) is a title line: the sentence below is not joined to it.
describe('a title line ending in 安排/要点/分工 ends its paragraph', () => {
  it.each([
    // 上海 静安 (eval/national/dev/shanghai-jingan-zhongdiangongzuo.txt): the attachment's title over its first sentence.
    ['2023年区政府重点工作安排', '根据市委、市政府决策部署,按照区委工作要求,2023年区政府重点工作具体安排如下:', true],
    // 江苏 苏州工业园区 (jiangsu-suzhougongyeyuanqu-gongzuoyaodian.txt); form: 任务分工.
    ['2015年二季度工委、管委会工作要点', '1.深入贯彻落实习近平总书记系列重要讲话精神', true],
    ['2024年省《政府工作报告》重点工作分工', '为全面贯彻党的二十大精神,扎实做好今年政府工作', true],
    // A wrapped sentence (commas) stays joined.
    ['市财政局根据年度预算,统筹做好资金安排', '确保各项政策落实到位。', false],
  ])('%s', (p, n, want) => {
    expect(isParagraphEnd(p, n)).toBe(want);
  });
});
