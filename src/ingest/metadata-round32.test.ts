import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// Round 32 document classes: real texts of eval/national/dev (file named), and "form" for a text written from the class.
const docsOf = (text: string) => documentsOfPlainText(text);
const meta = (text: string) => docsOf(text).map((d) => [d.region, d.issuer, d.date]);

describe('a date in brackets on a line of its own under the title is the notice’s date (bracketed date line)', () => {
  it.each([
    // 四川省 (sichuan-sichuansheng-fuwuye.txt): a party committee's and a government's 意见, reposted with the site's own date
    ['四川省 dev', dev('sichuan-sichuansheng-fuwuye.txt'), '2020-06-06'],
    ['form: the meeting that adopted it', '某市人民政府\n关于促进制造业高质量发展的若干措施\n（2023年5月10日市政府第12次常务会议审议通过）\n为推动制造业高质量发展,制定本措施。\n一、对新认定的企业给予奖励10万元。\n', '2023-05-10'],
  ])('%s', (_, text, want) => expect(docsOf(text).map((d) => d.date).filter(Boolean)).toContain(want));
  it('a period in brackets under a title is no date (实施方案(2023—2025年))', () => {
    expect(meta('某县人民政府\n关于制造业发展的实施方案\n(2023—2025年)\n为推动发展,制定本方案。\n')[0][2]).toBeUndefined();
  });
});

describe('a page’s field block above the title opens the notice below it, not a document of its own (field block head)', () => {
  it.each([
    // 诸暨 (zhejiang-zhuji-zerenqingdan.txt): 索引号 / 发布机构: 市政府办公室 成文日期 / 文号, then the title with its author in full
    ['诸暨 dev', dev('zhejiang-zhuji-zerenqingdan.txt'), ['诸暨市', '诸暨市人民政府办公室', '2023-02-09']],
  ])('%s', (_, text, want) => expect(meta(text)[0]).toEqual(want));
});

describe('the last of a run of short bulleted links is a menu item, not the start of the title under it (bullet menu)', () => {
  it('下陆区 dev: • 设为首页 / • 加入收藏 / • 无障碍阅读 / • 长者版, then the title that names its author by level', () => {
    const d = docsOf(dev('hubei-xialu-zhongdianrenwu.txt'))[0];
    expect([d.title, d.issuer, d.date]).toEqual(['区人民政府办公室关于印发2023年区政府工作报告重点任务分解的通知', '区人民政府办公室', '2022-12-27']);
  });
  it('a bulleted item that says something is no menu link', () => {
    const d = docsOf('某县人民政府关于印发措施的通知\n• 支持企业技术改造\n• 对新认定的企业给予奖励10万元,\n由县工信局负责。\n')[0];
    expect(d.text).toContain('对新认定的企业给予奖励10万元,由县工信局负责。');
  });
});

describe('a date run together after the document number, its 年月日 lost, in the number’s year (北京经开区, round 33)', () => {
  it.each([
    ['北京经开区 dev', dev('beijing-jingkaiqu-yizhuangxincheng.txt'), '2021-04-21'],
    // (a figure of another year, or no valid month, is no date)
    ['form: another year', '某区管委会关于印发若干措施的通知(某管〔2021〕42号)20190421\n为推动发展,制定本措施。\n', undefined],
    ['form: no month', '某区管委会关于印发若干措施的通知(某管〔2021〕42号)20211399\n为推动发展,制定本措施。\n', undefined],
  ])('%s', (_, text, want) => expect(docsOf(text)[0].date).toBe(want));
});
