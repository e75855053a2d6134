import { describe, expect, it } from 'vitest';
import { cleanText, fold } from './clean.js';
import { documentsOfPlainText } from './ingest.js';
import { lostBreaks } from './paragraphs.js';
import { toOriginal, toRuns } from './tracked.js';
import { devText as dev } from '../dev-notices.js';

// A page copied without its paragraphs runs its items, notes, signature and date into one line. The breaks go back where the
// text marks them (lost paragraph breaks). Sentences from dev notices of several provinces, their lines joined as such a page
// joins them.
const fullWidth = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：').replace(/;/g, '；');
/** The lines a one-line text gets back. */
const restored = (text: string): string[] => {
  const at = lostBreaks(fold(text));
  return [0, ...at].map((k, i) => text.slice(k, at[i] ?? text.length));
};

describe('lost paragraph breaks are put back where the text marks them', () => {
  it.each([
    [
      // 嘉兴 (浙江, zhejiang-jiaxing-minyingjingji.txt): a heading with no stop and its first item run on after a sentence's end
      '嘉兴市贯彻落实浙江省促进民营经济高质量发展若干措施实施方案为深入贯彻中共中央、国务院关于促进民营经济发展壮大的决策部署,全面落实浙江省促进民营经济高质量发展若干措施,激发民营经济发展活力,提振民营经济发展信心,结合嘉兴实际,制定本实施方案。一、加强民营经济资源要素支持(一)强化财税政策保障。贯彻落实党中央、国务院关于延续优化完善实施阶段性税费优惠政策的决策部署,依规加大减税降费力度。',
      ['嘉兴市贯彻落实', '一、加强民营经济资源要素支持', '(一)强化财税政策保障。'],
    ],
    [
      // 成都 (四川, sichuan-chengdu-zerenfenjie.txt): the signature and its date, the attachment's title and its first item, notes
      '经市政府研究同意,现将《2019年〈政府工作报告〉确定的主要目标任务责任分解方案》印发你们,请结合实际,认真组织实施。成都市人民政府办公厅2019年2月19日2019年《政府工作报告》确定的主要目标任务责任分解方案一、经济社会发展主要预期目标(一)地区生产总值增长7.5%左右。(牵头领导:谢瑞武,牵头单位:市发改委,数据提供单位:市统计局)(二)全社会固定资产投资增长10%。',
      ['经市政府研究同意', '成都市人民政府办公厅2019年2月19日', '2019年《政府工作报告》确定的主要目标任务责任分解方案', '一、经济社会发展主要预期目标', '(一)地区生产总值增长7.5%左右。(牵头领导', '(二)全社会固定资产投资增长10%。'],
    ],
    [
      // 鞍山 (辽宁, liaoning-anshan-renwufenjie.txt): unit fields without brackets, the next item run on after their bodies
      '现就市《政府工作报告》任务,制定分工方案如下。一、经济社会发展的主要预期目标1.地区生产总值增长6%。牵头单位:市发展改革委责任单位:全市经济运行工作专班各部门,各县(市)区政府、各开发区管委会2.规模以上工业增加值增长6%。牵头单位:市工业和信息化局责任单位:各相关部门,各县(市)区政府、各开发区管委会3.固定资产投资增长10%以上。',
      ['现就市', '一、经济社会发展的主要预期目标', '1.地区生产总值增长6%。牵头单位', '2.规模以上工业增加值增长6%。牵头单位', '3.固定资产投资增长10%以上。'],
    ],
    [
      // 龙湾 (浙江, zhejiang-longwan-gaozhiliang2023.txt): a heading's note of bodies and their duty, the section's words run on after it
      '根据《关于推动经济高质量发展的若干政策》(温政发〔2023〕5号),结合实际,现制定以下政策。一、扩大有效投资政策(龙湾区发改局、高新区<经开区>经发局牵头实施)聚焦重大基础设施、重大民生、重大产业三大领域,重点围绕省“千项万亿”、市“百项千亿”工程,组织实施“抓项目扩投资提质提效”专项行动,2023年,着力推进160个以上引领性、支撑性重大项目,计划完成投资330亿元以上。',
      ['根据《关于', '一、扩大有效投资政策(龙湾区发改局、高新区<经开区>经发局牵头实施)', '聚焦重大基础设施'],
    ],
    [
      // 太原 (山西, traditional, shanxi-taiyuan-zhuanjingtexin.txt): the signing body after the attachment's number, its date under it
      '3.請各縣(市、區)、開發區中小企業主管部門,務于2020年4月8日前,將所轄區域項目正式申報文件、項目申報匯總表、項目資料,一式兩份上報市工信局民營科,電子版同時報送。附件:山西省小企業發展促進局《關于開展2020年省級中小微企業發展專項資金“專精特新”中小企業項目申報工作的通知》(晉企發〔2020〕14號)太原市工業和信息化局2020年3月18日',
      ['3.請各縣', '附件:山西省', '太原市工業和信息化局2020年3月18日'],
    ],
    [
      // 三门峡 (河南, henan-sanmenxia-zerendanwei.txt): a date in numerals after the attachments list, the attachment after it
      '现将《政府工作报告》提出的2005年重点工作分解意见予以下达,请各责任单位抓紧制定具体实施意见,认真组织落实。附件:《政府工作报告》2005年重点工作分解意见二○○五年一月十三日附 件《政府工作报告》2005年重点工作分解意见一、强力推进项目建设,努力完善基础设施1.集中抓好“421”工业重点项目。全年计划安排投资在3000万元以上的重大项目40个以上。',
      ['现将《政府', '附件:《政府工作报告》2005年重点工作分解意见', '二○○五年一月十三日', '附 件《政府工作报告》2005年重点工作分解意见', '一、强力推进项目建设,努力完善基础设施1.集中'],
    ],
    [
      // 佛山 (广东, guangdong-foshan-liudashengji.txt): the title, its addressees and the cover's first sentence run together
      '佛山市人民政府关于印发佛山市产业“六大升级行动”方案的通知各区人民政府,市政府有关部门、直属有关机构:现将《佛山市制造能力升级行动方案(2022—2026年)》《佛山市产业协同升级行动方案(2022—2026年)》《佛山市产品质量升级行动方案(2022—2026年)》《佛山市产业结构优化升级行动方案(2022—2026年)》《佛山市职业技能升级行动方案(2022—2026年)》《佛山市产业载体升级行动方案(2022—2026年)》印发给你们,请认真贯彻执行。',
      ['佛山市人民政府关于印发', '各区人民政府,市政府有关部门、直属有关机构:', '现将《佛山市'],
    ],
    [
      // 三门峡 (河南, henan-sanmenxia-yuqimubiao.txt): the document number run into the addressees, they into the cover
      '三门峡市人民政府办公室关于明确政府工作报告提出的2023年重点工作责任单位的通知三政办〔2023〕1号各县(市、区)人民政府,城乡一体化示范区、经济开发区、现代服务业开发区管理委员会,市人民政府各部门:为全面贯彻市八届人大一次会议审议通过的《政府工作报告》,做好2023年市政府各项工作,实现经济社会发展目标任务,经市政府同意,现将《政府工作报告》提出的2023年重点工作任务予以分解并明确到各责任单位。各责任单位要制定具体落实方案,明确时间节点、责任领导、主要措施,并从2023年1月起,每月30日前向市政府报告当月重点工作进展情况,12月25日前报告全年重点工作落实情况。市政府办公室将对各责任单位的落实情况进行通报,并适时组织开展督查。',
      ['三门峡市人民政府办公室关于明确', '各县(市、区)人民政府,', '为全面贯彻'],
    ],
  ])('%#', (text, starts) => {
    // (as written, and with its brackets, colons and semicolons full-width: the same breaks)
    for (const [t, s] of [[text, starts], [fullWidth(text), starts.map(fullWidth)]] as const) {
      const lines = restored(t);
      expect(lines.length).toBe(s.length);
      lines.forEach((l, i) => expect(l.startsWith(s[i]), `${l} / ${s[i]}`).toBe(true));
    }
  });

  it.each([
    // 广东省 (guangdong-guangdongsheng-jigaizijin.txt): a period of dates
    '按照《广东省人民政府关于印发广东省省级财政专项资金管理办法的通知》的有关规定,现将2015年广东省省级企业技术改造专项资金(第四批)拟安排计划予以公示。公示期自2015年9月24日至9月29日,共6天。对公示内容如有异议,请在公示期内向省经济和信息化委(技术改造投资处)和省财政厅(工贸发展处)反映。',
    // 长治 (山西, shanxi-changzhi-zhuanjingtexinfuhe.txt): a body and a date inside an aggregator's lead, 发布的 after them
    '作为工信部认定的中小企业公共服务示范平台,华夏泰科利用自研发平台对政府政策进行收集整理,帮助企业了解扶持政策信息、明确项目申报入口,掌握最新政策走向。以下是长治市工业和信息化局2026年01月26日发布的长治市工业和信息化局关于组织开展2026年专精特新中小企业复核工作的通知',
    // 咸宁 (湖北, hubei-xianning-cuoshifengong.txt): a gazette's contents, titles run together, no stop anywhere
    '咸宁市人民政府主办2020年第2号(总第55号)目录市政府文件市人民政府关于印发咸宁市城市生活垃圾处理收费管理办法的通知市人民政府关于咸宁市贯彻落实中央和省促进经济社会加快发展若干政策措施责任分工的通知市人民政府办公室关于分解落实省《政府工作报告》涉及咸宁重点工作的通知',
  ])('no break inside a sentence or where the text marks none: %#', (text) => {
    expect(restored(text)).toEqual([text]);
  });

  it('鹤壁 (河南, henan-hebi-gaoqijiangbu.txt): dates inside sentences, a weekday and an hour after them, break nothing', () => {
    const text = dev('henan-hebi-gaoqijiangbu.txt').split('\n').slice(8, 10).join('');
    expect(restored(text).map((l) => l.slice(0, 6))).toEqual(['1.申报单位', '2.所在县(']);
  });

  it('a line too short to have held paragraphs stays as it is', () => {
    // 成都: the note and the next item, on a line of their own length
    const text = '(一)地区生产总值增长7.5%左右。(牵头领导:谢瑞武,牵头单位:市发改委)(二)全社会固定资产投资增长10%。';
    expect(restored(text)).toEqual([text]);
  });

  it('a bracket a page left open holds no break after it', () => {
    // 武汉 (湖北, hubei-wuhan-shengbaogaofenjie.txt): a page's stray "(" in its header, the breaks of the notice below still found
    const text = dev('hubei-wuhan-shengbaogaofenjie.txt').replace(/\n/g, '');
    const lines = restored('(' + text);
    expect(lines.some((l) => l.startsWith('武汉市人民政府办公厅2018年2月14日'))).toBe(true);
    expect(lines.some((l) => l.startsWith('2.开展非法金融活动专项整治'))).toBe(true);
  });
});

describe('a one-line page reads as the page with its lines (lost paragraph breaks)', () => {
  it('each restored line maps back to the original offsets of its characters', () => {
    const text = dev('sichuan-chengdu-zerenfenjie.txt').replace(/\n/g, '');
    const { clean } = cleanText(text);
    const runs = toRuns(clean.map);
    const at = clean.text.indexOf('\n(二)全社会固定资产投资增长10%') + 1;
    expect(at).toBeGreaterThan(0);
    expect(text.slice(toOriginal(runs, at), toOriginal(runs, at) + 3)).toBe('(二)');
    expect(text[toOriginal(runs, at) - 1]).toBe(')');
  });

  it.each([
    // 成都 (四川): signature and date, and the notes of each item
    ['sichuan-chengdu-zerenfenjie.txt'],
    // 鞍山 (辽宁)
    ['liaoning-anshan-renwufenjie.txt'],
  ])('%s: issuer and date as on the page with its lines', (f) => {
    const lines = documentsOfPlainText(dev(f), f)[0];
    const one = documentsOfPlainText(dev(f).replace(/\n/g, ''), f)[0];
    expect([one.issuer, one.date]).toEqual([lines.issuer, lines.date]);
  });
});
