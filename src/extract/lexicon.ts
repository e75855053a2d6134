import { createRequire } from 'node:module';
import { OTHER_ITEM_SHAPES } from '../ingest/item-numbers.js';
import { alt } from '../ingest/meta-words.js';
import { BODY_SUFFIX, DUTIES, HEAD_SUFFIX, REMIT_DUTY, UNIT_LABEL_STEM, UNIT_QUALIFIER, unitLabels as labels } from '../ingest/unit-words.js';
import { CLOSE, NOT_BRACKET, OPEN } from './brackets.js';

/** Language data of responsible-unit notes (dict/unit-labels.json, loaded in src/ingest/unit-words.ts), as patterns. */

export const LABEL_PREFIX = alt(labels.prefixes);
/**
 * Marks a table sets before a unit cell's list (★区发改委、统计局, 吴江; ▲发改局,各部门, 诸暨): the lead in some tables, no part of a
 * name. (A character class's contents.)
 */
export const LIST_MARKS = '★☆※*＊▲△●◆■◇□◎';
/** An item's number as a page that lost its line breaks runs it on after the last item: 2., 2、, (2), (二), 二、 (a pattern's source). */
export const ITEM_NUMBER = String.raw`(?:\d{1,2}[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|[一二三四五六七八九十]{1,3}、|${OTHER_ITEM_SHAPES})`;
/** An item's mark in the three plain shapes, 一、, (一) or (1), 1. (a pattern's source): headings and item openings read it. */
export const PLAIN_ITEM_MARK = String.raw`(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])`;
const QUALIFIER = UNIT_QUALIFIER;
export const LABEL_NOUN = alt(labels.nouns);
/**
 * A label's words: prefixes (chained: 牵头责任单位, 协同责任单位, 牵头组织实施单位) and a noun, another noun in brackets
 * allowed (责任单位（部门）). The first prefix says
 * whether the label leads (isLeadLabel).
 */
// (…and the person heading it named with the bodies, 项目实施单位及责任人: 中原区乡村振兴局 李泽强 (中原区): the label all the same; the
// person's name is no body and is dropped.)
// (…two nouns joined, 责任处室及单位:种植业管理处,…, 武汉 农业农村局)
export const LABEL_WORD = `${UNIT_LABEL_STEM}(?:[（(](?:${LABEL_NOUN})[）)])?(?:${HEAD_SUFFIX})?`;
/** A label that names the person heading its bodies too: its last words (及责任人). */
export const HEAD_LABEL = new RegExp(`${HEAD_SUFFIX}$`);
/** Before a person field's name: not the head a unit label names with its bodies (单位及责任人:), which is no field of its own. */
export const NOT_A_LABELS_HEAD = '(?<!(?:单位|部门)(?:及|和|与)(?:主要)?)';
/** Whole labels that are not prefix + noun (部门分工, 责任分工): only before a colon. */
const WHOLE_LABEL = alt(labels.labels);
/**
 * 责任单位： / 牵头部门: / 执行部门： / 责任单位为 / 牵头责任单位： / 部门分工： / 牵头单位 市发改委 (a space for the colon, which the
 * cleaner keeps after a label word: src/ingest/label-lines.ts).
 */
export const LABEL = `(?:${LABEL_WORD}(?:[：:]|为(?=[\\u4e00-\\u9fff])|[ \\u3000]+(?=[\\u4e00-\\u9fff]))|(?:${WHOLE_LABEL})[：:])`;
/** The same, the label's words captured (group 1). */
export const LABEL_CAPTURE = `(${LABEL_WORD}|${WHOLE_LABEL}(?=[：:]))(?:[：:]|为(?=[\\u4e00-\\u9fff])|[ \\u3000]+(?=[\\u4e00-\\u9fff]))`;
export const LEAD_PREFIXES = new Set(labels.lead);
/** Bare part words before a colon in a note with no noun (牵头：市发改委；配合：市财政局): dict/unit-labels.json partWords. */
export const PART_WORDS = alt(labels.partWords);
/** Does a label make its bodies lead: its first prefix does (牵头单位, 牵头责任单位; not 协同责任单位, 部门分工). */
export const isLeadLabel = (label: string): boolean => {
  const bare = label.replace(QUALIFIER_START, '');
  return [...LEAD_PREFIXES].some((w) => bare.startsWith(w));
};
const QUALIFIER_START = new RegExp(`^${QUALIFIER}`);
/** What a body opening a clause does when it is the clause's actor (做好, 提出, 向…): dict/unit-labels.json actorVerbs. */
export const ACTOR_VERBS = alt(labels.actorVerbs);
/** Words closing a list of bodies with their part: 牵头, 配合, 按职责分工负责, 落实… (longest first). */
export const DUTY_WORDS = `${REMIT_DUTY}|${alt(labels.duties)}`;
/** The same, each written out (a cut-off note's last characters are matched against their starts). */
export const DUTY_LIST: readonly string[] = DUTIES;
/** Adverbs before a duty word that say how the list shares it: 分别牵头, 共同负责, 联合牵头 (no part of a name). */
export const DUTY_ADVERBS = alt(labels.dutyAdverbs);
/** Labels of a note's time limit: 完成时限, 时间节点… */
export const TIME_FIELD = `${QUALIFIER}(?:${alt(labels.timeFields)})`;
/** An immediate start before a time field's ongoing words, a separator maybe after it (立行立改, : 整改时限:立行立改,长期坚持): dict/unit-labels.json immediateStarts. */
export const IMMEDIATE_START = String.raw`(?:${alt(labels.immediateStarts)})\s*[，,、]?\s*`;
/** A leader field: a role, a level, 领导 (分管省领导, 牵头负责领导, 责任市领导). */
// (…or the secretary-general a task is assigned to: 责任秘书长:李振峰, 连云港)
const LEADER_FIELD = `(?:${alt(labels.leaderRoles)})(?:${alt(labels.leaderLevels)})?(?:${alt(labels.leaderNouns)})`;
/** Labels of a note's fields that name no body: its time limit, its responsible official (责任领导). */
export const OTHER_FIELD = `${QUALIFIER}(?:${alt([...labels.timeFields, ...labels.personFields, ...labels.contactFields])}|${LEADER_FIELD})`;
/** Fields of a task record that hold the task itself (任务目标, 建设内容, 重点工作). */
export const TASK_FIELD = alt(labels.taskFields);
/** The person fields alone (a line 分管省领导:林克庆 under a task names no body and no time). */
export const PERSON_FIELD = `${QUALIFIER}(?:${alt(labels.personFields)}|${LEADER_FIELD})`;
/** A name that ends like a body: 市经信局, 区财政局, 各街镇, 国家开发银行云南省分行. */
export const BODY_END = new RegExp(`(${BODY_SUFFIX})$`);
/** A body's ending alone, no name before it (乡镇, 部门, 公司): a column's name in a table's header, no body. */
export const BARE_BODY_END = new RegExp(`^(?:${BODY_SUFFIX})$`);

