import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { transmittalDate } from './metadata.js';
import { devText as dev } from '../dev-notices.js';

// A cover whose title names its body by level only prints its date alone under the transmittal sentence, no body above it: that date
// was read only on the sentence's own line, and the page's 发文日期 (a later posting date) stood for it.

describe('a date alone under a transmittal sentence is the cover\'s (transmittal date line)', () => {
  it.each([
    // 湖北省 (hubei-hubeisheng-5gchanye.txt): no stop after the sentence
    [['各市、州、直管市及神农架林区人民政府,省政府各部门:', '现将《湖北省5G产业发展行动计划(2019-2021年)》印发给你们,请认真组织实施', '2019年7月25日'], '2019-07-25'],
    // forms: a stop, the public remark after the date
    [['现将《若干措施》印发给你们,请结合实际认真贯彻执行。', '2024年3月1日(此件公开发布)'], '2024-03-01'],
    // a date under any other line is not the cover's
    [['一、总体要求', '2024年3月1日'], undefined],
  ] as [string[], string | undefined][])('%s', (paras, want) => expect(transmittalDate(paras)).toBe(want));
  it('湖北省 dev: the printed date outranks the page\'s 发文日期', () => {
    const d = documentsOfPlainText(dev('hubei-hubeisheng-5gchanye.txt')).find((x) => x.date);
    expect(d?.date).toBe('2019-07-25');
  });
});
