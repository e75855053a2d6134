import { describe, expect, it } from 'vitest';
import { deadlinePairs, unitRows, valueRows } from './fixture-table.js';
import { planTitleTerm } from './plan-term.js';

// Classes from round 148 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

describe('a span the applicant must have worked, closed by 的 and a remark in brackets, is a condition and no deadline (span condition)', () => {
  it.each([
    // 阿克苏 (xinjiang-akesu-rencaiyinjin.txt)
    ['对全职引进的全日制硕士研究生(副高、高级技师)、博士研究生(正高),在阿克苏地区连续工作满5年且购房的(在同一县<市>和区域不同单位工作的,时间连续计算),经认定后一次性分别给予40万元、50万元的购房补贴', [[5, undefined, '年']], []],
    // form: no remark, as before
    ['在本市连续工作满5年且购房的,给予购房补贴', [[5, undefined, '年']], []],
    // valid: a grant's span stays a deadline
    ['对新引进的博士给予生活补贴,连续补贴3年。', [], [['连续补贴3年', 'relative']]],
  ] as [string, unknown[], unknown[]][])('%s', (s, thr, dl) => {
    expect(valueRows(s).thresholds).toEqual(thr);
    expect(deadlinePairs(s, '2024-09-20')).toEqual(dl);
  });
});

describe('a term the applicant must keep, bounded below, is a condition wherever it stands (kept term)', () => {
  it.each([
    // 朝阳 (beijing-chaoyang-zongbuqiye.txt)
    ['享受补贴期间,不得将租用的办公用房转租或改变其用途且租用期应不少于3年。', [[3, undefined, '年']]],
    // form
    ['入驻企业承租期不少于5年,按实际租金的50%给予补贴。', [[5, undefined, '年']]],
    // valid: a term a thing has, with no bound, is none (termWords: 租赁期限为5年)
    ['租赁期限为5年,租金按年支付。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
});

describe('a bound before a quantity, then one more condition with no figure closed by 的, then the grant (conditions then grant)', () => {
  it.each([
    // 巍山 (yunnan-weishan-xingjijiudian.txt): the body that grants written first
    ['按照四星级酒店标准进行规划设计和投资建设,投资总额在1亿元人民币以上,占地面积不低于20亩,被星评委评定批复为四星级酒店的,县人民政府予以奖励1200万元(含省州奖励资金)。', [[100000000, undefined, '元'], [20, undefined, '亩']]],
    // form: the grant right after the comma
    ['建筑面积不少于5000平方米,通过验收的,给予一次性补助50万元。', [[5000, undefined, '平方米']]],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
});

describe('a ranked school the person comes from is a rank threshold (school rank)', () => {
  it.each([
    // 太原 (shanxi-taiyuan-laibingbuzhu.txt)
    ['申请对象:全日制博士研究生,世界排名前200名大学(不含境内)、教育部公布的一流大学建设高校和“双一流”建设学科的全日制硕士研究生(含2019年以后毕业的非全日制硕士研究生)、本科生。', [[undefined, 200, '名']]],
    // form
    ['对毕业于QS世界大学排名前100位高校的博士给予生活补贴', [[undefined, 100, '位']]],
    // valid: a rank with nothing rewarded or qualified after it is none
    ['我市综合实力排名前10位', []],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
});

describe('封顶 as a building\'s topping-out is an event, no ceiling (topping-out)', () => {
  it.each([
    // 巍山 (yunnan-weishan-xingjijiudian.txt)
    ['兑现办法:酒店封顶时奖励300万元,酒店投入使用时奖励700万元,酒店被评定为五星级酒店时奖励800万元。', [[3000000, undefined, 'fixed'], [7000000, undefined, 'fixed'], [8000000, undefined, 'fixed']]],
    // valid: a ceiling written 封顶 stays one
    ['每家企业补助封顶50万元。', [[500000, undefined, 'cap']]],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s).amounts).toEqual(want));
});

describe('a raise of a grant\'s standard per unit (再上调10元/人次) is money given (raised standard)', () => {
  it.each([
    // 海口 (hainan-haikou-lvxingshejiangli.txt)
    ['入住其他旅游饭店,奖励5元/人次,增量部分各档次再上调10元/人次。', [[5, undefined, 'fixed'], [10, undefined, 'fixed']]],
    ['鼓励旅行社招徕入境游客(含港澳台)入住本市酒店,在以上奖励标准的基础上增加10元/人次,增量部分各档次再上调10元/人次。', [[10, undefined, 'fixed'], [10, undefined, 'fixed']]],
    // valid: a price raised is no money given
    ['对享受电价补贴的企业,电价提高0.1元/度。', []],
  ] as [string, unknown][])('%s', (s, want) => expect(valueRows(s).amounts).toEqual(want));
});

describe('bodies given the lead in running text with no partner named are its units (lead role)', () => {
  it.each([
    // 四川省 (sichuan-sichuansheng-zongburending.txt)
    ['第四条 建立总部经济工作省级协调机制,省发展改革委、经济和信息化厅、科技厅、省市场监管局、省经济合作局牵头负责四川省总部企业认定工作。\n', [['省发展改革委', '经济和信息化厅', '科技厅', '省市场监管局', '省经济合作局']]],
    // 苏州 (jiangsu-suzhou-renwuxiada2018.txt), relabelled in review as round 114 reads it
    ['市政府将对各目标任务实施动态管理,具体由市发改委牵头负责。\n', [['市发改委']]],
    // valid: a kind of firm before 牵头 is no body (round 115: 电网企业牵头研究提出…)
    ['电网企业牵头负责研究提出配套电网建设方案。\n', []],
  ] as [string, string[][]][])('%s', (s, want) => expect(unitRows(s)).toEqual(want));
});

describe('a cover\'s title that sends a plan gives the plan\'s period to the body\'s first clause (cover title period)', () => {
  it.each([
    // 滨州 (shandong-binzhou-shangshixingdong.txt): a policy database page, the plan's own title line not kept
    ['滨州市人民政府办公室关于印发滨州市企业上市三年行动计划(2022—2024年)的通知', { raw: '2022—2024年', from: '2022', date: '2024' }],
    // form: the plan named in marks
    ['关于印发《某某市数字经济发展三年行动方案(2023-2025年)》的通知', { raw: '2023-2025年', from: '2023', date: '2025' }],
    // valid: a cover with no period in the plan's name gives none
    ['关于印发某某市促进消费若干措施的通知', undefined],
  ] as [string, unknown][])('%s', (t, want) => expect(planTitleTerm(t)).toEqual(want));
});
