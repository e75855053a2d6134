import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A page's field block drawn with bars and no colons (成文日期 | 2024-12-03 | 公开方式 | 主动公开 |, 丽水 round 283) was not read as one: the
// paragraph under it, the notice's whole text on a page that prints no title, was taken for the title, and its sums went with it. A
// label in a cell closed by a bar is a field as one closed by a colon; the portal labels a block is built of (信息索引号, 发布网站, 公开形式,
// 公开时限, 公开程序, 关键词, 体裁, 内容概览, 信息有效性) are page fields; and inside a block drawn with bars, a row of short cells holding a label
// and its value, or a label alone, is a field row whatever its label (| 有效期 | 长期 | 公开程序 | … |, 惠山) — a title in a cell alone stays the
// title (2023年章镇镇政府主要工作安排和任务分解 | | |, 章镇) (issue 9).
describe('a field block drawn with bars is the page head, not the title (metadata field row bars)', () => {
  it('丽水 2024 (zhejiang-lishui-xueshengzizhu2024.txt): no title; the paragraph is the text', () => {
    const [d] = documentsOfPlainText(dev('zhejiang-lishui-xueshengzizhu2024.txt'));
    expect([d.title, d.region, d.issuer, d.date]).toEqual(['', '丽水市', '丽水市教育局办公室', '2024-12-03']);
    expect(d.text).toContain('全市共支出各类(含幼儿园、中小学、普高以及中职)资助补助经费2816.73万元');
  });

  it.each([
    // 丽水 (浙江): bars, no colons, the paragraph under them
    ['zhejiang-lishui-xueshengzizhu2024.txt', ''],
    // 肇庆 (广东): 发布网站 | http://… | closing the block
    ['guangdong-zhaoqing-shuzijingji2024.txt', '关于印发《2024年肇庆市数字经济工作要点》的通知'],
    // 惠山 (江苏): rows of labels not in the list, a label alone (| 文件下载 | ||||), the addressees under the block
    ['jiangsu-huishan-kejifazhanzijin2025.txt', ''],
    // 重庆 2013: 颁布单位 | 发文文号 | … over 有效与否 | … (the title field above it)
    ['chongqing-chongqingshi-weixingqiyehuizhan.txt', '关于支持微型企业参加会展活动的通知'],
    // 商丘 (河南): 公开形式 | 主动公开 | 文号 | | / 信息有效性 | 有效 |
    ['henan-shangqiu-fupinzijin2019.txt', '关于下达2019年第二批市级财政专项扶贫资金情况公告公示'],
    // 阿拉尔 (新疆, traditional): 關鍵詞: | alone closing the block
    ['xinjiang-alaer-dianzishangwu.txt', '關于印發《第一師阿拉爾市促進電子商務產業發展獎勵和支持辦法(修訂稿)》的通知'],
    // 杭州 (浙江): 信息索引号 002489452/… 公开形式 主动公开, spaced
    ['zhejiang-hangzhou-zhuanjingtexinmingcheng2024.txt', '关于打造全国专精特新名城的实施意见'],
    // (a title in a cell alone under the block stays the title: 章镇)
    ['zhejiang-zhangzhenzhen-renwufenjie2023.txt', '2023年章镇镇政府主要工作安排和任务分解'],
  ])('%s', (file, title) => {
    expect(documentsOfPlainText(dev(file))[0].title.replace(/[|｜\s]+$/, '')).toBe(title);
  });
});
