import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';
import { deadlineRows } from './fixture-table.js';
import { splitUnitList } from './units.js';

// Round 54 classes, each with the dev sentence that showed it (ANNOTATION round 54) and forms of other provinces.
const deadlines = deadlineRows;
const thresholds = (text: string) => extractValues(text, '2025-11-01').thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('a mark a table sets after a body (unit mark)', () => {
  it.each([
    // 浙江 龙湾 (zhejiang-longwan-zerenfenjie.txt)
    ['区政府办公室*、区财政局', ['区政府办公室', '区财政局']],
    ['区财政局*、区科技局、区投促中心', ['区财政局', '区科技局', '区投促中心']],
    ['区财政局＊、区发改局', ['区财政局', '区发改局']],
    // a bracketed star-free name stays as it is
    ['各县、区政府(管委会)', ['各县、区政府(管委会)']],
  ])('%s', (s, want) => expect(splitUnitList(s, 0, false).map((u) => u.name)).toEqual(want));
});

describe('a grant continued over years or paid out over days (grant span)', () => {
  it.each([
    // 新疆 伊犁 (xinjiang-yili-yiminyouhui.txt), 河南 南阳 (henan-nanyang-xiaofeiquan.txt)
    ['移民发展林果业,从开始栽种果苗的第一年开始,每年每亩补助50元,连补3年。', '2008-07-04', ['relative']],
    ['本次消费券共分5天发放,活动资金按天分配,当日未核销完毕顺延至次日发放。', '2025-11-01', ['relative']],
    ['对新引进的人才连奖两年。', '2025-11-01', ['relative']],
    // measured years stay none
    ['连续3年亩均社会贡献产出80万元以上的企业', '2025-11-01', []],
  ])('%s', (s, date, want) => expect(deadlines(s, date)).toEqual(want));
});

describe('funds passed on by a body on a day opening the sentence (funds moved)', () => {
  it.each([
    // 河南 信阳 (henan-xinyang-manfuhe.txt): a report of what was done
    ['6月上旬,满负荷生产奖励资金由省财政直拨企业。', []],
    // a limit on passing funds on stays one
    ['6月上旬完成资金拨付。', ['2023-06']],
    ['6月上旬前将资金拨付到企业。', ['2023-06']],
  ])('%s', (s, want) => expect(deadlines(s, '2023-06-29')).toEqual(want));
});

describe('a day without its year after a cited title’s year (year of a later day)', () => {
  it.each([
    // 江苏 相城 (jiangsu-xiangcheng-shangwuzijin.txt): the notice's year, not the title's
    ['请各板块审核完成后填报《2021年度商务发展专项资金申报汇总表》(见附件),经盖章确认后,将电子版和纸质版于11月10日前报送至区商务局企业服务中心。', ['2022-11-10']],
    // a year written in the sentence outside a title still dates it
    ['2023年6月底前完成,9月底前验收。', ['2023-06', '2023-09']],
  ])('%s', (s, want) => expect(deadlines(s, '2022-10-01')).toEqual(want));
});

describe('a voucher’s spend floor (spend floor)', () => {
  it.each([
    // 河南 南阳 (henan-nanyang-xiaofeiquan.txt), spaces as the page wrote them
    ['消费券分为“满 100 减 20元、满 200 减 50 元”两类,消费者在活动期间两类面值消费券每类只可参与一次。', [[100, null, '元'], [200, null, '元']]],
    ['发放满300元立减60元消费券。', [[300, null, '元']]],
    ['满足条件的企业给予奖励。', []],
  ])('%s', (s, want) => expect(thresholds(s)).toEqual(want));
});

