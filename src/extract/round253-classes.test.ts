import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';

// Round 253's classes (unseen dev notices: a courier subsidy's 公示, assistance standards reposted under a page stamp), each in its
// general form.
const rates = (s: string) => extractValues(s).rates.map((r) => [r.value, r.role]);
const roles = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);

describe('the bound of the part of a growth a grant is paid on is no rate (growth part bounds)', () => {
  it.each([
    // (温岭, 浙江: the growth condition is a threshold, the part above it the base)
    '对邮政快递企业当年温岭本地年发货量达到2000万件且比上年增长达到15%的,对增长率超过15%部分的业务量给予每件0.2元补助。',
    // (慈溪, 浙江)
    '对增速10%以上部分,每增加100万元产值,给予0.1万元奖励。',
    // (忠县, 重庆: the share of an area past which nothing is paid)
    '一次性给予每平方米不超过300元的厂房装修费用补贴,办公区域装修面积超过总面积7%的部分不纳入补贴范围。',
  ])('%s', (s) => expect(rates(s)).toEqual([]));
  it.each([
    // (a share of the part paid stays a rate: 北京经开区)
    ['营业收入增速达8%,按第一季度营业收入增量部分的1%给予支持。', [[0.01, 'fixed']]],
  ])('%s', (s, expected) => expect(rates(s)).toEqual(expected));
});

describe("the sums a 公示 lists for the firms it names, 各 before the first, are each firm's (firms' listed awards)", () => {
  it.each([
    // (温岭, 浙江: the grant's name ends in 资金, the count of firms in numerals; the 合计 is their total)
    [
      '经审核,中国邮政集团有限公司浙江省温岭市分公司、温岭申通快递有限公司、温岭市祥龙中通速递服务有限公司、温岭市韵通快递有限公司四家企业符合要求,各奖励资金20万元、20万元、35.29万元、18万元,合计93.29万元。',
      [
        [200000, 'fixed'],
        [200000, 'fixed'],
        [352900, 'fixed'],
        [180000, 'fixed'],
        [932900, 'total'],
      ],
    ],
    // (places allotted a pool each stay totals)
    ['甲县、乙县各补助资金50万元。', [[500000, 'total']]],
  ])('%s', (s, expected) => expect(roles(s)).toEqual(expected));
});

describe("a short line of words over a preamble's opening is a line of its own (title over preamble)", () => {
  const firstClause = (text: string) => extractDocument(documentsOfPlainText(text)[0])[0]?.text.slice(0, 10);
  it('淄川, 山东 (shandong-zichuan-jiuzhubiaozhun2023.txt: a repost\'s title under its stamp)', () =>
    expect(
      firstClause(
        '来源: 最后更新:2023-02-15 15:53:31\n2023年淄博淄川区困难群众救助保障标准\n根据淄博市民政局、淄博市财政局《关于调整困难群众救助保障标准的通知》(淄民〔2023〕4号)要求,按照区委区政府部署安排,自2023年1月1日起,将淄川区困难群众救助保障标准调整如下:\n1.城市低保标准由每人每月880元提高到924元;',
      ),
    ).toBe('根据淄博市民政局、淄'));
  it("上海市 (shanghai-shanghaishi-zaixianxinjingji.txt: a site's masthead over 为贯彻落实…)", () =>
    expect(
      firstClause(
        'INFORMATION CENTER\n为贯彻落实《国务院关于促进平台经济规范健康发展的指导意见》和市委、市政府《关于全面推进上海城市数字化转型的意见》《上海市促进在线新经济发展行动方案(2020—2022年)》,把支持线上线下融合的在线新经济发展作为重点。\n一、对企业给予50万元奖励。',
      ),
    ).toBe('为贯彻落实《国务院关'));
  // (a sentence a page broke before 为 goes on: 对符合条件的企业 / 为其提供… stays one paragraph)
  it('a sentence broken before 为其 stays one', () =>
    expect(firstClause('各有关单位:\n对符合条件的企业\n为其提供贷款贴息支持,给予50万元奖励。')).toBe('对符合条件的企业为其'));
});

describe('a band of a quantity, a comma and a further condition closed by its own 的, then the applicant and its grant (band then condition)', () => {
  const bands = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
  it.each([
    // (商城, 河南)
    ['对示范带动作用强,面积在300-500亩,建设规范的稻虾(鸭)综合种养示范基地的给予一次性奖补5万元。', [[300, 500, '亩']]],
    // (the band closed by its own 的 and applicant stays read)
    ['面积在300-500亩的示范基地给予一次性奖补5万元。', [[300, 500, '亩']]],
  ])('%s', (s, expected) => expect(bands(s)).toEqual(expected));
  // (a count of what is done, no applicant nor grant after: none)
  it('每年开展2-3场推介会,宣传到位的 names no band', () => expect(bands('每年开展2-3场推介会,宣传到位的单位。')).toEqual([]));
});
