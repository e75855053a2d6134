import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { devText as dev } from '../dev-notices.js';
import { extractDocument } from './extract.js';

// A task table a cell a line whose progress column (序号 / 项目内容 / 当前进度 / 牵头单位 / 备注, 苍南 round 283) holds each row's share done
// (95%, 80%(新区实验幼儿园进度滞后)) gave those shares as subsidy rates: 当前进度 was not read as a report column (only 进度 alone was), and a
// report cell had to be a sentence to be passed over. A column named for progress now or of a kind (当前进度, 工程进度, 完成进度) reports what
// was done, and a cell that is a share done, a remark after it maybe, is its cell: no clause, no rate; the row's units still follow it
// (issue 9). A plan's column (进度安排, 进度要求) stays the row's text.
const clauses = (text: string) => documentsOfPlainText(text).flatMap((d) => extractDocument(d));

describe('a progress column\'s share done is a report, no rate (cell table progress share)', () => {
  it('苍南 2022 (zhejiang-cangnan-minshengshishi2022.txt): no rate; each row its lead unit', () => {
    const cs = clauses(dev('zhejiang-cangnan-minshengshishi2022.txt'));
    expect(cs.flatMap((c) => c.rates)).toEqual([]);
    const of = (start: string) => cs.find((c) => c.text.startsWith(start))!;
    expect(of('新(改、扩)建公办园5所').units).toEqual(['县教育局']);
    expect(of('打通县城人民大道').units).toEqual(['县住建局']);
    expect(of('新增16个“文化驿站”').units).toEqual(['县文广旅体局']);
  });

  it('苍南\'s form, a cell a line: a share with its remark, its bracket left open, is no rate', () => {
    const lines = ['序号', '项目内容', '当前进度', '牵头单位', '备注', '1', '开工建设矾山镇、马站镇等2家中心敬老院。', '50%(马站未开工', '县民政局', '县民生实事'];
    const cs = clauses(`${lines.join('\n')}\n`);
    expect(cs.flatMap((c) => c.rates)).toEqual([]);
    expect(cs.find((c) => c.text.startsWith('开工建设'))!.units).toEqual(['县民政局']);
  });
});
