import { describe, expect, it } from 'vitest';
import {
  type ApplicationInput,
  applicationInputSchemaOn,
} from '../../../../functions/domain/application/application-input.ts';
import { handOver } from '../../../../functions/domain/application/hand-over.ts';
import { applicationCatalogue } from '../../../../functions/domain/application/messages.ts';
import { routeApplication } from '../../../../functions/domain/application/routing.ts';
import { renderMessage } from '../../../../functions/domain/notifications/templates.ts';
import { parametersAsOf } from '../../../../functions/domain/policy/parameters.ts';
import { toFieldErrors } from '../../../../functions/domain/validation/field-errors.ts';
import { exampleApplication } from '../../../support/application-example.ts';

/**
 * Received where one lives, handled where the law says (ARCHITECTURE §7): the
 * receiving township is the residence, the responsible one is the township the rules
 * name, and a difference is handed on at once (代收转办).
 */
const today = '2026-11-28';
const liushaEast = '445281001000'; // 流沙东街道, where the example household lives
const chiwei = '445281005000' as const; // 池尾街道
const chiweiVillage = '445281005201';

const hukouIn = (
  townshipCode: ApplicationInput['residence']['townshipCode'],
  villageCode: string,
  programmes: ApplicationInput['programmes'] = ['dibao'],
) =>
  exampleApplication({
    programmes,
    hukouPlace: { townshipCode, villageCode },
  });

const bureauLetsResidentsStay = () => {
  const p = parametersAsOf(today);
  return {
    ...p,
    puningHukouHandledWhereTheyLive: { ...p.puningHukouHandledWhereTheyLive, value: true },
  };
};

describe('who decides a Puning-hukou 低保, 单人保, 特困 or 边缘 application', () => {
  it('is the 户籍 township, while the township where they live receives it (民发〔2021〕57号 第四条)', () => {
    const routing = routeApplication(hukouIn(chiwei, chiweiVillage), today);
    expect(routing).toMatchObject({
      townshipCode: chiwei,
      receivingTownshipCode: liushaEast,
      basis: 'hukou',
      citation: { document: '民发〔2021〕57号', clause: '第四条' },
      priority: 'normal',
      accepted: ['dibao'],
    });
  });

  it('is the same for 特困 (民发〔2021〕43号 第十条 names the 户籍 township too)', () => {
    const routing = routeApplication(hukouIn(chiwei, chiweiVillage, ['tekun']), today);
    expect(routing.townshipCode).toBe(chiwei);
    expect(routing.receivingTownshipCode).toBe(liushaEast);
  });

  it('is the township where they live when the 户籍 is there too ("same as where I live", no hand-over)', () => {
    const routing = routeApplication(exampleApplication(), today);
    expect(routing.townshipCode).toBe(liushaEast);
    expect(routing.receivingTownshipCode).toBe(liushaEast);
    expect(routing.basis).toBe('hukou');
  });

  it('is the township where they live once the bureau setting says so (a bureau decision, off by default)', () => {
    const application = hukouIn(chiwei, chiweiVillage);
    expect(routeApplication(application, today).townshipCode).toBe(chiwei);
    const routing = routeApplication(application, today, bureauLetsResidentsStay());
    expect(routing.townshipCode).toBe(liushaEast);
    expect(routing.basis).toBe('residence-by-bureau-setting');
    expect(routing.citation.document).toBe('bureau decision');
  });
});

describe('who decides for others and for temporary assistance', () => {
  it('is the residence township for a residence-permit holder the bureau has let in (普民〔2021〕77号 二(九))', () => {
    const routing = routeApplication(
      exampleApplication({
        registration: {
          hukou: 'guangdong-other',
          residencePermit: { held: true, lastEndorsedOn: '2026-06-01' },
        },
      }),
      today,
    );
    expect(routing).toMatchObject({
      townshipCode: liushaEast,
      receivingTownshipCode: liushaEast,
      basis: 'residence-permit',
      citation: { document: '普民〔2021〕77号', clause: '二(九)' },
    });
  });

  it('is the township where an emergency happened, at the top of its queue (民发〔2018〕23号)', () => {
    const routing = routeApplication(
      exampleApplication({
        programmes: ['temporary-emergency'],
        emergency: { description: '房屋失火', occurredOn: '2026-11-27', townshipCode: chiwei },
      }),
      today,
    );
    expect(routing).toMatchObject({
      townshipCode: chiwei,
      receivingTownshipCode: liushaEast,
      basis: 'emergency-location',
      priority: 'emergency',
    });
  });

  it('is where they live for large expenses, whatever the 户籍 (民发〔2018〕23号: no hukou condition)', () => {
    const routing = routeApplication(hukouIn(chiwei, chiweiVillage, ['temporary-expense']), today);
    expect(routing.townshipCode).toBe(liushaEast);
    expect(routing.basis).toBe('residence');
  });
});

describe('the 户籍 place on the form', () => {
  const schema = applicationInputSchemaOn(() => today);
  const errorsOf = (input: unknown) => {
    const result = schema.safeParse(input);
    return result.success ? [] : toFieldErrors(result.error.issues, 'en', applicationCatalogue);
  };

  it('is optional: absent means "the same as where I live"', () => {
    expect(errorsOf(exampleApplication())).toEqual([]);
    expect(errorsOf(hukouIn(chiwei, chiweiVillage))).toEqual([]);
  });

  it('is for a Puning hukou only', () => {
    const permitHolder = exampleApplication({
      registration: {
        hukou: 'guangdong-other',
        residencePermit: { held: true, lastEndorsedOn: '2026-06-01' },
      },
      hukouPlace: { townshipCode: chiwei, villageCode: chiweiVillage },
    });
    expect(errorsOf(permitHolder)).toEqual([
      { path: 'hukouPlace', message: 'Only a Puning hukou has a hukou town to give here' },
    ]);
  });

  it('needs a village of the township given', () => {
    expect(errorsOf(hukouIn(chiwei, '445281001201'))).toEqual([
      { path: 'hukouPlace.villageCode', message: 'This village is not in the town you chose' },
    ]);
  });
});

describe('the hand-over (代收转办)', () => {
  const application = hukouIn(chiwei, chiweiVillage);
  const routing = routeApplication(application, today);
  const at = '2026-11-28T02:00:00.000Z';

  it('is a system history entry the applicant sees, naming both townships and the clause', () => {
    const { event } = handOver(
      { reference: 'PN-2611-TEST-0001', locale: 'zh-CN', application },
      routing,
      at,
    );
    expect(event).toMatchObject({
      by: 'system',
      action: 'hand-over',
      from: 'submitted',
      to: 'submitted',
    });
    expect(event.visibleToApplicant).toBe(true);
    expect(event.note?.['zh-CN']).toContain('流沙东街道代收');
    expect(event.note?.['zh-CN']).toContain('转池尾街道办理');
    expect(event.note?.en).toContain('民发〔2021〕57号 第四条');
  });

  it('texts the applicant in their language with both townships, in one SMS segment', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { messages } = handOver(
        { reference: 'PN-2611-TEST-0001', locale, application },
        routing,
        at,
      );
      expect(messages.map((m) => m.channel)).toEqual(['sms']);
      const [sms] = messages;
      const text = renderMessage('handed-over', locale, sms?.params ?? {}, {
        signature: '普宁市民政局',
        siteOrigin: 'https://dibao.puning.gov.cn',
      }).sms;
      expect(text).toContain(locale === 'en' ? 'Liusha East' : '流沙东街道');
      expect(text).toContain(locale === 'en' ? 'Chiwei' : '池尾街道');
    }
  });
});
