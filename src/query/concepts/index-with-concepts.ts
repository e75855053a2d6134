import { updateIndex as update, type IndexOptions, type UpdateReport } from '../../index/policy-index.js';
import { thesaurus } from './thesaurus.js';
import type { Clause } from '../../types.js';

/**
 * updateIndex with the shipped thesaurus as the embedder's concept features unless the caller
 * gives another: what the library API exports, so its indexes match the CLI's.
 */
export function updateIndex(dir: string, clauses: Clause[], opts: IndexOptions = {}): Promise<UpdateReport> {
  return update(dir, clauses, { lexicon: thesaurus().lexicon(), ...opts });
}
