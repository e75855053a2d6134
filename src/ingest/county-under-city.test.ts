import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// A county's notice that names only its city (the county-versus-city case): lines of eval/national/dev (file named in each case).
describe('a notice that speaks as a county and names only its city is no notice of that city (county under its city)', () => {
  it('房县 (hubei-fangxian-kongzhichengben.txt): 县直各单位, 经县政府同意, 十堰 named only by its platform and its document number: no region rather than 十堰市', () => {
    const text =
      '各乡镇人民政府,县直各单位:\n《以控制成本为核心优化营商环境的具体措施》已经县政府同意,现印发给你们,请认真贯彻落实。\n2023年6月30日\n以控制成本为核心优化营商环境的具体措施\n为深入贯彻党的二十大精神,认真落实《市人民政府办公室关于印发以控制成本为核心优化营商环境若干具体实施措施的通知》(十政办发〔2023〕19号)要求,特制定如下具体措施。\n一、更大力度降低制度性交易成本\n(一)深化政务服务标准化建设。对县乡政务服务情况进行定期评估,全县政务服务事项实现“一网通办”。承诺书及践诺情况由审批部门推送至十堰市智慧城市信用平台。\n';
    const docs = documentsOfPlainText(text);
    expect(docs.map((d) => d.region)).toEqual(docs.map(() => undefined));
  });

  it('阜新 (liaoning-fuxin-jishuzhongxin.txt): the city’s bureau writing to its counties’ bureaus stays the city’s', () => {
    const text =
      '日期: 2022-08-22 浏览量:1101 来源:阜新市工业和信息化局 责任编辑:伊浩 文字大小: 大 中 小\n各县区工业和信息化局:\n为深入实施创新驱动发展战略,强化企业在产业技术创新中的主体地位,现将有关事项通知如下。\n一、各县区要认真组织本县区企业申报,县区推荐的企业须符合条件。\n';
    const [d] = documentsOfPlainText(text);
    expect(d.region).toBe('阜新市');
  });
});
