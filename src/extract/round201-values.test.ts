import { describe, expect, it } from 'vitest';
import { valueTable } from './fixture-table.js';

// Round 201 (issue 9): fines imposed or limited, a cited meeting's day, and a service's time limit given as a field.
const values = (text: string, day = '2021-08-19') => valueTable(text, day);
const none = { amounts: [], rates: [], thresholds: [], deadlines: [] };

describe('a fine imposed, its range or ceiling before 罚款, is money taken: no value (fines imposed)', () => {
  it.each([
    // 成都 (sichuan-chengdu-shirongtiaoli2012.txt)
    ['逾期不改正的,可对个人处以100元以上200元以下罚款,对单位处以500元以上2000元以下罚款。'],
    ['违反本条第一款规定的,责令改正,逾期不改正的,可处以100元以下罚款。'],
    // 嘉兴 (zhejiang-jiaxing-difangfaguixiugai2021.txt), numerals in words and 的 before 罚款
    ['由文物主管部门责令改正,给予警告,可以并处五千元以上五万元以下的罚款。'],
    ['情节严重的,对单位处五万元以上五十万元以下罚款,对个人处二百元以上二千元以下罚款。'],
    // 湖北省 (hubei-hubeisheng-fakuanxiane2013.txt): the ceiling a rule may set on fines
    ['没有违法所得的,设定罚款数额不得超过10000元'],
    ['有违法所得的,设定罚款数额不得超过违法所得的3倍,但最高不得超过30000元;'],
  ])('%s', (text) => expect(values(text)).toEqual(none));
  it('valid: a fine the applicant must not have had stays a condition (洪山)', () =>
    expect(values('环保方面无20万元以上罚款。').thresholds).toEqual([['环保方面无', null, 200000, '元']]));
  it('valid: a grant beside a fine stays money given', () =>
    expect(values('对按期完成整改的企业给予5万元奖励。').amounts).toEqual([[50000, 'fixed']]));
});

describe('a day whose meeting\'s minutes or spirit a sentence cites is no limit (cited meeting days)', () => {
  it('昭化 (sichuan-zhaohua-kuquweiwenjingfei.txt)', () =>
    expect(values('人员工资和办公经费全部按川办发〔2012〕60号文件和2014年4月30日区委、区政府组建驻广元城区移民工作机构专题会议纪要精神执行,足额保障。', '2018-07-22').deadlines).toEqual([]));
  it('成都: the day a standing committee\'s meeting decided the amendment', () =>
    expect(values('2012年6月29日成都市第十五届人民代表大会常务委员会第三十三次会议决定对《成都市市容和环境卫生管理条例》作如下修改:', '2012-06-29').deadlines).toEqual([]));
  it('valid: a meeting set for a day stays a time', () =>
    expect(values('定于2024年5月10日召开专题会议。', '2024-05-01').deadlines).toEqual([['于2024年5月10日', '2024-05-10']]));
});

describe('a service\'s time limit given as its field, no 内, is relative (service time-limit fields)', () => {
  it('曲阜 (shandong-qufu-dushengzinvjiangli.txt): 承诺办结时限 | 1个工作日', () =>
    expect(values('承诺办结时限|1个工作日').deadlines).toEqual([['1个工作日', 'relative']]));
  it('form: 法定办结时限:20个工作日', () => expect(values('法定办结时限:20个工作日').deadlines).toEqual([['20个工作日', 'relative']]));
});

// Round 202 (issue 9): a sum per a unit after 每, and a price named right after its sum.
describe('a sum per a unit after 每 is the grant per that unit, no step (每 per unit)', () => {
  it('房山 (beijing-fangshan-cainuanmoduan.txt)', () =>
    expect(values('采暖房间按建筑面积每20元/平方米补贴,最高不超过2000元。', '2017-07-27')).toEqual({ amounts: [[20, 'fixed'], [2000, 'cap']], rates: [], thresholds: [], deadlines: [] }));
  it('valid: a step in money stays a step', () =>
    expect(values('每出口100万美元奖励2万元。').thresholds).toEqual([['每出口', 1000000, null, '美元']]));
});

describe('a sum right before the name of a price is that price, paid, no grant (prices named after)', () => {
  it('平谷 (beijing-pinggu-meigaidian.txt): 享受0.3元/度的低谷电价', () =>
    expect(values('完成“煤改电”改造任务村庄,每年11月1日-次年3月31日居民在晚20:00-次日8:00享受0.3元/度的低谷电价。', '2018-07-04').amounts).toEqual([]));
  it('valid: a grant named after the price word stays a grant', () => expect(values('给予0.1元/度的电价补贴。').amounts).toEqual([[0.1, 'fixed']]));
});
