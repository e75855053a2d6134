import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// A site's footer on one line with its sponsor (主办单位:苏州市财政局   网站支持IPV6   您是第个访问者, 苏州 round 275) was read as a unit field
// closing the notice above it: every clause from the last numbered item on got 苏州市财政局网站支持IPV6您是第个访问者 as its unit. A field line
// that carries a site's footer (网站支持, 访问者, 版权所有, ICP, 备案号, 网站标识码, 技术支持, 邮编) is the site's, no note (issue 9).
const units = (file: string) =>
  documentsOfPlainText(dev(file))
    .flatMap((d) => extractDocument(d))
    .flatMap((c) => c.units);

describe("a site's footer is no unit note (units site footer)", () => {
  it('苏州 2021 (jiangsu-suzhou-shengtaihuanjingzijin2021.txt): 主办单位:苏州市财政局   网站支持IPV6   您是第个访问者', () => {
    expect(units('jiangsu-suzhou-shengtaihuanjingzijin2021.txt')).toEqual([]);
  });

  it('铜梁 (chongqing-tongliang-xiaofeiquan.txt): a 主办单位 field of the notice itself, (一)主办单位:重庆市铜梁区人民政府, is still read', () => {
    expect(units('chongqing-tongliang-xiaofeiquan.txt')).toContain('重庆市铜梁区人民政府');
  });
});
