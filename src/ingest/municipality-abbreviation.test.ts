import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { provinceByAbbreviation } from './regions.js';
import { devText as dev } from '../dev-notices.js';

// A municipality's notice that names itself only by its one-character abbreviation (申报单位在京稳定生产经营): the rule read it only for a
// province's notice (在晋投资), so a notice speaking as a city or of no level named no region. Found on beijing-beijingshi-wenyunxingjiangli.txt.

describe('a municipality named by its abbreviation (municipality abbreviation)', () => {
  it('北京市 (beijing-beijingshi-wenyunxingjiangli.txt, traditional characters)', () => {
    expect(documentsOfPlainText(dev('beijing-beijingshi-wenyunxingjiangli.txt'))[0].region).toBe('北京市');
  });
  it.each([
    ['4.申报单位在京稳定生产经营,其在京关联企业产值不出现非正常波动。', '北京市'],
    ['对国际性专业展会来京举办的,给予一次性奖励。本市相关部门做好服务。', '北京市'],
    ['鼓励跨国公司地区总部在渝设立研发中心,全市给予支持。', '重庆市'],
    ['支持外资企业在沪设立研发中心,本市给予奖励。', '上海市'],
    ['对新引进来津落户的企业,本市给予奖励。', '天津市'],
  ])('%s → %s', (text, region) => expect(provinceByAbbreviation(text)?.name).toBe(region));
  it.each([
    ['在沪深交易所上市的企业,本市给予奖励。'],
    ['消费者在京东、唯品会购物。全市商户参与。'],
    ['对在渝北区行政区域内注册的企业,全区给予奖励。'],
    ['鼓励本县企业在京投资,县政府给予支持。'],
    ['支持企业在京投资,也支持企业来沪设立总部,本市给予奖励。'],
  ])('valid: %s names no municipality', (text) => expect(provinceByAbbreviation(text)).toBeUndefined());
});
