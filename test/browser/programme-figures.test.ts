import { describe, expect, inject, it } from 'vitest';
import { programmePages } from '../../web/src/content/programme-pages.ts';

const baseUrl = inject('baseUrl');

/** The page's HTML with every <details> block (and what it holds) taken out. */
function outsideDetails(html: string): string {
  return html.replace(/<details[\s\S]*?<\/details>/g, '');
}

// Issue 16 item 10: citizen pages show a figure as a bureau would — the figure, its date
// and "以普宁市民政局公布为准" — and fold the source notes into a collapsed 来源.
describe('figures on the programme pages', () => {
  it.each([
    ['/programmes/', '以普宁市民政局公布为准', '来源', '深圳特区报'],
    [
      '/en/programmes/',
      'The figure published by the Puning Civil Affairs Bureau prevails',
      'Source',
      '深圳特区报',
    ],
  ])(
    '%s…: figure, date and the bureau line; the source notes in a closed 来源',
    async (prefix, prevails, summary, sourceNote) => {
      const res = await fetch(`${baseUrl}${prefix}${programmePages.dibao.slug}/`);
      expect(res.status).toBe(200);
      const html = await res.text();
      const visible = outsideDetails(html);
      expect(visible).toContain(prevails);
      expect(visible).toMatch(/2024-07-01/);
      expect(visible).not.toContain(sourceNote);
      expect(visible).not.toContain('未经官方文件核实');
      const folded = html.match(/<details class="figure-source"[^>]*>[\s\S]*?<\/details>/g) ?? [];
      expect(folded.length).toBeGreaterThan(0);
      expect(folded.some((block) => block.includes(sourceNote))).toBe(true);
      expect(folded.every((block) => !/<details[^>]*\sopen/.test(block))).toBe(true);
      expect(folded[0]).toContain(`<summary>${summary}</summary>`);
    },
  );
});
