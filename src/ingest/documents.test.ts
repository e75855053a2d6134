import { describe, expect, it } from 'vitest';
import { ingestFile } from './ingest.js';

const meta = async (f: string) =>
  (await ingestFile(`corpus/${f}`)).map((d) => ({ title: d.title, issuer: d.issuer, docNumber: d.docNumber, date: d.date, region: d.region, status: d.status, kind: d.kind }));

describe('documents from the seeds', () => {
  it('000: the cover notice and its five attachments, all drafts of 綦江区', async () => {
    const docs = await meta('000_1783c25a94a31d5b.txt');
    expect(docs.map((d) => d.title)).toEqual([
      '关于征求《进一步推动制造业高质量发展加快建设全市先进制造业基地的意见（征求意见稿）》等系列文件意见的公告',
      '关于进一步推动制造业高质量发展加快建设全市先进制造业基地的意见（征求意见稿）',
      '綦江区支持制造业高质量发展若干政策措施（征求意见稿）',
      '綦江区制造业数字化智能化赋能行动计划（2021-2025年）（征求意见稿）',
      '綦江区制造业绿色发展专项行动实施方案（2021-2025年）（征求意见稿）',
      '綦江区优质企业梯度培育行动实施方案（2021-2025年）（征求意见稿）',
    ]);
    expect(docs[0]).toMatchObject({ issuer: '重庆市綦江区经济和信息化委员会', date: '2021-09-07', region: '綦江区', kind: 'notice' });
    expect(docs[1]).toMatchObject({ issuer: '中共重庆市綦江区委、重庆市綦江区人民政府', kind: 'opinion' });
    expect(docs[2]).toMatchObject({ kind: 'measures', region: '綦江区' });
    expect(docs.every((d) => d.status === 'draft')).toBe(true);
  });
  it('001: a gazette holding a commentary, a notice, the plan it prints and another notice', async () => {
    const docs = await meta('001_68c950f8ef0909af.txt');
    expect(docs.map((d) => [d.kind, d.title])).toEqual([
      ['commentary', '自身硬首先要自身廉（人民论坛）'],
      ['notice', '关于印发《重庆市綦江区“十四五”工业转型升级高质量发展规划（2021—2025年）》的通知'],
      ['plan', '重庆市綦江区“十四五”工业转型升级高质量发展规划（2021-2025年）（2023年1月）'],
      ['notice', '关于印发重庆市綦江区贯彻落实在重点工程项目中大力实施以工代赈促进当地群众就业增收工作方案重点任务分工的通知'],
    ]);
    expect(docs[1]).toMatchObject({ issuer: '重庆市綦江区人民政府', docNumber: '綦江府发〔2023〕1号', date: '2023-01-03', region: '綦江区', status: 'final' });
    expect(docs[2]).toMatchObject({ issuer: '重庆市綦江区人民政府', docNumber: '綦江府发〔2023〕1号', region: '綦江区' });
    expect(docs[3]).toMatchObject({ issuer: '重庆市綦江区人民政府办公室', docNumber: '綦江府办〔2023〕4号', date: '2023-01-30', region: '綦江区' });
    // A national newspaper's commentary is not a district's policy.
    expect(docs[0].region).toBeUndefined();
  });
  it('002: the 黔江区 notice, its plan and two table attachments', async () => {
    const docs = await ingestFile('corpus/002_9c4d576637142a84.txt');
    expect(docs.map((d) => [d.kind, d.title])).toEqual([
      ['notice', '关于印发《黔江区推动制造业高质量发展重点专项实施方案》的通知'],
      ['plan', '黔江区推动制造业高质量发展重点专项实施方案'],
      ['table', '“十四五”黔江区制造业高质量发展主要发展目标'],
      ['table', '“十四五”黔江区制造业高质量发展重点任务'],
    ]);
    for (const d of docs) expect(d).toMatchObject({ issuer: '重庆市黔江区人民政府办公室', date: '2022-01-11', region: '黔江区', status: 'final' });
    expect(docs[3].tables[0].columns).toEqual(['序号', '主要任务', '牵头单位', '责任单位', '完成时限']);
    expect(docs[3].tables[0].rows.filter((r) => !r.group)).toHaveLength(18);
  });
  it('003: five plans of 重庆市', async () => {
    const docs = await meta('003_8734aef2fc347d61.txt');
    expect(docs.map((d) => d.title)).toEqual([
      '重庆市制造业产业基础再造和产业链供应链现代化水平提升工程实施方案',
      '重庆市制造业产业创新能力提升行动实施方案',
      '重庆市制造业智能化赋能行动实施方案',
      '重庆市制造业绿色发展行动实施方案',
      '重庆市制造业领军企业培育行动实施方案',
    ]);
    for (const d of docs) expect(d).toMatchObject({ region: '重庆市', kind: 'plan', status: 'final' });
  });
  it('004: the 渝北区 notice and the measures it issues', async () => {
    const docs = await meta('004_ad92c2df140a72a5.txt');
    expect(docs).toEqual([
      { title: '关于印发《支持制造业高质量发展若干政策措施》的通知', issuer: '重庆市渝北区人民政府', docNumber: '渝北府发〔2021〕13号', date: '2021-10-14', region: '渝北区', status: 'final', kind: 'notice' },
      { title: '支持制造业高质量发展若干政策措施', issuer: '重庆市渝北区人民政府', docNumber: '渝北府发〔2021〕13号', date: '2021-10-14', region: '渝北区', status: 'final', kind: 'measures' },
    ]);
  });
  it('builds a section tree from the heading hierarchy', async () => {
    const [, measures] = await ingestFile('corpus/000_1783c25a94a31d5b.txt').then((d) => [d[0], d[2]]);
    const s = measures.sections;
    const heading = (k: number) => s[k].heading;
    const i = s.findIndex((x) => x.heading === '7.推进制造业提档升级');
    expect(i).toBeGreaterThan(0);
    expect(s[i].level).toBe(4);
    expect(heading(s[i].parent)).toBe('二、支持制造业产业链提升');
  });
});
