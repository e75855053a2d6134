import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// Round 216 (issue 9): a city body's notice to the district it tasks keeps the city as its region; a notice addressed to prefecture
// governments by name speaks as their province. Heads of eval/national/dev notices.
const region = (text: string) => documentsOfPlainText(text)[0].region;

describe('a district the city’s own body addresses is no region of its own (district tasked by the city)', () => {
  it.each([
    // 江苏 南通 (jiangsu-nantong-yijiuhuanxin2024.txt)
    [
      '南通市住房和城乡建设局关于主城区实施商品住房“以旧换新”奖补政策的通知\n通住建房〔2024〕90号\n崇川区人民政府,市经济技术开发区、苏锡通科技产业园区管委会,市有关部门和单位:\n为进一步加强新房、二手房市场联动,决定对主城区(指崇川区、市经济技术开发区、苏锡通科技产业园区,下同)范围内参与商品住房“以旧换新”的个人实施购房奖补,具体内容如下:\n1. 2024年4月1日至2025年12月31日期间在主城区范围内购买新建商品住房的,给予所购新建商品住房购房款总额1%比例的购房奖补。\n南通市住房和城乡建设局 南通市财政局\n2024年5月22日\n',
      '南通市',
    ],
    // valid: a district the title names and the text's own bodies name (南明区房屋征收管理局负责解释) stays the region under a city's source
    // line (贵州 南明, guizhou-nanming-zhengshoujiangli.txt, whole)
    [readFileSync('eval/national/dev/guizhou-nanming-zhengshoujiangli.txt', 'utf8'), '南明区'],
  ])('%#', (text, want) => expect(region(text)).toBe(want));
});

describe('a notice addressed to prefecture governments by name speaks as their province (prefectures addressed by name)', () => {
  it('广东省 (guangdong-guangdongsheng-zhusanjiaoyitihua.txt)', () => {
    const text =
      '广州、深圳、珠海、佛山、惠州、东莞、中山、江门、肇庆市人民政府,各有关单位:\n《推进珠三角一体化2014-2015年工作要点》已经省人民政府同意,现印发给你们,请结合实际认真贯彻执行。\n省府办公厅\n2014年10月8日\n推进珠三角一体化2014-2015年工作要点\n根据《中共广东省委办公厅广东省人民政府办公厅关于印发〈实施珠江三角洲地区改革发展规划纲要实现“九年大跨越”工作方案〉的通知》(粤办发〔2013〕13号)确定的有关工作任务,为进一步突出重点,加快推进珠三角一体化进程,现提出2014-2015年工作要点:\n一、推进一体化重点领域工作\n(一)基础设施建设方面。(省发展改革委牵头,省经济和信息化委、交通运输厅、水利厅等参与)\n';
    expect(region(text)).toBe('广东省');
  });
});
