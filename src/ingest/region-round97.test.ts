import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// Regions from round 97 of the national development set (issue 9): a notice that names its jurisdiction only by the places under it.
const region = (text: string) => documentsOfPlainText(text)[0].region;

describe('a province speaking whose first sentence, taken for its title, names its cities (province by its cities)', () => {
  it('吉林省 (jilin-jilinsheng-xibushengtai.txt): 推动我省纳入《规划》范围的松原市、白城市高质量发展 is the province’s', () => {
    expect(region(dev('jilin-jilinsheng-xibushengtai.txt'))).toBe('吉林省');
  });
});

describe('a county-level city named in a notice that tasks its counties (prefecture by its county)', () => {
  it('吉林市 (jilin-jilinshi-kaimenhong.txt): 抓好舒兰市…, (责任单位:市农业农村局,各县(市)区人民政府…) is 吉林市’s', () => {
    expect(region(dev('jilin-jilinshi-kaimenhong.txt'))).toBe('吉林市');
  });
  it('form: a county-level city’s own notice, no county tasked, stays the county-level city’s', () => {
    const text = '为促进全市经济平稳增长,结合我市实际,制定以下措施:\n1.支持舒兰市工业园区建设,对新建项目给予奖励。(责任单位:市工信局、市财政局)\n';
    expect(region(text)).toBe('舒兰市');
  });
});
