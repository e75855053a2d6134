import { describe, expect, it } from 'vitest';
import { isParagraphEnd } from './clean.js';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A page's trail of sections (当前位置 : 首页>>最新政策) and a byline closed by its view count (访问次数: 0) are lines of the page's own:
// the title and the news lead below them start paragraphs of their own, and the trail is never the title.
const docsOf = (text: string) => documentsOfPlainText(text);

describe('a page trail or a counted byline ends its line (page trail)', () => {
  it.each([
    // 浙江省 (zhejiang-zhejiangsheng-zhongdiangongzuo.txt, round 77)
    ['当前位置:首页>>最新政策', '省政府印发2020年政府工作报告重点工作责任分解通知', true],
    ['编辑:admin时间:4年前访问次数:0', '近日,省政府办公厅印发2020年政府工作报告重点工作责任分解的通知,公布省长、副省长牵头的重点工作。', true],
    // 北京 经开区 (beijing-jingkaiqu-bangfu.txt), 中山 (guangdong-zhongshan-kuodachukou.txt)
    ['您现在的位置:首页 > 政策解读 > 详情页', '北京经济技术开发区关于加大企业帮扶力度支持企业高质量发展的若干措施', true],
    ['所在位置:政务公开>规范性文件', '中山市二OO五年鼓励扩大出口和实际吸收外商直接投资奖励实施方案', true],
    // forms: 浏览次数 with its count and 次
    ['发布时间:2023-05-06 来源:区商务局 浏览次数:123次', '为进一步促进消费,结合我区实际,制定本措施。', true],
    // (a sentence that names a place, no trail, goes on)
    ['当前位置优越,交通便利,', '是企业落户的理想之地。', false],
  ])('%s', (p, n, want) => expect(isParagraphEnd(p, n)).toBe(want));
});

describe('the trail above a title is no part of it (page trail)', () => {
  it('北京 经开区 dev: the title line below the trail, its issuer and region', () => {
    const [doc] = docsOf(dev('beijing-jingkaiqu-bangfu.txt'));
    expect([doc.title, doc.issuer, doc.region]).toEqual(['北京经济技术开发区关于加大企业帮扶力度支持企业高质量发展的若干措施', '北京经济技术开发区', '北京经济技术开发区']);
  });
  it('浙江省 dev: the news lead under a counted byline names the issuer', () => {
    const text = '今天是:\n\n当前位置 : 首页>>最新政策\n\n省政府印发2020年政府工作报告重点工作责任分解通知\n\n编辑: admin 时间: 4年前 访问次数: 0\n\n  近日,省政府办公厅印发2020年政府工作报告重点工作责任分解的通知,公布省长、副省长牵头的重点工作和十方面民生实事的责任单位。\n\n一、袁家军省长主抓重点工作\n\n  1. 稳企业、防风险。扎实做好稳企业各项工作。\n\n  牵头单位:省发展改革委、省经信厅\n';
    expect(docsOf(text)[0].issuer).toBe('省政府办公厅');
  });
});
