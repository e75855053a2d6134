import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// A page may set the document's number before its title in book-title marks on the title's line (鄂政办发〔2017〕29号《湖北省人民政府办公厅
// 关于加快健身休闲产业发展的实施意见》). The marks read as a cited title's, so the line named no issuer, and the addressees under it were run
// onto it as the title's tail. Found on hubei-hubeisheng-jianshenxiuxian2017.txt.
const meta = (text: string) => {
  const [d] = documentsOfPlainText(text);
  return [d.title, d.issuer];
};
const BODY = '\n各市、州、县人民政府,省政府各部门:\n根据国务院有关要求,结合实际,现提出如下实施意见。\n一、总体要求\n对新认定的企业给予10万元奖励。\n';

describe('a title in marks with its number before it is the notice’s own (number before own title)', () => {
  it.each([
    // 湖北省 (hubei-hubeisheng-jianshenxiuxian2017.txt)
    ['鄂政办发〔2017〕29号《湖北省人民政府办公厅关于加快健身休闲产业发展的实施意见》', '湖北省人民政府办公厅关于加快健身休闲产业发展的实施意见', '湖北省人民政府办公厅'],
    // forms: a space between, square brackets and 第, traditional
    ['川办发〔2020〕50号 《四川省人民政府办公厅关于促进全民健身的实施意见》', '四川省人民政府办公厅关于促进全民健身的实施意见', '四川省人民政府办公厅'],
    ['苏政发[2019]第12号《江苏省人民政府关于加快发展的意见》', '江苏省人民政府关于加快发展的意见', '江苏省人民政府'],
    ['鄂政辦發〔2017〕29號《湖北省人民政府辦公廳關於加快健身休閒產業發展的實施意見》', '湖北省人民政府辦公廳關於加快健身休閒產業發展的實施意見', '湖北省人民政府辦公廳'],
  ])('%s', (line, title, issuer) => expect(meta(line + BODY)).toEqual([title, issuer]));
});
