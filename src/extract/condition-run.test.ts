import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';
import { extractValues } from './extract.js';

// A sentence may run its conditions as clauses parted by ；, opened by 对 and closed by the applicant and its grant in a later clause.
// Each clause is split off alone, so its bounded figures read as targets (增长600万元以上 → an amount) and an age bound as nothing;
// they are conditions, as a listed condition's are. Found on beijing-haidian-yanfafeiyongbutie.txt (round 169).
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();
const thresholds = (c: { thresholds: { min?: number; max?: number; unit?: string }[] } | undefined) => c?.thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('conditions a sentence runs as clauses parted by ；, closed by the applicant (condition run)', () => {
  const HAIDIAN = '海淀区企业研发费用补贴专项\n(一)支持企业可持续创新。对成立3年以上(2017年1月1日前成立),2018、2019年企业研发费用连续增长;2019年比2018年研发费用增长600万元以上;2019年企业研发投入强度超过6.5%(海淀园统计范围企业2019年企业研发投入强度平均值)的企业,通过后补贴的方式,按照不超过2019年新增研发费用30%的比例进行支持,最高300万元。\n';
  it('海淀: the age bound and the growth in money are conditions, the share closing the run too', () => {
    const got = clauses(HAIDIAN);
    const at = (s: string) => got.find((c) => c.text.includes(s));
    expect(thresholds(at('对成立3年以上'))).toEqual([[3, null, '年']]);
    expect(thresholds(at('增长600万元以上'))).toEqual([[6000000, null, '元']]);
    expect(at('增长600万元以上')?.amounts).toEqual([]);
    expect(thresholds(at('研发投入强度超过6.5%'))).toEqual([[0.065, null, '%']]);
  });
  it('form: a run opened by 凡, the applicant a 单位', () => {
    const got = clauses('凡在本区注册纳税;上年度营业收入达到2000万元以上;研发费用占比达到3%以上的单位,给予10万元奖励。\n');
    expect(thresholds(got.find((c) => c.text.includes('2000万元')))).toEqual([[20000000, null, '元']]);
  });
  it('valid: grants listed with ； each for its own applicant stay grants', () => {
    const got = clauses('对新认定的省级技术中心给予10万元奖励;对营业收入首次突破10亿元的企业,给予20万元奖励。\n');
    expect(got.find((c) => c.text.includes('技术中心'))?.amounts.map((a) => [a.yuan, a.role])).toEqual([[100000, 'fixed']]);
  });
  it('valid: a run that never closes on an applicant is not read as conditions', () => {
    const got = clauses('关于做好工业投资工作的通知\n对重点项目加强调度;力争全年工业投资增长600万元以上;确保完成目标任务。\n');
    expect(thresholds(got.find((c) => c.text.includes('600万元')))).toEqual([]);
  });
});

// A remark in brackets between a bounded share and its 的+applicant may run past twenty characters: the share is still a condition.
describe('a long remark between a bound and its applicant (long bound remark)', () => {
  it.each([
    // 北京 海淀 (beijing-haidian-yanfafeiyongbutie.txt)
    ['2019年企业研发投入强度超过6.5%(海淀园统计范围企业2019年企业研发投入强度平均值)的企业,通过后补贴的方式给予支持。', 0.065],
    // form: a remark naming the standard, 不低于
    ['研发经费支出占主营业务收入比例不低于3%(按照高新技术企业认定管理办法规定的口径计算)的企业,给予奖励。', 0.03],
  ])('%s', (s, min) => expect(extractValues(s).thresholds.map((t) => [t.min, t.unit])).toEqual([[min, '%']]));
});
