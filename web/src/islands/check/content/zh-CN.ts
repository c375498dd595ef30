import type { CheckContent } from './types.ts';

/** The check in Chinese. */
export const checkText: CheckContent = {
  stepOf: (n, total) => `第 ${n} 步，共 ${total} 步`,
  back: '上一步',
  next: '下一步',
  seeResult: '查看结果',
  errorSummaryTitle: '请修改以下内容',
  resultUnavailable:
    '网络不通，结果还不能计算。请检查网络后再点“查看结果”或刷新页面，您填写的内容都还在。',
  yes: '是',
  no: '否',
  choose: '请选择',
  yuanSuffix: '元',
  amountHint: '填写 6 个月的合计，没有就留空或填 0。',
  steps: {
    situation: {
      title: '您需要哪种帮助？',
      need: {
        legend: '您需要哪种帮助？',
        options: [
          { value: 'regular-support', label: '长期生活困难', hint: '收入低，每个月生活费不够' },
          {
            value: 'sudden-emergency',
            label: '突发急事',
            hint: '火灾、车祸、突发重病等，生活一下子陷入困境',
          },
          { value: 'large-expenses', label: '必需开支太大', hint: '看病、上学、康复等开支太大' },
        ],
      },
      emergencyTownship: {
        label: '急事发生在哪个乡镇（街道、农场）？',
        hint: '急难救助在事发地申请，不看户口在哪里。',
      },
    },
    residence: {
      title: '您现在住在哪里？',
      township: { label: '镇、街道或农场', hint: '在您现在居住地的乡镇（街道、农场）受理申请。' },
      area: {
        legend: '您住在社区还是村？',
        options: [
          { value: 'urban', label: '社区（居委会）', hint: '按城镇低保标准计算' },
          { value: 'rural', label: '村（村委会）', hint: '按农村低保标准计算' },
        ],
      },
    },
    registration: {
      title: '户口在哪里？',
      hukou: {
        legend: '家里有人的户口在普宁吗？',
        options: [
          { value: 'puning', label: '有，户口在普宁' },
          { value: 'guangdong-other', label: '没有，户口在广东省其他地方' },
          { value: 'outside-guangdong', label: '没有，户口在广东省以外' },
        ],
      },
      permitHeld: { legend: '您有普宁的居住证吗？', hint: '居住证由公安机关签发，每年签注一次。' },
      permitEndorsedOn: {
        label: '最近一次签注（或办证）的日期',
        hint: '签注后 12 个月内有效。例如 2026-03-01。',
      },
    },
    members: {
      title: '家里有哪些人？',
      intro:
        '请填写一起生活的家庭成员：配偶、未成年子女、在读的成年子女，以及长期一起生活、有赡养抚养义务的人。先填您自己。',
      person: (n) => `第 ${n} 位家庭成员`,
      you: '（您本人）',
      age: '年龄（岁）',
      ableToWork: { legend: '有劳动能力吗？', hint: '能正常工作挣钱' },
      refusesSuitableWork: {
        legend: '有没有无正当理由拒绝合适的工作？',
        hint: '例如多次拒绝政府介绍的工作',
      },
      fullTimeStudent: '是全日制在校学生吗？',
      disability: {
        legend: '有残疾证吗？',
        none: '没有残疾证',
        grade: (g) => `${['一', '二', '三', '四'][g - 1]}级`,
      },
      disabilityType: {
        label: '残疾类别',
        options: [
          { value: 'physical', label: '肢体残疾' },
          { value: 'intellectual', label: '智力残疾' },
          { value: 'mental', label: '精神残疾' },
          { value: 'visual', label: '视力残疾' },
          { value: 'hearing', label: '听力残疾' },
          { value: 'speech', label: '言语残疾' },
          { value: 'multiple', label: '多重残疾' },
        ],
      },
      seriousIllness: { legend: '患有重特大疾病吗？', hint: '例如癌症、尿毒症、白血病等' },
      selfCare: {
        label: '吃饭、穿衣、上下床、如厕、室内走动、洗澡这 6 件事中，有几件不能自己完成？',
        hint: '都能自己完成就填 0。',
      },
      add: '再添加一位家庭成员',
      remove: (n) => `删除第 ${n} 位家庭成员`,
    },
    income: {
      title: '最近 6 个月，全家收入多少？',
      intro: '请按全家合计填写最近 6 个月的收入（元）。不清楚的可以估算。',
      fields: {
        wages: { label: '工资、打工收入', hint: '税后实际拿到的钱' },
        businessNet: { label: '做生意、种养殖的纯收入', hint: '扣除成本后的收入，亏本填 0' },
        propertyNet: { label: '出租房屋、存款利息等收入', hint: '' },
        transfer: {
          label: '退休金、赡养费、亲友定期给的钱等',
          hint: '不含下面的城乡居民基础养老金',
        },
        residentBasicPension: {
          label: '城乡居民基本养老保险基础养老金',
          hint: '这部分不算收入，填上便于说明。',
        },
        notCounted: {
          label: '抚恤金、计划生育奖励、奖学金、见义勇为奖励、政府救助金等',
          hint: '这些不算收入。',
        },
        employmentCosts: { label: '上班必需的开支', hint: '例如上班交通费、工作服' },
      },
    },
    assets: {
      title: '家里有哪些财产？',
      financialAssets: {
        label: '存款、股票、基金、理财等合计（元）',
        hint: '全家现在的合计，没有就填 0。',
      },
      homes: { label: '家里有几套住房？', hint: '不住人的泥砖房、祖屋不算。' },
      nonResidentialProperty: { legend: '有商铺、车库车位、办公用房吗？', hint: '' },
      motorVehicle: { legend: '有汽车吗？', hint: '残疾人代步车、摩托车、电动自行车不算。' },
      business: {
        legend: '家里有人办了营业执照吗？',
        options: [
          { value: 'none', label: '没有' },
          { value: 'family-workshop', label: '有，夫妻俩开的小作坊或小店，没有雇人' },
          { value: 'registered', label: '有，其他情况' },
        ],
      },
    },
    support: {
      title: '有没有人能赡养、抚养您？',
      supporter: {
        legend: '有法定赡养、抚养、扶养义务的人（子女、配偶、父母）吗？',
        hint: '这主要影响特困人员救助供养。',
        options: [
          { value: 'none', label: '没有这样的人' },
          { value: 'able', label: '有，他们有能力' },
          { value: 'in-household', label: '有，就住在这个家里（如孩子的父母、配偶）' },
          { value: 'cannot-support', label: '有，但他们没有能力' },
          { value: 'not-sure', label: '不确定' },
        ],
      },
      memberSupporter: (n, age) =>
        `第 ${n} 位家庭成员（${age} 岁）：有法定赡养、抚养、扶养义务的人吗？孩子的父母就是孩子的抚养人。`,
      supporterCase: {
        legend: '他们为什么没有能力？',
        options: [
          { value: 'supporter-is-tekun', label: '本人也是特困人员' },
          { value: 'supporter-on-dibao-aged-60-plus', label: '60 岁以上，领低保' },
          { value: 'supporter-aged-70-plus-low-income', label: '70 岁以上，收入和财产都很少' },
          {
            value: 'supporter-severely-disabled-low-income',
            label: '重度残疾（一、二级，或三级智力、精神残疾），收入和财产很少',
          },
          {
            value: 'supporter-incapacitated-missing-or-imprisoned',
            label: '无民事行为能力、被宣告失踪或正在服刑',
          },
        ],
      },
      receivingDibao: { legend: '家里现在在领低保吗？' },
    },
    expenses: {
      title: '最近 12 个月有没有很大的必需开支？',
      rigidSpending: {
        label: '看病、上学、康复、受灾等必需开支合计（元）',
        hint: '报销以后自己实际花的钱，没有就填 0。',
      },
    },
  },
};
