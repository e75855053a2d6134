import { resolve, sep } from 'node:path';

/** Which labelled set a gold folder is: the rules were written against the development sets. */
export interface GoldSet {
  name: string;
  development: boolean;
}

export function goldSet(dir: string): GoldSet {
  const p = resolve(dir).split(sep).join('/');
  if (/(^|\/)eval\/national\/test(\/|$)/.test(p)) return { name: 'national test set (eval/national/test)', development: false };
  if (/(^|\/)eval\/national\/dev(\/|$)/.test(p)) return { name: 'national development set (eval/national/dev)', development: true };
  if (/(^|\/)eval\/gold\/?$/.test(p)) return { name: 'seed gold (eval/gold)', development: true };
  return { name: `labelled set ${dir}`, development: false };
}

/** The warning printed when a development set is scored. */
export function developmentNote(set: GoldSet): string | undefined {
  return set.development ? `note: ${set.name} is a development set: the extraction rules were written against it, so these scores overstate accuracy on new notices; score eval/national/test for an honest figure` : undefined;
}
