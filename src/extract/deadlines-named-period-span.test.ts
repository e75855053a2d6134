import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A span that names the period it is (5年过渡期, 半年过渡期) was read only where a grant verb gave it (享受5年过渡期): 资阳's 可采取5年过渡期政策
// (round 272) and 济源's 设立半年过渡期 (henan-jiyuan-huiminbinzang2025.txt) had none. The period's own name (过渡期, 培育期, 孵化期, 扶持期…)
// makes the span a term, whatever verb sets it (issue 9); so does a waiting period's (3个月的固定待遇等待期, 潍坊 round 283).
const spans = (text: string) => extractValues(text, '2025-01-01').deadlines.map((d) => [d.raw, d.kind]);

describe('a span named by its period is a relative term (deadlines named period span)', () => {
  it.each([
    // 资阳 (sichuan-ziyang-zhaoshangyouhui2019.txt)
    ['现有存量工业用地用于建设国家和省、市支持的现代物流项目,可采取5年过渡期政策,继续按原用途使用。', [['5年', 'relative']]],
    // 济源 (henan-jiyuan-huiminbinzang2025.txt)
    ['同时,立即启动殡葬服务项目政府定价和指导价价格调整,设立半年过渡期。', [['半年', 'relative']]],
    // (…a waiting period, what it waits for between the span and 等待期: 潍坊 round 283, shandong-weifang-juminyibaocanbao2025.txt)
    ['未在集中缴费期内参保缴费的,在缴纳个人缴费部分后,有3个月的固定待遇等待期,待遇等待期内发生的医疗费用,由个人承担。', [['3个月', 'relative']]],
    ['每多断保1年,在固定待遇等待期基础上增加1个月等待期。', [['1个月', 'relative']]],
  ])('%s', (text, want) => {
    expect(spans(text)).toEqual(want);
  });
});
