import { describe, expect, it } from 'vitest';
import { BRACKETED_DATE_LINE } from './clean.js';
import { documentsOfPlainText } from './ingest.js';
import { autonomousRegionSpoken } from './regions.js';

// Metadata classes of round 95's dev notices (twenty-fourth session), each with the dev text that showed it.

const docOf = (text: string) => documentsOfPlainText(text)[0];

describe('a date under the title with its act, its start and a remark is the document\'s (bracketed release dates)', () => {
  it.each([
    // 鄂尔多斯 (neimenggu-eerduosi-rencaixinzheng.txt)
    ['(2023年11月17日印发实施,简称为“人才新政2.0版”)', true],
    // forms already read
    ['(2020年6月6日)', true],
    ['（2019年3月1日市政府第12次常务会议通过）', true],
    // no date line: a sentence in brackets
    ['(2023年11月17日起,对新引进的人才给予每月3000元补贴)', false],
  ])('%s', (line, want) => expect(BRACKETED_DATE_LINE.test(line)).toBe(want));
  it('鄂尔多斯: the date it was issued outranks the repost\'s time stamp', () => {
    const text =
      '“人才新政2.0版”全文公布\n时间:2024-02-21 14:13\n来源:科技发布\n关于实施更加积极开放有效人才政策\n打造一流人才高地的若干措施\n(2023年11月17日印发实施,简称为“人才新政2.0版”)\n' +
      '为进一步优化人才发展环境,提升人才政策吸引力和竞争力,为建设现代化鄂尔多斯提供强有力人才支撑,结合实际,制定如下措施。\n一、更大力度招引高精尖缺人才';
    expect(docOf(text).date).toBe('2023-11-17');
  });
});

describe('an autonomous region speaks of its own purse and share of the work (autonomous region spoken)', () => {
  it.each([
    // 宁夏 (ningxia-ningxiasheng-jiudachanye.txt)
    ['自治区支持九大重点产业加快发展若干财政措施(暂行)\n为深入贯彻习近平总书记视察宁夏重要讲话精神,认真落实自治区党委第十二届九次全会精神,制定以下财政支持政策。\n一、全面整合财政专项资金。按照自治区统筹、市级负责、县区落实的原则,自治区财政设立总额为2亿元的奖补资金。', '宁夏回族自治区'],
    // one mention of its own is not enough
    ['为深入贯彻习近平总书记视察宁夏重要讲话精神,认真落实自治区党委全会精神,制定本方案。', undefined],
  ])('%#', (text, want) => expect(autonomousRegionSpoken(text)?.name).toBe(want));
});

describe('a joint signature\'s lines of several bodies each stay lines of their own (signature lines of bodies)', () => {
  it('成都 (sichuan-chengdu-jinrongxize.txt): four lines of bodies over the date', () => {
    const text =
      '各(区)市县金融管理部门、发改部门、财政部门、有关企事业单位:\n为贯彻落实《成都市人民政府办公厅关于印发推动金融高质量发展推进西部金融中心建设的若干政策的通知》(成办规〔2024〕6号)文件精神,特制定本实施细则,现印发给你们,请遵照执行。\n' +
      '成都市地方金融管理局 成都市发展和改革委员会\n成都市财政局 成都市科技局\n成都市农业农村局 成都市经信局市新经济委\n成都市城市运行和政务服务管理办公室\n2024年8月1日\n推动金融高质量发展推进西部金融中心建设的若干政策实施细则';
    expect([docOf(text).issuer, docOf(text).date]).toEqual(['成都市地方金融管理局成都市发展和改革委员会、成都市财政局成都市科技局、成都市农业农村局成都市经信局市新经济委、成都市城市运行和政务服务管理办公室', '2024-08-01']);
  });
});
