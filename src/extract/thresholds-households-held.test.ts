import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A count in 户 was always read as households a measure counts (10户以上的 counts them), no bar on the applicant: the users a platform
// has (注册用户数1万户以上的…交易平台, 盐湖 round 272) and the households that size a village or a community (500户以下的村庄, 平谷) gave no
// threshold. After the count it measures (…数, …规模) or before the place it sizes (的村庄, 的社区), 户 is the applicant's size (issue 9).
const bounds = (text: string) => extractValues(text, '2023-01-01').thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('households that size the applicant are a threshold (thresholds households held)', () => {
  it.each([
    // 盐湖 (shanxi-yanhu-xiangcunezhen2023.txt)
    ['一、对在我区注册且实际运营1年以上、拥有5人以上运营管理团队、注册用户数1万户以上的第三方电子商务交易平台,给予在平常街免费提供共享办公场地及免费使用电商设备支持。', [[1, null, '年'], [5, null, '人'], [10000, null, '户']]],
    // 平谷 (beijing-pinggu-meigaidian.txt)
    ['村级公益性服务场所补贴政策:500户以下的村庄,市级政府每村补贴1.2万元;', [[null, 500, '户']]],
    // (households a measure counts stay no bar: 西吉, ningxia-xiji-nongyechanye.txt)
    ['新培育肉牛养殖示范村8个,每村发展养殖示范户30户以上。', []],
  ])('%s', (text, want) => {
    expect(bounds(text)).toEqual(want);
  });
});
