import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A town named alone in a page's source field (2021-07-05 15:24 浏览次数: 信息来源:东白湖镇, 诸暨 round 287) gave no issuer: a source's value had to
// be a body (…局, …政府) or a zone. A town's or a street's name so written is its own notice's issuer where nothing else names one; a town's
// portal reposting its county's notice (来源:禹越镇 under 《德清县人民政府关于印发…》, 德清) keeps the county's government (issue 9).
describe('a town named alone as the page\'s source issues its notice (metadata town source)', () => {
  it.each([
    // 东白湖镇 (zhejiang-dongbaihuzhen-nongyebuzhu2020.txt)
    ['zhejiang-dongbaihuzhen-nongyebuzhu2020.txt', '东白湖镇'],
    // (a county's notice on a town's portal: 德清, zhejiang-deqing-zhizaoye.txt)
    ['zhejiang-deqing-zhizaoye.txt', '德清县人民政府'],
  ])('%s', (file, issuer) => {
    expect(documentsOfPlainText(dev(file))[0].issuer).toBe(issuer);
  });
});
