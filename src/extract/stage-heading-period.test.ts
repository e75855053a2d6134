import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// A stage's heading run on with its first sentence, the stage's period in brackets after its name ((一)部署发动阶段(3月14日至3月16日)。各县级…):
// the heading names the stage and when it runs, no limit (ANNOTATION: a stage heading's dates are no deadline, 乌鲁木齐). Its days read as
// content ("no title is dated to the day") made it a clause with a deadline of its own. Found on shandong-taian-zhuanjingtexin2025.txt
// (round 266). A first sentence that gives a day outside brackets stays content (敦化's 发券时间为2025年4月16日10:00。).
const deadlinesOf = (text: string) => documentsOfPlainText(text).flatMap(extractDocument).map((c) => [c.text.slice(0, 12), c.deadlines.map((d) => d.raw)]).filter(([, d]) => d.length);

describe("a stage heading's period in brackets (stage heading period)", () => {
  it('泰安 (shandong-taian-zhuanjingtexin2025.txt): the stages give no deadline, the window in the body does', () => {
    const dated = deadlinesOf(dev('shandong-taian-zhuanjingtexin2025.txt'));
    expect(dated.filter(([, d]) => d.some((r) => /3月1[47]日至/.test(r)))).toEqual([['省优质中小企业梯度培育库', ['3月17日至4月10日']]]);
  });
  it.each([
    // forms: full-width brackets with the year, a dash between the days
    ['二、工作安排\n(一)动员部署阶段（2025年5月6日—5月10日）。各镇街要制定具体方案,召开动员会议。'],
    ['二、工作安排\n(二)集中整治阶段(6月1日至9月30日)。各部门要开展拉网式排查。'],
  ])('%s: none', (text) => expect(deadlinesOf(text)).toEqual([]));
  it('a first sentence dated outside brackets stays a clause with its day', () => {
    expect(deadlinesOf('二、活动安排\n(1)第一轮活动发券时间为2025年4月16日10:00。第一轮优惠券核销截止时间为4月30日。')[0][1]).toContain('2025年4月16日');
  });
});
