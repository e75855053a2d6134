import { describe, expect, it } from 'vitest';
import { amountRows } from './fixture-table.js';

// A numbered list of sums a cell a line under the table's unit line, its money column named plainly (金 额) and a place column in its
// header (镇 街): each row an allotment to a place, a `total`, and the 合计 row closing it a `total` too. A list of firms with their
// 乡镇 stays grants, `fixed`.

describe('a numbered list of sums allotted to places is read, each row a total (grant list places)', () => {
  it.each([
    // 浙江 瓯海 (zhejiang-ouhai-yanglaofuwuzijin2020.txt)
    [
      '2020年街道养老服务中心建设补助资金分配表\n\n单位:万元\n\n序号\n\n镇 街\n\n名  称\n\n金 额\n\n1\n\n茶山街道\n\n茶山街道养老服务中心\n\n100\n\n2\n\n仙岩街道\n\n仙岩街道养老服务中心\n\n100\n\n3\n\n三垟街道\n\n三垟街道养老服务中心\n\n100\n\n合    计\n\n300\n',
      [
        ['茶山街道茶山街道养老服务中心100', [[1000000, 'total']]],
        ['仙岩街道仙岩街道养老服务中心100', [[1000000, 'total']]],
        ['三垟街道三垟街道养老服务中心100', [[1000000, 'total']]],
        ['合计300', [[3000000, 'total']]],
      ],
    ],
    [
      '2020年居家上门服务补助资金分配表\n\n单位:万元\n\n序号\n\n镇 街\n\n金 额\n\n1\n\n潘桥街道\n\n35\n\n2\n\n梧田街道\n\n18\n\n3\n\n泽雅镇\n\n42\n\n合    计\n\n95\n',
      [
        ['潘桥街道35', [[350000, 'total']]],
        ['梧田街道18', [[180000, 'total']]],
        ['泽雅镇42', [[420000, 'total']]],
        ['合计95', [[950000, 'total']]],
      ],
    ],
    // valid: 浙江 建德 (zhejiang-jiande-daqiyejiangli.txt) — firms with their 乡镇, each a grant
    [
      '序号\n\n乡镇\n\n单位详细名称\n\n奖励金额(万元)\n\n1\n\n新安江街道\n\n农夫山泉(建德)新安江饮品有限公司\n\n30\n',
      [['新安江街道农夫山泉(建德)新安江饮品有限公司30', [[300000, 'fixed']]]],
    ],
  ])('%#', (text, want) => expect(amountRows(text)).toEqual(want));
});
