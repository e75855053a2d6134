import { describe, expect, it } from 'vitest';
import { preambleMaker } from './metadata.js';

// A call for comments names the body that drafted what it carries; 研究起草了《…》 was read, 牵头起草了《…》 was not.
describe('the body that led the drafting of the draft a call for comments carries (drafter issuer)', () => {
  it.each([
    // 铜仁 (guizhou-tongren-xiangmujianshe.txt)
    ['根据市人民政府有关工作安排,铜仁市发展和改革委员会牵头起草了《铜仁市2026年项目建设提升年行动方案(公开征求意见稿)》。现公开向社会征求意见建议', '铜仁市发展和改革委员会'],
    // forms
    ['为加快数字经济发展,市经济和信息化局组织起草了《关于支持数字经济发展的若干政策(征求意见稿)》,现向社会公开征求意见。', '市经济和信息化局'],
    ['为进一步优化营商环境,区发展改革局组织研究起草了《优化营商环境若干措施(征求意见稿)》。', '区发展改革局'],
  ])('%s → %s', (p, want) => expect(preambleMaker([p])).toBe(want));
  it.each([
    // a national body drafting names no local issuer
    ['根据工作安排,国家发展改革委牵头起草了《产业结构调整指导目录(征求意见稿)》。'],
  ])('%s → none', (p) => expect(preambleMaker([p])).toBeUndefined());
});
