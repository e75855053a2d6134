import { describe, expect, it } from 'vitest';
import { noticeDate } from './extract.js';

// The date relative deadlines (6月底前, 一季度, 年内) resolve against: the notice's own, else its document number's
// year, else the one year its title names.
describe('noticeDate', () => {
  it.each([
    [{ date: '2024-10-30', title: '关于推动全市经济向上向优向好的若干措施' }, '2024-10-30'],
    [{ title: '奖励政策普洱市澜沧县"专精特新"奖励政策:澜沧县2025年推动经济稳进提质政策措施' }, '2025'], // 云南 澜沧县
    [{ title: '楚雄州2023年推动经济稳进提质政策措施' }, '2023'], // 云南 楚雄州
    // The document number's year is the year of issue (广东 广州市; 吉林 长春市), before a year in the title.
    [{ title: '广州市促进专精特新中小企业发展壮大若干措施', docNumber: '穗府办规〔2025〕13号' }, '2025'],
    [{ title: '关于加快推进工业转型升级的实施意见实施细则', docNumber: '长府办发[2017]15号' }, '2017'],
    [{ title: '某区2025年工作要点', docNumber: '某府发（2024）30号' }, '2024'],
    [{ title: '懷化市2023年穩增長若干政策措施' }, '2023'],
    [{ title: '某区２０２４年工作要点' }, '2024'],
    // A period or several years name no single year; a cited title is another document.
    [{ title: '寿光市县域经济高质量发展工作方案(2024—2025年)' }, undefined],
    [{ title: '某市数字经济发展规划（2023-2025年）' }, undefined],
    [{ title: '关于印发《某市2023年工作要点》的通知' }, undefined],
    [{ title: '关于加快发展先进制造业振兴实体经济若干政策措施的意见' }, undefined],
  ])('%j', (doc, want) => {
    expect(noticeDate(doc as { date?: string; title: string; docNumber?: string })).toBe(want);
  });
});
