import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { valueRows } from './fixture-table.js';

// Round 16 of classes (issue 9), values and metadata half, from the notices of round 16 of the national development set.
// Sentences are real: from a dev notice (file in eval/national/dev named in the comment) or a public page (address in the
// comment, checked against the held-out sources); a variant is a real sentence rewritten in another house style (traditional
// characters, full-width digits and punctuation, another way to write the unit), marked as such.

type Rows = [string, unknown[][]][];

describe('a bound on a measure that heads a tier of sums or names its beneficiary by any noun is a threshold in that unit', () => {
  it.each([
    // 四川 成都高新区 (sichuan-chengdugaoxinqu-chanyepeiyu.txt): tiers of floor area before the sums they earn, (不含) on the first.
    ['对经认定并加入成都高新区信息化网络孵化平台的孵化载体,分别给予5000平方米以下(不含)和5000平方米以上每年3万元、5万元网络孵化运营支持。',
      [[undefined, 5000, '平方米'], [5000, undefined, '平方米']]],
    // Variants: traditional characters; full-width digits and brackets with ㎡; 平米.
    ['對經認定並加入成都高新區信息化網絡孵化平臺的孵化載體,分別給予5000平方米以下(不含)和5000平方米以上每年3萬元、5萬元網絡孵化運營支持。',
      [[undefined, 5000, '平方米'], [5000, undefined, '平方米']]],
    ['对经认定并加入成都高新区信息化网络孵化平台的孵化载体，分别给予５０００㎡以下（不含）和５０００㎡以上每年３万元、５万元网络孵化运营支持。',
      [[undefined, 5000, '㎡'], [5000, undefined, '㎡']]],
    ['分别给予5000平米以下(不含)和5000平米以上每年3万元、5万元网络孵化运营支持。', [[undefined, 5000, '平米'], [5000, undefined, '平米']]],
    // The same notice: 对…以上的前五名,给予 — the beneficiary is no word of the applicants list, the grant follows the comma.
    ['对5000平方米以上的前五名,给予最高不超过500万元支持。', [[5000, undefined, '平方米'], [undefined, 5, '名']]],
    ['對5000平方米以上的前五名,給予最高不超過500萬元支持。', [[5000, undefined, '平方米'], [undefined, 5, '名']]],
    // 孵化载体 is who applies (dict/condition-words.json applicants), as 企业 is: 在500平方米以上的新建孵化载体.
    ['对经认定的场地面积在500平方米以上的新建孵化载体(众创空间或创业苗圃、孵化器),给予30万元新建补贴,每增加100平方米再给予5万元补贴,依次递增后最高不超过300万元补贴。',
      [[500, undefined, '平方米'], [100, undefined, '平方米']]],
    ['对经认定的场地面积在500m²以上的新建孵化载体(众创空间或创业苗圃、孵化器),给予30万元新建补贴,每增加100㎡再给予5万元补贴,依次递增后最高不超过300万元补贴。',
      [[500, undefined, 'm²'], [100, undefined, '㎡']]],
    // Unchanged: 宁夏 西吉 (ningxia-xiji-shenongzijin.txt), a bound in 亩 and a grant per 亩 (no step: 每亩 has no figure).
    ['村集体经济组织在村域范围内建设基地150亩以上,每亩奖补100元;', [[150, undefined, '亩']]],
    // Unchanged: a band of area in a list of conditions is no tier (深圳, http://nsmdqbx.cn/show-37-197-1.html).
    ['可自由支配場地面積500至3000平方米,其中創客個人或企業使用的場地(含公共服務場所)占75%以上;', []],
  ] as Rows)('%s', (text, thresholds) => {
    expect(valueRows(text).thresholds).toEqual(thresholds);
  });
});

describe('a step written with the act it counts or none (每出口100万美元奖励…) is a threshold min in its currency', () => {
  it.each([
    // 湖北 鄂城 (hubei-echeng-jiliban.txt): 每 then the sum, and 每出口 then the sum; the grant right after.
    ['生产企业按照自营出口每100万美元奖励3万元(以下元,统指人民币)的比例进行奖励,贸易企业按照每出口100万美元奖励2万元的比例进行奖励。',
      [[1000000, undefined, '美元'], [1000000, undefined, '美元']], [[30000, undefined, 'fixed'], [20000, undefined, 'fixed']]],
    // Variant: traditional characters.
    ['生產企業按照自營出口每100萬美元獎勵3萬元(以下元,統指人民幣)的比例進行獎勵,貿易企業按照每出口100萬美元獎勵2萬元的比例進行獎勵。',
      [[1000000, undefined, '美元'], [1000000, undefined, '美元']], [[30000, undefined, 'fixed'], [20000, undefined, 'fixed']]],
    // A step of 1 is a price, no threshold (https://m.wenke99.com/p-11302290.html): the band before it stays one.
    // (Round 212: the growth bounded in the 对 phrase, 且比上年增幅超过20%, is a condition too, a threshold on a rate.)
    ['对生产型自营进出口企业(含其注册的外贸公司)当年进出口50万-500万美元、且比上年增幅超过20%,或初次自营进出口50万-500万美元的,每进出口1美元奖励0.015元人民币;',
      [[0.2, undefined, '%'], [500000, 5000000, '美元']], [[0.015, undefined, 'fixed']]],
    // The step with its verb, 每新增 (https://chacewang.com/newsdetail/news748437.html).
    ['给予一次性奖励10万元,并按照产值每新增1000万元奖励2万元的标准给予增量奖励,每家企业最高奖励300万元',
      [[10000000, undefined, '元']], [[100000, undefined, 'fixed'], [20000, undefined, 'fixed'], [3000000, undefined, 'cap']]],
    // Unchanged: the money step with its verb (湖北 荆门, hubei-jingmen-gaoxinqu.txt) and a grant per head (每家 names who gets it).
    ['地方级税收每增加5亿元,分别给予荆门高新区1000万元奖励', [[500000000, undefined, '元']], [[10000000, undefined, 'fixed']]],
  ] as [string, unknown[][], unknown[][]][])('%s', (text, thresholds, amounts) => {
    const v = valueRows(text);
    expect(v.thresholds).toEqual(thresholds);
    expect(v.amounts).toEqual(amounts);
  });
});

