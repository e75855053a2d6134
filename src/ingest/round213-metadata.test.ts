import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// Round 213 (issue 9): a repost's lead naming its body by a verb not asked before (公示, 将…上调至), after a headline it ran into, and
// dating the notice by its day without a year; a committee whose meeting passed the measure. Heads of eval/national/dev notices.
const meta = (text: string) => {
  const [d] = documentsOfPlainText(text);
  return [d.issuer, d.date];
};

describe('a repost’s lead names the issuer and dates the notice, its day’s year from the text (lead day without a year)', () => {
  it.each([
    // 四川 成都 (sichuan-chengdu-chunengshifan2023.txt): 公示, the year a document number gives
    ['9月18日,成都市发改委公示2023年储能示范项目。根据有关文件,对储能示范设施给予补助。\n详情如下:\n成都市2023年储能示范项目公示\n为加快推动成都市储能产业发展,前期市发改委印发了《关于申报…的通知》(成发改环资函〔2023〕92号),现予以公示。\n', ['成都市发改委', '2023-09-18']],
    // 山东 临沂 (shandong-linyi-gongjijinzufangtiqu2024.txt): 【导语】, the body and what it raises; the year the first full date gives
    ['【导语】:7月30日,临沂市住房公积金中心将租赁租住住房提取住房公积金限额由10368元上调至21600元,详见全文。\n为促进“租购并举”,现将租赁自住住房提取住房公积金相关政策通知如下:\n本通知自2024年8月1日起施行。\n', ['临沂市住房公积金中心', '2024-07-30']],
    // 内蒙古 (neimenggu-zizhiqu-chunengbuchang.txt), traditional characters: the notice's own document number's year
    ['11月10日,內蒙古能源局發布《內蒙古自治區能源局關于規范獨立新型儲能電站管理有關事宜的通知》,其中明確2026年度補償標準為0.28元/kWh。\n原文如下:\n內蒙古自治區能源局關于規范獨立新型儲能電站管理有關事宜的通知\n內能源電力字〔2025〕656號\n', ['內蒙古自治區能源局', '2025-11-10']],
    // 浙江 瓯海 (zhejiang-ouhai-guangfuchuneng.txt): the repost's time stamp two days on gives the year, not a cited number's
    ['浙江温州瓯海区:分布式光伏补贴0.1元/千瓦时 连补两年\n来源:索比光伏网整理发布时间:2025-03-05 15:53:49\n3月3日,瓯海区发展和改革局发布关于组织开展瓯海区…申报发放工作的通知,通知指出,给予每千瓦时0.1元补贴。\n原文如下:\n根据《温州市人民政府办公室关于印发…的通知》(温政办〔2023〕39号)精神,现将有关事项通知如下:\n', ['瓯海区发展和改革局', '2025-03-03']],
  ])('%s', (text, want) => expect(meta(text)).toEqual(want));

  it('valid: 印发的《…》提出 names the document, not the day it was issued (河南省, henan-henansheng-xinjijian.txt)', () => {
    const text =
      '环卫充电设施可获30%-40%奖补 河南发布支持重大基础设施建设政策\n中国固废网获悉,8月5日,河南省人民政府办公厅印发的《河南省支持重大新型基础设施建设若干政策》提出,按照投资总额的30%给予奖补\n';
    expect(meta(text)[1]).not.toBe('2023-08-05');
  });

  it('苏州 (jiangsu-suzhou-guosanchaiyouche.txt): a lead run into the headline above it, no stop between', () => {
    const text =
      '苏州发布国三及以下车辆淘汰补助标准 最高可补3.1万\n苏州发布国三及以下车辆淘汰补助标准 最高可补3.1万近日,苏州市人民政府发布《市政府关于对国Ⅲ及以下柴油车提前淘汰实施补助的通告》。通告中明确,对提前淘汰的柴油车实施补助。\n';
    expect(meta(text)[0]).toBe('苏州市人民政府');
  });
});

describe('a committee whose meeting passed the measure and decided it issues it (meeting passed and decided)', () => {
  it('舟山 (zhejiang-zhoushan-gongjijindaikuan2013.txt), traditional characters, 壹 for 一', () => {
    const text =
      '為支持職工使用住房公積金改善居住條件,促進我市房地產業健康發展,舟山市住房公積金管理委員會2013年第壹次會議通過,決定自4月13日起,調整我市住房公積金貸款最高額度。現將有關事項通知如下:\n壹是首次申請住房公積金貸款購買首套普通自住住房,每戶住房公積金最高貸款限額由45萬元提高到50萬元;\n';
    expect(meta(text)[0]).toBe('舟山市住房公積金管理委員會');
  });
});
