import { describe, expect, it } from 'vitest';
import { parseGold } from './gold.js';
import { evaluate } from './run.js';
import { scoreDoc, type PredClause } from './score.js';

// A tiny labelled document: three sentences, the scope covers the first two.
const SOURCE = '甲、对智能工厂给予100万元奖励，按投资额的10%给予补助。（责任单位：区经济信息委、区财政局）\n乙、研发费用在100万元以上的企业，到2025年完成三年内的任务。（责任单位：区科技局）\n丙、本办法不在范围内，给予5万元。';
const GOLD = [
  { doc: 'x.txt', region: '渝北区', scope: [{ from: '甲、', to: '（责任单位：区科技局）' }] },
  { quote: '对智能工厂给予100万元奖励', amounts: [{ yuan: 1000000, role: 'fixed', object: '智能工厂' }], rates: [{ value: 0.1, role: 'fixed' }], thresholds: [], units: ['区经济信息委', '区财政局'], lead: [], deadlines: [] },
  { quote: '研发费用在100万元以上的企业', amounts: [], rates: [], thresholds: [{ metric: '研发费用', min: 1000000 }], units: ['区科技局'], lead: [], deadlines: [{ raw: '到2025年', date: '2025' }, { raw: '三年内', kind: 'relative' }] },
].map((l) => JSON.stringify(l)).join('\n');

const gold = () => parseGold('x.jsonl', GOLD, () => SOURCE);
const clause = (text: string, v: Partial<PredClause> = {}): PredClause => ({ source: 'x.txt', text, amounts: [], rates: [], thresholds: [], units: [], deadlines: [], ...v });
const S1 = '对智能工厂给予100万元奖励，按投资额的10%给予补助。';
const S2 = '研发费用在100万元以上的企业，到2025年完成三年内的任务。';

