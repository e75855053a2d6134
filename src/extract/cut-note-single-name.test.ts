import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';

// A note line the excerpt's end cuts off keeps only the names it completes; a single name was kept whatever it ended in
// (责任单位:示范区人才, 济源), so the item's clauses took a body no one named. No body ends so: it goes, as a list's cut last name does.
// Found on henan-jiyuan-jiuyechuangyebutie.txt (round 170); the older 渝中 (区商) had it too.
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();

describe('a single name the excerpt cuts off is no unit (cut single name)', () => {
  it('济源: the last item’s note cut to 示范区人才', () => {
    const got = clauses('就业创业补贴政策\n(三)就业见习补贴\n政策内容:见习补贴标准为当地最低工资标准的70%;实际完成见习时间不足3个月的,不予支付见习补贴。\n责任单位:示范区人才');
    expect(got.find((c) => c.text.includes('70%'))?.units).toEqual([]);
  });
  it('valid: a whole name at the excerpt’s end stays', () => {
    const got = clauses('就业创业补贴政策\n(三)就业见习补贴\n政策内容:见习补贴标准为当地最低工资标准的70%。\n责任单位:示范区人才服务中心');
    expect(got.find((c) => c.text.includes('70%'))?.units).toEqual(['示范区人才服务中心']);
  });
  it('valid: a name closed by its stop stays', () => {
    const got = clauses('就业创业补贴政策\n(三)就业见习补贴\n政策内容:见习补贴标准为当地最低工资标准的70%。\n责任单位:区人社局。');
    expect(got.find((c) => c.text.includes('70%'))?.units).toEqual(['区人社局']);
  });
});
