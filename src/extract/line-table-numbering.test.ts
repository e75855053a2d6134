import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';

// A task table flattened to a cell a line, without a 序号 column: each row opens with its numbered task. Only 1. 1、 1． opened
// a row; a table numbering its tasks （1） (1) or 1） lost every unit. Found by renumbering dev's numbered items (1. → （1）).
const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);

describe('a numbered task opens a row of a cell-a-line table in every numbering (task row numbering)', () => {
  // 辽宁 沈河 (liaoning-shenhe-renwufenjie.txt): 主要工作任务 / 牵头单位 / 责任单位, then the rows.
  const table = (n: (i: number) => string) =>
    `2024年政府工作报告主要工作任务分解表\n\n主要工作任务\n\n牵头单位\n\n责任单位\n\n一、优结构、谋发展,在加快构建现代化产业体系上冲在前、当先锋、作示范\n\n${n(1)}主动对接国家战略,完善“2+5+N”现代化产业体系和“18214”企业支撑体系,壮大531个支撑企业,加快形成新质生产力。\n\n区发改局\n\n区工信局、区商务局、区文旅局、区金融局、各街道办事处\n\n${n(2)}大力发展新兴数字、网络安全、工业互联网、前沿新材料、航空发动机、创新药等战略性新兴产业。\n\n发改局\n\n区工信局\n\n各街道办事处\n`;
  const numberings: [string, (i: number) => string][] = [
    ['1.', (i) => `${i}.`],
    ['1、', (i) => `${i}、`],
    ['（1）', (i) => `（${i}）`],
    ['(1)', (i) => `(${i})`],
    ['1）', (i) => `${i}）`],
  ];
  it.each(numberings)('%s', (_name, n) => {
    const rows = clausesOf(table(n)).filter((c) => c.units.length);
    expect(rows.map((c) => c.units)).toEqual([
      ['区发改局', '区工信局', '区商务局', '区文旅局', '区金融局', '各街道办事处'],
      ['发改局', '区工信局', '各街道办事处'],
    ]);
  });
});
