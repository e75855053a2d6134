import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// A page's head above the notice, holding no sentence of its own, is no document: a field block (three catalogue labels, in any
// dress: •索引号 / [发文机构] / 索引号…发布机构… run into one line) or a line restating the title below (a reposting site's chrome
// over 市民政局关于…的通知, above 上海市民政局关于…的通知). It had been split off as a document of its own, titled with the chrome, and
// its field or short name taken for the file's issuer. Found on shanghai-shanghaishi-yanglaobutie.txt, shandong-taian-lvseditan.txt,
// beijing-beijingshi-zicainuanjiuzhu.txt, hubei-jingzhou-shehuijiuzhu2023.txt, liaoning-panjin-dayubei2005.txt (traditional).
const docs = (text: string) => documentsOfPlainText(text, 'page.txt');
const BODY = '\n各区民政局:\n  根据2017年全市社区居家养老服务工作推进情况,结合市级福利彩票公益金年度预算安排,现分配下拨各区2017年上半年市级福利彩票公益金。\n  特此通知。\n';

describe('a page head with no sentence above the notice is no document of its own (page head over notice)', () => {
  it.each([
    // invalid (one document, the notice's issuer): a title restated under a site's chrome (上海)
    ['上海 restated title', '律师加盟 法律咨询 联系我们\n您现在的位置: 上海法律网 >> 上海法规 >> 正文\n\n市民政局关于分配下拨2017年上半年市级福利彩票公益金资助社区居家养老服务项目养老服务补贴经费的通知\n\n编辑:上海市政府 来源:上海市政府 点击进入:法律咨询热线\n\n沪民老工发〔2017〕7号\n\n上海市民政局关于分配下拨2017年上半年市级福利彩票公益金资助社区居家养老服务项目养老服务补贴经费的通知\n' + BODY, '上海市民政局'],
    // a field block run into long lines, a number in 【】 among them (山东 泰安)
    ['泰安 field block', '索  引  号 11370900004341523R/2023-00020 发布机构 泰安市政府办公室 发文字号 泰政办字〔2022〕57号 泰政办字第【57】号\n文件类别 普通文件 成文日期 2023-01-10 发文日期 2023-01-10\n规范性文件登记号 有效性 生效中 有效期\n泰政办字〔2022〕57号 泰安市人民政府办公室关于印发泰安市推动绿色低碳高质量发展2023年重点工作任务的通知\n发布日期:2023-01-10 10:25\n扫一扫在手机打开当前页\n\n各县、市、区人民政府,各功能区管委会,市政府各部门、直属单位,省属以上驻泰各单位:\n\n《泰安市推动绿色低碳高质量发展2023年重点工作任务》已经市委、市政府同意,现印发你们,请认真落实。\n\n泰安市人民政府办公室\n\n2022年12月28日\n', '泰安市人民政府办公室'],
    // the title restated longer, its number before it and the whole in 《》, over a page counter (重庆)
    ['重庆 restated longer', '渝府办发〔2018〕121号《重庆市人民政府办公厅关于印发重庆市加快集成电路产业发展若干政策的通知》\n\n浏览量:          时间:2019-11-11 02:41:51\n\n\n重庆市人民政府办公厅\n\n\n关于印发重庆市加快集成电路产业发展若干政策的通知\n\n\n\n渝府办发〔2018〕121号\n\n各区县(自治县)人民政府,市政府各部门:\n《重庆市加快集成电路产业发展若干政策》已经市政府同意,现印发给你们,请认真贯彻执行。\n', '重庆市人民政府办公厅'],
    // numbered labels in square brackets (北京)
    ['北京 bracketed labels', '政务公开 > 政策公开 > 政策文件\n  1. [主题分类] 民政、扶贫、救灾/扶贫\n  2. [发文机构] 北京市民政局\n  3. [联合发文单位] 北京市财政局\n  4. [实施日期]\n  5. [成文日期] 2015-11-23\n  6. [发文字号] 京民社救发〔2015〕422号\n  7. [废止日期]\n  8. [发布日期] 2015-12-16\n  9. [有效性]\n  10. [文件来源] 政府公报 年 第期(总第期)\n\n北京市民政局 北京市财政局关于提高城乡低保等困难家庭冬季燃煤自采暖救助标准的通知\n\n字号:        \n\n京民社救发〔2015〕422号\n\n各区县民政局、财政局:\n\n  由于近几年居民冬季采暖用煤价格上涨幅度较大,为保证城乡低保等困难家庭正常取暖,经研究,决定提高城乡低保等困难家庭冬季燃煤自采暖救助标准。\n', '北京市民政局北京市财政局'],
    // traditional, labels and values in bar cells, the title field restating the title (辽宁 盘锦)
    ['盘锦 traditional', '索 引 號: | 主題分類: | 市政府文件 | |\n發文機關: | 盤錦市政府 | 成文日期: | |\n標 題: | 盤政發〔2005〕30號 關于表彰第十七屆農田基本建設“大禹杯”競賽優勝單位和先進單位的決定 | |\n發文字號: | 發布日期: | 2008-09-12 | |\n主 題 詞: |\n盤政發〔2005〕30號 關于表彰第十七屆農田基本建設“大禹杯”競賽優勝單位和先進單位的決定\n各縣、區人民政府,市政府各部門: 全市第十七屆農田基本建設“大禹杯”競賽以來,各級政府、各部門成績顯著。\n盤錦市人民政府\n二○○五年十二月三十日\n', '盤錦市人民政府'],
    // a bulleted field block, one value parted by ; (重庆 黔江): a field's values, no sentence
    ['黔江 bullets', '  • 索引号 1150011400913032XA/2021-00207\n  • 发文字号 黔财农〔2021〕55号\n  • 主题分类 财政;乡村振兴\n  • 体裁分类 资金分配\n  • 成文日期 2021-09-27\n  • 发布日期 2021-09-27\n  • 文件标题 黔财农〔2021〕55号关于下达黔江区2021年第四批统筹整合财政涉农资金的通知\n  • 发布机构 黔江区财政局\n  • 有效性\n\n黔财农〔2021〕55号关于下达黔江区2021年第四批统筹整合财政涉农资金的通知\n\n重庆市黔江区财政局\n\n关于下达2021年第四批统筹整合财政涉农资金的通知\n\n区农业农村委:\n\n根据区委农村工作暨实施乡村振兴战略领导小组的批示,现下达你单位2021年第四批统筹整合财政涉农资金1098.37万元。\n', '重庆市黔江区财政局'],
    // a site's masthead opening with the name of the body whose notice it carries (重庆 巴南): the notice's head
    ['巴南 masthead', '重庆市巴南区人民政府网行政规范性文件\n重庆市巴南区人民政府办公室\n关于印发巴南区绕城高速公路以外区域公交\n运行管理暂行办法的通知\n巴南府办发〔2019〕130号\n各镇人民政府、街道办事处,区政府有关部门,有关单位:\n经区政府同意,现将《巴南区绕城高速公路以外区域公交运行管理暂行办法》印发给你们,请认真贯彻执行。\n', '重庆市巴南区人民政府办公室'],
  ])('%s', (_name, text, issuer) => {
    const d = docs(text);
    expect(d).toHaveLength(1);
    expect(d[0].issuer).toBe(issuer);
    // (…and its title is the notice's, looked for where the notice opens, not the head's chrome or field)
    expect(d[0].title).toMatch(/^关于|^關于/);
  });

  it('湖北 荆州 on 洪湖’s portal: the site’s name and section over a field block with values under their labels', () => {
    const d = docs('洪湖市人民政府\n\n政府信息公开\n\n  • 索引号:\n\n    MB0P46829/2023-00469\n\n  • 发布单位:\n\n    荆州市人民政府办公室\n\n  • 发文日期:\n\n  • 效力状态:\n\n    有效\n\n  • 主题分类:\n\n    政务公开\n\n  • 发文字号:\n\n    荆政办发〔2023〕9 号\n\n荆州市人民政府办公室关于调整2023年社会救助标准的通知\n\n发布时间: 2023-05-25 09:45\n根据《社会救助暂行办法》(国务院令第 649 号)和《湖北省社会救助实施办法》(省政府令第 374 号)有关规定,经市政府研究,决定对 2023 年全市社会救助标准进行调整。\n一、城市低保标准\n中心城区从每人每月755元调整为800元。\n');
    expect(d).toHaveLength(1);
    expect([d[0].issuer, d[0].region]).toEqual(['荆州市人民政府办公室', '荆州市']);
  });

  it('上海 闵行: the issuer field writes the body whole, province and all, the title short', () => {
    const d = docs('- 索引号:SY20001360\n- 主题分类:其他\\其他\n- 发文机关:上海市闵行区人民政府办公室(闵行区政府研究室、闵行区政府外事办公室)\n- 成文日期:2025-07-15\n- 发文字号:闵府办发〔2025〕18号\n- 发布日期:2025-07-15\n- 生效日期:\n闵府办发〔2025〕18号\n闵行区人民政府办公室关于印发 《2025年虹桥国际中央商务区(闵行部分)建设行动方案》的通知\n各镇人民政府、街道办事处,莘庄工业区管委会,区政府各委、办、局,各区属公司: 《2025年虹桥国际中央商务区(闵行部分)建设行动方案》已经区政府同意,现印发给你们,请认真贯彻落实。\n');
    expect(d).toHaveLength(1);
    expect(d[0].issuer).toBe('上海市闵行区人民政府办公室');
  });

  it.each([
    // valid (two documents): a cover letter above its attachment — sentences of its own; a head that restates no title below and holds
    // fewer than three field labels
    ['cover and attachment', '关于印发河南省促进个体工商户发展若干措施的通知\n豫政办〔2023〕59号\n各省辖市人民政府,省人民政府各部门:\n《河南省促进个体工商户发展若干措施》已经省政府同意,现印发给你们,请认真贯彻执行。\n河南省人民政府办公厅\n2023年11月9日\n河南省促进个体工商户发展若干措施\n一、降低经营成本\n(一)延续阶段性降低社会保险费政策。\n'],
    // attachments, the first a table with no sentence (沙坪坝): an attachment's start is no title a page's head restates
    ['two attachments', '附件1\n\n2022年区政府工作报告经济社会发展预期目标任务分解表\n\n序号\n\n2022年预期目标\n\n责任单位\n\n9\n\n空气质量完成年度目标任务\n\n区生态环境局\n\n10\n\n节能减排降碳完成年度目标任务\n\n区发展改革委\n\n附件2\n\n2022年区政府工作报告重点工作任务分解表\n\n序号\n'],
  ])('%s', (_name, text) => expect(docs(text)).toHaveLength(2));
});
