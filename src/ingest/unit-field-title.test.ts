import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// A unit field standing where a title would (lines of eval/national/dev, file named in each case): a list of bodies, never the title.
const titles = (text: string) => documentsOfPlainText(text).map((d) => d.title);

describe('a unit field that opens the text is no title (unit field title)', () => {
  it.each([
    // 昌都 (xizang-changdu-niuyangrou.txt)
    ['主办单位:昌都市人民政府\n承办单位:昌都市农业农村局、昌都市商务局\n个人消费昌都本地牛羊肉,满1000元减100元。\n'],
    // 江苏省 (jiangsu-jiangsusheng-haiyangkaohe.txt): an excerpt cut after a section's items, its notes first
    ['主办单位:省财政厅、省农业资源开发局、省滩涂开发投资有限公司\n协办单位:沿海三市政府\n五、基础设施建设\n(一)水利。沿海地区水利建设全年计划投资5亿元。\n'],
    // 浙江省 (zhejiang-zhejiangsheng-fushengzhang.txt)
    ['责任单位:省市场监管局、省委网信办、省发展改革委\n3.加强食品药品全链条闭环监管。\n'],
  ])('%s', (text) => expect(titles(text)).toEqual(['']));

  it('a title line above such a list stays the title', () => {
    expect(titles('关于举办2025年秋季消费节的通知\n主办单位:县人民政府\n承办单位:县商务局\n活动期间,对参与商户给予每户2000元补贴。\n')).toEqual(['关于举办2025年秋季消费节的通知']);
  });
});
