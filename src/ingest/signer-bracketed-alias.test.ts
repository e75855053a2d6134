import { describe, expect, it } from 'vitest';
import { signatureOf } from './metadata.js';

// A signing body whose name holds another name in brackets (佛山中德工业服务区(佛山三龙湾科技城)管理委员会), run with its date into the
// attachment line of a page that lost its line breaks: the whole name signs, not its tail after the bracket.
describe('a signer named with an alias in brackets, run into the attachment line (signer bracketed alias)', () => {
  it.each([
    // 佛山中德 (guangdong-foshanzhongde-huizhanfuchi.txt)
    [
      '三、业务咨询佛山扶持通平台使用过程中相关技术问题,附件:佛山中德工业服务区(佛山三龙湾科技城)促进潭洲国际会展中心发展扶持资金申报指南佛山中德工业服务区(佛山三龙湾科技城)管理委员会2024年8月19日。',
      { issuer: '佛山中德工业服务区(佛山三龙湾科技城)管理委员会', date: '2024-08-19' },
    ],
    // 常熟: read before this class, kept — a plain name after an attachment's title
    ['请认真组织实施。附件:常熟市2018年政府工作任务分解表常熟市人民政府办公室2018年2月24日', { issuer: '常熟市人民政府办公室', date: '2018-02-24' }],
  ])('%s', (line, want) => expect(signatureOf([line])).toMatchObject(want));
});
