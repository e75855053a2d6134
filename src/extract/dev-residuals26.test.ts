import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Classes found on the dev notices of round 91 (twenty-first session: 冕宁 and 河南省 消费券, 湖北省 5G, 玉溪 数字乡村, 贵州省 新基建, 海口 垃圾分类,
// 汉阳 楼宇经济, 杭州 总部经济, 泰州 上市), each with the dev sentence that showed it (file named) and forms from other provinces.

const clausesOf = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();
const values = (s: string) => {
  const v = extractValues(s);
  return { amounts: v.amounts.map((a) => [a.yuan, a.role]), thresholds: v.thresholds.map((t) => [t.min ?? null, t.unit]), rates: v.rates.map((r) => r.value) };
};

describe('vouchers: a face value names the voucher, the spend it is used at is a condition (vouchers)', () => {
  it.each([
    // 河南省 (henan-henansheng-xiaofeiquan.txt)
    ['消费券面值分20元、50元两类；', { amounts: [[20, 'fixed'], [50, 'fixed']], thresholds: [], rates: [] }],
    ['20元券在消费满100元时使用，50元券在消费满200元时使用。', { amounts: [], thresholds: [[100, '元'], [200, '元']], rates: [] }],
    // forms: 满…可用, and the older 满…减…
    ['30元券满150元可用。', { amounts: [], thresholds: [[150, '元']], rates: [] }],
    ['满100减20元。', { amounts: [[20, 'fixed']], thresholds: [[100, '元']], rates: [] }],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
});

describe('a formula\'s ×100% is no rate; money a plan drives in an industry is a goal (round 91 values)', () => {
  it.each([
    // 海口 (hainan-haikou-lajifenlei.txt)
    ['[注:资源回收利用率=(可回收物回收统计量+厨余垃圾资源化处理量)/(可回收物回收统计量+厨余垃圾资源化处理量+填埋、焚烧末端处置量)x100%]', { amounts: [], thresholds: [], rates: [] }],
    ['回收利用率达到35%以上。', { amounts: [], thresholds: [], rates: [0.35] }],
    // 湖北省 (hubei-hubeisheng-5gchanye.txt)
    ['打造成5G产业高地,产业初具规模,5G核心产业(通信服务和设备制造)产值过2000亿元,带动相关产业过10000亿元。', { amounts: [[200000000000, 'target'], [1000000000000, 'target']], thresholds: [], rates: [] }],
  ])('%s', (s, want) => expect(values(s)).toEqual(want));
});

describe('a numbered heading that names bodies heads the section whose note lines list them (bodies heading)', () => {
  it('冕宁 (sichuan-mianning-xiaofeiquan.txt, traditional)', () => {
    const text = '冕寧縣政府消費券發放活動實施方案\n三、總體安排\n(一)活動時間\n第二期:擬定於2022年11月15日至2022年12月14日,以實際上線為準\n(二)組織機構\n主辦單位:冕寧縣人民政府\n承辦單位:冕寧縣委宣傳部、冕寧縣財政局\n四、活動實施\n(一)資金來源:計劃發放消費券資金總額300萬。';
    expect(clausesOf(text).filter((c) => c.units.length || c.deadlines.length).map((c) => [c.text.slice(0, 6), c.units])).toEqual([
      ['第二期:擬定', []],
      ['主辦單位:冕', ['冕寧縣人民政府', '冕寧縣委宣傳部', '冕寧縣財政局']],
    ]);
  });
});
