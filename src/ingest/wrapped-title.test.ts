import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// Where the plan a cover sends begins, below the cover's signature: lines of eval/national/dev (file named in each case).
const titles = (text: string) => documentsOfPlainText(text).map((d) => d.title);

describe('a plan’s title below the signature opens the plan, wrapped over two lines or under a dated line (wrapped title)', () => {
  it.each([
    // 成都 (sichuan-chengdu-zerenfenjie.txt): the title wrapped, its second line alone ends like a title
    [
      '各区(市)县政府,市政府各部门,有关单位:\n经市政府研究同意,现将《2019年〈政府工作报告〉确定的主要目标任务责任分解方案》印发你们,请结合实际,认真组织实施。\n成都市人民政府办公厅\n2019年2月19日\n2019年《政府工作报告》确定的主要目标任务\n责任分解方案\n一、 经济社会发展主要预期目标\n(一) 地区生产总值增长7.5%左右。(牵头单位:市发改委)\n',
      2,
      '2019年《政府工作报告》确定的主要目标任务',
    ],
    // 泸州 (sichuan-luzhou-meilisichuan.txt): a signature dated 2024-10-23, as a web page writes it
    [
      '关于公开征求《美丽四川建设泸州市实施规划(2024—2035)(征求意见稿)》意见建议的公告\n为提高规划编制的科学性,现将规划全文予以公示。\n公开征求意见时间为2024年10月22日至11月22日。\n泸州市生态环境局\n2024-10-23\n美丽四川建设泸州市实施规划(2024—2035)(征求意见稿)\n前 言\n党的十八大将生态文明与美丽中国紧密结合。\n',
      2,
      '美丽四川建设泸州市实施规划(2024—2035)(征求意见稿)',
    ],
    // 德阳 (sichuan-deyang-zhizaoqiangshi.txt): the signature's date squashed, its 年月日 lost
    [
      '各县(市、区)人民政府,市级有关部门:\n《加快建设先进制造业强市行动方案(2020-2025年)》已经市政府同意,现印发给你们,请认真贯彻执行。\n德阳市人民政府办公室\n20201119\n加快建设先进制造业强市行动方案\n为贯彻落实《关于加快建设先进制造业强市的意见》,制定本方案。\n',
      2,
      '加快建设先进制造业强市行动方案',
    ],
  ])('%s', (text, parts, second) => {
    const t = titles(text);
    expect(t.length).toBe(parts);
    expect(t[1]?.startsWith(second)).toBe(true);
  });

  it('a heading over the body, no signature above it, opens nothing (the line above must close)', () => {
    const text = '关于印发某某方案的通知\n各单位:\n现将方案印发给你们\n2019年重点工作\n责任分解方案\n一、主要目标\n地区生产总值增长7.5%左右。\n';
    expect(titles(text).length).toBe(1);
  });
});
