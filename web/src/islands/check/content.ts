import type { Locale } from '../../i18n/locales.ts';

type Options<T extends string> = readonly {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}[];

interface CheckContent {
  stepOf: (n: number, total: number) => string;
  back: string;
  next: string;
  seeResult: string;
  startAgain: string;
  errorSummaryTitle: string;
  /** The result's code did not download (the answers are kept). */
  resultUnavailable: string;
  yes: string;
  no: string;
  choose: string;
  yuanSuffix: string;
  amountHint: string;
  steps: {
    situation: {
      title: string;
      need: {
        legend: string;
        options: Options<'regular-support' | 'sudden-emergency' | 'large-expenses'>;
      };
      emergencyTownship: { label: string; hint: string };
    };
    residence: {
      title: string;
      township: { label: string; hint: string };
      area: { legend: string; options: Options<'urban' | 'rural'> };
    };
    registration: {
      title: string;
      hukou: {
        legend: string;
        options: Options<'puning' | 'guangdong-other' | 'outside-guangdong'>;
      };
      permitHeld: { legend: string; hint: string };
      permitEndorsedOn: { label: string; hint: string };
    };
    members: {
      title: string;
      intro: string;
      person: (n: number) => string;
      you: string;
      age: string;
      ableToWork: { legend: string; hint: string };
      refusesSuitableWork: { legend: string; hint: string };
      fullTimeStudent: string;
      disability: { legend: string; none: string; grade: (g: number) => string };
      disabilityType: { label: string; options: Options<string> };
      seriousIllness: { legend: string; hint: string };
      selfCare: { label: string; hint: string };
      add: string;
      remove: (n: number) => string;
    };
    income: {
      title: string;
      intro: string;
      fields: Record<
        | 'wages'
        | 'businessNet'
        | 'propertyNet'
        | 'transfer'
        | 'residentBasicPension'
        | 'notCounted'
        | 'employmentCosts',
        { label: string; hint: string }
      >;
    };
    assets: {
      title: string;
      financialAssets: { label: string; hint: string };
      homes: { label: string; hint: string };
      nonResidentialProperty: { legend: string; hint: string };
      motorVehicle: { legend: string; hint: string };
      business: { legend: string; options: Options<'none' | 'family-workshop' | 'registered'> };
    };
    support: {
      title: string;
      supporter: {
        legend: string;
        hint: string;
        options: Options<'none' | 'able' | 'cannot-support' | 'not-sure'>;
      };
      supporterCase: { legend: string; options: Options<string> };
      receivingDibao: { legend: string };
    };
    expenses: {
      title: string;
      rigidSpending: { label: string; hint: string };
    };
  };
  result: {
    title: string;
    intro: string;
    likely: string;
    possible: string;
    unlikely: string;
    unlikelySummary: (n: number) => string;
    nothingLikely: string;
    amount: (yuan: string) => string;
    noAmount: string;
    why: string;
    documents: string;
    applyAt: string;
    applyAtEmergency: string;
    apply: string;
    household: string;
    incomePerPerson: string;
    standard: string;
    figures: string;
    figureSource: string;
    notVerified: string;
    rulesVersion: string;
    changeAnswers: string;
    privacy: string;
  };
  noScript: string;
}

const zh: CheckContent = {
  stepOf: (n, total) => `第 ${n} 步，共 ${total} 步`,
  back: '上一步',
  next: '下一步',
  seeResult: '查看结果',
  startAgain: '重新开始',
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
        label: '急事发生在哪个镇（街道、农场）？',
        hint: '急难救助在事发地申请，不看户口在哪里。',
      },
    },
    residence: {
      title: '您现在住在哪里？',
      township: { label: '镇、街道或农场', hint: '申请会交给您现在居住地的镇（街道、农场）。' },
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
          { value: 'cannot-support', label: '有，但他们没有能力' },
          { value: 'not-sure', label: '不确定' },
        ],
      },
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
  result: {
    title: '自测结果',
    intro: '根据您填写的情况，按现行政策估算如下。',
    likely: '很可能符合',
    possible: '可能符合，需要核实',
    unlikely: '不太可能符合',
    unlikelySummary: (n) => `还有 ${n} 项救助不太可能符合（点开看原因）`,
    nothingLikely:
      '按您填写的情况，暂时没有很可能符合的救助。生活确有困难的，仍可以申请或拨打 12345、12349 咨询。',
    amount: (yuan) => `估计每月约 ${yuan}`,
    noAmount: '金额由镇（街道）核定',
    why: '为什么',
    documents: '需要准备的材料',
    applyAt: '到哪里申请',
    applyAtEmergency: '急事发生地：',
    apply: '去在线申请',
    household: '您家的情况',
    incomePerPerson: '每人每月算作收入',
    standard: '所用的低保标准（每人每月）',
    figures: '用到的标准和出处',
    figureSource: '出处',
    notVerified: '未找到普宁本地公布的数字，暂按省定最低标准；以市民政局公布的标准为准。',
    rulesVersion: '规则版本',
    changeAnswers: '修改答案',
    privacy: '这个结果只在您的手机上计算，我们没有收到您填写的任何内容。',
  },
  noScript:
    '自测需要开启浏览器的 JavaScript。也可以拨打 12345 或 12349 咨询，或直接到镇（街道、农场）申请。',
};

