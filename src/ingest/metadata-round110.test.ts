import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { newsLeadIssuer, signatureOf } from './metadata.js';

// Metadata classes from round 110 of the national development set (issue 9), and forms written from each class.

describe('the place of the signer’s own seal after its name, or on its own line (seal mark)', () => {
  it.each([
    // form: the mark closing the signer's line, full-width brackets
    [['请认真贯彻执行。', '安化县工业和信息化局（盖章）', '2023年5月6日'], { issuer: '安化县工业和信息化局', date: '2023-05-06' }],
    // form: half-width brackets, 公章
    [['请认真贯彻执行。', '某市财政局(公章)', '2023年5月6日'], { issuer: '某市财政局', date: '2023-05-06' }],
    // form: the mark alone on its line between the signer and its date
    [['请认真贯彻执行。', '某县人民政府办公室', '（印章）', '2023年5月6日'], { issuer: '某县人民政府办公室', date: '2023-05-06' }],
    // form: two signers, each sealed
    [['请认真贯彻执行。', '某市财政局（盖章）', '某市发展和改革委员会（盖章）', '2023年5月6日'], { issuer: '某市财政局、某市发展和改革委员会', date: '2023-05-06' }],
  ])('%#', (paras, signature) => {
    expect(signatureOf(paras as string[])).toEqual(signature);
  });
});

describe('a plan under a cover that lost its title, the cover’s transmittal naming it in marks, takes the cover’s issuer and date (transmitted plan)', () => {
  const docs = (text: string) => documentsOfPlainText(text).map((d) => [d.title, d.issuer, d.date]);
  it('怒江 (yunnan-nujiang-yiwujiaoyu.txt), its head', () => {
    const text =
      '各县、市人民政府,州直各委、办、局:\n《怒江州义务教育优质均衡发展实施方案》已经州人民政府同意,现印发给你们,请认真贯彻执行。\n怒江州人民政府办公室\n2022年10月10日\n(此件公开发布)\n怒江州义务教育优质均衡发展实施方案\n为贯彻落实党中央、国务院关于义务教育优质均衡发展的决策部署,结合我州实际,制定本方案。\n一、工作目标\n确保2034年底全州4县市实现义务教育优质均衡发展目标。\n';
    expect(docs(text)[1]).toEqual(['怒江州义务教育优质均衡发展实施方案', '怒江州人民政府办公室', '2022-10-10']);
  });
  it('三亚 (hainan-sanya-yingshanghuanjing2025.txt): spaces inside the marks', () => {
    const text =
      '市各相关单位:\n《三亚市 2025 年冲刺一流营商环境实施方案》 已经中共三亚市委优化营商环境领导小组2025年第一次会议审议通过,现印发给你们,请认真贯彻执行。\n中共三亚市委优化营商环境领导小组(代章)\n2025年4月16日\n(此件主动公开)\n三亚市2025年冲刺一流营商环境实施方案\n为加快推进三亚改革开放和经济社会高质量发展,特制定本方案。\n';
    expect(docs(text)[1]).toEqual(['三亚市2025年冲刺一流营商环境实施方案', '中共三亚市委优化营商环境领导小组', '2025-04-16']);
  });
  it('form: a cover naming another plan issues nothing to the one below', () => {
    const text =
      '各县、市人民政府:\n《某州工业发展实施方案》已经州人民政府同意,现印发给你们,请认真贯彻执行。\n某州人民政府办公室\n2022年10月10日\n某州农业发展三年行动计划\n为加快农业发展,制定本计划。\n';
    expect(docs(text)[1]?.[2]).toBeUndefined();
  });
});