describe('scorer', () => {
  it('a perfect prediction scores 1 everywhere', () => {
    const { score } = scoreDoc(gold(), [
      clause(S1, { amounts: [{ yuan: 1000000, role: 'fixed', object: '智能工厂' }], rates: [{ value: 0.1, role: 'fixed' }], units: ['区经济信息委', '区财政局'] }),
      clause(S2, { thresholds: [{ min: 1000000 }], units: ['区科技局'], deadlines: [{ raw: '到2025年', date: '2025' }, { raw: '三年内' }] }),
    ]);
    for (const f of Object.values(score.fields)) expect(f.f1).toBe(1);
    for (const f of Object.values(score.strict)) expect(f.f1).toBe(1);
  });
  it('a duplicate value is one TP and one FP; a wrong role still matches but lowers role accuracy', () => {
    const { score } = scoreDoc(gold(), [clause(S1, { amounts: [{ yuan: 1000000, role: 'cap' }, { yuan: 1000000, role: 'cap' }] })]);
    expect(score.fields.amounts).toMatchObject({ tp: 1, fp: 1, fn: 0, p: 0.5, r: 1 });
    expect(score.roleAccuracy).toEqual({ matched: 1, same: 0, accuracy: 0 });
  });
  it('a predicted money range counts as two amounts: the lower bound and the upper bound as a cap (ANNOTATION.md)', () => {
    const { score } = scoreDoc(gold(), [clause(S1, { amounts: [{ yuan: 1000000, yuanMax: 2000000, role: 'fixed' } as any] })]);
    expect(score.fields.amounts).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });
  it('metadata is scored against the gold header: region, issuer, date', async () => {
    const { metaScore } = await import('./run.js');
    const g = { ...gold(), region: '渝北区', issuer: '重庆市渝北区人民政府', date: '2021-10-14' };
    const m = metaScore(g, [{ region: '渝北区', issuer: '重庆市渝北区 人民政府', date: '2021-10-14' } as any]);
    expect([m?.region?.ok, m?.issuer?.ok, m?.date?.ok]).toEqual([true, true, true]);
    expect(metaScore(g, [{ region: '江北区' } as any])?.region).toEqual({ gold: '渝北区', pred: '江北区', ok: false });
  });
  it('clause regions: the clauses holding a value, each filed under its document part’s region', async () => {
    const { clauseRegions } = await import('./run.js');
    const c = (region: string | undefined, amounts: unknown[]) => ({ region, amounts, rates: [], thresholds: [], units: [], deadlines: [] }) as any;
    // an attachment part that read no place files its measure under none; a clause with no value is not counted
    expect(clauseRegions('黄冈市', [c('黄冈市', [{}]), c(undefined, [{}]), c(undefined, [])])).toEqual({ right: 1, total: 2 });
  });
  it('issuer_script_variants: the same body in traditional or simplified characters is the same issuer (韶关: title 韶關市人民政府, signature 韶关市人民政府)', async () => {
    const { metaScore } = await import('./run.js');
    const g = { ...gold(), issuer: '韶关市人民政府' };
    expect(metaScore(g, [{ issuer: '韶關市人民政府', text: '韶關市人民政府關于印發' } as any])?.issuer?.ok).toBe(true);
    expect(metaScore(g, [{ issuer: '韶关市财政局', text: '' } as any])?.issuer?.ok).toBe(false);
  });
  it('a threshold matches on (min, max) together: a partial match is an FP and an FN', () => {
    const { score } = scoreDoc(gold(), [clause(S2, { thresholds: [{ min: 1000000, max: 10000000 }] })]);
    expect(score.fields.thresholds).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
  it('threshold_unit_counts: the same figure in another unit is an FP and an FN; no unit reads as 元', () => {
    const wrong = scoreDoc(gold(), [clause(S2, { thresholds: [{ min: 1000000, unit: '美元' }] })]).score;
    expect(wrong.fields.thresholds).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    const same = scoreDoc(gold(), [clause(S2, { thresholds: [{ min: 1000000, unit: '元' }] })]).score;
    expect(same.fields.thresholds).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
  it('values of clauses outside every scope are not judged', () => {
    const { score } = scoreDoc(gold(), [clause('本办法不在范围内，给予5万元。', { amounts: [{ yuan: 50000, role: 'fixed' }], units: ['区政府'] })]);
    expect(score.fields.amounts).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(score.fields.units).toMatchObject({ tp: 0, fp: 0, fn: 3 });
  });
  it('deadlines match on date when the label has one, else on raw', () => {
    const { score } = scoreDoc(gold(), [clause(S2, { deadlines: [{ raw: '2025年底', date: '2025' }, { raw: '3年内' }] })]);
    expect(score.fields.deadlines).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });
  it('units: a segment takes the union of the predicted clauses over it and compares sets', () => {
    const { score } = scoreDoc(gold(), [
      clause('对智能工厂给予100万元奖励，', { units: ['区经济信息委'] }),
      clause('按投资额的10%给予补助。', { units: ['区财政局', '区税务局'] }),
    ]);
    expect(score.fields.units).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });
  it('strict score: the value must sit on a clause holding the quote', () => {
    const { score } = scoreDoc(gold(), [clause('按投资额的10%给予补助。', { amounts: [{ yuan: 1000000, role: 'fixed' }], rates: [{ value: 0.1, role: 'fixed' }] })]);
    expect(score.fields.amounts.tp).toBe(1);
    expect(score.strict.amounts).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('gold files', () => {
  const src = () => SOURCE;
  it.each([
    ['{"doc":"x.txt"}\n{bad json', /^x\.jsonl:2: bad JSON/],
    ['{"doc":"x.txt"}\n{"quote":"不存在的句子"}', /^x\.jsonl:2: quote not found in x\.txt/],
    ['{"doc":"x.txt"}\n{"quote":"甲、","amounts":[{"yuan":1,"role":"maximum"}]}', /^x\.jsonl:2: unknown amount role "maximum"/],
    ['{"doc":"x.txt"}\n{"quote":"甲、","rates":[{"value":0.1,"role":"most"}]}', /^x\.jsonl:2: unknown rate role "most"/],
    ['{"doc":"x.txt","scope":[{"from":"没有","to":"甲"}]}', /^x\.jsonl:1: scope 1: "from" not found/],
    ['{"quote":"甲"}', /^x\.jsonl:1: the first line must be a header/],
  ])('%s', (content, message) => {
    expect(() => parseGold('x.jsonl', content, src)).toThrow(message);
  });
});

describe('eval on the fixed prediction file (eval/fixtures/predictions-004.jsonl)', () => {
  it('prints the numbers pinned here', async () => {
    const r = await evaluate({ gold: 'eval/gold', pred: 'eval/fixtures/predictions-004.jsonl' });
    const d = r.docs.find((x) => x.doc.startsWith('004'))!;
    const counts = Object.fromEntries(Object.entries(d.fields).map(([f, s]) => [f, [s.tp, s.fp, s.fn]]));
    expect(counts).toEqual({ amounts: [28, 2, 1], rates: [9, 0, 1], thresholds: [0, 1, 1], units: [135, 0, 3], deadlines: [2, 0, 1] });
    expect(d.roleAccuracy).toMatchObject({ matched: 28, same: 27 });
    expect(r.micro.fields.amounts.f1).toBeCloseTo(0.7, 3);
    expect(r.micro.fields.units).toMatchObject({ tp: 135, fp: 0, fn: 1206 });
  });
});

describe('repeated_sentence_labels: a sentence a notice repeats is labelled where it stands (叶城 dev form)', () => {
  it('reads a repeated quote at its first occurrence after the clause before it', () => {
    const text = '1.洛克乡项目:投资340万元。建设内容:防渗渠4公里,85万元/公里。\n2.宗朗乡项目:投资340万元。建设内容:防渗渠4公里,85万元/公里。';
    const gold = [
      JSON.stringify({ doc: 'a.txt' }),
      JSON.stringify({ quote: '洛克乡项目:投资340万元。' }),
      JSON.stringify({ quote: '建设内容:防渗渠4公里,85万元/公里。', amounts: [{ yuan: 850000, role: 'fixed' }] }),
      JSON.stringify({ quote: '宗朗乡项目:投资340万元。' }),
      JSON.stringify({ quote: '建设内容:防渗渠4公里,85万元/公里。', amounts: [{ yuan: 850000, role: 'fixed' }] }),
    ].join('\n');
    const g = parseGold('a.jsonl', gold, () => text);
    const at = g.clauses.filter((c) => c.quote.startsWith('建设内容')).map((c) => c.pos);
    expect(at).toHaveLength(2);
    expect(at[0]).toBeLessThan(g.normSource.indexOf('宗朗乡'));
    expect(at[1]).toBeGreaterThan(g.normSource.indexOf('宗朗乡'));
  });
});

describe('repeated_sentence_labels: the first clause is read from the scope’s start (阜新 dev form: a digest above the body)', () => {
  it('reads the first quote after the scope’s start, not in the page’s digest that repeats it', () => {
    const text = '导读:省级政策对投资额达到1000万元以上的项目给予支持。\n阜新市支持新型工业化若干政策举措\n1.省级政策对投资额达到1000万元以上的项目给予支持。(责任单位:市工业和信息化局)\n';
    const gold = [
      JSON.stringify({ doc: 'a.txt', scope: [{ from: '阜新市支持新型工业化若干政策举措', to: '(责任单位:市工业和信息化局)' }] }),
      JSON.stringify({ quote: '省级政策对投资额达到1000万元以上的项目给予支持。', units: ['市工业和信息化局'] }),
    ].join('\n');
    const g = parseGold('a.jsonl', gold, () => text);
    expect(g.clauses[0].pos).toBeGreaterThan(g.normSource.indexOf('阜新市支持'));
  });
});
