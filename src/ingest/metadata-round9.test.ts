import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { pageLabelLength } from './metadata.js';
import { zoneMentions, zoneOfBody } from './regions.js';
import { devText as dev } from '../dev-notices.js';

// Round 9 of the metadata classes (the 15 dev notices of round 9): real lines of eval/national/dev (file named in each
// case); "form" marks a line written from the class where the dev set had one example only.
const docsOf = (text: string, name = 'x.txt') => documentsOfPlainText(text, name);

describe('page_label_before_issuer: a site tab label the cleaner ran into the issuer line is no part of the name', () => {
  it.each([
    // 浙江 上虞 (zhejiang-shangyu-gongye.txt): 补贴详情 over the masthead
    ['补贴详情绍兴市上虞区人民政府办公室', 4],
    // forms: other labels a site writes over the text
    ['政策原文杭州市经济和信息化局', 4],
    ['正文南京市人民政府', 2],
    ['文章内容宁波市鄞州区人民政府', 4],
    // names that open otherwise keep every character: a place, a national body, 中共
    ['绍兴市上虞区人民政府办公室', 0],
    ['国家税务总局绍兴市税务局', 0],
    ['中共绍兴市委', 0],
    // a label not followed by a division's name is left alone
    ['补贴详情办公室', 0],
  ])('%s → cut %i', (line, cut) => {
    expect(pageLabelLength(line)).toBe(cut);
  });
  it('上虞: the issuer of the notice', () => {
    const [doc] = docsOf(dev('zhejiang-shangyu-gongye.txt'), 'zhejiang-shangyu-gongye.txt');
    expect([doc.issuer, doc.region, doc.date]).toEqual(['绍兴市上虞区人民政府办公室', '上虞区', '2025-02-21']);
  });
  it('form: a label run into the line of a county government', () => {
    const [doc] = docsOf('政策详情德清县人民政府\n关于加快制造业高质量发展的若干意见\n各乡镇人民政府:\n为推动制造业高质量发展,制定本意见。\n');
    expect(doc.issuer).toBe('德清县人民政府');
  });
});

describe('zone_with_level: a level between the place and the zone word names the same zone', () => {
  it.each([
    // 辽宁 沈阳高新区 (liaoning-shenyanggaoxinqu-chanyecujin.txt): a cited plan of the zone
    ['根据《沈阳国家高新区发展规划纲要(2019-2025年)》的有关要求', '沈阳高新技术产业开发区'],
    ['根据沈阳高新区“做大做强高新技术产业', '沈阳高新技术产业开发区'],
    // forms: 国家级, 省级, other zone words
    ['苏州国家级经开区', '苏州经济技术开发区'],
    ['合肥国家高新区', '合肥高新技术产业开发区'],
    ['宜春省级经济开发区', '宜春经济开发区'],
    // a new area keeps its proper name
    ['南京江北新区', '南京江北新区'],
  ])('%s → %s', (text, zone) => {
    expect(zoneMentions(text).map((z) => z.name)).toEqual([zone]);
  });
  it('a zone named with and without its level counts as one zone of the body', () => {
    expect(zoneOfBody('根据沈阳高新区的核心目标,根据《沈阳国家高新区发展规划纲要》,支持高新区各主导产业。')?.name).toBe('沈阳高新技术产业开发区');
  });
  it('沈阳高新区: a text with no title, issuer or signature is the zone it speaks for', () => {
    const [doc] = docsOf(dev('liaoning-shenyanggaoxinqu-chanyecujin.txt'), 'liaoning-shenyanggaoxinqu-chanyecujin.txt');
    expect(doc.region).toBe('沈阳高新技术产业开发区');
  });
});
