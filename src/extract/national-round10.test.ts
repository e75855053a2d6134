import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { valueRows } from './fixture-table.js';

// Round 9 of classes (issue 9), values and deadlines half, from the 7 notices of round 10 of the national development set.
// Sentences are real: from a dev notice (file in eval/national/dev named in the comment) or a public page (address in the
// comment, checked against the held-out sources); "form" marks a sentence written from the class where no real one was at hand.
const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return d.kind ? [d.raw, d.kind] : d.from ? [d.raw, d.from, d.date] : [d.raw, d.date];
  });

describe('the parts of a budget or a goal after 其中 share the whole’s role', () => {
  it.each([
    // 浙江 滨江 (zhejiang-binjiang-gaozhiliang.txt): a budget's parts, no verb of their own.
    ['安排58亿元财政资金保障我区政府投资项目建设,其中,道路基础设施建设10亿元,环境整治6亿元,教育设施12亿元', [[5800000000, undefined, 'total'], [1000000000, undefined, 'total'], [600000000, undefined, 'total'], [1200000000, undefined, 'total']]],
    // 浙江 秀洲 (zhejiang-xiuzhou-gaozhiliang.txt, traditional characters): parts with 支持, which hands nothing to a named firm.
    ['2025年,區級財政預算安排1.74億元,其中支持重大科創平臺建設、原創性引領性科技攻關等1.15億元,支持人才引育0.59億元。', [[174000000, undefined, 'total'], [115000000, undefined, 'total'], [59000000, undefined, 'total']]],
    // 浙江 钱塘 (zhejiang-qiantang-gaozhiliang.txt): parts in the sentence after the whole's, named as funds (…建设资金): totals.
    ['其中,用于学校、公立医院、文化体育等社会事业建设资金7.35亿元,城市路网、河道、市政、交通等城市基础设施建设资金18.35亿元', [[735000000, undefined, 'total'], [1835000000, undefined, 'total']]],
    // A news page (http://nankezia.com/gnyw/2009-05/27/content_160691.htm, traditional): parts of a budget handed down.
    ['重點項目投資預算共下達2348億元,其中保障性安居工程427億元,教育和衛生等社會事業353億元', [[234800000000, undefined, 'total'], [42700000000, undefined, 'total'], [35300000000, undefined, 'total']]],
    // 江苏 常熟 (jiangsu-changshu-renwufenjie.txt): a measure's figure in a task list, no verb, no grant: a goal.
    ['全社会固定资产投资额550亿元,其中:工业技改投资增长10%,高新技术产业投资增长10%.', [[55000000000, undefined, 'target']]],
    // Form: a goal's parts are goals.
    ['四大主导产业总产值规模达到6000亿元,其中,电子信息产业2000亿元', [[600000000000, undefined, 'target'], [200000000000, undefined, 'target']]],
    // Form: a part with its own grant and ceiling words keeps them; a grant's parts are not pulled to the whole.
    ['设立产业发展基金5000万元,其中对新引进企业给予最高50万元奖励', [[50000000, undefined, 'total'], [500000, undefined, 'cap']]],
    ['给予一次性奖励100万元,其中研发团队50万元', [[1000000, undefined, 'fixed'], [500000, undefined, 'fixed']]],
    // 云南 文山 (yunnan-wenshan-wenzengzhang.txt): money borrowed for projects is a fund raised.
    ['州城投公司向银行贷款10亿元用于项目前期工作', [[1000000000, undefined, 'total']]],
  ] as [string, unknown[][]][])('%s', (text, want) => {
    expect(valueRows(text).amounts).toEqual(want);
  });
});
