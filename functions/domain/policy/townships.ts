import type { LocalizedText } from '../locale.ts';

/**
 * The 33 township-level units of Puning (镇/街道/乡/农场/园区), NBS 2023 codes. Kept
 * here as a short list so the browser pre-check does not bundle the 48 KB divisions
 * file; a unit test checks it against functions/domain/data/puning-divisions.json.
 */
export const townships = [
  { code: '445281001000', name: { 'zh-CN': '流沙东街道', en: 'Liusha East Subdistrict' } },
  { code: '445281002000', name: { 'zh-CN': '流沙南街道', en: 'Liusha South Subdistrict' } },
  { code: '445281003000', name: { 'zh-CN': '流沙西街道', en: 'Liusha West Subdistrict' } },
  { code: '445281004000', name: { 'zh-CN': '流沙北街道', en: 'Liusha North Subdistrict' } },
  { code: '445281005000', name: { 'zh-CN': '池尾街道', en: 'Chiwei Subdistrict' } },
  { code: '445281006000', name: { 'zh-CN': '燎原街道', en: 'Liaoyuan Subdistrict' } },
  { code: '445281007000', name: { 'zh-CN': '大南山街道', en: 'Dananshan Subdistrict' } },
  { code: '445281102000', name: { 'zh-CN': '赤岗镇', en: 'Chigang Town' } },
  { code: '445281103000', name: { 'zh-CN': '大坝镇', en: 'Daba Town' } },
  { code: '445281104000', name: { 'zh-CN': '洪阳镇', en: 'Hongyang Town' } },
  { code: '445281105000', name: { 'zh-CN': '南溪镇', en: 'Nanxi Town' } },
  { code: '445281106000', name: { 'zh-CN': '广太镇', en: 'Guangtai Town' } },
  { code: '445281107000', name: { 'zh-CN': '麒麟镇', en: 'Qilin Town' } },
  { code: '445281108000', name: { 'zh-CN': '南径镇', en: 'Nanjing Town (南径镇)' } },
  { code: '445281109000', name: { 'zh-CN': '占陇镇', en: 'Zhanlong Town' } },
  { code: '445281110000', name: { 'zh-CN': '军埠镇', en: 'Junbu Town' } },
  { code: '445281111000', name: { 'zh-CN': '下架山镇', en: 'Xiajiashan Town' } },
  { code: '445281113000', name: { 'zh-CN': '高埔镇', en: 'Gaopu Town' } },
  { code: '445281114000', name: { 'zh-CN': '云落镇', en: 'Yunluo Town' } },
  { code: '445281115000', name: { 'zh-CN': '大坪镇', en: 'Daping Town' } },
  { code: '445281116000', name: { 'zh-CN': '船埔镇', en: 'Chuanpu Town' } },
  { code: '445281117000', name: { 'zh-CN': '梅林镇', en: 'Meilin Town' } },
  { code: '445281119000', name: { 'zh-CN': '里湖镇', en: 'Lihu Town' } },
  { code: '445281121000', name: { 'zh-CN': '梅塘镇', en: 'Meitang Town' } },
  { code: '445281123000', name: { 'zh-CN': '普侨镇', en: 'Puqiao Town (Overseas Chinese Zone)' } },
  { code: '445281201000', name: { 'zh-CN': '后溪乡', en: 'Houxi Township' } },
  { code: '445281401000', name: { 'zh-CN': '大池农场', en: 'Dachi Farm' } },
  { code: '445281402000', name: { 'zh-CN': '马鞍山农场', en: "Ma'anshan Farm" } },
  { code: '445281403000', name: { 'zh-CN': '大坪农场', en: 'Daping Farm' } },
  { code: '445281405000', name: { 'zh-CN': '三坑农场', en: 'Sankeng Farm' } },
  { code: '445281406000', name: { 'zh-CN': '乌石农场', en: 'Wushi Farm' } },
  {
    code: '445281407000',
    name: { 'zh-CN': '科技工业园', en: 'Science and Technology Industrial Park' },
  },
  {
    code: '445281408000',
    name: { 'zh-CN': '普宁产业转移工业园', en: 'Puning Industrial Transfer Park' },
  },
] as const satisfies readonly { code: string; name: LocalizedText }[];

export type TownshipCode = (typeof townships)[number]['code'];

export const townshipCodes = townships.map((t) => t.code) as [TownshipCode, ...TownshipCode[]];

export function isTownshipCode(value: string): value is TownshipCode {
  return (townshipCodes as readonly string[]).includes(value);
}

const unknownTownship: LocalizedText = { 'zh-CN': '（未知的镇街）', en: '(unknown township)' };

export function townshipName(code: string): LocalizedText {
  return townships.find((t) => t.code === code)?.name ?? unknownTownship;
}
