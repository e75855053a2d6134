import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// The year that opens the name of a list of those designated, a level then the designation before 名单 (2024年省级标杆农民合作社…入围名单,
// 佛冈 round 272; 2014年省级重点县名单, 四川省), was read as a deadline: it names the list, as a batch's year names the batch (issue 9).
const years = (text: string) => extractValues(text, '2024-07-18').deadlines.map((d) => [d.raw, d.date ?? null]);

describe("a designated list's year is its name, no deadline (deadlines designated list year)", () => {
  it.each([
    // 佛冈 (guangdong-fogang-biaoganhezuoshe2024.txt)
    ['支持对象为2024年省级标杆农民合作社和标杆家庭农场入围名单中的农民合作社和家庭农场各3家(详见附件2),已经扶持过的农民合作社及家庭农场原则上不再纳入支持范围。', []],
    // 四川省 (sichuan-sichuansheng-nongtianshuili.txt): the list's year goes, the 公示 window stays
    ['现将四川省第六批中央财政小型农田水利重点县和2014年省级重点县名单公示如下,公示期自2014年8月28日至9月3日。', [['自2014年8月28日至9月3日', '2014-09-03']]],
  ])('%s', (text, want) => {
    expect(years(text)).toEqual(want);
  });
});
