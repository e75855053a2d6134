import { GOAL_FIELD, GOAL_HEADING } from './condition-words.js';

/** A line that opens with a goal field's name and its colon (绩效目标:, 项目预期效益：). */
const GOAL_LINE = new RegExp(`^\\s*(?:项目)?(?:${GOAL_FIELD})\\s*[:：]`);

/**
 * …or a paragraph that opens on the year its goals are for (至2017年,对口帮扶工作取得阶段性成效,…。广州(梅州)产业转移工业园二期基本建成,
 * 梅州市产业园区规模以上工业增加值达到300亿元以上。, 广州): each sentence of it a goal of that year.
 */
const GOAL_YEAR_LINE = /^\s*(?:到|至)\s*\d{4}\s*年(?:底|末)?\s*[,，]/;

/**
 * Is the clause at `pos` in a record's goal field (绩效目标:产权归村集体所有,…,每人每年务工收入可达2万元以上;脱贫群众还可…, 周口示范区)? The
 * field's name is cut from the clause, so the clause alone cannot say its figures are goals; its line can. `text` folded.
 */
export function inGoalField(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const head = text.slice(lineStart, lineStart + 16);
  if (GOAL_LINE.test(head) || GOAL_YEAR_LINE.test(head)) return true;
  // (…or a sentence inside a paragraph that opens on its goals' year, its goals listed in clauses parted by ；: 到2025年,力争创建…,打造乡村旅游示范村
  // 60个以上…;实现乡村旅游接待游客2500万人次以上,乡村旅游综合收入200亿元以上;, 玉溪)
  const sentenceStart = Math.max(text.lastIndexOf('。', pos - 1), lineStart - 1) + 1;
  if (sentenceStart > lineStart && GOAL_YEAR_LINE.test(text.slice(sentenceStart, sentenceStart + 16))) return true;
  // (…or a paragraph right under a heading that names its goals, 1.主要目标指标。 / 健康浙江发展指数达85,…人均基本公共卫生服务经费达102元以上;…,
  // 浙江省 卫健委: each figure it bounds a goal.)
  let k = lineStart - 1;
  while (k > 0 && /\s/.test(text[k - 1])) k--;
  const above = text.slice(text.lastIndexOf('\n', k - 1) + 1, k);
  return GOAL_HEADING_LINE.test(above);
}
/** A heading line that names goals, its number or mark first maybe: 1.主要目标指标。, （二）发展目标, 三、工作目标:. */
const GOAL_HEADING_LINE = new RegExp(`^\\s*(?:[（(]?[一二三四五六七八九十\\d]{1,3}[）).．、]\\s*)?(?:${GOAL_HEADING})\\s*[。：:]?\\s*$`);