describe('a rank rewarded: 前N名 named as who gets the grant, or ranked with 列/名列', () => {
  it.each([
    // 四川 成都高新区 (sichuan-chengdugaoxinqu-chanyepeiyu.txt): the ranking said before, 对…的前十名,给予.
    ['对经认定的孵化载体,每年按照新增企业数量、入驻企业年度销售收入、获得专业股权投资机构融资额、培育高新技术企业和上规入库企业数量、入驻科技型中小企业上年度对地方实际贡献等进行综合评价排名,对5000平方米以下(不含)的前十名,给予最高不超过300万元支持;',
      [[undefined, 5000, '平方米'], [undefined, 10, '名']]],
    // 安徽 (http://www.jiamaocode.com/article/bjhc/gzzd/200906/138886.html): 列全区前三名的企业, after a bound in 美元.
    ['對當年出口實績達200萬美元以上,超額完成區政府下達的出口任務,出口淨增額列全區前三名的企業給予表彰獎勵,第一名獎勵2萬元,第二名獎勵1萬元,第三名獎勵0.5萬元。',
      [[2000000, undefined, '美元'], [undefined, 3, '名']]],
    // 列 a rank (http://www.0898nl.com/wap/index.php?itemid=2331&moduleid=21&page=8): 分别列全国前100名的产粮大县.
    ['在常规产粮大县奖励基础上,中央财政对2006-2010年五年平均粮食产量或商品量分别列全国前100名的产粮大县,作为', [[undefined, 100, '名']]],
    // Unchanged: 贵州 贵阳 (guizhou-guiyang-ruanjian.txt), 云南 澜沧 (考核排名前六位).
    ['对首次入选国家部委指导发布的软件与信息服务业相关榜单前100名的企业,给予一次性100万元奖励。', [[undefined, 100, '名']]],
    ['对每季度考核排名前六位的乡(镇)分别按20万元、15万元、12万元、10万元、8万元、5万元给予资金奖补;', [[undefined, 6, '位']]],
    // 山东 禹城 (shandong-yucheng-gaozhiliang.txt, gold brought in line by the lead): 前N位 right after what is ranked (no
    // 的/对/取), in a sentence that ranks (评价); form: the same after 考核结果.
    ['市财政安排200万元对产业延链补链重点项目进行奖补,对绩效评价结果前10位的项目,给予每个项目20万元一次性奖补。', [[undefined, 10, '位']]],
    ['对年度考核结果前5名的园区,分别给予50万元、30万元奖励。', [[undefined, 5, '名']]],
    // No ranking word and no 的/对/取: 前3名 is no threshold (form).
    ['鼓励企业争创品牌,前3名申报的企业优先推荐。', []],
  ] as Rows)('%s', (text, thresholds) => {
    expect(valueRows(text).thresholds).toEqual(thresholds);
  });
});

describe('the objects of a 分别 grant written between the grant word and its sums pair with the sums in order', () => {
  it.each([
    // 四川 成都高新区 (sichuan-chengdugaoxinqu-chanyepeiyu.txt): the tiers, their bound mark dropped, 每年 before the sums.
    ['对经认定并加入成都高新区信息化网络孵化平台的孵化载体,分别给予5000平方米以下(不含)和5000平方米以上每年3万元、5万元网络孵化运营支持。',
      ['5000平方米以下', '5000平方米以上']],
    ['對經認定並加入成都高新區信息化網絡孵化平臺的孵化載體,分別給予5000平方米以下(不含)和5000平方米以上每年3萬元、5萬元網絡孵化運營支持。',
      ['5000平方米以下', '5000平方米以上']],
    // Unchanged: the objects before 分别 (成都高新区, same notice); one word after 给予 for three sums pairs nothing there
    // (吉林 长春, jilin-changchun-gongyezhuanxing.txt: 分别给予企业经营者100万元、200万元、300万元奖励).
    ['对获得认定的国家级、省级科技企业孵化器,分别给予100万元、30万元支持。', ['国家级科技企业孵化器', '省级科技企业孵化器']],
  ] as [string, string[]][])('%s', (text, objects) => {
    expect(extractValues(text).amounts.map((a) => a.object)).toEqual(objects);
  });
});
