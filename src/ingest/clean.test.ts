import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText, fold, isFurniture } from './clean.js';
import { toOriginal, toRuns } from './tracked.js';
import { toSimplified } from './hanzi.js';

const clean = (s: string) => cleanText(s).clean.text;

describe('cleaning (real lines from the seeds)', () => {
  it('joins a hard wrap inside a responsible-unit note across blank lines (000)', () => {
    const raw = '庆市綦江区支持科技创新政策十条》执行。（责任单位：区科技\n\n局、区经济信息委）\n\n2.支持关键核心技术攻关。';
    expect(clean(raw)).toBe('庆市綦江区支持科技创新政策十条》执行。（责任单位：区科技局、区经济信息委）\n2.支持关键核心技术攻关。');
  });
  it('joins a wrap whose next line starts with a space (000)', () => {
    const raw = '目，自主立项、先行投入研发“硬核科技”重大创新产品并实现本\n\n 地配套的项目，由区级财政给予补助。';
    expect(clean(raw)).toBe('目，自主立项、先行投入研发“硬核科技”重大创新产品并实现本地配套的项目，由区级财政给予补助。');
  });
  it('joins across a page break and drops the page number (000)', () => {
    const raw = '工程，加强质量基础设施建设和协同服务。健全基础领域供需对\n\n\n\n— 7 —\n\n接机制，围绕我区产业发展的具体需求提前布局基础领域研发，';
    expect(clean(raw)).toBe('工程，加强质量基础设施建设和协同服务。健全基础领域供需对接机制，围绕我区产业发展的具体需求提前布局基础领域研发，');
  });
  it('keeps paragraph breaks after a sentence end and before a heading', () => {
    const raw = '现提出如下意见。\n\n一、奋力开启制造业高质量发展新征程\n\n（一）坚定不移实施制造强区战略。坚持以习近平新时代中\n\n国特色社会主义思想为指导';
    expect(clean(raw)).toBe('现提出如下意见。\n一、奋力开启制造业高质量发展新征程\n（一）坚定不移实施制造强区战略。坚持以习近平新时代中国特色社会主义思想为指导');
  });
  it('removes spaces inside Chinese words but keeps them between numbers (000, 001)', () => {
    expect(clean('3.綦江区制 造业数字化智 能化赋能行动计 划')).toBe('3.綦江区制造业数字化智能化赋能行动计划');
    expect(clean('按不超过投资额度 15% 给予补助，最多不超过 1000 万元；')).toBe('按不超过投资额度15%给予补助，最多不超过1000万元；');
    expect(clean('工业总产值（亿元） 预期性 500 1000')).toBe('工业总产值（亿元）预期性500 1000');
    expect(clean('支持企业 5G + 工业互联网 创新应用')).toBe('支持企业5G+工业互联网创新应用');
  });
  it('drops page furniture: page numbers, gazette issue lines, conversion debris', () => {
    for (const f of ['— 3 —', '- 12 -', '2023年第2期总第132期', '第3页共10页', '--1of3--']) expect(isFurniture(f), f).toBe(true);
    expect(isFurniture('2021年9月7日')).toBe(false);
    // a gazette's table of contents and a site's section label (咸宁, 宜兴); not a title that ends with 文件
    for (const f of ['目录', '市政府文件', '省政府办公厅文件', '部门文件']) expect(isFurniture(f), f).toBe(true);
    expect(isFurniture('关于转发省政府文件的通知')).toBe(false);
    expect(clean('[bookmark: _GoBack]重庆市制造业产业基础再造和产业链供应链\n现代化水平提升工程实施方案\n\n为贯彻落实党中央')).toBe('重庆市制造业产业基础再造和产业链供应链现代化水平提升工程实施方案\n为贯彻落实党中央');
    const gazette = '加快实施传统零部件体系再造工程。\n重庆市綦江区人民政府文件\n2023年 第 2期 总第 132期\n二、加速发展新材料产业\n重庆市綦江区人民政府文件\nx\n重庆市綦江区人民政府文件\n';
    expect(clean(gazette)).toBe('加快实施传统零部件体系再造工程。\n二、加速发展新材料产业\nx');
  });
  it('regression: a wrapped line that repeats is not a running header (000, 附件4)', () => {
    const seed = readFileSync('corpus/000_1783c25a94a31d5b.txt', 'utf8');
    const t = clean(seed);
    expect(t).toContain('成功创建10家市级绿色工厂。\n责任单位：区经济信息委、工业园区管委会、东部新城（食品园区）管委会\n3.大力开发绿色产品。');
    expect(t.match(/责任单位：区经济信息委、工业园区管委会、东部新城（食品园区）管委会/g)!.length).toBeGreaterThanOrEqual(4);
  });
  // A table flattened to a cell a line repeats its cells; inside it a repeated line is a cell (dev: 浙江 莲都, rows 6 and 7
  // under 责任单位 / 牵头单位), while a header repeated before the table still goes.
  it.each([
    ['区商金中心', '6\n社会消费品零售总额增长6%。\n区商金中心\n区商金中心\n7\n区本级外贸出口总额保持适度增长。\n区商金中心\n区商金中心'],
    ['区供电公司', '6\n电网投资增长10%。\n区供电公司\n区供电公司\n7\n新增充电桩300个。\n区供电公司\n区供电公司'],
  ])('keeps a repeated cell of a cell-line table: %s (莲都)', (unit, rows) => {
    const raw = `政务公开\n莲都区政务\n莲都区政务\n莲都区政务\n分类\n\n序号\n\n事项\n\n责任单位\n\n牵头单位\n\n${rows.replace(/\n/g, '\n\n')}\n`;
    const t = clean(raw);
    expect(t.match(new RegExp(unit, 'g'))!.length).toBe(4);
    expect(t).not.toContain('莲都区政务');
  });
  it('keeps 区商金中心 in the dev notice (莲都 zhejiang-liandu-zerenfenjie.txt)', () => {
    const t = clean(readFileSync('eval/national/dev/zhejiang-liandu-zerenfenjie.txt', 'utf8'));
    expect(t).toContain('社会消费品零售总额增长6%。\n区商金中心\n区商金中心\n7');
  });
  it('rebuilds a tab-flattened table into one row per line (002)', () => {
    const raw = '附件2\n\t序号\n\t主要任务\n\t牵头单位\n\t责任单位\n\t完成时限\n\n\t一、产业链条建设行动（产业集群达规模）\n\n\t1\n\t积极融入成渝地区双城经济圈建设。\n\t区发展改革委\n\t区经济信息委、区招商投资局\n\t2025年\n\n\t15\n\t一是推动存量企业提质增效。\n\t区经济信息委\n正阳工业园区管委会\n\t各级各部门\n\t长期\n';
    expect(clean(raw).split('\n')).toEqual([
      '附件2',
      '序号\t主要任务\t牵头单位\t责任单位\t完成时限',
      '一、产业链条建设行动（产业集群达规模）',
      '1\t积极融入成渝地区双城经济圈建设。\t区发展改革委\t区经济信息委、区招商投资局\t2025年',
      // A line break inside a cell separates two units: it stays as a space.
      '15\t一是推动存量企业提质增效。\t区经济信息委 正阳工业园区管委会\t各级各部门\t长期',
    ]);
  });
  it('keeps a table row whole when a blank line splits it (002, row 17)', () => {
    const raw = '\t序号\n\t任务\n\t牵头单位\n\t责任单位\n\t完成时限\n\n\t17\n\t持续建设市级高新技术产业开发区。\n\n\t正阳工业园区管委会\n\t区财政局\n\t2022年\n';
    expect(clean(raw).split('\n')[1]).toBe('17\t持续建设市级高新技术产业开发区。\t正阳工业园区管委会\t区财政局\t2022年');
  });
  it('maps every clean offset back to the original text', () => {
    const raw = '（责任单位：区科技\n\n局、区经济信息委）\n\n— 3 —\n\n下一段。';
    const { clean: t } = cleanText(raw);
    const runs = toRuns(t.map);
    for (let i = 0; i < t.text.length; i++) expect(raw[toOriginal(runs, i)]).toBe(t.text[i]);
  });
  it('folds full-width digits, letters and % one for one (offsets unchanged)', () => {
    expect(fold('给予１５％，ＡＢ．５')).toBe('给予15%，AB.5');
    expect(fold('（责任单位）').length).toBe(6);
  });
  it.each([
    // 浙江 海宁 (dev: zhejiang-haining-chengjieluoshi.txt), written in traditional characters
    ['支持創新能力突出的企業牽頭建設全省重點實驗室,新認定的給予每家100萬元補助', '支持创新能力突出的企业牵头建设全省重点实验室,新认定的给予每家100万元补助'],
    // a change at the first and the last character, full-width and traditional mixed
    ['萬元１５％', '万元15%'],
    ['給予補貼５', '给予补贴5'],
    // a character outside the BMP (a surrogate pair) stays as it is
    ['𠀀年度萬元', '𠀀年度万元'],
    ['', ''],
  ])('folds traditional characters one for one: %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
    expect(fold(input).length).toBe(input.length);
  });
  it('folds every UTF-16 unit outside the full-width and small-form blocks as the character table does', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0xff00; c++) {
      if (c >= 0xfe50 && c <= 0xfe6f) continue; // small form variants: their own test below
      if (c === 0x2236 || c === 0xfe30) continue; // colon look-alikes: their own test below
      const ch = String.fromCharCode(c);
      if (fold(ch) !== (c < 0x3400 ? ch : toSimplified(ch))) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
  it('reads a colon’s look-alikes as the colon (责任部门∶市商务局: the ratio sign a converter put; ︰ the vertical form)', () => {
    expect(fold('责任部门∶市商务局')).toBe('责任部门：市商务局');
    expect(fold('责任单位︰市商务局')).toBe('责任单位：市商务局');
  });
  it('returns text that needs no folding as it is', () => {
    const text = '对新认定的国家级专精特新“小巨人”企业，给予一次性奖励50万元。';
    expect(fold(text)).toBe(text);
  });
});
