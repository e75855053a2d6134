import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 180's classes (dev notices 新昌 茶业, 哈密 设施农业, 上虞 服务外包, 宝安 专业服务业, 驻马店 保税中心; 简阳 of an older round gains too):
const v = (text: string, docDate?: string) => extractValues(text, docDate);
const thresholds = (text: string) => v(text).thresholds.map((t) => [t.raw, t.min ?? null, t.unit]);

describe('round 180 classes', () => {
  it.each([
    ['对茶园集中连片200亩以上,按照规范要求配置电源和杀虫灯,按实给予补助,最高不超过每盏4000元(与项目不重复补助)。', [['200亩以上', 200, '亩']]],
    ['鼓励基地规模300亩以上,环境优美,交通便捷的茶园及加工场所优先开展茶观光、休闲、体验及茶文化展示、培训等设施的建设,给予实际投资额70%、最高不超过100万元补助。', [['300亩以上', 300, '亩']]],
  ])('a bound in the first phrase of a clause opened by whom it is for, a grant later: %s', (s, want) => expect(thresholds(s)).toEqual(want));
  it('such a bound with no grant after it stays none', () => {
    expect(thresholds('对茶园集中连片200亩以上的区域,加强病虫害监测。')).toEqual([]);
  });
  it('a clean record whose fields are named at length (近两年在…等方面无违法行为) is none', () => {
    expect(v('近两年在进出口业务管理、税收管理、外汇管理、海关管理等方面无违法行为;', '2011-01-01').deadlines).toEqual([]);
  });
  it('a firm kind ending in 事务所 is an applicant (…的律師事務所)', () => {
    expect(thresholds('執業律師人數30人以上、年營業額3000萬元及以上且納稅200萬元及以上的律師事務所或獲中華全國律師協會認定的優秀律師事務所。').map((t) => t[1])).toEqual([30, 30000000, 2000000]);
  });
  it('figures named as an indicator to meet (進出口額指標分別不低於20億元…) are targets, no conditions', () => {
    const r = v('2023年-2025年,駐馬店公共保稅中心有限公司招商外貿客戶不低於100家,進出口額指標分別不低於20億元、30億元、50億元,按照季度對外綜服平臺進行招商獎補。');
    expect(r.thresholds.filter((t) => t.unit === '元')).toEqual([]);
    expect(r.amounts.map((a) => [a.yuan, a.role])).toEqual([[2e9, 'target'], [3e9, 'target'], [5e9, 'target']]);
  });
});
