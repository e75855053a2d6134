import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';

// A note may open with a person's field (责任领导, 牵头领导) before its unit labels. Parted by a stop it was read; parted by a space
// only (and by nothing once the cleaner took the space out) the whole bracket became one unit, 牵头领导：张三牵头单位：市经信局.
const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);

describe('a person field parted from the unit label by a space only (note person field)', () => {
  it.each([
    // 辽宁 (liaoning-liaoningsheng-renwufenjie.txt): its field lines run into one bracket, as a page that lost its line breaks writes them
    ['1.地区生产总值增长5%以上。(牵头领导:省政府分管领导同志  牵头单位:省发展改革委  责任单位:省工业和信息化厅、省农业农村厅)', ['省发展改革委', '省工业和信息化厅', '省农业农村厅'], ['省发展改革委']],
    // forms: the brackets, a half-width colon, one label or two
    ['1.加快建设智能工厂。（责任领导：张三 责任单位：市经信局、市财政局）', ['市经信局', '市财政局'], []],
    ['1.加快建设智能工厂。(牵头领导:李四 牵头单位:市经信局 配合单位:市财政局)', ['市经信局', '市财政局'], ['市经信局']],
    // parted by a stop, as before
    ['1.加快建设智能工厂。（责任领导：张三；责任单位：市经信局）', ['市经信局'], []],
  ])('%s', (text, units, lead) => {
    const c = clausesOf(text + '\n').find((x) => x.units.length);
    expect([c?.units, c?.lead ?? []]).toEqual([units, lead]);
  });
});
