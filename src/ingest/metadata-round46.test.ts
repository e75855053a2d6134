import { describe, expect, it } from 'vitest';
import { documentsOfPlainText, ingestFile } from './ingest.js';
import { docNumberPlaces } from './regions.js';
import { devPath } from '../dev-notices.js';

// Round 46 document classes: real texts of eval/national/dev (file named), and "form" for a text written from the class.
const dev = (file: string) => ingestFile(devPath(file));
const docs = (text: string) => documentsOfPlainText(text);

describe('a department’s document number names its place before its code (department number)', () => {
  it.each([
    ['京商规字〔2024〕2号', ['北京市']],
    ['琼科〔2012〕132号', ['海南省']],
    ['琼工信产发〔2024〕185号', ['海南省']],
    ['川经信财资〔2024〕182号', ['四川省']],
    // a government's own number is read as before
    ['渝北府发〔2021〕13号', ['渝北区']],
    ['穗府办规〔2025〕13号', ['广州市']],
  ])('%s', (number, want) => expect(docNumberPlaces(number).map((r) => r.name)).toEqual(want));
});

describe('a document number where the title should be is no title (number line)', () => {
  it('北京市 (beijing-beijingshi-buxingjie.txt): a repost that lost its title, the number over the addressees: a notice of 北京市', async () => {
    const d = (await dev('beijing-beijingshi-buxingjie.txt'))[0];
    expect([d.title, d.docNumber, d.kind, d.region]).toEqual(['', '京商规字〔2024〕2号', 'notice', '北京市']);
  });
  it.each([
    // addressees that open with places, not 各 (江苏省, jiangsu-suzhong-renwufenjie.txt; 新疆, xinjiang-xinjiangqu-zhaoshang.txt)
    ['jiangsu-suzhong-renwufenjie.txt', '江苏省'],
    ['xinjiang-xinjiangqu-zhaoshang.txt', '新疆维吾尔自治区'],
  ])('%s: the addressees are no title either (%s)', async (file, region) => {
    const d = (await dev(file))[0];
    expect([d.title, d.region]).toEqual(['', region]);
  });
  it('form: the title under the number is the title', () => {
    const d = docs('鄂科发〔2022〕14号\n鄂尔多斯市科学技术局关于印发科技奖补办法的通知\n各旗区科技局:\n现将办法印发给你们。\n')[0];
    expect([d.title, d.issuer, d.docNumber]).toEqual(['关于印发科技奖补办法的通知', '鄂尔多斯市科学技术局', '鄂科发〔2022〕14号']);
  });
});

describe('a contact’s street address is no jurisdiction beside a place the head names (contact address)', () => {
  it('海南省 (hainan-hainansheng-nongyekeji.txt): 地 址:海口市国兴大道9号 under a provincial department’s call', async () => {
    expect((await dev('hainan-hainansheng-nongyekeji.txt'))[0].region).toBe('海南省');
  });
  it('汝州 (henan-ruzhou-sangeyipi.txt): a page whose only place is its site’s address still takes it', async () => {
    expect((await dev('henan-ruzhou-sangeyipi.txt'))[0].region).toBe('汝州市');
  });
});
