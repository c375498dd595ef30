import type { LocalizedText } from '../locale.ts';

import { type TownshipCode, townshipCodes } from './township-codes.ts';

export { isTownshipCode, type TownshipCode, townshipCodes } from './township-codes.ts';

/**
 * The names of Puning's 33 township-level units in both languages, keyed by code (the
 * compiler makes sure every code has its name). Kept here as a short list so the browser
 * pre-check does not bundle the 48 KB divisions file; a unit test checks it against
 * functions/domain/data/puning-divisions.json.
 */
const names: Record<TownshipCode, LocalizedText> = {
  '445281001000': { 'zh-CN': '流沙东街道', en: 'Liusha East Subdistrict' },
  '445281002000': { 'zh-CN': '流沙南街道', en: 'Liusha South Subdistrict' },
  '445281003000': { 'zh-CN': '流沙西街道', en: 'Liusha West Subdistrict' },
  '445281004000': { 'zh-CN': '流沙北街道', en: 'Liusha North Subdistrict' },
  '445281005000': { 'zh-CN': '池尾街道', en: 'Chiwei Subdistrict' },
  '445281006000': { 'zh-CN': '燎原街道', en: 'Liaoyuan Subdistrict' },
  '445281007000': { 'zh-CN': '大南山街道', en: 'Dananshan Subdistrict' },
  '445281102000': { 'zh-CN': '赤岗镇', en: 'Chigang Town' },
  '445281103000': { 'zh-CN': '大坝镇', en: 'Daba Town' },
  '445281104000': { 'zh-CN': '洪阳镇', en: 'Hongyang Town' },
  '445281105000': { 'zh-CN': '南溪镇', en: 'Nanxi Town' },
  '445281106000': { 'zh-CN': '广太镇', en: 'Guangtai Town' },
  '445281107000': { 'zh-CN': '麒麟镇', en: 'Qilin Town' },
  '445281108000': { 'zh-CN': '南径镇', en: 'Nanjing Town (南径镇)' },
  '445281109000': { 'zh-CN': '占陇镇', en: 'Zhanlong Town' },
  '445281110000': { 'zh-CN': '军埠镇', en: 'Junbu Town' },
  '445281111000': { 'zh-CN': '下架山镇', en: 'Xiajiashan Town' },
  '445281113000': { 'zh-CN': '高埔镇', en: 'Gaopu Town' },
  '445281114000': { 'zh-CN': '云落镇', en: 'Yunluo Town' },
  '445281115000': { 'zh-CN': '大坪镇', en: 'Daping Town' },
  '445281116000': { 'zh-CN': '船埔镇', en: 'Chuanpu Town' },
  '445281117000': { 'zh-CN': '梅林镇', en: 'Meilin Town' },
  '445281119000': { 'zh-CN': '里湖镇', en: 'Lihu Town' },
  '445281121000': { 'zh-CN': '梅塘镇', en: 'Meitang Town' },
  '445281123000': { 'zh-CN': '普侨镇', en: 'Puqiao Town (Overseas Chinese Zone)' },
  '445281201000': { 'zh-CN': '后溪乡', en: 'Houxi Township' },
  '445281401000': { 'zh-CN': '大池农场', en: 'Dachi Farm' },
  '445281402000': { 'zh-CN': '马鞍山农场', en: "Ma'anshan Farm" },
  '445281403000': { 'zh-CN': '大坪农场', en: 'Daping Farm' },
  '445281405000': { 'zh-CN': '三坑农场', en: 'Sankeng Farm' },
  '445281406000': { 'zh-CN': '乌石农场', en: 'Wushi Farm' },
  '445281407000': { 'zh-CN': '科技工业园', en: 'Science and Technology Industrial Park' },
  '445281408000': { 'zh-CN': '普宁产业转移工业园', en: 'Puning Industrial Transfer Park' },
};

export const townships = townshipCodes.map((code) => ({ code, name: names[code] }));

const unknownTownship: LocalizedText = { 'zh-CN': '（未知的镇街）', en: '(unknown township)' };

export function townshipName(code: string): LocalizedText {
  return townships.find((t) => t.code === code)?.name ?? unknownTownship;
}
