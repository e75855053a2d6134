import { describe, expect, it } from 'vitest';
import { signatureOf } from './metadata.js';

// Metadata classes from round 110 of the national development set (issue 9), and forms written from each class.

describe('the place of the signer’s own seal after its name, or on its own line (seal mark)', () => {
  it.each([
    // form: the mark closing the signer's line, full-width brackets
    [['请认真贯彻执行。', '安化县工业和信息化局（盖章）', '2023年5月6日'], { issuer: '安化县工业和信息化局', date: '2023-05-06' }],
    // form: half-width brackets, 公章
    [['请认真贯彻执行。', '某市财政局(公章)', '2023年5月6日'], { issuer: '某市财政局', date: '2023-05-06' }],
    // form: the mark alone on its line between the signer and its date
    [['请认真贯彻执行。', '某县人民政府办公室', '（印章）', '2023年5月6日'], { issuer: '某县人民政府办公室', date: '2023-05-06' }],
    // form: two signers, each sealed
    [['请认真贯彻执行。', '某市财政局（盖章）', '某市发展和改革委员会（盖章）', '2023年5月6日'], { issuer: '某市财政局、某市发展和改革委员会', date: '2023-05-06' }],
  ])('%#', (paras, signature) => {
    expect(signatureOf(paras as string[])).toEqual(signature);
  });
});
