/**
 * Figure downloads that need script: the chart as SVG and as PNG, through the site's one export
 * path (figure-export.ts, which the lab uses too). The buttons are hidden in the markup and shown
 * here, so a page without JavaScript offers only what works without it (the CSV link and the data table).
 */
import { chartIn, saveChart } from './figure-export';

export function initFigureTools(doc: Document = document): void {
  for (const root of doc.querySelectorAll<HTMLElement>('[data-fig]:not([data-fig-ready])')) {
    root.dataset.figReady = '';
    // The first chart is the desktop layout, the one a download should carry.
    const box = root.querySelector('.fig__chart');
    const name = root.dataset.fig ?? 'figure';
    if (!box || !chartIn(box)) continue;
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-fig-download]')) {
      button.hidden = false;
      button.addEventListener('click', () => {
        const kind = button.dataset.figDownload;
        // Looked up on each click: an island may have replaced the chart.
        const svg = chartIn(box);
        if (svg && (kind === 'svg' || kind === 'png')) void saveChart(svg, name, kind);
      });
    }
  }
}

initFigureTools();