const levels = createRequire(import.meta.url)('../../dict/levels.json') as { levels: string[]; stages: string[] };
/** An object that is only a level (国家级, 自治区), and the level an object starts with (省级智能工厂). */
export const LEVEL_ONLY = new RegExp(`^(${alt(levels.levels)})$`);
export const LEVEL_PREFIX = new RegExp(`^(${alt(levels.levels.filter((l) => l.endsWith('级')))})`);
/** A level written without 级 opening a name (市重点实验室): group 1 the level. */
export const BARE_LEVEL_PREFIX = new RegExp(`^(${alt(levels.levels.filter((l) => !l.endsWith('级')))})(?=[\\u4e00-\\u9fff“"]{2})`);
/** The stages an award title names before its noun (示范, 培育, 试点), as an alternation. */
export const STAGE_WORDS = alt(levels.stages);
/** An award title's stage and its noun, nothing else (培育企业, 试点企业): group 1 the stage, group 2 the noun. */
export const STAGE_ITEM = new RegExp(`^(${STAGE_WORDS})([\\u4e00-\\u9fff]{1,3})$`);
/** A level closing a longer phrase: 年度农业产业化国家级. */
export const LEVEL_SUFFIX = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(${alt(levels.levels.filter((l) => l.endsWith('级')))})$`);
const paired = createRequire(import.meta.url)('../../dict/paired-compounds.json') as { compounds: Record<string, string[]>; terms: string[] };
/** Words that join groups (城乡 → 城镇, 农村), longest first, each with its groups. */
export const PAIRED_COMPOUNDS: [string, string[]][] = Object.entries(paired.compounds).sort((a, b) => b[0].length - a[0].length);
/** The word that pairs a list of figures with a list of objects, closing the phrase before the figures (分别给予, 均达到). */
export const PAIRING_WORD_END = /(?:分别|均)$/;
/** Words after a compound that make it one term (城乡一体化, 城乡统筹): no groups to split. */
export const COMPOUND_TERM_AFTER = new RegExp(`^(?:${paired.terms.join('|')})`);
/** A name that ends like a body before a bracket naming its other title: 县发改局(粮食局), 各镇政府（街道办事处）. */
export const endsLikeBody = (name: string): boolean => {
  // (A word for the bodies a list has named, alone, names none of its own: …、市国资委,各单位按职责分工落实,下同, 嘉兴.)
  if (LIST_REFERENCES.has(name)) return false;
  const bare = name.replace(OTHER_TITLE, '');
  if (BODY_END.test(bare) && !NON_BODY_END.test(bare)) return true;
  // (…or a platform named with its body's other name in brackets, 未来科技城(海创园) (余杭): the bracket's name ends like one.)
  const other = BRACKETED_NAME.exec(name)?.[1];
  return !!other && bare.length >= 2 && BODY_END.test(other) && !NON_BODY_END.test(other);
};
const BRACKETED_NAME = /[（(]([\u4e00-\u9fff]{2,12})[）)]$/;
/** Words for the bodies a list has named (各单位, 上述单位): dict/unit-labels.json listReferences. */
const LIST_REFERENCES = new Set(labels.listReferences);
/** Is a name only a word for the bodies a list has named (各单位 in …、市国资委,各单位按职责分工落实)? */
export const isListReference = (name: string): boolean => LIST_REFERENCES.has(name);
/** Everyday words that end like a body and name none (企业社会, 机会, 博览会): dict/unit-labels.json nonBodies. */
const NON_BODY_END = new RegExp(`(${alt(labels.nonBodies)})$`);
/** A bracket closing a name, any shape: 县发改局(粮食局), 武汉经开区管委会〈汉南区人民政府〉. */
const OTHER_TITLE = new RegExp(`${OPEN}${NOT_BRACKET}*${CLOSE}$`);

/** How a place's name ends, a town's to a county's: 雪堰镇, 杨兴乡, 稻香村, 新安江街道, 北溪社区, 睢县, 巴南区, 孟州市, 达拉特旗 (a pattern's source). */
export const PLACE_SUFFIX = '镇|乡|村|街道|社区|县|区|市|旗';
/** A place's name: 雪堰镇, 横山桥镇, 新安江街道, 睢县, 沾化县. */
export const PLACE_NAME = new RegExp(`^[\\u4e00-\\u9fff]{1,8}(?:${PLACE_SUFFIX})$`);
