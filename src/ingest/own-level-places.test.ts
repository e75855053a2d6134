import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { ownLevel } from './regions.js';
import { devText as dev } from '../dev-notices.js';


describe('ownLevel: the places a notice addresses in a bracket are not its own level; 市直/县直 departments are (own level of places)', () => {
  it.each([
    // 六盘水 (guizhou-liupanshui-gaoqijiangli.txt): 各市(特区、区)科技局 three times outweighed 我市 twice
    ['各市(特区、区)科技局、六盘水高新区科创局、各相关企业:为推进我市科技创新发展,推动我市经济高质量发展,市科技局对2023年度认定高新技术企业进行奖励性补助。请各市(特区、区)科技局、高新区科创局于4月15日前报送。各市(特区、区)科技局、高新区科创局负责审核。', '市'],
    // 丹东 (liaoning-dandong-kejijiangtiming.txt): its own level only in 市直有关部门
    ['各县(市)区科技局,市直有关部门,各有关单位:根据《关于开展2021年度辽宁省科技奖提名工作的通知》要求,现开展提名工作。', '市'],
    // forms
    ['各县（市、区）发改局、县直各部门:现将有关事项通知如下。', '县'],
    ['省直有关单位、各市（州）工信局:现将方案印发给你们。', '省'],
  ])('%s → %s', (text, level) => expect(ownLevel(text)).toBe(level));
  it('六盘水 dev: the city it names (在六盘水注册) is its region', () => {
    const text = dev('guizhou-liupanshui-gaoqijiangli.txt');
    expect(documentsOfPlainText(text)[0].region).toBe('六盘水市');
  });
});
