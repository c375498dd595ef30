import * as z from 'zod/mini';
import type { LocalizedText } from '../locale.ts';

/**
 * Supporting documents: which kinds, which formats and how large. Photos of papers
 * from a phone camera (JPEG, PNG) and scanned PDFs; 5 MB is enough for a phone photo
 * and keeps uploads possible on a weak network.
 */
export const documentTypes = {
  'id-card': { 'zh-CN': '身份证', en: 'ID card' },
  'household-register': { 'zh-CN': '户口簿', en: 'Household register' },
  'residence-permit': { 'zh-CN': '居住证', en: 'Residence permit' },
  'medical-records': { 'zh-CN': '病历、诊断证明', en: 'Medical records' },
  'disability-certificate': { 'zh-CN': '残疾人证', en: 'Disability certificate' },
  'expense-proof': { 'zh-CN': '费用票据', en: 'Proof of expenses' },
  'income-proof': { 'zh-CN': '收入证明', en: 'Proof of income' },
  /** An agent's written authorisation from the applicant (57号 第六条). */
  authorisation: { 'zh-CN': '委托书', en: 'Written authorisation' },
  /** The consent form a person signed when staff applied for them (43号 第十一条). */
  'consent-form': { 'zh-CN': '本人签字的同意书', en: 'Signed consent form' },
  other: { 'zh-CN': '其他材料', en: 'Other' },
} as const satisfies Record<string, LocalizedText>;
export type DocumentType = keyof typeof documentTypes;

export const allowedContentTypes = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type DocumentContentType = (typeof allowedContentTypes)[number];
export const maxDocumentBytes = 5 * 1024 * 1024;
/**
 * Uploads one application may hold: more than any procedure asks for, and a bound on
 * the application item's size (each upload is listed in it).
 */
export const maxDocumentsPerApplication = 30;

export const documentMessages = {
  'document.type': { 'zh-CN': '请选择材料类型', en: 'Choose the kind of document' },
  'document.format': {
    'zh-CN': '只能上传照片（JPG、PNG）或 PDF 文件',
    en: 'Only photos (JPG, PNG) or PDF files can be uploaded',
  },
  'document.size': {
    'zh-CN': '文件不能超过 5 MB，可以拍得小一些再上传',
    en: 'The file must be 5 MB or smaller; a smaller photo will do',
  },
  'document.tooMany': {
    'zh-CN': `每份申请最多上传 ${maxDocumentsPerApplication} 份材料。还有材料要交的，请联系办理的镇（街道）工作人员，或拨打 12345`,
    en: `An application can hold at most ${maxDocumentsPerApplication} documents. To hand in more, contact the township office handling it, or call 12345`,
  },
} as const satisfies Record<string, LocalizedText>;

export const documentRequestSchema = z.strictObject({
  reference: z.string().check(z.minLength(1), z.maxLength(40)),
  accessCode: z.string().check(z.minLength(1), z.maxLength(20)),
  type: z.enum(Object.keys(documentTypes) as [DocumentType, ...DocumentType[]], {
    error: 'document.type',
  }),
  contentType: z.enum(allowedContentTypes, { error: 'document.format' }),
  size: z
    .int({ error: 'document.size' })
    .check(
      z.gte(1, { error: 'document.size' }),
      z.lte(maxDocumentBytes, { error: 'document.size' }),
    ),
});
export type DocumentRequest = z.infer<typeof documentRequestSchema>;

/** The format the bytes really are, from their first bytes (not what the client says). */
export function sniffContentType(bytes: Uint8Array): DocumentContentType | null {
  const starts = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  return null;
}
