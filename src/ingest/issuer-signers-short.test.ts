import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// A head naming the signing bodies short, by abbreviation or by level (区经委 区财政局关于…, 市财政局 市住保房管局关于…), or fewer of them
// (彭水苗族土家族自治县财政局 over the title), where the signature writes them whole: the signature's names (ANNOTATION, after round 236).
// Found on shanghai-qingpu-minyonghangkong.txt, zhejiang-hangzhou-jiazhuangdianti.txt, chongqing-pengshui-xiangcunjiaoshi2019.txt and
// hubei-wuhan-jinguijiangli.txt.
const issuer = (text: string) => documentsOfPlainText(text, 'page.txt')[0].issuer;

describe('a head naming its signers short takes the signature whole (signers short)', () => {
  it.each([
    // invalid (head → signature): abbreviated joint bodies (上海 青浦, 浙江 杭州); fewer bodies (重庆 彭水); traditional
    ['青浦', '区经委 区财政局关于下达2020年战略性新兴产业专项之民用航空项目扶持资金的通知\n\n青经发〔2020〕126号\n\n各相关单位:\n\n经青浦区产业发展协调推进办公室2020年第8次会议审议通过,下达民用航空项目扶持资金183.58万元。\n\n特此通知。\n\n                                                                                    青浦区经济委员会                  青浦区财政局\n\n                                                                                                                               2020年10月22日\n', '青浦区经济委员会青浦区财政局'],
    ['杭州', '市财政局 市住保房管局关于下达2023年既有住宅加装电梯与管线迁移财政补助资金(第二批)的通知\n\n各有关区财政局、住建局:\n\n各区要加大资金筹措力度,同步配套落实相应补助资金,及时做好资金拨付工作。\n\n杭州市财政局            杭州市住房保障和房产管理局\n\n2023年6月14日\n', '杭州市财政局杭州市住房保障和房产管理局'],
    ['彭水', '彭水苗族土家族自治县财政局\n关于调整部分学校乡村教师岗位生活补助标准的通知\n委属相关单位:\n根据学校与乡镇(街道)所在地距离、交通方便程度、生活条件艰苦程度等因素,将一等乡村教师岗位生活补助标准调整为每人每月500元。\n特此通知\n彭水苗族土家族自治县教育委员会 彭水苗族土家族自治县财政局\n2019年11月8日\n', '彭水苗族土家族自治县教育委员会彭水苗族土家族自治县财政局'],
    ['青浦 traditional', '區經委 區財政局關于下達2020年民用航空項目扶持資金的通知\n各相關單位:\n下達民用航空項目扶持資金183.58萬元。\n特此通知。\n青浦區經濟委員會 青浦區財政局\n2020年10月22日\n', '青浦區經濟委員會青浦區財政局'],
    // 委 short for 委员会 (上海, traditional)
    ['上海 委', '上海市發展改革委關于2009年新增養老床位補貼資金的批復\n發布時間:2009-05-07 來源:上海市發展和改革委員會滬發改投(2009)103號?\n市民政局:\n在項目實施過程中,請進一步完善監督管理機制,抓緊制訂相關制度和管理辦法,確保市政府實事項目的順利推進。\n上海市發展和改革委員會\n二○○九年五月五日\n', '上海市發展和改革委員會'],
    // valid (head kept): a signature of another body, whose name does not hold the head's (a bureau's head over the government's
    // signature: another end); the signature the head's own name
    ['another body', '区财政局关于下达2020年资金的通知\n各相关单位:\n下达资金183.58万元。\n特此通知。\n青浦区人民政府\n2020年10月22日\n', '区财政局'],
    ['same body', '青浦区财政局关于下达2020年资金的通知\n各相关单位:\n下达资金183.58万元。\n特此通知。\n青浦区财政局\n2020年10月22日\n', '青浦区财政局'],
  ])('%s', (_name, text, want) => expect(issuer(text)).toBe(want));
});
