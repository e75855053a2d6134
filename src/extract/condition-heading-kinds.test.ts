import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// Round 191 (issue 9): a call's conditions under a heading that names them as what to submit by (二、报送条件; 推荐条件, 推介条件, 参评条件)
// were read as goals (500万元 a `target`) and their bounds missed: the condition headings the rules knew were 申报条件, 认定条件… only.
// Found on hubei-hubeisheng-xiuxiannongyeyuanqu.txt; the heading words are data (dict/condition-words.json conditionLeadIns.labels).
const rows = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0])
    .filter((c) => c.thresholds.length || c.amounts.length)
    .map((c) => [c.text.replace(/\s+/g, ''), c.thresholds.map((t) => [t.min, t.unit]), c.amounts.map((a) => a.role)]);

describe('conditions under a heading naming them for submission (submission conditions)', () => {
  it('湖北省 休闲农业 (hubei-hubeisheng-xiuxiannongyeyuanqu.txt)', () => {
    expect(rows(dev('hubei-hubeisheng-xiuxiannongyeyuanqu.txt'))).toEqual([
      ['取得合法经营资格,正常经营2年以上。', [[2, '年']], []],
      ['年接待游客2万人次以上,或综合性营业收入达到500万元以上。', [[20000, '人次'], [5000000, '元']], []],
      // (the excerpt's last clause, cut off and outside the labels' scope, is a condition of the same list)
      ['以农业农村为依托,观光、采摘、垂钓、农耕文化、农业科普、民居村落和民俗表演等项目在5个以上,农家餐饮、农副产品等有一定', [[5, '个']], []],
    ]);
  });
  it.each(['推荐条件', '参评条件'])('a short form under %s', (heading) => {
    const text = `关于推荐2024年示范企业的通知\n一、${heading}\n(一)经营条件。年营业收入达到500万元以上。\n`;
    expect(rows(text)).toEqual([['(一)经营条件。年营业收入达到500万元以上。'.replace(/^\(一\)经营条件。/, ''), [[5000000, '元']], []]]);
  });
});

describe('a heading whose 条件 name what they are for (condition heading stems)', () => {
  // 咸宁 (hubei-xianning-chuangyebutie.txt): 一、受理条件 over the applicants' definitions, 达6个月及以上 among them.
  it('咸宁', () => {
    const got = rows(dev('hubei-xianning-chuangyebutie.txt')).filter((r) => (r[0] as string).startsWith('本文指在外就业'));
    expect(got.map((r) => r[1])).toContainEqual([[6, '个月']]);
  });
  it.each(['一、补贴对象及条件', '(二)申报资格和条件', '三、资助条件'])('a short form under %s', (heading) => {
    const text = `关于申报一次性创业补贴的通知\n${heading}\n1.在本地经营6个月以上。\n2.带动就业3人以上。\n`;
    expect(rows(text).map((r) => r[1])).toEqual([[[6, '个月']], [[3, '人']]]);
  });
  it('valid: a goal’s 条件 opens no conditions', () => {
    const text = `2024年民生实事\n(五)改善群众就医条件\n全年培训3900人以上;\n`;
    expect(rows(text).flatMap((r) => r[1] as unknown[])).toEqual([]);
  });
});
