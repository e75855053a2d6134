import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { valueTable } from './fixture-table.js';

// Round 204 (issue 9): a list of conditions closed by ,可以申请…, its reference level in brackets, and a font widget's 大 中 小.
const thresholds = (text: string) => valueTable(text, '2025-12-22').thresholds;

describe('a clause that closes on ,可以申请… after its conditions, granting nothing before, lists conditions (conditions closed by 可以申请)', () => {
  it('天桥 (shandong-tianqiao-wengangkuogang.txt)', () =>
    expect(thresholds('参保企业足额缴纳失业保险费12个月以上,上年度未裁员或裁员率不高于上年度全国城镇调查失业率控制目标(5.5%),30人(含)以下的参保企业裁员率不高于20%,可以申请失业保险稳岗返还。')).toEqual([
      ['参保企业足额缴纳失业保险费', 12, null, '个月'],
      ['上年度全国城镇调查失业率控制目标', null, 0.055, '%'],
      ['', null, 30, '人'],
      ['参保企业裁员率', null, 0.2, '%'],
    ]));
  it('valid: a grant\'s standard before ,可申请… stays the grant\'s (中山 guangdong-zhongshan-yuchuanshebei.txt)', () => {
    const v = extractValues('补助标准不超过相关设备价格的30%和补助上限(详见附件2),同一艘渔船安装多种不同类型设备,可申请相应多项补助;', '2021-05-01');
    expect(v.thresholds).toEqual([]);
    expect(v.rates.map((r) => [r.value, r.role])).toEqual([[0.3, 'cap']]);
  });
});

describe('a font widget\'s 大 中 小 under 字号: is page chrome, never the start of the first sentence (font widgets)', () => {
  it('天桥: the reminder opens its own clause', () => {
    const clauses = documentsOfPlainText('【温馨提示】失业保险稳岗返还政策即将截止,请及时申报\n字号:\n大 中 小\n失业保险稳岗返还和一次性扩岗补助政策即将截止,请符合补贴申请条件的企业在2025年12月31日前完成申请,逾期无法受理。')
      .flatMap((d) => extractDocument(d))
      .filter((c) => c.deadlines.length);
    expect(clauses.map((c) => c.text)).toEqual(['失业保险稳岗返还和一次性扩岗补助政策即将截止,请符合补贴申请条件的企业在2025年12月31日前完成申请,逾期无法受理。']);
  });
});

describe('a step in foreign currency whose grant follows after the goods it counts or after the sum per step (steps with goods or sums between)', () => {
  it('上虞 (zhejiang-shangyu-waimaowaijing.txt): 每出口50万美元(含)自主品牌产品奖励…', () =>
    expect(thresholds('每出口50万美元(含)自主品牌产品奖励人民币2万元,最高不超过10万元;')).toEqual([['每出口', 500000, null, '美元']]));
  it('鄞州 (zhejiang-yinzhou-waiziyinjin.txt): 给予每100万美元不超过5万元的基本奖励', () =>
    expect(thresholds('按照实到外资给予每100万美元不超过5万元的基本奖励。').map((t) => t.slice(1))).toEqual([[1000000, null, '美元']]));
  it('valid: a sum per mu stays a grant', () => expect(thresholds('每亩补贴100元。')).toEqual([]));
});
