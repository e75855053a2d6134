import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { pageByline } from './metadata.js';
import { devText as dev } from '../dev-notices.js';

// A page's byline with its time first and the body after it on one line (2023-01-19 11:01 三亚市发展和改革委员会), the page's repeated title
// run on after it by the cleaner, named no issuer. Found on hainan-sanya-nuanxinliugong.txt (round 185).

describe('a byline whose time comes first (byline time first)', () => {
  it('三亚 (hainan-sanya-nuanxinliugong.txt)', () => {
    expect(documentsOfPlainText(dev('hainan-sanya-nuanxinliugong.txt'))[0].issuer).toBe('三亚市发展和改革委员会');
  });
  it.each([
    [['2023-01-19 11:01 三亚市发展和改革委员会三亚市2023年激励措施'], '三亚市发展和改革委员会'],
    [['2024-05-08 泰州市工业和信息化局'], '泰州市工业和信息化局'],
  ])('form: %j', (head, body) => expect(pageByline(head)).toBe(body));
  it('valid: a time before words that are no body names none', () => {
    expect(pageByline(['2023-01-19 11:01 三亚市举办消费季活动'])).toBeUndefined();
  });
});
