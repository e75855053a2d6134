import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 183 (issue 9): deadlines. A cohort of graduates named by its year is the year the measure is for (2023届高校毕业生: 龙陵; 2025届毕业学年:
// 辽宁省); a year a bracket defines (上年度(指高新技术企业认定前一年,下同): 河南省) and a clean record of no penalty (两年内无行政处罚: 硚口) give
// none.
const deadlines = (text: string) => extractValues(text, '2022-11-16').deadlines.map((d) => [d.raw, d.date ?? d.kind]);

describe('a cohort year, a defined year and a clean record (cohort and defined years)', () => {
  it.each([
    // 龙陵 (yunnan-longling-gaoxiaobiyesheng.txt)
    ['享受城乡居民最低生活保障家庭、3个涉藏县、8个人口较少民族、持有《中华人民共和国残疾人证》、享受国家助学贷款、特困救助供养家庭、贫困残疾人家庭和脱贫户家庭,有就业创业意愿且积极求职的2023届高校毕业生', [['2023届', '2023']]],
    // 辽宁省 (liaoning-liaoningsheng-qingnianjiuye.txt)
    ['继续面向2025届毕业学年高校毕业生开发院校类见习岗位。', [['2025届', '2025']]],
    // a span a grant is paid over stays
    ['对投产后前三年按其缴纳税收的50%给予奖励。', [['前三年', 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
  it.each([
    // 河南省 (henan-henansheng-gaoqipeitaojiangbu.txt)
    ['上年度(指高新技术企业认定前一年,下同)销售收入1000万元(含)以上的企业,按照各地奖补政策标准给予配套奖补,最高30万元;'],
    // 硚口 (hubei-qiaokou-xiandaishangmao.txt)
    ['第三条本意见适用于工商、税务、统计关系均在硚口,具有独立法人资格、账务管理制度健全、依法纳税、诚信经营、两年内无行政处罚的企业和机构。'],
    // a school year's number in a name is no cohort
    ['组织开展2023届毕业典礼筹备工作。'],
  ])('none: %s', (s) => expect(deadlines(s)).toEqual([]));
});