describe('a page’s source and date printed alone on its last lines, under the text (footer fields)', () => {
  const doc = (text: string) => documentsOfPlainText(text)[0];
  it('重庆 (chongqing-chongqingshi-zuidigongzi1999.txt), its tail', () => {
    const d = doc(
      '关于调整重庆市最低工资标准的通知(1999年)\n\n渝劳薪发〔1999〕9号\n\n万州、黔江开发区劳动局、各区、县(自治县、市)劳动局,经济技术开发区劳人局,市级各部门:\n\n根据《中华人民共和国劳动法》和《重庆市最低工资保障实施办法》的有关规定,现将市政府决定调整后的最低工资标准通知你们。\n\n一、 本市最低工资标准分为4个档次:每月270元、250元、230元、210元。\n\n三、此次公布的最低工资标准自1999年10月1日起执行。\n\n\n\n相关文章:\n\n  1. 关于调整重庆市最低工资标准的通知(1996年) [1996-07-17]\n\n来源:重庆市人力资源和社会保障局\n发布:1999-09-29',
    );
    expect([d.issuer, d.date]).toEqual(['重庆市人力资源和社会保障局', '1999-09-29']);
  });
  it('form: a newspaper named as the source is no body', () => {
    const d = doc('关于调整最低工资标准的通知\n\n各区县劳动局:\n\n现将调整后的最低工资标准通知你们。\n\n一、本市最低工资标准为每月1800元。\n\n来源:重庆日报\n发布:2019-09-29');
    expect([d.issuer, d.date]).toEqual([undefined, '2019-09-29']);
  });
});

// Round 112.
describe('a page’s heading restating the notice’s title over its field block, and a field label left alone, open no document (restated page title)', () => {
  const docs = (text: string) => documentsOfPlainText(text).map((d) => [d.issuer, d.date]);
  it('金乡 (shandong-jinxiang-fazhanjihua2021.txt), its head', () => {
    const text =
      '当前位置:首页\n> 政务公开 > 法定主动公开内容 > 规划计划 > 发展计划\n索  引  号 113708280043358015/2021-01956 公开方式 主动公开\n发布机构 金乡县发展和改革局 组配分类 发展计划\n成文日期 2021-02-22 废止日期\n有效性\n金乡县2021年国民经济和社会发展计划\n分享\n\n金乡县人民政府\n\n关于下达金乡县2021年国民经济和社会发展计划的通知\n\n金政发〔2021〕3号\n\n各镇政府,各街道办事处,各管委会,县政府各部门,各企事业单位:\n\n县十七届人民代表大会第五次会议审议通过了《关于金乡县二〇二〇年国民经济和社会发展计划执行情况及二〇二一年计划草案的报告》,现将金乡县2021年国民经济和社会发展计划下达给你们,请认真组织实施。\n\n                               金乡县人民政府\n\n                               2021年2月22\n';
    expect(docs(text)[0]).toEqual(['金乡县人民政府', '2021-02-22']);
  });
});

// Round 110.
describe('a page’s content field label before the addressees is no title (content field)', () => {
  const doc = (text: string) => documentsOfPlainText(text)[0];
  it('重庆 2012 (chongqing-chongqingshi-zuidigongzi2012.txt), traditional, one line', () => {
    const d = doc('內容: |\n各區縣(自治縣)人力資源和社會保障局,北部新區社會保障局,全市各用人單位: 市政府決定,從2012年5月1日起,我市各區縣(自治縣)行政區域內的最低工資標準分別調整為: 一、萬州區、黔江區、涪陵區、渝中區、大渡口區、江北區、沙坪壩區等23個區縣職工最低月工資標準為1050元/月。 調整后,重慶市轄內的企業…均適用。 此前我市的最低工資標準停止執行。 |\n');
    expect([d.title, d.region]).toEqual(['', '重庆市']);
  });
});

