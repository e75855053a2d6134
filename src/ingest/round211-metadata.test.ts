import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { preambleMaker } from './metadata.js';

// Round 211 (issue 9): a byline of the day and the body over the addressees' line, a mirror's question marks where a signature's
// indenting spaces were, and the body a preamble names as the author of the plan it draws up. Heads of eval/national/dev notices.

describe('a byline of the day then the body, the addressees on the next line (byline over addressees)', () => {
  it('山东省 (shandong-shandongsheng-boshihouxinshezhan.txt): the day and the body, not the addressees’ start', () => {
    const text =
      '关于组织开展2023年度博士后科研工作站新设站工作的通知\n\n2023-12-28山东省人力资源和社会保障厅\n\n各市人力资源社会保障局,省直各部门(单位),各大企业,有关博士后创新实践基地设基地单位:\n\n为贯彻落实党的二十大和中央人才工作会议精神,现将有关事项通知如下:\n';
    const [d] = documentsOfPlainText(text);
    expect([d.region, d.issuer, d.date]).toEqual(['山东省', '山东省人力资源和社会保障厅', '2023-12-28']);
  });

  it('valid: a page’s time stamp and counters over the addressees name no body (漯河, henan-luohe-nongcungonglu.txt)', () => {
    const text =
      '关于下达2022年农村公路日常养护省补资金预安排调整计划的通知\n22-12-30 15:57:00来源:作者:点击:2143\n各县(区)交通运输局、市公路事业发展中心、局有关科室:\n根据《河南省交通运输厅关于下达河南省2022年农村公路日常养护省级补助资金预安排调整计划的通知》的文件要求,现将调整计划下达给你们。\n';
    expect(documentsOfPlainText(text)[0].issuer).toBeUndefined();
  });
});

describe('question marks a mirror left for a signature’s indenting spaces are no text (mirror question-mark indents)', () => {
  it('泰州 (jiangsu-taizhou-changjiangbaohu.txt): ??? 泰州市人民政府办公室 / ???? 2019年8月26日 signs the cover', () => {
    const text =
      '各市(区)人民政府,泰州医药高新区管委会,市各委、办、局,市各直属单位:\n《泰州市长江保护修复攻坚战行动计划实施方案》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。\n?\n??? 泰州市人民政府办公室\n???? 2019年8月26日\n(此件公开发布)\n?\n泰州市长江保护修复攻坚战行动计划实施方案\n一、工作目标\n到2019年底,主要入江支流控制断面水质全面提升。\n';
    const [d] = documentsOfPlainText(text);
    expect([d.issuer, d.date]).toEqual(['泰州市人民政府办公室', '2019-08-26']);
  });

  it('valid: a question mark ending a sentence stays', () => {
    const [d] = documentsOfPlainText('关于征求意见的通知\n各单位:\n您是否已申报?请于2024年6月30日前反馈。\n');
    expect(d.text).toContain('您是否已申报?');
  });
});

describe('the plan a preamble draws up names its author first (drawn-up plan’s author)', () => {
  it.each([
    // 龙华 (guangdong-longhua-zhengwufuwu2021.txt), folded from traditional characters
    [['坚持以习近平新时代中国特色社会主义思想为指导,为城市治理体系和治理能力现代化提供支撑。根据上级有关部署要求,特制定龙华区政务服务数据管理局2021年工作要点。'], '龙华区政务服务数据管理局'],
    // form: a district office's plan drawn up the same way
    [['为推进政务公开工作,结合我区实际,现制定丰台区人民政府办公室2020年政务公开工作要点。'], '丰台区人民政府办公室'],
    // valid: a plan named without its author names none
    [['为推进政务公开工作,结合我区实际,特制定2020年政务公开工作要点。'], undefined],
  ])('%j → %s', (paras, body) => expect(preambleMaker(paras)).toBe(body));

  it('龙华: a long first paragraph that ends on what it draws up is body, and its author the issuer', () => {
    const text =
      '堅持以習近平新時代中國特色社會主義思想為指導,全面貫徹黨的十九大精神,深入學習貫徹習近平總書記對廣東重要講話精神,搶抓“雙區驅動”重大歷史機遇,通過夯實全區信息基礎,挖掘釋放數據價值,推動營商環境不斷優化,為城市治理體系和治理能力現代化提供支撐。根據上級有關部署要求,特制定龍華區政務服務數據管理局2021年工作要點。\n一、持續深化“放管服”改革\n(一)實行權責清單動態管理。\n';
    const [d] = documentsOfPlainText(text);
    expect([d.title, d.issuer]).toEqual(['', '龍華區政務服務數據管理局']);
  });
});
