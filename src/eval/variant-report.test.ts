import { describe, expect, it } from 'vitest';
import { renderVariants, type VariantReport } from './variant-report.js';
import { FIELDS, META_FIELDS, type EvalReport } from './score.js';

/** A report with only what the table reads: F1 per field and metadata right/total. */
function report(f1: number, meta: [number, number]): EvalReport {
  return {
    micro: {
      fields: Object.fromEntries(FIELDS.map((f) => [f, { f1 }])),
      metaCounts: Object.fromEntries(META_FIELDS.map((f) => [f, { right: meta[0], total: meta[1] }])),
    },
  } as unknown as EvalReport;
}

describe('renderVariants: metadata counts of a large set', () => {
  // (a set of 2,594 notices gave 2405/25941601/1697: four-digit counts ran into each other)
  const rows: VariantReport[] = [
    { variant: 'as written', describe: 'as they are', report: report(0.978, [2405, 2594]) },
    { variant: 'oneline', describe: 'every line break removed', report: report(0.93, [2367, 2594]) },
  ];
  const lines = renderVariants(rows).split('\n');

  it('keeps every count apart from the next', () => {
    expect(lines[2].trim().split(/\s+/).slice(-3)).toEqual(['2405/2594', '2405/2594', '2405/2594']);
    expect(lines[3].trim().split(/\s+/).slice(-3)).toEqual(['2367/2594', '2367/2594', '2367/2594']);
  });

  it('writes the change from the text as written', () => {
    expect(lines[3]).toContain('0.930(-0.048)');
  });

  it('keeps the header over its columns', () => {
    expect(lines[1].length).toBe(lines[2].length);
  });
});
