import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { repeatedHead } from './documents.js';
import { releaseDate, zoneTitleAuthor } from './metadata.js';
import { extractValues } from '../extract/extract.js';
import { fold } from './clean.js';
import { devText as dev } from '../dev-notices.js';

// Round 16 metadata classes, values helper (issue 9): real head lines of eval/national/dev (file named in each case); a
// variant is a real line rewritten in another house style (traditional characters), marked as such.
const docsOf = (text: string) => documentsOfPlainText(text);

describe('a title written twice or more in a row is the title once', () => {
  it.each([
    // 四川 成都高新区 (sichuan-chengdugaoxinqu-chanyepeiyu.txt): page title, heading and first line, the lead run into the last.
    ['成都高新区产业培育政策18条原文完整版成都高新区产业培育政策18条原文完整版2018年11月22日,成都高新区召开产业培育大会', 19],
    // No repeat: 河南 新乡高新区 (henan-xinxianggaoxinqu-zhaoshang.txt), 湖北 蔡甸 (hubei-caidian-zerenfenjie.txt).
    ['河南省新乡高新区重大招商引资项目奖励办法', undefined],
    ['区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知', undefined],
  ] as [string, number | undefined][])('%s', (text, n) => {
    expect(repeatedHead(text)).toBe(n);
  });
});

describe("a zone's short name opening its own policy's title, a repost's tail after it (18条原文完整版), is the author", () => {
  it.each([
    ['成都高新区产业培育政策18条原文完整版', '成都高新区'],
    // Variant: traditional characters.
    ['成都高新區產業培育政策18條原文完整版', '成都高新区'],
    // Unchanged: 河南 新乡高新区 (henan-xinxianggaoxinqu-zhaoshang.txt); a zone after 关于 is what the policy is about.
    ['河南省新乡高新区重大招商引资项目奖励办法', '河南省新乡高新区'],
    ['关于进一步支持荆门高新区高质量发展的若干意见', undefined],
    // 山东 青岛高新区 (shandong-qingdaogaoxinqu-yanzhen.txt): a site's heading before a colon, the zone's own title after it.
    ['青岛市高新区高新技术企业奖励政策:青岛高新区关于聚焦创新引领加快企业雁阵培育推动高质量发展的试行意见', '青岛高新区'],
    ['青岛市高新区高新技术企业奖励政策：青岛高新区关于聚焦创新引领加快企业雁阵培育推动高质量发展的试行意见', '青岛高新区'],
    // (a colon inside the zone's title is no heading: the part after it names no zone)
    ['关于支持企业发展的通知:附件', undefined],
  ] as [string, string | undefined][])('%s', (title, author) => {
    // (Titles are read folded to simplified characters, as the document reader does.)
    expect(zoneTitleAuthor(fold(title))).toBe(author);
  });

  it('成都高新区 (sichuan-chengdugaoxinqu-chanyepeiyu.txt): region the zone, issuer as the title names it, date of the release', () => {
    const [d] = docsOf(dev('sichuan-chengdugaoxinqu-chanyepeiyu.txt'));
    expect([d.title, d.region, d.issuer, d.date]).toEqual(['成都高新区产业培育政策18条原文完整版', '成都高新技术产业开发区', '成都高新区', '2018-11-22']);
  });
});

describe("a repost's lead that dates the release of the notice by name dates it, and is no deadline", () => {
  it.each([
    // 四川 成都高新区 (sichuan-chengdugaoxinqu-chanyepeiyu.txt): the day, the meeting held, the release.
    ['2018年11月22日,成都高新区召开产业培育大会,发布《关于深化产业培育实现高质量发展若干政策意见》(以下简称产业培育政策),该政策共18条', '2018-11-22'],
    // 四川 眉山 (sichuan-meishan-dikongjingji.txt): a site carrying it (刊发), the notice's title in quotes.
    ['2025年2月18日,眉山市人民政府网站刊发“眉山市发展和改革委员会关于征求《眉山市支持低空经济高质量发展的若干措施(征求意见稿)》意见的公告”,就该文件公开征求意见', '2025-02-18'],
    // No year: 河南 开封 (henan-kaifeng-shuangguoban.txt), 河南 济源 (henan-jiyuan-zerendanwei.txt, no notice named in 《》).
    ['6月4日,河南开封市人民政府办公室印发《攻坚二季度确保“双过半”若干措施》(以下简称《措施》)的通知。', undefined],
    ['7月17日,河南济源市人民政府关于明确政府工作报告提出的2024年重点工作责任单位的通知。', undefined],
  ] as [string, string | undefined][])('%s', (line, date) => {
    expect(releaseDate([line])).toBe(date);
    if (date) expect(extractValues(line).deadlines).toEqual([]);
  });
});
