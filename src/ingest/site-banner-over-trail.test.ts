import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { issuerBeforeAbout } from './metadata.js';

// A site's short name alone on the page's first line, its trail (您的位置: …) and chrome (TOP, 返回顶部) under it, then the notice's
// title: the title is the line under them, not the site's name. Heads of eval/national/dev (file named in each case).
describe('a site’s short name over its trail is no title: the title under them', () => {
  it.each([
    // 湖北省 (hubei-hubeisheng-xiuxiannongyeyuanqu.txt): a back-to-top link between the trail and the title
    [
      '政讯通中心\n\n您的位置: >首页 -> 政讯\n\nTOP\n\n省农业农村厅办公室 关于开展省级休闲农业重点园区推介工作的通知\n2021-04-14 来源: 作者:\n\n  各市、州、县(区)农业农村局:\n\n  为贯彻落实中央、省委一号文件精神,决定开展2021年湖北省休闲农业重点园区推介工作。现将有关事项通知如下:\n',
      '省农业农村厅办公室关于开展省级休闲农业重点园区推介工作的通知',
    ],
    // 中山 (guangdong-zhongshan-zhongliangbutie2022.txt): the site's helper link and its section over the trail
    [
      '长者助手\n农业生产\n您现在的位置:首页 > 农业农村 >> 农业生产\n\n关于中山市2022年中央实际种粮农民一次性补贴资金(第三批)拟发放情况的公告\n\n信息来源:中山市农业农村局发布日期:2022-09-22 分享:\n\n根据上级有关文件精神,现将有关情况公告如下:\n',
      '关于中山市2022年中央实际种粮农民一次性补贴资金(第三批)拟发放情况的公告',
    ],
    // 黄冈 (hubei-huanggang-fenbanyijian.txt): a law site's link over its trail
    [
      '找律师咨询\n您现在的位置:首页 >> 法律法规 >> 法律文章\n湖北省黄冈市人民政府办公室关于分解落实《政府工作报告》的通知\n【字体:\n【发文字号】 黄政办发〔2007〕9号\n【发布日期】 2007-02-08\n各县(市、区)人民政府,市政府各部门:\n    现将分解落实意见通知如下:\n',
      '关于分解落实《政府工作报告》的通知',
    ],
  ])('%#', (text, title) => expect(documentsOfPlainText(text)[0].title.replace(/\s/g, '')).toBe(title));

  it('湖北省: the title’s department office is the issuer', () => {
    const text =
      '政讯通中心\n\n您的位置: >首页 -> 政讯\n\nTOP\n\n省农业农村厅办公室 关于开展省级休闲农业重点园区推介工作的通知\n2021-04-14 来源: 作者:\n\n  各市、州、县(区)农业农村局:\n\n  为贯彻落实中央、省委一号文件精神,决定开展2021年湖北省休闲农业重点园区推介工作。现将有关事项通知如下:\n';
    expect(documentsOfPlainText(text)[0].issuer).toBe('省农业农村厅办公室');
  });

  it.each([
    // a short line that is itself a title stays the title (no trail under it)
    ['开业补贴\n\n一、补贴对象\n在本县新开业的个体工商户。\n'],
  ])('a short first line with no trail under it stays: %#', (text) => expect(documentsOfPlainText(text)[0].title).toBe('开业补贴'));
});

// A title opening with its own level's department office before 关于 (省农业农村厅办公室关于…; 省财政厅办公室关于…, 湖北 and 枝江; 四川省经济和
// 信息化厅办公室 关于…, 资阳, names its province): that office.
describe('a level’s department office before 关于 is the issuer (issuerBeforeAbout)', () => {
  it.each([
    ['省农业农村厅办公室关于开展省级休闲农业重点园区推介工作的通知', '省农业农村厅办公室'],
    ['省财政厅办公室关于印发湖北省2022年农产品产地冷藏保鲜设施建设实施方案的通知', '省财政厅办公室'],
    ['市政府办公室关于印发2020年重点工作分解落实方案的通知', '市政府办公室'],
    ['市商务局关于拨付资金的通知', '市商务局'],
  ])('%s → %s', (title, body) => expect(issuerBeforeAbout(title)).toBe(body));
});
