import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A page's field row names the issuer, then another body's role (责任部门, 主管单位): that body is no joint issuer, spaced off or glued on
// by the cleaner.
const first = (text: string) => documentsOfPlainText(text)[0];

describe("a field row's other role after the issuer (field row other role)", () => {
  it('中宁 (ningxia-zhongning-xianjiezijin2023.txt): 所属机构 中宁县扶贫开发服务中心 责任部门 中宁县扶贫开发服务中心', () =>
    expect(first(dev('ningxia-zhongning-xianjiezijin2023.txt')).issuer).toBe('中宁县扶贫开发服务中心'));
  it('利通 (ningxia-litong-xianjiezijintiaozheng.txt): 发布机构 利通区财政局 责任部门 利通区财政局 under a signed cover — the signer stands', () =>
    expect(first(dev('ningxia-litong-xianjiezijintiaozheng.txt')).issuer).toBe('吴忠市利通区人民政府办公室'));
  it('a field row with a colon after the role label', () =>
    expect(first('发布机构: 银川市农业农村局 责任部门: 农办\n各县(市、区)农业农村局:\n对新建日光温室每亩补助3000元。').issuer).toBe('银川市农业农村局'));
});
