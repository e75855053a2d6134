import { describe, it } from 'vitest';
import { extractValues } from './extract.js';
import { expectGrounded, type Expected } from './fixture-table.js';
import type { Rate } from '../types.js';

const cases: { text: string; rates: Expected<Rate>[] }[] = [
  { text: '对于一般技改扩能项目，按不超过投资额度15%给予补助，最多不超过1000万元；', rates: [{ raw: '15%', value: 0.15, role: 'cap', base: '投资额度' }] },
  { text: '同时，对提供系统集成服务的区内企业，按不超过合同结算金额的10%给予补助', rates: [{ raw: '10%', value: 0.1, role: 'cap', base: '合同结算金额' }] },
  { text: '区级对通过国家统计局联网直报平台报统的企业，按当年研发投入区内报核总额的5%给予补贴；', rates: [{ raw: '5%', value: 0.05, role: 'fixed', base: '当年研发投入区内报核总额' }] },
  { text: '前两年度均享受区研发补贴且研发投入逐年增长的，可按当年增长额的30%给予补贴。', rates: [{ raw: '30%', value: 0.3, role: 'fixed', base: '当年增长额' }] },
  { text: '对列入区级智能制造试点示范工程的项目，按照实际投资的 8%给予补助', rates: [{ raw: '8%', value: 0.08, role: 'fixed', base: '实际投资' }] },
  { text: '在工业园区规划建设范围内，按照原则上不低于工业用地总规模10%的比例', rates: [{ raw: '10%', value: 0.1, role: 'min', base: '工业用地总规模' }] },
  { text: '战略性新兴产业产值占比提高至10%', rates: [{ raw: '10%', value: 0.1, role: 'target' }] },
  { text: '关键业务环节全面数字化的企业比例达到61.2%，数字化研发设计工具普及率达到86.7%，关键工序数控化率达到65%', rates: [
    { raw: '61.2%', value: 0.612, role: 'target', base: '关键业务环节全面数字化的企业' },
    { raw: '86.7%', value: 0.867, role: 'target', base: '数字化研发设计工具普及率' },
    { raw: '65%', value: 0.65, role: 'target', base: '关键工序数控化率' },
  ] },
  { text: '工业固废综合利用率保持在96%以上', rates: [{ raw: '96%', value: 0.96, role: 'min' }] },
  { text: '规模以上工业企业研发投入占营业总收入的比例超过2%', rates: [{ raw: '2%', value: 0.02, role: 'min', base: '营业总收入' }] },
  { text: '30%以上的规模以上工业企业建立研发机构', rates: [{ raw: '30%', value: 0.3, role: 'min', base: '规模以上工业企业' }] },
  { text: '补助比例为百分之二十', rates: [{ raw: '百分之二十', value: 0.2 }] },
  { text: '给予企业上年度缴纳增值税区级留存部分50%的奖励。', rates: [{ raw: '50%', value: 0.5, role: 'fixed', base: '企业上年度缴纳增值税区级留存部分' }] },
  { text: '鼓励金融机构降低贷款利率，年化利率不高于4.5%。', rates: [{ raw: '4.5%', value: 0.045, role: 'cap', base: '年化利率' }] },
  { text: '对获评企业给予１５％的奖励', rates: [{ raw: '１５％', value: 0.15, role: 'fixed' }] },
];

describe('rates', () => {
  for (const c of cases) {
    it(c.text.slice(0, 40), () => {
      expectGrounded(c.text, extractValues(c.text).rates, c.rates, ['value', 'role', 'base']);
    });
  }
});
