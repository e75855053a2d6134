/**
 * The topic taxonomy: each tag with the words that signal it. An analyst's question is tagged with
 * the same table, so "智能工厂" questions find 数字化车间 and 智能化改造 clauses too.
 */
export const TOPICS: { tag: string; words: string[] }[] = [
  { tag: '智能制造', words: ['智能工厂', '数字化车间', '智能制造', '智能化改造', '数字化改造', '数字化装备', '智能化', '数字化转型', '灯塔工厂', '机器换人', '5G全连接工厂'] },
  { tag: '技术改造', words: ['技改', '技术改造', '扩能', '设备更新'] },
  { tag: '工业互联网', words: ['工业互联网', '上云', '标识解析', '5G', '大数据', '工业软件', '平台'] },
  { tag: '研发投入', words: ['研发投入', '研发费用', '研发准备金', '研发经费', '研发机构', '研发'] },
  { tag: '创新平台', words: ['技术中心', '工程研究中心', '重点实验室', '创新中心', '研究院', '院士', '专家工作站', '博士后', '创新平台', '工业设计中心'] },
  { tag: '首台套', words: ['首台', '首批次', '首版次', '重大技术装备'] },
  { tag: '绿色制造', words: ['绿色工厂', '绿色制造', '节能', '节水', '能效', '清洁生产', '碳达峰', '碳中和', '绿色园区', '资源综合利用', '环保'] },
  { tag: '链主龙头', words: ['链主', '龙头企业', '领军企业', '产业链', '单项冠军'] },
  { tag: '专精特新', words: ['专精特新', '小巨人', '中小企业', '小微企业', '梯度培育'] },
  { tag: '上规升级', words: ['上规', '规上', '升规'] },
  { tag: '人才', words: ['人才', '用工', '培训', '职业教育', '技能'] },
  { tag: '用地', words: ['用地', '土地', '厂房', '工业用地'] },
  { tag: '融资', words: ['贷款', '融资', '信贷', '金融', '基金', '上市', '担保', '保险'] },
  { tag: '降本', words: ['电价', '气价', '降低', '减税', '税费', '社会保险', '降费', '成本', '减免'] },
  { tag: '服务型制造', words: ['服务型制造', '生产性服务业', '工业设计', '个性化定制', '物流'] },
  { tag: '招商引资', words: ['招商', '引进', '落地'] },
  { tag: '营商环境', words: ['放管服', '营商环境', '审批', '负面清单', '知识产权'] },
  { tag: '安全生产', words: ['安全生产', '应急', '信息安全'] },
];

/** Each tag's words as one pattern: a regex test per tag is about twice as fast as an includes per word (every clause is tagged). */
const TAG_PATTERNS = TOPICS.map((t) => ({ tag: t.tag, re: new RegExp(t.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) }));

/** Topic tags of a text, in taxonomy order. */
export function topicsOf(text: string): string[] {
  const out: string[] = [];
  for (const t of TAG_PATTERNS) if (t.re.test(text)) out.push(t.tag);
  return out;
}

/** Every term of the taxonomy: the policy words the segmenter must keep whole. */
export function taxonomyTerms(): string[] {
  return [...new Set(TOPICS.flatMap((t) => t.words))];
}
