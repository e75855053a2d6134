import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { wholeBodyName } from './issuer-clues.js';

// A body named short in its title, without the divisions over its own (浑南区人民政府关于…, 奉贤区农业农村委员会关于…), or by its
// level alone (市民政局关于…), is the body the notice signs or titles in full elsewhere (沈阳市浑南区人民政府, 上海市民政局关于…): the whole
// name, as the notice writes itself (ANNOTATION rounds 47 and 235). Found on liaoning-hunnan-zongbujingji.txt,
// shanghai-fengxian-daocailunchai.txt and shanghai-huangpu-jingxihua.txt (traditional).
const meta = (text: string) => documentsOfPlainText(text)[0];

describe('a body named short where a line of the text is its whole name (whole body name)', () => {
  it('浑南: the title’s 浑南区人民政府, the signature’s 沈阳市浑南区人民政府', () => {
    expect(meta('浑南区人民政府关于印发浑南区(沈阳高新区)促进总部经济发展若干政策的通知\n沈浑南政发〔2021〕9号\n各街道办事处,区政府(沈阳高新区)有关部门:\n经区政府同意,现将《浑南区(沈阳高新区)促进总部经济发展若干政策》印发给你们,请认真贯彻执行。\n沈阳市浑南区人民政府\n2021年11月5日\n').issuer).toBe('沈阳市浑南区人民政府');
  });
  it('黃浦 (traditional): the signature’s whole name, as written', () => {
    expect(meta('黃浦區人民政府辦公室關于印發《黃浦區城市管理精細化三年行動計劃》的通知\n各有關單位:\n現將《黃浦區城市管理精細化三年行動計劃》印發給你們,請認真按照執行。\n上海市黃浦區人民政府辦公室\n2018年7月20日\n').issuer).toBe('上海市黃浦區人民政府辦公室');
  });
  it.each([
    // invalid (short → whole): a signature alone on its line; a title opening with the whole name; a level-only name
    ['奉贤区农业农村委员会', '奉贤区农业农村委员会关于下达奉贤区2023年秋冬稻菜轮茬补贴资金的通知\n上海市奉贤区农业农村委员会关于下达奉贤区2023年秋冬稻菜轮茬补贴资金的通知', '上海市奉贤区农业农村委员会'],
    ['黔江区财政局', '发布机构 黔江区财政局\n重庆市黔江区财政局\n关于下达2021年第四批资金的通知', '重庆市黔江区财政局'],
    ['市民政局', '市民政局关于分配下拨2017年上半年市级福利彩票公益金的通知\n上海市民政局关于分配下拨2017年上半年市级福利彩票公益金的通知', '上海市民政局'],
    ['省文化和旅游厅', '吉林省文化和旅游厅发布加大文旅消费十八条措施\n省文化和旅游厅特制定以下政策措施。', '吉林省文化和旅游厅'],
    ['江岸区财政局', '湖北省武汉市江岸区财政局\n2024年3月1日', '湖北省武汉市江岸区财政局'],
    // valid (unchanged): a masthead's …文件; a longer body's name (the town's government over the town's field); no line whole;
    // a division over it that does not hold it; two different whole names
    ['立山区人民政府', '鞍山市立山区人民政府文件\n立山区人民政府关于印发…的通知\n立山区人民政府', '立山区人民政府'],
    ['长寿区长寿湖镇', '重庆市长寿区长寿湖镇人民政府\n[ 发布机构 ] 长寿区长寿湖镇', '长寿区长寿湖镇'],
    ['海珠区财政局', '海珠区财政局关于…的通知\n根据广州市海珠区财政局的意见,现予印发。', '海珠区财政局'],
    ['黔江区财政局', '成都市黔江区财政局', '黔江区财政局'],
    ['市财政局', '南京市财政局关于…\n苏州市财政局关于…', '市财政局'],
  ])('%s', (name, text, want) => expect(wholeBodyName(name, text)).toBe(want));
});
