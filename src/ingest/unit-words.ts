import { createRequire } from 'node:module';
import { alt } from './meta-words.js';

/**
 * Language data of responsible-unit notes (dict/unit-labels.json), read once for both stages: the cleaner keeps a unit field's
 * line breaks and colons by it (label-lines.ts, cell-lines.ts) and the extractor reads the notes by it (extract/lexicon.ts).
 */
export const unitLabels = createRequire(import.meta.url)('../../dict/unit-labels.json') as {
  qualifiers: string[];
  prefixes: string[];
  nouns: string[];
  labels: string[];
  lead: string[];
  partWords: string[];
  bodySuffixes: string[];
  listReferences: string[];
  nonBodies: string[];
  duties: string[];
  dutiesByRemit: { ways: string[]; each: string[]; remits: string[]; split: string[]; acts: string[] };
  dutyAdverbs: string[];
  timeFields: string[];
  immediateStarts: string[];
  personFields: string[];
  contactFields: string[];
  taskFields: string[];
  leaderNouns: string[];
  leaderRoles: string[];
  leaderLevels: string[];
  actorVerbs: string[];
};

const remit = unitLabels.dutiesByRemit;
const optional = (parts: string[]) => `(?:${alt(parts.filter(Boolean))})${parts.includes('') ? '?' : ''}`;
/** Each form of 按职责分工负责 that dutiesByRemit's parts combine to (按照职能职责负责, 依职责落实), as one pattern. */
export const REMIT_DUTY = [remit.ways, remit.each, remit.remits, remit.split, remit.acts].map(optional).join('');
/** Every duty word written out: those listed and each form REMIT_DUTY reads (for matching a duty word's cut-off start). */
export const DUTIES: string[] = [
  ...unitLabels.duties,
  ...remit.ways.flatMap((w) => remit.each.flatMap((e) => remit.remits.flatMap((r) => remit.split.flatMap((s) => remit.acts.map((a) => w + e + r + s + a))))),
];

/** What a field's label may open with, the thing it is about (项目责任单位, 项目责任人, 项目实施时间): read as the label alone. */
export const UNIT_QUALIFIER = `(?:${alt(unitLabels.qualifiers)})?`;
/** The person heading the bodies a unit label names too (项目实施单位及责任人): 及责任人, 和负责人, 与主要负责人. */
export const HEAD_SUFFIX = '(?:及|和|与)(?:主要)?(?:责任人|负责人|联系人)';
/**
 * A unit label's words before anything after its noun: a qualifier, one to three prefixes, a noun, maybe a second noun joined to it
 * (牵头单位, 项目责任单位, 牵头组织实施单位, 责任处室及单位). One source for the cleaner's label lines and the extractor's notes
 * (extract/lexicon.ts LABEL_WORD builds on it), so a new form is written once.
 */
export const UNIT_LABEL_STEM = `${UNIT_QUALIFIER}(?:${alt(unitLabels.prefixes)}){1,3}(?:${alt(unitLabels.nouns)})(?:[及和与、](?:${alt(unitLabels.nouns)}))?`;
/** A unit label's words as the cleaner reads them: the stem, maybe the person heading the bodies (项目实施单位及责任人). */
export const UNIT_LABEL_WORD = `${UNIT_LABEL_STEM}(?:${HEAD_SUFFIX})?`;
/** The words a body's name ends with (局, 委员会, 人民政府, 街道…), as an alternation. */
export const BODY_SUFFIX = alt(unitLabels.bodySuffixes);
/** A column or a label ending with a unit label's noun (牵头单位, 责任部门, 实施主体). */
export const UNIT_NOUN_END = new RegExp(`(?:${alt(unitLabels.nouns)})$`);