describe('an unnumbered second task of a row in a table a cell a line (second task)', () => {
  const rows = (text: string) =>
    extractDocument(documentsOfPlainText(text)[0])
      .filter((c) => c.units.length || c.deadlines.length)
      .map((c) => [c.text, c.units, c.deadlines.map((d) => d.date)]);
  // 四川 大竹 (sichuan-dazhu-minshengshishi.txt)
  const TABLE =
    '大竹县人民政府办公室关于对2016年民生实事进行重点督办的通知\n各乡镇人民政府:\n现将2016年民生实事目标任务分解下达。\n大竹县人民政府办公室\n2016年2月26日\n2016年民生实事目标任务分解表\n序号\n民生实事\n责任单位\n完成时限\n' +
    '4\n建成县残疾人综合服务中心。\n县残联\n5月底前动工\n5\n开工建设县老年养护楼。\n县民政局\n5月底前动工\n开工建设老年大学。\n12月底前\n6\n迁建县政务服务中心。\n县政务服务中心\n县代建中心\n12月底前\n';
  it('the second task takes the row’s units and its own time; the rows after it keep theirs', () => {
    const got = rows(TABLE);
    expect(got.find((r) => r[0] === '开工建设老年大学。')).toEqual(['开工建设老年大学。', ['县民政局'], ['2016-12']]);
    expect(got.find((r) => r[0] === '迁建县政务服务中心。')).toEqual(['迁建县政务服务中心。', ['县政务服务中心', '县代建中心'], ['2016-12']]);
  });
  it('a sentence with no time cell under it ends the table', () => {
    const got = rows(TABLE.replace('开工建设老年大学。\n12月底前\n', '以上任务请认真落实。\n'));
    expect(got.find((r) => r[0] === '以上任务请认真落实。')).toBeUndefined();
  });
});

describe('a year that names what came before, or a voucher programme’s quoted name (named year)', () => {
  it.each([
    // 内蒙古 阿拉善 (neimenggu-alashan-liugexingdong.txt), 河南 南阳 (henan-nanyang-xiaofeiquan.txt)
    ['“六个行动”是自治区党委继2024年“六个工程”之后的又一重大部署。', []],
    ['2025年“惠享南都 悦享双十一”政府消费券', []],
    // a year that sets the year's work stays one
    ['2025年继续实施消费券发放活动。', ['2025']],
  ])('%s', (s, want) => expect(deadlines(s, '2025-06-01')).toEqual(want));
});

describe('a task table a cell a line whose 序号 cells are empty (unnumbered rows)', () => {
  const units = (text: string) =>
    extractDocument(documentsOfPlainText(text)[0])
      .filter((c) => c.units.length)
      .map((c) => [c.text.slice(0, 8), c.units]);
  // 浙江 余杭 (zhejiang-yuhang-renwufenjie.txt): 序号 / 重点工作任务 / 牵头领导 / 牵头单位, then each row's task, leaders and unit
  const YUHANG =
    '2018年《政府工作报告》工作任务分解表\n\n序号\n\n重 点 工 作 任 务\n\n牵头领导\n\n牵头单位\n\n' +
    '未来科技城要围绕打造创新驱动策源地、数字经济先行地、产城融合样板地,深化与浙江大学的合作。\n\n祝振伟\n\n陈夏林\n\n未来科技城(海创园)\n\n' +
    '余杭经济技术开发区要对标国家级高新区,加强装备制造、生物医药等优势主导产业培育。\n\n沈  昱\n\n祝振伟\n\n余杭经济技术开发区(钱江经济开发区)\n';
  it('each sentence after a row’s unit cell opens the next row; a platform named with its other name in brackets is a body', () => {
    expect(units(YUHANG)).toEqual([
      ['未来科技城要围绕', ['未来科技城(海创园)']],
      ['余杭经济技术开发', ['余杭经济技术开发区(钱江经济开发区)']],
    ]);
  });
  it('a table that opens with its task column numbers its tasks: a unit cell with commas opens no row (咸宁)', () => {
    const text =
      '重点工作\n主要\n任务\n工作措施\n责任单位\n备注\n一、加大财政金融支持力度\n(一)加强对防疫重点企业财税支持\n市税务局等,各县、市、区政府,咸宁高新区管委会\n2020年12月\n';
    expect(units(text).some((r) => (r[0] as string).startsWith('市税务局'))).toBe(false);
  });
});
