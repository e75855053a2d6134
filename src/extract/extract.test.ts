import { describe, expect, it } from 'vitest';
import { noticeDate } from './extract.js';

// The date relative deadlines (6月底前, 一季度, 年内) resolve against: the notice's own, else its document number's
// year, else the one year its title names, else the year its text writes most.
describe('noticeDate', () => {
  it.each([
    [{ date: '2024-10-30', title: '关于推动全市经济向上向优向好的若干措施' }, '2024-10-30'],
    [{ title: '奖励政策普洱市澜沧县"专精特新"奖励政策:澜沧县2025年推动经济稳进提质政策措施' }, '2025'], // 云南 澜沧县
    [{ title: '楚雄州2023年推动经济稳进提质政策措施' }, '2023'], // 云南 楚雄州
    // The document number's year is the year of issue (广东 广州市; 吉林 长春市), before a year in the title.
    [{ title: '广州市促进专精特新中小企业发展壮大若干措施', docNumber: '穗府办规〔2025〕13号' }, '2025'],
    [{ title: '关于加快推进工业转型升级的实施意见实施细则', docNumber: '长府办发[2017]15号' }, '2017'],
    [{ title: '某区2025年工作要点', docNumber: '某府发（2024）30号' }, '2024'],
    [{ title: '海寧市2025年穩增長若干政策措施' }, '2025'],
    [{ title: '某区２０２４年工作要点' }, '2024'],
    // A period or several years name no single year; a cited title is another document.
    [{ title: '寿光市县域经济高质量发展工作方案(2024—2025年)' }, undefined],
    [{ title: '某市数字经济发展规划（2023-2025年）' }, undefined],
    [{ title: '关于印发《某市2023年工作要点》的通知' }, undefined],
    [{ title: '关于加快发展先进制造业振兴实体经济若干政策措施的意见' }, undefined],
    // Else the year the text writes most, twice or more and twice as often as any other: 广东 广州 (a record of tasks, its year
    // only in its progress notes) and 云南 大理 (3 of 2018 against one each of 2016 and 2017), traditional and full-width alike.
    [{ title: '任务29', text: '已完成。1.2021年6月份印发《广州市构建“链长制”推进产业高质量发展的意见》。2.2021年11月2日至3日举办第24届中国集成电路制造年会。' }, '2021'],
    [{ title: '大理州稳增长措施', text: '2018年,州财政安排经费5000万元。积极回收到期的2016年、2017年安排滚动使用的经费。2018年底前完成。力争2018年增长8%。' }, '2018'],
    [{ title: '任务29', text: '已完成。1.２０２１年6月份印發。2.２０２１年11月舉辦年會。' }, '2021'],
    // (once is not enough; a tie or a near tie names none; a cited 《title》's year and a period's ends are not counted)
    [{ title: '任务29', text: '2020年以来,全市工业增加值增长8%。' }, undefined],
    [{ title: '任务29', text: '2021年完成。2022年完成。2021年启动。2022年启动。' }, undefined],
    [{ title: '任务29', text: '落实《2021年工作要点》《2021年行动计划》,2022年完成。' }, undefined],
    [{ title: '任务29', text: '2023—2025年,每年安排资金。2023年至2025年实施。' }, undefined],
    // (a title that names a period settles it: the text is not read)
    [{ title: '某市数字经济发展规划（2023-2025年）', text: '2024年完成。2024年启动。' }, undefined],
  ])('%j', (doc, want) => {
    expect(noticeDate(doc as { date?: string; title: string; docNumber?: string; text?: string })).toBe(want);
  });
});

describe('task tables: unit columns by any unit label, a leader column is no unit', () => {
  it('主责单位 leads, 协同单位 follows, 牵头领导 names people, 完成时限 is the deadline', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { ingestFile } = await import('../ingest/ingest.js');
    const { extractDocument } = await import('./extract.js');
    const file = join(mkdtempSync(join(tmpdir(), 'tbl-')), 'tasks.html');
    writeFileSync(file, '<html><body><h1>某区2024年重点任务分解表</h1><p>为推进工作，制定本分解表。</p><table><tr><td>序号</td><td>重点任务</td><td>牵头领导</td><td>主责单位</td><td>协同单位</td><td>完成时限</td></tr><tr><td>1</td><td>加快技改项目建设，推动设备更新。</td><td>张三</td><td>区工信局</td><td>区财政局</td><td>2024年底</td></tr><tr><td>2</td><td>推进数字化改造。</td><td>李四</td><td>区经信局</td><td>各街道</td><td>长期</td></tr></table></body></html>');
    const clauses = (await ingestFile(file)).flatMap((d) => extractDocument(d));
    // (the preamble sentence under the title is a clause of its own, with no values: the title ends its line)
    expect(clauses[0].text).toBe('为推进工作，制定本分解表。');
    expect(clauses.slice(1).map((c) => [c.units, c.lead, c.deadlines.map((d) => d.raw)])).toEqual([
      [['区工信局', '区财政局'], ['区工信局'], ['2024年底']],
      [['区经信局', '各街道'], ['区经信局'], ['长期']],
    ]);
  });
});
