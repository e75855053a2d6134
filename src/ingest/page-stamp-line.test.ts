import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isParagraphEnd } from './clean.js';
import { documentsOfPlainText } from './ingest.js';

// A page's stamp line (a day with its time of day, the page's fields after it) ran the repost's title above it and the notice's own title
// below it into one line, whose body before 关于 then read 珠海市商务局 twice (eval/national/dev guangdong-zhuhai-gangzhuaodaqiaowuliu.txt,
// round 222). The stamp is a line of its own.
describe('a page stamp line stands alone (stamp line joined to titles)', () => {
  it.each([
    // 珠海 (guangdong-zhuhai-gangzhuaodaqiaowuliu.txt): the stamp under the repost's title, over the notice's own
    ['珠海市商务局印发《珠海市关于加快港珠澳大桥经贸新通道建设 促进现代物流业高质量发展的政策措施》', '2023年12月16日 14:04:50 人气: 83 来源: 珠海市商务局'],
    ['2023年12月16日 14:04:50 人气: 83 来源: 珠海市商务局', '珠海市商务局关于印发《珠海市关于加快港珠澳大桥经贸新通道建设 促进现代物流业高质量发展的政策措施》的通知'],
    // general forms: dashes, no seconds, full-width colon, nothing after the time, other fields
    ['关于印发某市促进消费若干措施的通知', '2022-05-20 09:30 来源：某市商务局 浏览次数：120'],
    ['2021/3/8 16：05', '某县人民政府关于印发实施方案的通知'],
    ['2019年7月1日 10:15:00 作者:佚名', '关于开展2019年度申报工作的通知'],
  ])('%#: a line break', (p, n) => expect(isParagraphEnd(p, n)).toBe(true));
  it.each([
    // invalid: a time inside a sentence a wrap carried on is no stamp (the sentence goes on after it)
    ['会议定于', '2023年12月16日 14:30在市政府第一会议室召开,请各单位准时参加。'],
  ])('%#: a wrapped sentence goes on', (p, n) => expect(isParagraphEnd(p, n)).toBe(false));
  it('珠海 (whole): the issuer once', () => {
    const [d] = documentsOfPlainText(readFileSync('eval/national/dev/guangdong-zhuhai-gangzhuaodaqiaowuliu.txt', 'utf8'));
    expect([d.issuer, d.date]).toEqual(['珠海市商务局', '2023-12-12']);
  });
});
