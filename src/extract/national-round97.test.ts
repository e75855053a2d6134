import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// Classes from round 97 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();
const unitsOf = (got: ReturnType<typeof clauses>, start: string) => got.find((c) => c.text.startsWith(start))?.units;

describe('a table a cell a line with name columns before its sentence (name cells)', () => {
  it('金东 (zhejiang-jindong-minshengshishi.txt): 序号 / 事项分类 / 事项名称 / 项目内容 / 牵头单位 / 协同单位', () => {
    const got = clauses(dev('zhejiang-jindong-minshengshishi.txt'));
    // (the name cell 新(改、扩)建一批中小学校 ends like a body's name; the row's sentence is still below it)
    expect(unitsOf(got, '实施新(改、扩)建中小学校5家')).toEqual(['区教体局', '东孝街道', '孝顺镇', '傅村镇', '曹宅镇', '澧浦镇', '区发改局', '金义新区发展集团', '区城投集团', '区社发公司', '区资规分局']);
    expect(got.find((c) => c.text.startsWith('实施新(改、扩)建中小学校5家'))?.lead).toEqual(['区教体局']);
    expect(unitsOf(got, '对28所中小学校食堂安装数字化验收平台')).toEqual(['区教体局']);
    expect(unitsOf(got, '新(改)建村卫生室80家')).toEqual(['区卫健局', '各乡镇(街道)']);
    expect(unitsOf(got, '新增托班8个')).toEqual(['区卫健局', '区住建局']);
    // the names the row gives its task are no clauses of its units
    expect(unitsOf(got, '“医”心为民工程')).toEqual([]);
    expect(unitsOf(got, '新(改、扩)建一批中小学校')).toEqual([]);
  });
  it('form: a row whose only text cell is a name keeps its units', () => {
    const got = clauses(
      '某区2024年民生实事任务分解\n为推进民生实事落实,现将任务分解如下。\n\n序号\n\n项目名称\n\n牵头单位\n\n配合单位\n\n1\n\n推进城镇老旧小区改造提升工程\n\n区住建局\n\n各街道\n\n2\n\n新建公办托育机构\n\n区卫健局\n\n区教体局\n',
    );
    expect(unitsOf(got, '推进城镇老旧小区改造提升工程')).toEqual(['区住建局', '各街道']);
    expect(unitsOf(got, '新建公办托育机构')).toEqual(['区卫健局', '区教体局']);
  });
});

describe('an article title in brackets after its marker is no unit note (article title)', () => {
  it('崇明 (shanghai-chongming-shangwujingji.txt): 第二条(管理部门) names the article, no bodies', () => {
    const got = clauses(dev('shanghai-chongming-shangwujingji.txt'));
    expect(unitsOf(got, '各乡镇(公司)负责本区域内申报主体认定')).toEqual([]);
    expect(unitsOf(got, '符合本区产业发展导向')).toEqual([]);
  });
  it.each([
    // form: full-width bracket, a space after the marker
    ['第三条 （职责分工）\n区商务局负责组织申报。\n', '区商务局负责组织申报'],
  ])('%s', (text, start) => {
    expect(unitsOf(clauses(`某区商务发展专项资金管理办法\n第一条 为规范资金管理,制定本办法。\n${text}`), start)).toEqual([]);
  });
  it('form: a note after the article’s sentence is still a note', () => {
    const got = clauses('某区商务发展专项资金管理办法\n第一条 为规范资金管理,制定本办法。\n第二条 对新开业的商业综合体给予20万元奖励。(区商务局、区财政局)\n');
    expect(unitsOf(got, '对新开业的商业综合体')).toEqual(['区商务局', '区财政局']);
  });
});

describe('a limit recurring every other month is ongoing (recurring months)', () => {
  it.each([
    // 梅州 (guangdong-meizhou-meizhouyou.txt)
    ['各县(市、区)逢双月25日(如遇节假日顺延)向市农业农村局梅州柚产业发展专班报送梅州柚新增扩种面积。', '逢双月25日'],
    // form: odd months, with 前
    ['各镇街逢单月10日前报送工作进展情况。', '逢单月10日前'],
  ])('%s', (sentence, raw) => {
    const got = clauses(`关于建立工作机制的通知\n为推进工作,现通知如下。\n${sentence}\n`).flatMap((c) => c.deadlines.map((d) => [d.raw, d.kind]));
    expect(got).toEqual([[raw, 'ongoing']]);
  });
});