describe('a province’s reply approving what a place below it asked is filed under that place (approval for a place)', () => {
  const doc = (text: string) => documentsOfPlainText(text)[0];
  it('沈阳 (liaoning-shenyang-zuidigongzi.txt), its head and signature', () => {
    const d = doc('关于同意沈阳市调整最低工资标准的函(2013年)\n\n辽人社函〔2013〕120号\n\n沈阳市人民政府:\n\n经省政府批准,同意你市最低工资标准作如下调整:\n\n调整后的最低工资标准自2013年7月1日起施行。\n\n辽宁省人力资源和社会保障厅\n\n2013年8月7日\n');
    expect([d.region, d.issuer]).toEqual(['沈阳市', '辽宁省人力资源和社会保障厅']);
  });
  it('form: a province approving its own department’s plan stays the province’s', () => {
    const d = doc('辽宁省人民政府关于同意省发展改革委工作方案的批复\n\n省发展改革委:\n\n同意你委工作方案。\n\n辽宁省人民政府\n\n2013年8月7日\n');
    expect(d.region).toBe('辽宁省');
  });
  it('form: a place named without its government as addressee stays the province’s', () => {
    const d = doc('辽宁省人民政府关于同意大连市设立开发区的批复\n\n省商务厅:\n\n同意大连市设立开发区。\n\n辽宁省人民政府\n\n2013年8月7日\n');
    expect(d.region).toBe('辽宁省');
  });
});

// Round 114.
describe('a page’s heading restating the notice’s title over its bulleted byline opens no document (restated title over bullets)', () => {
  const doc = (text: string) => documentsOfPlainText(text)[0];
  it('广州 2006 (guangdong-guangzhou-gongzuoshixiang2006.txt), its head', () => {
    const d = doc('相关内容\n\n关于印发2006年政府工作报告要求重点做好的工作事项的通知\n\n  • 听全文\n  • 2006-05-17\n  • 来源: 市府办公厅\n  • 分享到\n  • -\n\n穗府办〔2006〕19号\n\n关于印发2006年政府工作报告要求重点做好的工作事项的通知\n\n各区、县级市人民政府,市政府各部门、各直属机构:\n\n  根据市政府常务会议决定,现将《2006年〈政府工作报告〉要求重点做好的工作事项》印发给你们,请抓好落实工作。\n\n广州市人民政府办公厅\n二○○六年四月二十八日\n');
    expect([d.title, d.issuer, d.date]).toEqual(['关于印发2006年政府工作报告要求重点做好的工作事项的通知', '广州市人民政府办公厅', '2006-04-28']);
  });
});

describe('an outlet’s dateline in brackets before a news lead naming the notice’s issuer (bracketed dateline)', () => {
  it.each([
    // 许昌 (henan-xuchang-zhongdianrenwu2026.txt)
    ['【大河财立方消息】2月14日,许昌市政府印发通知,对《政府工作报告》提出的2026年重点工作任务予以分解并明确责任单位。', '许昌市政府'],
    // forms: a colon after the bracket; a dateline without brackets, as before
    ['[新华社消息]:近日,某省人民政府办公厅印发《某省促进消费若干措施》。', '某省人民政府办公厅'],
    ['投资界1月26日消息,南京市政府印发《南京市促进经济持续回升向好若干措施》', '南京市政府'],
  ])('%s', (lead, want) => {
    expect(newsLeadIssuer([lead])).toBe(want);
  });
});

describe('a signing day that lost its 年月日 in six figures, and the page’s day run onto the title (squashed day, dated title)', () => {
  const doc = (text: string) => documentsOfPlainText(text)[0];
  it('杨浦 (shanghai-yangpu-gongzuoyaodian2020.txt), its head and signature', () => {
    const d = doc('关于印发区政府2020年第三季度工作要点的通知 2020-08-10\n\n \n\n杨府办202048\n\n区政府各委、办、局,各街道办事处,各有关单位:\n\n经区政府同意,现将《上海市杨浦区人民政府2020年第三季度工作要点》印发给你们,请认真贯彻落实。\n\n                     上海市杨浦区人民政府办公室\n\n                     202083\n\n上海市杨浦区人民政府\n\n2020年第三季度工作要点\n\n2020年第三季度,区政府工作总体要求是:扎实做好“六稳”工作。\n');
    expect([d.title, d.issuer, d.date]).toEqual(['关于印发区政府2020年第三季度工作要点的通知', '上海市杨浦区人民政府办公室', '2020-08-03']);
  });
});
