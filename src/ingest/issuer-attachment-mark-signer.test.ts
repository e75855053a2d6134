import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A signer the cleaner ran into the attachment line above its date was read only after 附件: (附件:…安排表市委农办, 大冶); marked 附: alone
// (附:右玉县2023年…补助资金拨付表右玉县草原生态保护补助奖励机制工作领导组 / 2023年2月7日, 右玉 山西) it was lost, and a 工作领导组 was no organ
// word either (dict/document-meta.json) (issue 9).
describe('a signer run into an attachment line marked 附: (issuer attachment mark signer)', () => {
  it('右玉 2023 (shanxi-youyu-caoyuanjinmu2023.txt)', () => {
    const [d] = documentsOfPlainText(dev('shanxi-youyu-caoyuanjinmu2023.txt'));
    expect([d.issuer, d.date]).toEqual(['右玉县草原生态保护补助奖励机制工作领导组', '2023-02-07']);
  });
  it('an attachment line with no body after its title names no issuer', () => {
    const [d] = documentsOfPlainText('各乡(镇)人民政府:\n现将补助资金拨付各乡镇。\n附:右玉县2023年农牧民补助奖励政策禁牧草地补助资金拨付表\n2023年2月7日\n');
    expect(d.issuer).toBeUndefined();
  });
});
