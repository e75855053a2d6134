import { describe, expect, it } from 'vitest';
import { documentsFromText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';
import { dutyPairs } from './units.js';

// Classes from round 159 of the national development set (issue 9, fortieth session).
// Sentences are real, from the dev notice named in the comment.
const clauses = (text: string) => extractDocuments(documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt')).flat();

describe('a lead and the partners it works with after 会同 (or 会 short for it), their duty 办理 or 负责落实 (lead with partners)', () => {
  it.each([
    // 广东省 2008 (guangdong-guangdongsheng-zhongxiaoqiye2008.txt)
    ['(一)加大对中小企业的信贷支持力度。金融机构要落实好国家已出台的金融支持政策。(由省金融办牵头,会省经贸委、广东银监局、人行广州分行办理)\n', ['省金融办', '省经贸委', '广东银监局', '人行广州分行']],
    // 广东省 2008 扩大内需 (guangdong-guangdongsheng-kuodaneixu2008.txt), traditional as written
    ['(一)加快鐵路、公路等重大基礎設施建設。\n2009年安排交通重點項目投資約1080億元。(由省發展改革委牽頭,會同省交通廳、財政廳,廣州、深圳市政府等單位負責落實)\n', ['省發展改革委', '省交通廳', '財政廳', '廣州、深圳市政府']],
  ] as [string, string[]][])('%s', (text, units) => {
    const c = clauses(text).find((x) => x.units.length);
    expect(c?.units).toEqual(units);
    expect(c?.lead).toEqual([units[0]]);
  });
  it('in running text: 由工信部牵头会同财政部对…进行审核 (江苏省 2022, jiangsu-jiangsusheng-shuzihuashidian.txt)', () => {
    expect(dutyPairs('实施期满后,由工信部牵头会同财政部对试点中小企业数字化改造情况进行审核').map((u) => [u.name, u.lead])).toEqual([['工信部', true], ['财政部', false]]);
  });
  it('valid: a bare group after 会同 names no body (由市发改委牵头,会同有关部门做好)', () => {
    expect(dutyPairs('由市发改委牵头,会同有关部门做好')).toEqual([]);
  });
});

describe("a project's or a batch's own period is a span, its raw the span alone (project period)", () => {
  const spans = (s: string) => extractValues(s, '2022-08-01').deadlines.map((d) => [d.raw, d.kind]);
  it.each([
    // 江苏省 2022 (jiangsu-jiangsusheng-shuzihuashidian.txt)
    ['奖补资金在实施期初先按一定比例预拨,每批实施期1年,实施期满后,由工信部牵头会同财政部', [['1年', 'relative']]],
    // 日照 (shandong-rizhao-kejizhuanxiang.txt), an older dev miss
    ['实施周期3年。', [['3年', 'relative']]],
    // valid: the notice's own period keeps its word, as the dev gold has it
    ['本办法有效期3年。', [['有效期3年', 'relative']]],
  ] as [string, string[][]][])('%s', (s, want) => expect(spans(s)).toEqual(want));
});

describe('money a measure drives, its year between the verb and the figure, is a goal (driven figure)', () => {
  it('广东省 2008 (guangdong-guangdongsheng-kuodaneixu2008.txt): 帶動2009年全社會投資1.3萬億元左右', () => {
    expect(extractValues('資金集中投向完善公共交通網絡、節能減排基礎設施建設等方面,帶動2009年全社會投資1.3萬億元左右。', '2008-11-18').amounts.map((a) => [a.yuan, a.role])).toEqual([[1.3e12, 'target']]);
  });
});

describe("a works programme's planned investment is a goal, a budget beside it stays a total (works investment)", () => {
  it('广东省 2008 (guangdong-guangdongsheng-kuodaneixu2008.txt): 集中投入財政性資金約1000億元,並安排重點工程投資3000億元', () => {
    const s = '統籌使用2009年至2012年各項支持經濟社會發展資金、集中投入財政性資金約1000億元,並安排重點工程投資3000億元,進一步擴大內需。';
    expect(extractValues(s, '2008-11-18').amounts.map((a) => [a.yuan, a.role])).toEqual([[1e11, 'total'], [3e11, 'target']]);
  });
});
