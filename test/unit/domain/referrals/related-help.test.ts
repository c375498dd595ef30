import { describe, expect, it } from 'vitest';
import { checkInputSchema } from '../../../../functions/domain/policy/check-input.ts';
import {
  exampleCheckInput,
  exampleMember,
} from '../../../../functions/domain/policy/check-input-example.ts';
import { departments } from '../../../../functions/domain/referrals/departments.ts';
import {
  relatedHelp,
  relatedHelpBasis,
} from '../../../../functions/domain/referrals/related-help.ts';

type Overrides = Parameters<typeof exampleCheckInput>[0];
/** Parsed first, so every case is a schema-valid answer set. */
const helpFor = (overrides: Overrides) =>
  relatedHelp(checkInputSchema.parse(exampleCheckInput(overrides)));
const idsFor = (overrides: Overrides) => helpFor(overrides).map((h) => h.id);

// The default household: one person of 45, able to work, with wages, owning a home.
const settled = { income: { wages: 6000 } } as const;

describe('related help suggested from the check answers (普民〔2021〕77号 二(五))', () => {
  it('suggests nothing for a household none of the rules concern', () => {
    expect(helpFor(settled)).toEqual([]);
  });

  // The table: which answers suggest which help, and the rule each rests on.
  const table: {
    answers: Overrides;
    id: string;
    department: string;
    document: string;
    clause: string;
  }[] = [
    {
      answers: {
        ...settled,
        members: [exampleMember({ disability: { grade: 2, type: 'physical' } })],
      },
      id: 'disability-subsidies',
      department: 'disabled-persons-federation',
      document: '国发〔2015〕52号',
      clause: '困难残疾人生活补贴和重度残疾人护理补贴',
    },
    {
      answers: { ...settled, members: [exampleMember({ seriousIllness: true })] },
      id: 'medical-assistance',
      department: 'medical-security',
      document: '《社会救助暂行办法》',
      clause: '第五章 医疗救助',
    },
    {
      answers: { ...settled, expenses: { rigidSpendingLast12Months: 30_000 } },
      id: 'medical-assistance',
      department: 'medical-security',
      document: '《社会救助暂行办法》',
      clause: '第五章 医疗救助',
    },
    {
      answers: {
        ...settled,
        members: [
          exampleMember(),
          exampleMember({ age: 12, ableToWork: false, fullTimeStudent: true }),
        ],
      },
      id: 'education-assistance',
      department: 'education',
      document: '《社会救助暂行办法》',
      clause: '第六章 教育救助',
    },
    {
      answers: { ...settled, assets: { homes: 0 } },
      id: 'housing-assistance',
      department: 'housing',
      document: '《社会救助暂行办法》',
      clause: '第七章 住房救助',
    },
    {
      answers: { income: { wages: 0 } },
      id: 'employment-assistance',
      department: 'human-resources',
      document: '《社会救助暂行办法》',
      clause: '第八章 就业救助',
    },
    {
      answers: { ...settled, members: [exampleMember({ age: 40, ableToWork: false })] },
      id: 'work-injury',
      department: 'human-resources',
      document: '《工伤保险条例》',
      clause: '第十七条',
    },
  ];

  for (const row of table)
    it(`suggests ${row.id} (${row.department}) citing ${row.document} ${row.clause}`, () => {
      const found = helpFor(row.answers).find((h) => h.id === row.id);
      expect(found).toMatchObject({
        department: row.department,
        citation: { document: row.document, clause: row.clause },
        departmentName: departments[row.department as keyof typeof departments].name,
      });
      expect(found?.why['zh-CN']).not.toBe('');
      expect(found?.why.en).not.toBe('');
    });

  it('names the members concerned, in both languages', () => {
    const [help] = helpFor({
      ...settled,
      members: [
        exampleMember(),
        exampleMember({ age: 72, ableToWork: false, disability: { grade: 1, type: 'visual' } }),
      ],
    });
    expect(help?.id).toBe('disability-subsidies');
    expect(help?.why).toEqual({
      'zh-CN': '第 2 位家庭成员（72 岁）有残疾',
      en: 'household member 2 (aged 72) has a disability',
    });
  });

  it('does not suggest employment help when the household earns wages, nor to a student or someone past working age', () => {
    expect(idsFor({ income: { wages: 3000 } })).not.toContain('employment-assistance');
    expect(idsFor({ members: [exampleMember({ age: 17, fullTimeStudent: true })] })).not.toContain(
      'employment-assistance',
    );
    expect(idsFor({ members: [exampleMember({ age: 65 })] })).not.toContain(
      'employment-assistance',
    );
  });

  it('suggests work-injury help only at working age', () => {
    expect(
      idsFor({ ...settled, members: [exampleMember({ age: 70, ableToWork: false })] }),
    ).not.toContain('work-injury');
  });

  it('lists each help once, in a fixed order, however many members it concerns', () => {
    const ids = idsFor({
      assets: { homes: 0 },
      members: [
        exampleMember({ seriousIllness: true, disability: { grade: 1, type: 'physical' } }),
        exampleMember({ age: 10, ableToWork: false, fullTimeStudent: true, seriousIllness: true }),
      ],
    });
    expect(ids).toEqual([
      'disability-subsidies',
      'medical-assistance',
      'education-assistance',
      'housing-assistance',
      'employment-assistance',
      'work-injury',
    ]);
  });

  it('gives a phone number only where one is confirmed (12333), otherwise where to ask', () => {
    for (const department of Object.values(departments)) {
      const numbers = department.contact['zh-CN'].match(/\d{5,}/g) ?? [];
      for (const n of numbers) expect(['12345', '12333']).toContain(n);
      if (!department.phone) expect(department.contact['zh-CN']).toMatch(/窗口|学校/);
    }
    expect(departments['human-resources'].phone).toBe('12333');
  });

  it('rests every suggestion on 77号 二(五)', () => {
    expect(relatedHelpBasis).toEqual({ document: '普民〔2021〕77号', clause: '二(五)' });
  });
});
