import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { devText } from '../dev-notices.js';
import { extractDocument, extractValues } from './extract.js';

// Round 252's classes (unseen dev notices: public-welfare posts, a house-expropriation notice, consumer-voucher campaigns), each in
// its general form.
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);
const unitsOf = (text: string) =>
  extractDocument(documentsOfPlainText(text)[0])
    .filter((c) => c.units.length)
    .map((c) => [c.text.slice(0, 8), c.units]);

describe("a floor on a post's working time, in a sentence that pays the post (required floors)", () => {
  it.each([
    // (膏田镇, 秀山, 重庆: the post's monthly pay set beside it; the subsidy paid each month after it)
    ['下达我镇针对农村脱贫人口及易返贫致贫人口,开发公益性岗位不少于31个(其中看护岗19个),每月工资不低于300元,工作时间不低于3个月。', [[3, null, '个月']]],
    ['计划开发县民政局牵头的非全日制看护岗位19人,每天工作时间不少于3小时,每月按时足额发放补贴。', [[3, null, '小时']]],
  ])('%s', (s, expected) => expect(bounds(s)).toEqual(expected));
  it.each([
    // (a notice period beside a wage paid to workers, no post paid by the measure: 劳务报酬; a notice period alone)
    '实施过程中,督促施工单位及时发放劳务报酬,规范台账,在村务公开栏对劳务报酬发放情况进行公示,公示期一般不少于7天,对相关影像资料留存备查。',
    '村脱贫责任组、村两委会核实后进行公示,公示时间不少于10天。',
  ])('none: %s', (s) => expect(bounds(s)).toEqual([]));
});

describe('unit fields numbered as items under a heading that names bodies (numbered unit fields)', () => {
  it('铜梁, 重庆 (chongqing-tongliang-xiaofeiquan.txt): each field is the section\'s, none the clause above the heading\'s', () =>
    expect(
      unitsOf(
        '三、活动时间\n2025年3月1日11时至2025年3月31日24时(资金使用完毕或期满活动即止)\n四、组织机构\n(一)主办单位:重庆市铜梁区人民政府\n(二)承办单位:重庆市铜梁区商务委员会\n(四)参与单位:相关区级部门,各镇街,各商贸行业协会,参与商家。\n五、具体安排\n区商务委通过公开征集确定金融服务平台执行消费券发放工作。',
      ),
    ).toEqual([['主办单位:重庆市', ['重庆市铜梁区人民政府', '重庆市铜梁区商务委员会', '相关区级部门', '各镇街', '各商贸行业协会', '参与商家']]]));
  it('贵州省 (guizhou-guizhousheng-cuxiaofei2022.txt)', () =>
    expect(unitsOf('一、活动时间\n2022年6月9日至2023年1月31日\n二、实施单位\n(一)主办单位:省商务厅\n(二)承办单位:各市(州)商务局、多彩宝\n三、活动内容\n发放消费券。')).toEqual([
      ['主办单位:省商务', ['省商务厅', '各市(州)商务局', '多彩宝']],
    ]));
  it('numbered items under a heading of tasks stay headings and tasks (not fields)', () =>
    expect(unitsOf('二、重点任务\n(一)加快技术改造\n对企业给予50万元奖励。(责任单位:区经济信息委)')).toEqual([['对企业给予50万', ['区经济信息委']]]));
});

describe("the body a heading's section names on the line under it, its contact after (body under a bodies heading)", () => {
  it('连平, 广东 (guangdong-lianping-fangwuzhengshou2021.txt, traditional characters)', () =>
    expect(
      unitsOf('二、征收實施時間\n自本通告發布之日起至2021年12月31日止。\n三、征收實施部門\n連平縣房屋拆遷工作辦公室,辦公地址:縣住建局五樓,電話:4321440。\n四、征收補償標準\n按方案對被征收人進行補償。'),
    ).toEqual([['連平縣房屋拆遷工', ['連平縣房屋拆遷工作辦公室']]]));
  it.each([
    // (applicants under a heading that names who may apply, their contact after them: no bodies of the notice)
    '一、活动时间\n2025年3月1日至3月31日\n三、申报主体\n在本区注册的企业,电话:4321440。',
    '一、活动时间\n2025年3月1日至3月31日\n三、申报主体\n各类市场主体,联系电话:4321440。',
  ])('none: %s', (s) => expect(unitsOf(s)).toEqual([]));
});

describe('a list of places a cell a line whose rows carry several sums under a grouped header (multi-sum allotment rows)', () => {
  const sumsByRow = (file: string) =>
    documentsOfPlainText(devText(file))
      .flatMap((d) => extractDocument(d))
      .filter((c) => c.amounts.length)
      .map((c) => [c.text.split('\n')[0], c.amounts.map((a) => [a.yuan, a.role])]);
  it('广元, 四川 (sichuan-guangyuan-yiliaojiuzhuzijin2016.txt): every column a total of its row, an empty cell shortening its row only', () =>
    expect(sumsByRow('sichuan-guangyuan-yiliaojiuzhuzijin2016.txt').slice(1)).toEqual([
      ['合计', [[7260000, 'total'], [4960000, 'total'], [2280000, 'total'], [2680000, 'total'], [2300000, 'total']]],
      ['利州区', [[3776100, 'total'], [2545400, 'total'], [1225400, 'total'], [1320000, 'total'], [1230700, 'total']]],
      ['昭化区', [[1895300, 'total'], [1281300, 'total'], [611300, 'total'], [670000, 'total'], [614000, 'total']]],
      ['朝天区', [[1342000, 'total'], [1015300, 'total'], [325300, 'total'], [690000, 'total'], [326700, 'total']]],
      ['经开区', [[246600, 'total'], [118000, 'total'], [118000, 'total'], [128600, 'total']]],
    ]));
  it('正安, 贵州 (guizhou-zhengan-jiuzaibuzhu.txt): a single money column stays a sum a row', () => {
    const rows = sumsByRow('guizhou-zhengan-jiuzaibuzhu.txt').filter(([place]) => place === '杨兴乡' || place === '新州镇');
    expect(rows).toEqual([
      ['杨兴乡', [[20000, 'total']]],
      ['新州镇', [[5000, 'total']]],
    ]);
  });
});
