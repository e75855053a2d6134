import { describe, expect, it } from 'vitest';
import { pageByline } from './metadata.js';
import { documentsOfPlainText } from './ingest.js';

// A page's byline in the head of a notice: a body's name alone beside the page's time stamp or the notice's number. 许昌
// (henan-xuchang-zhongdianrenwu.txt, dev) names its issuer only so: 索引号 / 市政府文件 / 许昌市人民政府 / 2023-02-20 15:38 / 许政 [2023] 2号.
describe('pageByline', () => {
  it.each([
    [['11411000005747138B/202302-00850', '市政府文件', '许昌市人民政府', '2023-02-20 15:38', '许政 [2023] 2号'], '许昌市人民政府'],
    // (lines as folded: simplified, half-width) the cleaner ran the index number and the section into the line
    [['11411000005747138B/202302-00850市政府文件许昌市人民政府', '2023-02-20 15:38'], '许昌市人民政府'],
    // beside the notice's number; a county office; a party committee; traditional characters
    [['栏目:政策文件', '某县人民政府办公室', '某政办〔2024〕3号'].map((l) => l.replace('某县', '嘉祥县').replace('某政办', '嘉政办')), '嘉祥县人民政府办公室'],
    [['中共彭州市委', '2017-06-22'], '中共彭州市委'],
    // not: a body beside no time or number, a body without a place, a time beside a sentence
    [['许昌市人民政府', '各县(市、区)人民政府:'], undefined],
    [['市政府办公室', '2023-02-20 15:38'], undefined],
    [['现将有关事项通知如下', '2023-02-20'], undefined],
  ] as [string[], string | undefined][])('%j → %s', (head, want) => expect(pageByline(head)).toBe(want));

  it.each([
    ['as written', (s: string) => s],
    ['traditional characters', (s: string) => s.replace('许昌市人民政府\n', '許昌市人民政府\n').replace('市人民政府各部门', '市人民政府各部門')],
  ])('a notice naming its issuer only in its byline gets it as written (许昌, %s)', (_name, t) => {
    const text = t('11411000005747138B/202302-00850\n市政府文件\n许昌市人民政府\n2023-02-20 15:38\n许政 [2023] 2号\n各县(市、区)人民政府,市人民政府各部门:\n现将《政府工作报告》提出的2023年重点工作任务予以分解并明确责任单位。\n');
    expect(documentsOfPlainText(text)[0].issuer).toBe(text.includes('許昌') ? '許昌市人民政府' : '许昌市人民政府');
  });
});
