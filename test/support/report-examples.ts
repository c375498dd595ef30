import type { ComplaintInput } from '../../functions/domain/reports/complaint-input.ts';
import {
  contactConsentVersion,
  type LeadInput,
} from '../../functions/domain/reports/lead-input.ts';

/** 流沙东街道 and two of its communities; 池尾街道 and one of its. */
export const reportPlaces = {
  township: '445281001000',
  village: '445281001201',
  otherVillage: '445281001202',
  otherTownship: '445281005000',
  otherTownshipVillage: '445281005201',
} as const;

export const consent = { version: contactConsentVersion, agreed: true } as const;

/** A lead with a reporter who left a mobile. */
export function exampleLead(overrides: Partial<LeadInput> = {}): LeadInput {
  return {
    place: { townshipCode: reportPlaces.township, villageCode: reportPlaces.village },
    difficulty: {
      categories: ['elderly-alone', 'illness'],
      description: '村口独居老人，腿脚不便，最近没人照顾，家里没有吃的。',
    },
    personName: '林阿婆',
    reporter: { leaveContact: true, mobile: '13711112222', consent },
    ...overrides,
  } as LeadInput;
}

/** A real-name complaint about a township. */
export function exampleComplaint(overrides: Partial<ComplaintInput> = {}): ComplaintInput {
  return {
    subject: { kind: 'township', townshipCode: reportPlaces.township },
    what: '镇里工作人员收了材料后一个多月没有任何答复，打电话也没人接。',
    reporter: { realName: true, name: '黄先生', mobile: '13633334444', consent },
    ...overrides,
  } as ComplaintInput;
}

let serial = 0;
export const reportKey = () => `report-test-${process.pid}-${++serial}-${Date.now()}`;

export const postJson = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', 'Idempotency-Key': reportKey(), ...headers },
});
