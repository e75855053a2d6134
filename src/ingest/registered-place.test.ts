import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { provinceByAbbreviation, registeredPlace } from './regions.js';
import { fold } from './clean.js';
import { devText as dev } from '../dev-notices.js';

// A notice whose only word of its own place is where its conditions set the applicant's act (在泾源县初次创业经登记注册; 在京登记注册):
// no region was read. Found on ningxia-jingyuan-chuangyebutie.txt and beijing-beijingshi-liupianjiangli.txt; "form" marks a sentence
// written from the class.

describe('a place named whole where a condition sets the act in it is the notice\'s, where nothing else names one (registered place)', () => {
  it.each([
    ['ningxia-jingyuan-chuangyebutie.txt', '泾源县'],
    ['beijing-beijingshi-liupianjiangli.txt', '北京市'],
  ])('%s → %s', (file, region) => expect(documentsOfPlainText(dev(file))[0].region).toBe(region));

  it.each([
    // 泾源 (ningxia-jingyuan-chuangyebutie.txt)
    ['在泾源县初次创业经登记注册并连续正常营业6个月以上的,给予一次性创业补贴。', '泾源县'],
    // form: 注册地 before the place; traditional characters; a banner
    ['申报企业注册地在宝安区,具有独立法人资格。', '宝安区'],
    ['申報單位須在上虞區註冊登記,依法納稅。', '上虞区'],
    ['对在乌拉特前旗投资兴办的企业给予奖励。', '乌拉特前旗'],
  ])('%s → %s', (text, region) => expect(registeredPlace(fold(text))?.name).toBe(region));
  // (the pipeline reads the folded text: traditional characters as simplified)

  it.each([
    // two places: no one of them is the notice's own
    ['在宝安区注册的企业,或在南山区注册的企业。'],
    // a short name may be more than one place; a place no act is set in
    ['在上虞注册的企业给予奖励。'],
    ['宝安区的企业可以申报。'],
    // a common word that is also a district's name (城区 of 长治 and 阳泉)
    ['鼓励企业在城区投资兴业。'],
  ])('valid: %s names no place', (text) => expect(registeredPlace(fold(text))).toBeUndefined());

  // 北京 (beijing-beijingshi-liupianjiangli.txt): registering in a municipality named by its abbreviation, 登记 before 注册
  it('申报单位为在京登记注册、具有独立法人资格的企业。 → 北京市', () => {
    expect(provinceByAbbreviation('1.申报单位为在京登记注册、具有独立法人资格、从事集成电路设计业务的工业和软件信息服务业企业。')?.name).toBe('北京市');
  });
});
