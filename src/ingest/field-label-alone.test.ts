import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// A portal's field block set a cell a line, each label alone with no colon and its value on the line under it, ran past the twelve lines
// the head was read over when the block's end was found only at a label with a colon: the date field's value, on the line after the
// last label, was cut off (兰坪 东西部协作 公告, its empty 文号 field run onto the line above it). Found on
// yunnan-lanping-dongxixiezuoxiangmu.txt.
const date = (text: string) => documentsOfPlainText(text)[0].date;

const LANPING = (label: string, value: string) =>
  [
    '您的位置: 首页 >兰坪县乡村振兴局 > 法定主动公开内容 > 通知公告',
    '兰坪县2021年上海市浦东新区对口兰坪县东西部结对协作项目计划公告',
    '浏览:0  来源:',
    '索引号',
    'K39591763-2021-170635',
    '发文机构',
    '兰坪县乡村振兴局',
    '公开目录',
    '通知公告',
    '主题分类',
    '民政、乡村振兴、救灾',
    '文      号',
    label,
    value,
    '兰坪县2021上海市浦东新区对口兰坪县东西部结对协作项目计划公告',
    '为进一步强化财政帮扶资金项目监管、提高资金使用效益,现将2021上海市浦东新区对口兰坪县东西部结对协作项目计划公告如下:',
    '一、项目实施范围',
    '2021上海市浦东新区对口兰坪县东西部结对协作项目计划投入帮扶资金5000万元。',
  ].join('\n') + '\n';

describe('a field label alone on its line ends the field block as one with a colon does (field label alone)', () => {
  it.each([
    // 云南 兰坪 (yunnan-lanping-dongxixiezuoxiangmu.txt), the value with its time of day
    ['发文日期', '2021-08-12 09:14:54', '2021-08-12'],
    // the general forms: 成文日期 and a date with slashes, full-width spaces about the label
    ['成文日期', '2021/08/12', '2021-08-12'],
    ['\u3000发布日期\u3000', '2021-08-12', '2021-08-12'],
    // traditional
    ['發文日期', '2021-08-12', '2021-08-12'],
  ])('%s / %s', (label, value, want) => expect(date(LANPING(label, value))).toBe(want));
});
