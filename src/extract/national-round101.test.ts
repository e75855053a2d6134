import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// Classes from round 101 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.
const clauses = (file: string) => documentsOfPlainText(dev(file), file).flatMap((d) => extractDocument(d));

describe('a period over before the notice’s year that opens a sentence on what was done is no deadline (past period opening)', () => {
  const deadlines = (sentence: string, docDate: string) => extractValues(sentence, docDate).deadlines.map((d) => [d.raw, d.date]);
  it.each([
    // 新疆 (xinjiang-xinjiangqu-tianshanbei.txt, 新政办发〔2009〕60号)
    ['2007-2008年,各地坚持以邓小平理论和“三个代表”重要思想为指导,全面贯彻落实科学发展观,加强领导,精心组织,深入开展城市建设“天山杯”竞赛活动。', '2009', []],
    // form: a period still running in the notice's year stays one
    ['2008-2010年,各地要深入开展城市建设“天山杯”竞赛活动。', '2009', [['2008-2010年', '2010']]],
    // form: a past period inside the sentence, not opening it, stays one (a window the sentence names)
    ['对2007-2008年获得表彰的城市给予奖励。', '2009', [['2007-2008年', '2008']]],
  ])('%s', (sentence, docDate, want) => {
    expect(deadlines(sentence, docDate)).toEqual(want);
  });
});

describe('a figure with 以上 in a sentence that opens on its goal year is a target (goal year opens)', () => {
  const values = (sentence: string) => {
    const v = extractValues(sentence, '2019-12-20');
    return { amounts: v.amounts.map((a) => [a.yuan, a.role]), thresholds: v.thresholds.map((t) => [t.min, t.max]) };
  };
  it.each([
    // 北京市 (beijing-beijingshi-gaigekaifang.txt)
    ['到2022年,地区生产总值2000亿元以上,规模以上工业总产值突破6000亿元', { amounts: [[2e11, 'target'], [6e11, 'target']], thresholds: [] }],
    // 山东省 (shandong-shandongsheng-xianyujingji.txt): sizes of the places counted stay thresholds, the things left to the list's first item
    ['到2025年,地区生产总值1000亿元以上的县(市、区)达到30个、700亿元以上的达到50个', { amounts: [], thresholds: [[1e11, undefined], [7e10, undefined]] }],
    // form: an applicant after the figure keeps a condition
    ['到2022年,对年营业收入2000万元以上的企业给予奖励。', { amounts: [], thresholds: [[2e7, undefined]] }],
  ])('%s', (sentence, want) => {
    expect(values(sentence)).toEqual(want);
  });
});

describe('a table a cell a line whose column names a year (2022年预期目标) is read by its columns (year column)', () => {
  it('沙坪坝 (chongqing-shapingba-mubiaorenwu.txt): each target row with its 责任单位 cell', () => {
    const rows = clauses('chongqing-shapingba-mubiaorenwu.txt').filter((c) => c.rates.length);
    expect(rows.slice(0, 3).map((c) => [c.text, c.rates.map((r) => r.value), c.units])).toEqual([
      ['地区生产总值增长5.5%左右', [0.055], ['区发展改革委']],
      ['固定资产投资增长6%左右', [0.06], ['区发展改革委']],
      ['工业增加值增长7%左右', [0.07], ['区经济信息委']],
    ]);
  });
});

describe('a grant list a cell a line, its money column’s unit wrapped and rows sharing a merged cell (merged grant rows)', () => {
  it('海南省 (hainan-hainansheng-huizhanjiangli.txt): 分配金额 / (万元), row 3 under 省贸促会’s merged cell', () => {
    const sums = clauses('hainan-hainansheng-huizhanjiangli.txt').flatMap((c) => c.amounts.map((a) => a.yuan));
    expect(sums).toEqual([5000000, 543000, 2256000, 2879000, 3298000, 3947000, 6380000]);
  });
  it('form: every cell written, the sum not last, reads as before', () => {
    const text = '序号\n\n乡镇\n\n奖励金额(万元)\n\n单位详细名称\n\n1\n\n新安江街道\n\n30\n\n农夫山泉股份有限公司\n\n2\n\n洋溪街道\n\n20\n\n建德市某某有限公司\n';
    const d = documentsOfPlainText(text)[0];
    expect(extractDocument(d).flatMap((c) => c.amounts.map((a) => a.yuan))).toEqual([300000, 200000]);
  });
});

describe('a remark in brackets between a fund’s name and its sum is passed over (fund remark)', () => {
  const values = (sentence: string) => {
    const v = extractValues(sentence, '2022-12-02');
    return { amounts: v.amounts.map((a) => [a.yuan, a.role]), deadlines: v.deadlines.map((d) => [d.raw, d.date]) };
  };
  it.each([
    // 长白山 (jilin-changbaishan-xianjiezijin.txt): the fund allotted to the notice's own place, its year a deadline, its sum a total
    [
      '省财政厅提前下达给我区2023年财政衔接推进乡村振兴补助资金(巩固拓展脱贫攻坚成果和乡村振兴任务)918万元。',
      { amounts: [[9180000, 'total']], deadlines: [['2023年', '2023']] },
    ],
    // form: without the remark, as before
    ['省财政厅提前下达给我区2023年财政衔接推进乡村振兴补助资金918万元。', { amounts: [[9180000, 'total']], deadlines: [['2023年', '2023']] }],
    // form: a grant handed to someone keeps its role, remark or not
    ['对验收合格的项目给予补助资金(一次性)50万元。', { amounts: [[500000, 'fixed']], deadlines: [] }],
  ])('%s', (sentence, want) => {
    expect(values(sentence)).toEqual(want);
  });
});

describe('the weights of an allocation’s factors are no rates (factor weights)', () => {
  const rates = (sentence: string) => extractValues(sentence, '2022-12-02').rates.map((r) => r.value);
  it.each([
    // 长白山 (jilin-changbaishan-xianjiezijin.txt): the weights, then the share each zone gets after a comma
    ['资金分配按照因素法进行测算,因素和权重为:相关人群数量及结构30%、相关人群收入30%、政策因素30%、绩效等考核结果10%,进行综合平衡,其余1064万元分别按照50%比例分配给池西区和池南区。', [0.5]],
    // form: 占 before the weight
    ['绩效因素权重占20%、人口因素权重占80%。', []],
    // form: a share paid stays a rate
    ['按项目总投资的30%给予补助。', [0.3]],
  ])('%s', (sentence, want) => {
    expect(rates(sentence)).toEqual(want);
  });
});
