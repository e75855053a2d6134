import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// A cell-a-line table whose header wrapped a narrow cell's name over two lines and spaced it out (主 / 要 内 容, 淮安): the header
// ended at 主, no table was read, and the 13 bodies under 责任单位 / 协办单位 were lost. Its rows hold three text cells before the
// units (项目名称 / 主要内容 / 进度要求): each is the row's. Found on jiangsu-huaian-weiminshishi.txt.
const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);

const HUAIAN_UNITS = ['市住建局', '各县区政府', '淮安经济技术开发区管委会', '各管线产权单位', '市体育局', '市发改委', '市公安局', '市城管局', '市自然资源局', '市市场监管局', '市审计局', '市工信局', '市财政局'];

describe('a header cell wrapped and spaced out is one column (wrapped header cell)', () => {
  const HUAIAN = dev('jiangsu-huaian-weiminshishi.txt');
  it.each([
    ['as written (主 / 要 内 容)', (s: string) => s],
    ['spaced on one line (主 要 内 容)', (s: string) => s.replace('主\n要 内 容', '主 要 内 容')],
    ['full-width spaces, another column wrapped (责 / 任单位)', (s: string) => s.replace('主\n要 内 容', '主要内容').replace('责任单位', '责\n任\u3000单\u3000位')],
    ['blank lines between the cells', (s: string) => s.replace(/\n/g, '\n\n')],
  ])('淮安 (%s): every text cell of row 1 carries its bodies', (_name, t) => {
    const got = clausesOf(t(HUAIAN));
    // (① is the cell's list number, not part of the clause: item number shapes)
    for (const start of ['提标改造70个老旧小区', '一季度完成立项', '四季度完成年度改造任务']) {
      expect(got.find((c) => c.text.startsWith(start))?.units).toEqual(HUAIAN_UNITS);
    }
  });
  it('a one-character line that is a row number or a cell is no header', () => {
    const got = clausesOf('实施方案\n序号\n重点任务\n责任单位\n1\n加快推进老旧小区改造。\n市住建局\n');
    expect(got.find((c) => c.text.startsWith('加快推进'))?.units).toEqual(['市住建局']);
  });
});
