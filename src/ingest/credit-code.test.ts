import { describe, expect, it } from 'vitest';
import { creditCodeDivision, indexNumberDivision, validCreditCode } from './credit-code.js';
import { documentsOfPlainText } from './ingest.js';

// Index numbers of eval/national/dev pages (file named in each case), several provinces.
describe('a page’s index number names its publisher’s division (credit code, GB 32100)', () => {
  it.each([
    // 北仑 (zhejiang-beilun-renwufenjie.txt): a field set out with a space
    ['索引号 11330206002954449B/2024-198521', '北仑区'],
    // 镇赉 (jilin-zhenlai-yinsufa.txt)
    ['索引号: 11220821MB19804932/2022-06422 分  类: 专项资金管理 ;  通知', '镇赉县'],
    // 嘉祥 (shandong-jiaxiang-fazhanjihua.txt)
    ['索引号: 11370829004333910Q/2023-07818 发布机构: 嘉祥县人民政府办公室', '嘉祥县'],
    // 楚雄 (yunnan-chuxiong-minshenggongcheng.txt): a prefecture's code ends 00, a dash before the slash
    ['索引号:115323000151673132-/2021-0204011 | 公开目录:政府文件 | 发布机构:楚雄州人民政府办公室 |', '楚雄彝族自治州'],
    // 海盐 (zhejiang-haiyan-zerenfenjie.txt): drawn with bars
    ['索引号: | 113304240025561412/2022-69894 | 成文日期: | 2022-04-18 |', '海盐县'],
    // 绍兴 (zhejiang-shaoxing-zhongdiangongzuoqingdan.txt): a city's 330600
    ['索引号: 11330600002577014T/2025-257448 公开方式: 主动公开', '绍兴市'],
    // a bullet holding only the index number; an institution (事业单位, 12…) is registered by 机构编制 too: 黄岩
    ['• 12331003E96936103G/2024-154350', '黄岩区'],
  ])('%s → %s', (line, region) => expect(indexNumberDivision(['关于印发某某方案的通知', line])?.name).toBe(region));

  it.each([
    // an organisation code of nine characters names no division (北京 怀柔, 郑州)
    ['索引号 | 005452065/2013-00024'],
    ['索引号:005253533/2021-00070'],
    // a check character that does not hold (one character of 北仑's changed)
    ['索引号 11330206002954449C/2024-198521'],
    // a code whose division the gazetteer no longer has (松阳's 332528 before 2000): not guessed
    ['索引号:1133252877070942X5/2022-17064'],
    // a site's own serial (TCXXGK-2025-001033), a law site's (RA0300000-2019-002)
    ['索引号:  TCXXGK-2025-001033'],
    ['索引号:RA0300000-2019-002'],
  ])('%s → none', (line) => expect(indexNumberDivision([line])).toBeUndefined());

  it('reads a code registered by another authority (5…, a social organisation) as none, though its check holds', () => {
    // 51330000MJ8xxxxxx-style codes: build one with a valid check character from 北仑's digits
    const body = '51330206002954449';
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    const sum = [...body].reduce((s, c, i) => s + chars.indexOf(c) * w[i], 0);
    const code = body + chars[(31 - (sum % 31)) % 31];
    expect(validCreditCode(code)).toBe(true);
    expect(creditCodeDivision(code)).toBeUndefined();
  });

  it('a municipality’s city-level code (110100) is the municipality', () => {
    const body = '11110100000000000';
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    const sum = [...body].reduce((s, c, i) => s + chars.indexOf(c) * w[i], 0);
    expect(creditCodeDivision(body + chars[(31 - (sum % 31)) % 31])?.name).toBe('北京市');
  });

  it('北仑 (zhejiang-beilun-renwufenjie.txt): a task breakdown whose text names no place is filed under the index number’s district', () => {
    const text =
      '索引号 11330206002954449B/2024-198521\n组配分类 区政府工作 发布机构 区府办\n成文日期 2024-04-01 公开方式 主动公开\n关于印发2024年区政府工作报告重点工作任务分解的通知\n各有关单位:\n现将重点工作任务分解如下,请认真贯彻落实。\n1.推进重大项目建设,完成固定资产投资增长8%。(责任单位:区发改局)\n';
    const [d] = documentsOfPlainText(text);
    expect(d.region).toBe('北仑区');
  });

  it('a place the text names still outranks the index number (a city notice on a district’s page)', () => {
    const text =
      '索引号 11330206002954449B/2024-198521\n宁波市人民政府关于印发某某若干政策的通知\n各区县(市)人民政府:\n一、对企业给予50万元奖励。\n宁波市人民政府\n2024年4月1日\n';
    const [d] = documentsOfPlainText(text);
    expect(d.region).toBe('宁波市');
  });
});
