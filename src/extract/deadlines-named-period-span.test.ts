import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A span that names the period it is (5年过渡期, 半年过渡期) was read only where a grant verb gave it (享受5年过渡期): 资阳's 可采取5年过渡期政策
// (round 272) and 济源's 设立半年过渡期 (henan-jiyuan-huiminbinzang2025.txt) had none. The period's own name (过渡期, 培育期, 孵化期, 扶持期…)
// makes the span a term, whatever verb sets it (issue 9).
const spans = (text: string) => extractValues(text, '2025-01-01').deadlines.map((d) => [d.raw, d.kind]);

describe('a span named by its period is a relative term (deadlines named period span)', () => {
  it.each([
    // 资阳 (sichuan-ziyang-zhaoshangyouhui2019.txt)
    ['现有存量工业用地用于建设国家和省、市支持的现代物流项目,可采取5年过渡期政策,继续按原用途使用。', [['5年', 'relative']]],
    // 济源 (henan-jiyuan-huiminbinzang2025.txt)
    ['同时,立即启动殡葬服务项目政府定价和指导价价格调整,设立半年过渡期。', [['半年', 'relative']]],
  ])('%s', (text, want) => {
    expect(spans(text)).toEqual(want);
  });
});