const en: CheckContent = {
  stepOf: (n, total) => `Step ${n} of ${total}`,
  back: 'Back',
  next: 'Continue',
  seeResult: 'See the result',
  startAgain: 'Start again',
  errorSummaryTitle: 'There is a problem',
  resultUnavailable:
    'The network is not available, so the result cannot be worked out yet. Check your connection and press “See the result” again, or reload the page; your answers are kept.',
  yes: 'Yes',
  no: 'No',
  choose: 'Choose',
  yuanSuffix: 'yuan',
  amountHint: 'Enter the total for 6 months. Leave empty or enter 0 if none.',
  steps: {
    situation: {
      title: 'What kind of help do you need?',
      need: {
        legend: 'What kind of help do you need?',
        options: [
          {
            value: 'regular-support',
            label: 'Ongoing hardship',
            hint: 'Low income, not enough to live on each month',
          },
          {
            value: 'sudden-emergency',
            label: 'A sudden emergency',
            hint: 'A fire, accident or sudden serious illness has left you in hardship',
          },
          {
            value: 'large-expenses',
            label: 'Very large necessary costs',
            hint: 'Medical, school or rehabilitation costs you cannot meet',
          },
        ],
      },
      emergencyTownship: {
        label: 'Where did it happen (town, sub-district or farm)?',
        hint: 'Emergency help is given where it happened, wherever your hukou is.',
      },
    },
    residence: {
      title: 'Where do you live now?',
      township: {
        label: 'Town, sub-district or farm',
        hint: 'Your application goes to the office where you live now.',
      },
      area: {
        legend: 'Do you live in a town community or a village?',
        options: [
          {
            value: 'urban',
            label: 'A community (居委会)',
            hint: 'The urban dibao standard applies',
          },
          { value: 'rural', label: 'A village (村委会)', hint: 'The rural dibao standard applies' },
        ],
      },
    },
    registration: {
      title: 'Where is your household registration (hukou)?',
      hukou: {
        legend: 'Does anyone in your household have their hukou in Puning?',
        options: [
          { value: 'puning', label: 'Yes, in Puning' },
          { value: 'guangdong-other', label: 'No, elsewhere in Guangdong' },
          { value: 'outside-guangdong', label: 'No, outside Guangdong' },
        ],
      },
      permitHeld: {
        legend: 'Do you hold a Puning residence permit (居住证)?',
        hint: 'Issued by the police and endorsed once a year.',
      },
      permitEndorsedOn: {
        label: 'Date of the last endorsement (or issue)',
        hint: 'Valid for 12 months after endorsement. For example 2026-03-01.',
      },
    },
    members: {
      title: 'Who lives in your household?',
      intro:
        'Include the people you live with: your spouse, children under 18, adult children still in education, and others you support or who support you. Start with yourself.',
      person: (n) => `Household member ${n}`,
      you: ' (you)',
      age: 'Age (years)',
      ableToWork: { legend: 'Able to work?', hint: 'Can work and earn normally' },
      refusesSuitableWork: {
        legend: 'Turned down suitable work without a good reason?',
        hint: 'For example, refused jobs offered by the authorities',
      },
      fullTimeStudent: 'In full-time education?',
      disability: {
        legend: 'Disability certificate?',
        none: 'No disability certificate',
        grade: (g) => `Grade ${g}`,
      },
      disabilityType: {
        label: 'Kind of disability',
        options: [
          { value: 'physical', label: 'Physical' },
          { value: 'intellectual', label: 'Intellectual' },
          { value: 'mental', label: 'Mental (psychiatric)' },
          { value: 'visual', label: 'Visual' },
          { value: 'hearing', label: 'Hearing' },
          { value: 'speech', label: 'Speech' },
          { value: 'multiple', label: 'Multiple' },
        ],
      },
      seriousIllness: {
        legend: 'A serious illness?',
        hint: 'For example cancer, kidney failure or leukaemia',
      },
      selfCare: {
        label:
          'Of eating, dressing, getting in and out of bed, using the toilet, walking indoors and bathing, how many can this person not do alone?',
        hint: 'Enter 0 if they can do all of them.',
      },
      add: 'Add another household member',
      remove: (n) => `Remove household member ${n}`,
    },
    income: {
      title: 'What did your household receive in the last 6 months?',
      intro:
        'Enter totals for the whole household over the last 6 months, in yuan. Estimates are fine.',
      fields: {
        wages: { label: 'Wages and pay from work', hint: 'What you actually received after tax' },
        businessNet: {
          label: 'Net income from business, farming or fishing',
          hint: 'After costs; enter 0 for a loss',
        },
        propertyNet: { label: 'Rent received, interest and similar', hint: '' },
        transfer: {
          label: 'Pensions, maintenance and regular money from relatives',
          hint: 'Not the resident basic pension below',
        },
        residentBasicPension: {
          label: 'Basic pension of the urban-rural resident pension scheme',
          hint: 'It is not counted as income.',
        },
        notCounted: {
          label:
            'Survivor benefits, family-planning rewards, scholarships, bravery rewards, government assistance',
          hint: 'These are not counted as income.',
        },
        employmentCosts: {
          label: 'Necessary costs of going to work',
          hint: 'For example travel to work and work clothes',
        },
      },
    },
    assets: {
      title: 'What does your household own?',
      financialAssets: {
        label: 'Savings, shares, funds and investments in total (yuan)',
        hint: 'For the whole household now. Enter 0 if none.',
      },
      homes: {
        label: 'How many homes does the household own?',
        hint: 'Do not count mud-brick or ancestral houses nobody lives in.',
      },
      nonResidentialProperty: { legend: 'A shop, garage, parking space or office?', hint: '' },
      motorVehicle: {
        legend: 'A car?',
        hint: 'Disability scooters, motorbikes and e-bikes do not count.',
      },
      business: {
        legend: 'Does anyone in the household have a registered business?',
        options: [
          { value: 'none', label: 'No' },
          {
            value: 'family-workshop',
            label: 'Yes, a small workshop or shop run by a couple with no employees',
          },
          { value: 'registered', label: 'Yes, another kind' },
        ],
      },
    },
    support: {
      title: 'Is there anyone who can support you?',
      supporter: {
        legend: 'Is there anyone legally bound to support you (children, spouse, parents)?',
        hint: 'This matters mostly for support for people in extreme hardship.',
        options: [
          { value: 'none', label: 'No one' },
          { value: 'able', label: 'Yes, and they are able to' },
          { value: 'cannot-support', label: 'Yes, but they are not able to' },
          { value: 'not-sure', label: 'Not sure' },
        ],
      },
      supporterCase: {
        legend: 'Why are they not able to?',
        options: [
          {
            value: 'supporter-is-tekun',
            label: 'They receive extreme-hardship support themselves',
          },
          { value: 'supporter-on-dibao-aged-60-plus', label: 'They are 60 or older and on dibao' },
          {
            value: 'supporter-aged-70-plus-low-income',
            label: 'They are 70 or older with little income and savings',
          },
          {
            value: 'supporter-severely-disabled-low-income',
            label:
              'They are severely disabled (grade 1–2, or grade 3 intellectual or mental) with little income',
          },
          {
            value: 'supporter-incapacitated-missing-or-imprisoned',
            label: 'They lack legal capacity, are declared missing or are in prison',
          },
        ],
      },
      receivingDibao: { legend: 'Does your household receive dibao now?' },
    },
    expenses: {
      title: 'Any very large necessary costs in the last 12 months?',
      rigidSpending: {
        label: 'Medical, school, rehabilitation or disaster costs in total (yuan)',
        hint: 'What you paid yourself after reimbursement. Enter 0 if none.',
      },
    },
  },
  result: {
    title: 'Your result',
    intro: 'Based on your answers and the current rules, this is our estimate.',
    likely: 'Likely to qualify',
    possible: 'May qualify: needs checking',
    unlikely: 'Unlikely to qualify',
    unlikelySummary: (n) => `${n} more kinds of help are unlikely (open to see why)`,
    nothingLikely:
      'From your answers, no help looks likely for now. If you are in real hardship you can still apply, or call 12345 or 12349.',
    amount: (yuan) => `About ${yuan} a month`,
    noAmount: 'The amount is set by the township office',
    why: 'Why',
    documents: 'What to prepare',
    applyAt: 'Where to apply',
    applyAtEmergency: 'Where it happened: ',
    apply: 'Apply online',
    household: 'Your household',
    incomePerPerson: 'Counted income per person per month',
    standard: 'Dibao standard used (per person per month)',
    figures: 'Figures used and where they come from',
    figureSource: 'Source',
    notVerified:
      'Puning’s own published figure was not found; the provincial minimum is used. The standard published by the city Civil Affairs Bureau prevails.',
    rulesVersion: 'Rules version',
    changeAnswers: 'Change your answers',
    privacy: 'This result was worked out on your phone. We have not received anything you entered.',
  },
  noScript:
    'The check needs JavaScript switched on in your browser. You can also call 12345 or 12349, or apply at your township office.',
};

export const checkContent: Record<Locale, CheckContent> = { 'zh-CN': zh, en };
export type { CheckContent };
