import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { newsLeadIssuer } from './metadata.js';
import { withoutProvince } from './documents.js';
import { devText as dev } from '../dev-notices.js';

// A news lead dated with its part of the day (8月5日上午,…) named no issuer: the lead's time took only a bare date. And the body the lead
// wrote with its province in front lost the province only where a line of the notice opens with the body, not where the notice lists it.

describe('a news lead dated with its part of the day names the issuer (news lead part of day)', () => {
  it.each([
    // 冕宁 (sichuan-mianning-xiaofeiquan.txt, folded from traditional)
    ['8月5日上午,四川省冕宁县商务经济合作和外事局公布了关于印发《“天府里·悦生活·惠购冕宁”2022年冕宁县政府消费券发放活动实施方案》的通知', '四川省冕宁县商务经济合作和外事局'],
    // forms
    ['6月12日下午,市工业和信息化局印发《关于支持中小企业发展的若干措施》', '市工业和信息化局'],
    ['近日,浙江省人民政府办公厅印发《关于进一步推动经济高质量发展的若干政策》', '浙江省人民政府办公厅'],
  ])('%s → %s', (lead, want) => expect(newsLeadIssuer([lead])).toBe(want));
  it('withoutProvince: the body the notice lists bare (承辦單位:…、冕寧縣商務經濟合作和外事局) drops the lead\'s province', () => {
    const folded = '8月5日上午,四川省冕宁县商务经济合作和外事局公布了…\n承办单位:冕宁县委宣传部、冕宁县商务经济合作和外事局、冕宁县财政局\n';
    expect(withoutProvince('四川省冕宁县商务经济合作和外事局', folded)).toBe('冕宁县商务经济合作和外事局');
    expect(withoutProvince('四川省冕宁县商务经济合作和外事局', '8月5日上午,四川省冕宁县商务经济合作和外事局公布了…\n')).toBe('四川省冕宁县商务经济合作和外事局');
  });
  it('冕宁 dev: the issuer as the notice writes it, in traditional characters', () => {
    const d = documentsOfPlainText(dev('sichuan-mianning-xiaofeiquan.txt'))[0];
    expect(d.issuer).toBe('冕寧縣商務經濟合作和外事局');
  });
});