describe('bands of a measured quantity, a magnitude on each end and the mark before the unit (quantity bands)', () => {
  const values = (sentence: string) => {
    const c = clauses(`关于推进商务经济高质量发展的实施办法\n为推进发展,制定本办法。\n${sentence}\n`).find((x) => x.text.startsWith(sentence.replace(/^\d+\./, '').slice(0, 8)))!;
    return { amounts: c.amounts.map((a) => a.yuan), thresholds: c.thresholds.map((t) => [t.min, t.max, t.unit]) };
  };
  it('崇明 (shanghai-chongming-shangwujingji.txt): 1万-3万(不含)平方米 bands a mall’s area, no money', () => {
    const got = values(
      '1.对商业建筑面积1万-3万(不含)平方米、3万-6万(不含)平方米、6万-10万(不含)平方米,新开业且平稳运营满一年以上、店铺开业率达70%以上的大型商业综合体,分别按照总额最高不超过20万元、50万元、100万元的额度,分三年按40%、30%、30%比例给予经营主体开业奖励。',
    );
    expect(got.amounts).toEqual([200000, 500000, 1000000]);
    expect(got.thresholds).toEqual(
      expect.arrayContaining([
        [10000, 30000, '平方米'],
        [30000, 60000, '平方米'],
        [60000, 100000, '平方米'],
        [0.7, undefined, '%'],
      ]),
    );
  });
  it('form: bands without a remark, the applicant right after', () => {
    const got = values('对商业建筑面积1万-3万平方米、3万-6万平方米的大型商业综合体,分别给予20万元、50万元奖励。');
    expect(got.amounts).toEqual([200000, 500000]);
    expect(got.thresholds).toEqual([
      [10000, 30000, '平方米'],
      [30000, 60000, '平方米'],
    ]);
  });
});

describe('an undated notice that speaks of a quarter bare takes the year it writes that quarter with (quarter year)', () => {
  it('吉林市 (jilin-jilinshi-kaimenhong.txt): 一季度 is 2021’s, as 2021年一季度产值 writes, though 2020 is written twice', () => {
    const got = clauses(dev('jilin-jilinshi-kaimenhong.txt'));
    const dl = (start: string) => got.find((c) => c.text.startsWith(start))?.deadlines.map((d) => [d.raw, d.from, d.date]);
    expect(dl('大力推进生猪产能恢复')).toEqual([['一季度', '2021-01', '2021-03']]);
    expect(dl('力争一季度蔬菜产量')).toEqual([['一季度', '2021-01', '2021-03']]);
    // …and the window the rewarded act falls in after 对 (round 21)
    expect(dl('对2020年以来实质性竣工投产')).toEqual([['2020年以来', undefined, '2020']]);
  });
  it('form: a year since which a thing is described, no 对 before it, is none', () => {
    const got = clauses('关于推进经济发展的若干措施\n为推动发展,制定本措施。\n2015年以来“县改区”形成的市辖区,按县级权限执行。\n');
    expect(got.flatMap((c) => c.deadlines.map((d) => d.raw))).toEqual([]);
  });
});

describe('a fund allotted to the notice’s own place with its sum right after its name is that year’s (allotted fund year)', () => {
  const dl = (sentence: string) => extractValues(sentence, '2022-07-07').deadlines.map((d) => [d.raw, d.date]);
  it.each([
    // 楚雄市 (yunnan-chuxiongshi-xianjiezijin.txt)
    ['根据《楚雄州财政局楚雄州乡村振兴局关于下达2022年州级财政衔接推进乡村振兴补助资金的通知》(楚财农〔2022〕82号),下达我市2022年州级财政衔接推进乡村振兴补助资金318万元。', [['2022年', '2022']]],
    // 姚安 (yunnan-yaoan-hudianzijin.txt): handed to the addressees after its sum
    ['现将2025年上海市对口帮扶姚安县项目资金3000万元下达给你们。', [['2025年', '2025']]],
    // 五原 (neimenggu-wuyuan-xianjiezijin.txt, round 96)
    ['下达我县2025年自治区财政衔接推进乡村振兴补助资金6927万元,用于巩固拓展脱贫攻坚成果。', [['2025年', '2025']]],
    // form: a superior's addition reported, no own place (海东's gold): the fund's name
    ['江苏省追加2018年东西部扶贫协作专项资金4000万元。', []],
    // form: the fund named, no sum after it: the name's year
    ['做好2026年中央财政衔接推进乡村振兴补助资金项目管理工作。', []],
  ])('%s', (sentence, want) => {
    expect(dl(sentence)).toEqual(want);
  });
});

describe('a signing date inside saved HTML markup is no deadline (saved markup)', () => {
  it('山西省 (shanxi-shanxisheng-zhongdianqunti.txt): <p style="text-align: right;"> 2018年3月27日</p>', () => {
    const dates = clauses(dev('shanxi-shanxisheng-zhongdianqunti.txt')).flatMap((c) => c.deadlines.map((d) => d.date));
    expect(dates).not.toContain('2018-03-27');
  });
});
