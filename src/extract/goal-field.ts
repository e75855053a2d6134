import { GOAL_FIELD } from './condition-words.js';

/** A line that opens with a goal field's name and its colon (绩效目标:, 项目预期效益：). */
const GOAL_LINE = new RegExp(`^\\s*(?:项目)?(?:${GOAL_FIELD})\\s*[:：]`);

/**
 * Is the clause at `pos` in a record's goal field (绩效目标:产权归村集体所有,…,每人每年务工收入可达2万元以上;脱贫群众还可…, 周口示范区)? The
 * field's name is cut from the clause, so the clause alone cannot say its figures are goals; its line can. `text` folded.
 */
export function inGoalField(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return GOAL_LINE.test(text.slice(lineStart, lineStart + 16));
}
