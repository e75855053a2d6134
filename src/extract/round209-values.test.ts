import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';
import { valueTable } from './fixture-table.js';

// Round 209 (issue 9): an applicant's own ratio capped, a band of headcount closed by 的 before a further bound, people named with a
// remark in brackets, a span before a compensation, a rate already paid, and a window's line whose 时间 labels are no page fields.

const bounds = (s: string) => valueTable(s).thresholds.map((t) => [t[1], t[2], t[3]]);

describe('an applicant’s own ratio capped is a threshold, whatever the sentence’s shape (applicant ratio capped)', () => {
  it.each([
    // 江苏 扬州 (jiangsu-yangzhou-wengangfanhuan2022.txt): a condition closed by 的 and a comma, then the cap with its base between
    ['2021年度平均参保人数在30人(含)以下的,裁员率不高于企业参保职工总数的20%。', [[null, 30, '人'], [null, 0.2, '%']]],
    // …and the cap's value in the bracket after the reference level
    ['符合条件的失业保险参保单位2021年度平均参保人数在30人以上的,未裁员或裁员率不高于上年度全国城镇调查失业率控制目标(5.5%);', [[30, null, '人'], [null, 0.055, '%']]],
    // 湖北 宜昌 (m.yichang.bendibao.com, the 2020 申领条件): the level's year in its bracket; the cap before 可以申领 with no 的
    ['参保企业上年度未裁员或裁员率低于上年度全国城镇调查失业率控制目标(2020年为6%),30人(含)以下的参保企业裁员率不高于参保职工总数20%,可以申领稳岗返还。', [[null, 0.06, '%'], [null, 30, '人'], [null, 0.2, '%']]],
    // 江苏 常州 (m.bbbaike.com, 企业裁员率应符合要求): a list of caps by the size of the firm
    ['大型企业裁员率不超过3.62%、中小微企业裁员率不超过5.5%、2019年初参保职工30人(含)以下的企业裁员率不超过20%', [[null, 0.0362, '%'], [null, 0.055, '%'], [null, 30, '人'], [null, 0.2, '%']]],
    // 浙江 (chacewang news97235): a requirement word before the cap
    ['该小吃店为参保30人以下单位,按文件规定裁员率须不高于参保职工总数的20%,该小吃店的裁员率符合计算公式1,可以申报稳岗返还。', [[null, 30, '人'], [null, 0.2, '%']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));

  it.each([
    // valid: a goal's cap on a ratio stays a rate (控制在, 确保)
    ['确保城镇调查失业率控制在5.5%以内。'],
    // valid: a grant's share capped stays a rate
    ['补助比例不超过项目总投资的30%。'],
  ])('%s keeps its rate', (s) => {
    expect(valueTable(s).thresholds).toEqual([]);
    expect(valueTable(s).rates.length).toBe(1);
  });
});

describe('a rate already paid, named in a condition closed by 的, is none; the top-up after it stays (rate already paid)', () => {
  it.each([
    // 江苏 扬州 (jiangsu-yangzhou-wengangfanhuan2022.txt)
    ['各地大型企业已经按照30%返还比例发放的,再补差20%。', [0.2]],
    // form: 已按, the top-up as a share
    ['已按60%比例返还的企业,按差额部分补发至90%。', [0.9]],
    // valid: a rate paid by 按照 with no 已 stays
    ['大型企业按照30%返还比例发放。', [0.3]],
  ])('%s', (s, want) => expect(valueTable(s).rates).toEqual(want));
});

describe('a span bounds the people named after it, a remark in brackets after them (people by span with a remark)', () => {
  it.each([
    // 云南省 (yunnan-yunnansheng-wenjiuye20tiao.txt), traditional characters
    ['對吸納我省登記失業半年以上人員(勞務派遣、勞務外包人員除外),簽訂1年以上期限勞動合同,并穩定就業6個月(含)以上的經營主體,按照每招用1人1000元的標準給予一次性吸納就業補貼。', [[0.5, null, '年'], [1, null, '年'], [6, null, '个月']]],
    // 河南 许昌 (henan-xuchang-wenjiuye.txt): the people with their remark, 含 a list
    ['对企业招用建档立卡贫困劳动力,以及登记失业半年以上的持证人员(《就业创业证》或《就业失业登记证》,注明“企业吸纳税收政策”),与其签订1年以上期限劳动合同并缴纳社会保险费的,在3年内按实际招用人数予以定额依次扣减。', [[0.5, null, '年'], [1, null, '年']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a span reached before a compensation paid back is a threshold (span before compensation)', () => {
  it.each([
    // 吉林省 (jilin-jilinsheng-liujigaoxiaobiyesheng.txt)
    ['对城乡低保家庭应届高校毕业生到我省乡镇以下基层单位就业和应届高校毕业生到我省边境县基层单位就业,服务期达到3年以上的,按规定实施相应的学费补偿或国家助学贷款代偿。', [[3, null, '年']]],
    // valid: a grant word after it, as before
    ['对高校毕业生到基层就业,服务期达到3年以上的,给予学费补偿。', [[3, null, '年']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('a window’s line whose 时间 labels close longer words is a clause, not a row of page fields (window time label)', () => {
  it('光明 (guangdong-guangming-jinbohuichailvfei.txt): 申报时间 and 工作时间 on one line; no page date read from it', () => {
    const text =
      '各相關企業:\n根據相關規定,現對第三屆中國國際進口博覽會差旅費資助項目進行受理,有關事項通知如下:\n一、資助標準\n對參加第三屆中國國際進口博覽會的光明區企業,按差旅費的50%予以資助。\n二、申報時間\n紙質材料申報時間:2020年11月17日(星期二)至2020年11月20日(星期五)18時止(工作時間:早上9:00-12:00、下午2:00-6:00)。\n特此通知。\n';
    const [doc] = documentsOfPlainText(text);
    expect(doc.date).toBeUndefined();
    const clause = extractDocuments([doc])[0].find((c) => c.text.includes('申報時間'));
    expect(clause?.deadlines.map((d) => d.date)).toEqual(['2020-11-20']);
  });

  it('valid: a page’s own 发表日期 and a value run into 时间: stay fields', () => {
    const [doc] = documentsOfPlainText('关于做好稳就业工作的通知\n来源:海南省人民政府办公厅时间:2021-12-16\n各市县人民政府:\n现将有关事项通知如下。\n');
    expect(doc.date).toBe('2021-12-16');
  });
});
