import { formatYuan } from '../run/output.js';
import { escapeAttr, escapeHtml } from './escape.js';

/**
 * Inline SVG bar chart: the largest amount of each region (one bar per region). Labels come from
 * document text, so they are escaped like any HTML text. Returns '' when no row carries money.
 */
export function amountChart(rows: { region: string; yuan?: number; topYuan?: number }[], title = '各地区最高补助金额'): string {
  const best = new Map<string, number>();
  for (const r of rows) {
    const y = r.topYuan ?? r.yuan;
    if (y !== undefined) best.set(r.region, Math.max(best.get(r.region) ?? 0, y));
  }
  if (!best.size) return '';
  const bars = [...best.entries()].sort((a, b) => b[1] - a[1]);
  const max = bars[0][1] || 1;
  const labelW = 120;
  const barW = 480;
  const rowH = 30;
  const h = bars.length * rowH + 10;
  const w = labelW + barW + 130;
  const g = bars.map(([region, yuan], i) => {
    const y = 5 + i * rowH;
    const len = Math.max(2, Math.round((yuan / max) * barW));
    return (
      `<g class="bar" data-region="${escapeAttr(region)}" data-yuan="${yuan}">` +
      `<title>${escapeHtml(`${region}：${formatYuan(yuan)}`)}</title>` +
      `<text x="${labelW - 8}" y="${y + 19}" text-anchor="end">${escapeHtml(region)}</text>` +
      `<rect x="${labelW}" y="${y + 4}" width="${len}" height="${rowH - 10}" rx="3"></rect>` +
      `<text x="${labelW + len + 6}" y="${y + 19}">${escapeHtml(formatYuan(yuan))}</text></g>`
    );
  });
  return `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeAttr(title)}">${g.join('')}</svg></figure>`;
}
