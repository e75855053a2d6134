import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A reposting site dates its own page above the notice; the notice's original page date follows, on a line naming its source or right
// under its title printed again. A copy is posted after its original, so the earlier date on the later line is the notice's; the page's
// first date stays where no such line follows, or where the later date is later.
const dateOf = (text: string) => documentsOfPlainText(text)[0].date;

describe("a repost's own date above the original's (repost original date)", () => {
  it.each([
    // 阳信 (a tender site's copy): the site's 发布时间, then the title again with the notice's 发布日期
    ['shandong-yangxin-wengangfanhuan2025.txt', '2025-08-19'],
    // 上海 (a consultancy's copy): the site's stamp under the title, then 【来源:市经信委 发布日期:…】
    ['shanghai-shanghaishi-shoubanciruanjian.txt', '2019-05-14'],
    // 常山 (the county's own page): the disclosure's 公开日期 in the field list, then the notice's 发布时间 under its title
    ['zhejiang-changshan-fanxiangchuangye.txt', '2020-07-08'],
  ])('%s', (file, want) => expect(dateOf(dev(file))).toBe(want));
  it.each([
    // valid: a later date under the title keeps the first (潘火: 生成日期 in the field block, 发布时间 two months on)
    ['zhejiang-panhuojiedao-jingjizhengce.txt', '2021-10-31'],
    // valid: a second date on the same line as the first is no original's (黄石: 发布日期 then 生效日期)
    ['hubei-huangshi-zhaoshangjiangli.txt', '2008-01-15'],
  ])('%s keeps its first date', (file, want) => expect(dateOf(dev(file))).toBe(want));
  it('the form with a 公示 restated, chrome run into its line', () => {
    const text = '关于2025年度科技项目的公示\n首页 > 通知公告\n发布时间:2025-06-03\n来源网站下文为转载内容关于2025年度科技项目的公示\n发布日期:2025-05-30 09:00\n经审核,现将拟支持项目予以公示,公示期为2025年5月30日至6月5日。';
    expect(dateOf(text)).toBe('2025-05-30');
  });
});
