import type { Locale } from '../../i18n/locales.ts';
import type { StaffRole } from './api.ts';

/** The staff console's words. State, action and refusal names come from the domain. */
export interface StaffContent {
  consoleName: string;
  errorSummaryTitle: string;
  loading: string;
  yes: string;
  no: string;
  none: string;
  /** Between a label and its text: "原因：…" / "Reason: …". */
  sep: string;
  list: string;
  yuan: (amount: number) => string;
  signIn: {
    heading: string;
    lead: string;
    button: string;
    starting: string;
    expired: string;
    noAccess: string;
    failed: string;
  };
  who: { heading: string; name: string; role: string; township: string; allTownships: string };
  roles: Record<StaffRole, string>;
  signOut: string;
  queue: {
    heading: string;
    township: { label: string; hint: string; placeholder: string; show: string; required: string };
    filters: {
      legend: string;
      programme: string;
      status: string;
      view: string;
      open: string;
      closed: string;
      any: string;
      apply: string;
    };
    caption: (township: string, view: 'open' | 'closed') => string;
    regionLabel: string;
    empty: string;
    shown: (count: number) => string;
    columns: {
      reference: string;
      applicant: string;
      programmes: string;
      status: string;
      priority: string;
      due: string;
      daysLeft: string;
      flags: string;
    };
    emergency: string;
    normal: string;
    overdue: string;
    answered: string;
    next: string;
    first: string;
  };
  dashboard: {
    heading: string;
    scope: (name: string) => string;
    city: string;
    open: string;
    overdue: string;
    median: string;
    medianValue: (days: number | null) => string;
    emergencies: string;
    chartHeading: string;
    chartLabel: (parts: string) => string;
    chartNone: string;
    tableCaption: string;
    status: string;
    count: string;
    byTownshipCaption: string;
    township: string;
    exportCsv: string;
    exportHint: string;
    exporting: string;
    exported: string;
  };
  application: {
    back: string;
    missingRef: string;
    heading: (reference: string) => string;
    summary: {
      status: string;
      township: string;
      priority: string;
      programmes: string;
      submitted: string;
      due: string;
      daysLeft: (days: number) => string;
      overdue: string;
      assignee: string;
      version: string;
    };
    changed: { heading: string; intro: string; tag: string };
    applicant: {
      heading: string;
      name: string;
      idNumber: string;
      mobile: string;
      email: string;
    };
    residence: {
      heading: string;
      township: string;
      village: string;
      address: string;
      hukou: string;
      hukouValues: Record<'puning' | 'guangdong-other' | 'outside-guangdong', string>;
      permit: string;
      permitEndorsed: (date: string) => string;
      permitOffice: string;
      permitIssuedOn: string;
    };
    members: {
      heading: string;
      caption: string;
      who: string;
      person: (n: number) => string;
      relation: string;
      relations: Record<string, string>;
      idNumber: string;
      age: string;
      ableToWork: string;
      refusesWork: string;
      student: string;
      disability: string;
      disabilityValue: (grade: number, type: string) => string;
      disabilityTypes: Record<string, string>;
      illness: string;
      selfCare: string;
    };
    money: {
      heading: string;
      caption: string;
      item: string;
      amount: string;
      income: Record<
        | 'wages'
        | 'businessNet'
        | 'propertyNet'
        | 'transfer'
        | 'residentBasicPension'
        | 'notCounted'
        | 'employmentCosts',
        string
      >;
      financialAssets: string;
      homes: string;
      nonResidential: string;
      vehicle: string;
      business: string;
      businessValues: Record<'none' | 'family-workshop' | 'registered', string>;
      supporter: string;
      supporterValues: Record<'none' | 'able' | 'cannot-support' | 'not-sure', string>;
      supporterCases: Record<string, string>;
      receivingDibao: string;
      rigidSpending: string;
    };
    emergency: { heading: string; description: string; occurredOn: string; township: string };
    bank: { heading: string; name: string; account: string };
    eligibility: {
      heading: string;
      intro: (date: string, version: string) => string;
      outcomes: Record<'likely' | 'possible' | 'unlikely', string>;
      amount: (amount: string) => string;
      noAmount: string;
      incomePerPerson: string;
      standard: string;
    };
    procedure: {
      heading: string;
      infoRequest: (message: string, dueOn: string) => string;
      investigation: (visitedOn: string, findings: string) => string;
      publicNotice: (startsOn: string, endsOn: string) => string;
      emergencyAid: (amount: string, grantedOn: string, dueOn: string) => string;
      approval: (amount: string, opinion: string) => string;
      confirmation: (amount: string, startMonth: string) => string;
      rejection: (text: string) => string;
      transferredFrom: (names: string) => string;
      deadlineExtended: string;
    };
    documents: {
      heading: string;
      caption: string;
      none: string;
      type: string;
      format: string;
      size: string;
      requested: string;
      open: string;
      openFailed: string;
    };
    history: {
      heading: string;
      applicant: string;
      system: string;
      change: (from: string, to: string) => string;
      reason: string;
    };
    messages: {
      heading: string;
      caption: string;
      none: string;
      channel: string;
      template: string;
      created: string;
      status: string;
      channels: Record<string, string>;
      statuses: Record<string, string>;
      attempts: (n: number) => string;
      templates: Record<string, string>;
    };
  };
  actions: {
    heading: string;
    intro: string;
    none: string;
    submit: (action: string) => string;
    working: string;
    done: (action: string, status: string) => string;
    conflict: (message: string, status: string) => string;
    fields: Record<string, { label: string; hint?: string }>;
    chooseTownship: string;
  };
  callback: {
    heading: string;
    working: string;
    failed: Record<'state' | 'denied' | 'exchange', string>;
    again: string;
  };
}

const zh: StaffContent = {
  consoleName: '社会救助工作台',
  errorSummaryTitle: '请修改以下内容',
  loading: '正在加载…',
  yes: '是',
  no: '否',
  none: '无',
  sep: '：',
  list: '、',
  yuan: (amount) => `${amount} 元`,
  signIn: {
    heading: '工作人员登录',
    lead: '工作台供镇（街道、农场）经办人员、市民政局审核人员和管理员使用。请用工作人员账号登录。',
    button: '登录',
    starting: '正在转到登录页…',
    expired: '登录已失效或已退出，请重新登录。',
    noAccess: '您的账号没有工作台的权限，请联系管理员。',
    failed: '暂时无法登录，请稍后再试。',
  },
  who: {
    heading: '当前登录',
    name: '姓名',
    role: '角色',
    township: '所属镇（街道、农场）',
    allTownships: '全市',
  },
  roles: {
    'township-reviewer': '镇（街道、农场）经办人',
    'city-reviewer': '市民政局审核人员',
    admin: '管理员',
  },
  signOut: '退出登录',
  queue: {
    heading: '待办申请',
    township: {
      label: '查看哪个镇（街道、农场）的申请',
      hint: '市民政局和管理员先选择一个镇（街道、农场）。',
      placeholder: '请选择',
      show: '查看',
      required: '请选择一个镇（街道、农场）',
    },
    filters: {
      legend: '筛选',
      programme: '救助项目',
      status: '状态',
      view: '办理情况',
      open: '正在办理',
      closed: '已办结',
      any: '全部',
      apply: '筛选',
    },
    caption: (township, view) => `${township}：${view === 'open' ? '正在办理' : '已办结'}的申请`,
    regionLabel: '申请列表',
    empty: '没有符合条件的申请。',
    shown: (count) => `本页显示 ${count} 件申请。`,
    columns: {
      reference: '申请编号',
      applicant: '申请人',
      programmes: '救助项目',
      status: '状态',
      priority: '优先级',
      due: '办理期限',
      daysLeft: '剩余工作日',
      flags: '提示',
    },
    emergency: '紧急',
    normal: '普通',
    overdue: '已超期',
    answered: '申请人已补充',
    next: '下一页',
    first: '回到第一页',
  },
  dashboard: {
    heading: '办理情况统计',
    scope: (name) => `统计范围：${name}`,
    city: '全市',
    open: '正在办理',
    overdue: '已超期',
    median: '从申请到镇（街道）作出决定的天数（中位数）',
    medianValue: (days) => (days === null ? '暂无' : `${days} 天`),
    emergencies: '近 30 天紧急申请',
    chartHeading: '正在办理的申请，按状态',
    chartLabel: (parts) => `正在办理的申请按状态分列的条形图：${parts}`,
    chartNone: '目前没有正在办理的申请。',
    tableCaption: '正在办理的申请，按状态（数字表）',
    status: '状态',
    count: '件数',
    byTownshipCaption: '各镇（街道、农场）正在办理和已超期的申请',
    township: '镇（街道、农场）',
    exportCsv: '导出 CSV',
    exportHint: '导出的文件中身份证号码只显示前 4 位和后 4 位。',
    exporting: '正在导出…',
    exported: 'CSV 文件已下载。',
  },
  application: {
    back: '返回待办申请',
    missingRef: '没有指定申请编号。请从待办申请列表中打开。',
    heading: (reference) => `申请 ${reference}`,
    summary: {
      status: '状态',
      township: '办理单位',
      priority: '优先级',
      programmes: '救助项目',
      submitted: '提交时间',
      due: '本环节办理期限',
      daysLeft: (days) => `还有 ${days} 个工作日`,
      overdue: '已超期',
      assignee: '经办人',
      version: '版本',
    },
    changed: {
      heading: '申请人补充时更改的内容',
      intro: '申请人在补充材料时更改了下列内容，已在下方用“已更改”标出：',
      tag: '已更改',
    },
    applicant: {
      heading: '申请人',
      name: '姓名',
      idNumber: '身份证号码',
      mobile: '手机号码',
      email: '电子邮箱',
    },
    residence: {
      heading: '居住地和户籍',
      township: '镇（街道、农场）',
      village: '村（社区）',
      address: '详细地址',
      hukou: '户籍',
      hukouValues: {
        puning: '普宁市户籍',
        'guangdong-other': '广东省其他地方户籍',
        'outside-guangdong': '外省户籍',
      },
      permit: '居住证',
      permitEndorsed: (date) => `有，最近签注 ${date}`,
      permitOffice: '居住证发证机关',
      permitIssuedOn: '居住证办证日期',
    },
    members: {
      heading: '家庭成员',
      caption: '共同生活的家庭成员',
      who: '成员',
      person: (n) => `第 ${n} 人`,
      relation: '与申请人关系',
      relations: {
        self: '本人',
        spouse: '配偶',
        child: '子女',
        parent: '父母',
        sibling: '兄弟姐妹',
        grandchild: '孙子女、外孙子女',
        grandparent: '祖父母、外祖父母',
        other: '其他',
      },
      idNumber: '身份证号码',
      age: '年龄',
      ableToWork: '有劳动能力',
      refusesWork: '拒绝适当工作',
      student: '全日制在校',
      disability: '残疾',
      disabilityValue: (grade, type) => `${type} ${grade} 级`,
      disabilityTypes: {
        physical: '肢体残疾',
        intellectual: '智力残疾',
        mental: '精神残疾',
        visual: '视力残疾',
        hearing: '听力残疾',
        speech: '言语残疾',
        multiple: '多重残疾',
      },
      illness: '重特大疾病',
      selfCare: '不能自理的日常事项（共 6 项）',
    },
    money: {
      heading: '收入、财产、赡养和支出',
      caption: '申请人填报的家庭收入（近 6 个月合计）、财产和支出',
      item: '项目',
      amount: '填报内容',
      income: {
        wages: '工资收入（近 6 个月）',
        businessNet: '经营净收入（近 6 个月）',
        propertyNet: '财产净收入（近 6 个月）',
        transfer: '转移性收入（近 6 个月）',
        residentBasicPension: '城乡居民基础养老金（不计入）',
        notCounted: '不计入的收入',
        employmentCosts: '就业成本',
      },
      financialAssets: '存款等金融资产',
      homes: '住房套数',
      nonResidential: '有商铺、车库等非住宅',
      vehicle: '有机动车',
      business: '工商登记',
      businessValues: { none: '没有', 'family-workshop': '家庭作坊、夫妻店', registered: '有' },
      supporter: '法定赡养、抚养、扶养人',
      supporterValues: {
        none: '没有',
        able: '有，能够赡养（抚养、扶养）',
        'cannot-support': '有，但无力赡养（抚养、扶养）',
        'not-sure': '不确定',
      },
      supporterCases: {
        'supporter-is-tekun': '义务人是特困人员',
        'supporter-on-dibao-aged-60-plus': '义务人领取低保且年满 60 岁',
        'supporter-aged-70-plus-low-income': '义务人年满 70 岁且收入、财产低',
        'supporter-severely-disabled-low-income': '义务人重度残疾且收入低',
        'supporter-incapacitated-missing-or-imprisoned': '义务人无民事行为能力、失踪或服刑',
      },
      receivingDibao: '目前领取低保',
      rigidSpending: '近 12 个月刚性支出',
    },
    emergency: {
      heading: '急难情况',
      description: '发生了什么',
      occurredOn: '发生日期',
      township: '发生地',
    },
    bank: { heading: '收款账户', name: '开户银行', account: '账号' },
    eligibility: {
      heading: '按政策规则的测算结果',
      intro: (date, version) =>
        `按提交日（${date}）适用的规则重新计算（规则版本 ${version}），仅供审核参考，以入户调查和核对结果为准。`,
      outcomes: { likely: '很可能符合', possible: '可能符合，需要核实', unlikely: '不太可能符合' },
      amount: (amount) => `测算金额：每月约 ${amount}`,
      noAmount: '规则没有给出金额。',
      incomePerPerson: '家庭月人均计算收入',
      standard: '适用的低保标准',
    },
    procedure: {
      heading: '已登记的办理事项',
      infoRequest: (message, dueOn) => `请申请人补充：${message}（${dueOn} 前）`,
      investigation: (visitedOn, findings) => `入户调查（${visitedOn}）：${findings}`,
      publicNotice: (startsOn, endsOn) => `公示：${startsOn} 至 ${endsOn}`,
      emergencyAid: (amount, grantedOn, dueOn) =>
        `先行救助 ${amount}（${grantedOn}），手续在 ${dueOn} 前补办`,
      approval: (amount, opinion) => `镇（街道）审核意见：每月 ${amount}。${opinion}`,
      confirmation: (amount, startMonth) => `市民政局确认：每月 ${amount}，从 ${startMonth} 起`,
      rejection: (text) => `不予批准：${text}`,
      transferredFrom: (names) => `曾由 ${names} 转来`,
      deadlineExtended: '办理时限已延长',
    },
    documents: {
      heading: '证明材料',
      caption: '申请人上传的证明材料',
      none: '还没有上传材料。',
      type: '材料类型',
      format: '格式',
      size: '大小',
      requested: '上传时间',
      open: '打开',
      openFailed: '打不开这份材料：申请人可能还没有上传完成，或链接已过期，请刷新后再试。',
    },
    history: {
      heading: '办理记录',
      applicant: '申请人',
      system: '系统',
      change: (from, to) => `${from} → ${to}`,
      reason: '原因或说明',
    },
    messages: {
      heading: '通知',
      caption: '发给申请人和工作人员的通知',
      none: '还没有通知。',
      channel: '方式',
      template: '内容',
      created: '生成时间',
      status: '发送情况',
      channels: { sms: '短信', email: '电子邮件', staff: '工作人员' },
      statuses: { pending: '待发送', sent: '已发送', failed: '发送失败' },
      attempts: (n) => `已尝试 ${n} 次`,
      templates: {
        received: '申请已提交',
        'info-requested': '请补充材料',
        'answer-received': '已收到补充',
        transferred: '已转交',
        'notice-started': '开始公示',
        'township-approved': '镇（街道）审核同意',
        confirmed: '已批准',
        rejected: '未批准',
        'emergency-aid': '先行救助',
        'gradual-exit-started': '开始渐退期',
        'gradual-exit-ended': '救助结束',
        withdrawn: '已撤回',
        'staff-answer-received': '申请人已补充（给工作人员）',
        'staff-withdrawn': '申请人已撤回（给工作人员）',
      },
    },
  },
  actions: {
    heading: '可以进行的操作',
    intro: '打开一项操作，填写后提交。提交前会先检查填写的内容。',
    none: '这份申请当前没有您可以进行的操作。',
    submit: (action) => `确认：${action}`,
    working: '正在提交…',
    done: (action, status) => `已完成“${action}”。当前状态：${status}。`,
    conflict: (message, status) => `${message}。当前状态：${status}。已重新加载这份申请。`,
    chooseTownship: '请选择',
    fields: {
      message: { label: '请申请人补充什么', hint: '写清楚需要的材料或说明，申请人会收到短信。' },
      dueOn: { label: '补充期限', hint: '应晚于今天。' },
      visitedOn: { label: '入户调查日期', hint: '不能晚于今天。' },
      findings: { label: '调查结果' },
      startsOn: { label: '公示开始日期', hint: '今天到 14 天之内。' },
      note: { label: '说明（选填）' },
      reason: { label: '原因' },
      amountYuan: { label: '先行救助金额（元）', hint: '0 到 50000 的整数。' },
      paperworkDueOn: { label: '补办手续期限', hint: '应晚于今天。' },
      monthlyAmountYuan: { label: '每月金额（元）', hint: '0 到 50000 的整数。' },
      opinion: { label: '审核意见' },
      codes: { label: '不予批准的原因', hint: '可以选多项。' },
      text: { label: '具体说明', hint: '会告知申请人。' },
      toTownship: { label: '转交给哪个镇（街道、农场）' },
      startMonth: { label: '发放起始月份', hint: '格式：年-月，例如 2027-01。' },
      assigneeId: { label: '同事的工号' },
      assigneeName: { label: '同事的姓名' },
    },
  },
  callback: {
    heading: '正在登录',
    working: '正在完成登录，请稍候…',
    failed: {
      state: '登录没有完成：登录请求已过期或不是从本页面发起的。',
      denied: '登录没有完成：身份认证被取消或拒绝。',
      exchange: '登录没有完成：无法取得登录凭证。',
    },
    again: '重新登录',
  },
};

const en: StaffContent = {
  consoleName: 'Social assistance staff console',
  errorSummaryTitle: 'There is a problem',
  loading: 'Loading…',
  yes: 'Yes',
  no: 'No',
  none: 'None',
  sep: ': ',
  list: ', ',
  yuan: (amount) => `¥${amount}`,
  signIn: {
    heading: 'Staff sign-in',
    lead: 'The console is for township case officers, city bureau reviewers and administrators. Sign in with your staff account.',
    button: 'Sign in',
    starting: 'Going to the sign-in page…',
    expired: 'You are signed out or your sign-in has expired. Sign in again.',
    noAccess: 'Your account has no access to the console. Ask an administrator.',
    failed: 'Signing in is not possible right now. Try again later.',
  },
  who: {
    heading: 'Signed in',
    name: 'Name',
    role: 'Role',
    township: 'Township',
    allTownships: 'The whole city',
  },
  roles: {
    'township-reviewer': 'Township case officer',
    'city-reviewer': 'City bureau reviewer',
    admin: 'Administrator',
  },
  signOut: 'Sign out',
  queue: {
    heading: 'Applications to work on',
    township: {
      label: 'Which township’s applications',
      hint: 'City reviewers and administrators choose a township first.',
      placeholder: 'Choose',
      show: 'Show',
      required: 'Choose a township',
    },
    filters: {
      legend: 'Filter',
      programme: 'Kind of help',
      status: 'Status',
      view: 'Open or closed',
      open: 'Open',
      closed: 'Closed',
      any: 'All',
      apply: 'Filter',
    },
    caption: (township, view) => `${township}: ${view === 'open' ? 'open' : 'closed'} applications`,
    regionLabel: 'Applications',
    empty: 'No applications match.',
    shown: (count) =>
      count === 1 ? '1 application on this page.' : `${count} applications on this page.`,
    columns: {
      reference: 'Reference',
      applicant: 'Applicant',
      programmes: 'Kind of help',
      status: 'Status',
      priority: 'Priority',
      due: 'Due by',
      daysLeft: 'Working days left',
      flags: 'Notes',
    },
    emergency: 'Emergency',
    normal: 'Normal',
    overdue: 'Overdue',
    answered: 'Applicant answered',
    next: 'Next page',
    first: 'Back to the first page',
  },
  dashboard: {
    heading: 'Figures',
    scope: (name) => `Figures for: ${name}`,
    city: 'the whole city',
    open: 'Open',
    overdue: 'Overdue',
    median: 'Days from application to the township decision (median)',
    medianValue: (days) => (days === null ? 'None yet' : `${days} days`),
    emergencies: 'Emergencies in the last 30 days',
    chartHeading: 'Open applications by status',
    chartLabel: (parts) => `Bar chart of open applications by status: ${parts}`,
    chartNone: 'There are no open applications.',
    tableCaption: 'Open applications by status (table)',
    status: 'Status',
    count: 'Number',
    byTownshipCaption: 'Open and overdue applications by township',
    township: 'Township',
    exportCsv: 'Export CSV',
    exportHint: 'ID numbers in the file show only their first 4 and last 4 characters.',
    exporting: 'Exporting…',
    exported: 'The CSV file has been downloaded.',
  },
  application: {
    back: 'Back to the applications',
    missingRef: 'No reference given. Open an application from the list.',
    heading: (reference) => `Application ${reference}`,
    summary: {
      status: 'Status',
      township: 'Township',
      priority: 'Priority',
      programmes: 'Kind of help',
      submitted: 'Submitted',
      due: 'This stage is due by',
      daysLeft: (days) => `${days} working days left`,
      overdue: 'Overdue',
      assignee: 'Case officer',
      version: 'Version',
    },
    changed: {
      heading: 'What the applicant changed when answering',
      intro:
        'When answering, the applicant changed the following; they are marked “changed” below:',
      tag: 'Changed',
    },
    applicant: {
      heading: 'Applicant',
      name: 'Name',
      idNumber: 'ID number',
      mobile: 'Mobile',
      email: 'Email',
    },
    residence: {
      heading: 'Residence and hukou',
      township: 'Township',
      village: 'Village or community',
      address: 'Address',
      hukou: 'Hukou',
      hukouValues: {
        puning: 'Puning',
        'guangdong-other': 'Elsewhere in Guangdong',
        'outside-guangdong': 'Outside Guangdong',
      },
      permit: 'Residence permit',
      permitEndorsed: (date) => `Yes, last endorsed ${date}`,
      permitOffice: 'Permit issued by',
      permitIssuedOn: 'Permit issued on',
    },
    members: {
      heading: 'Household members',
      caption: 'People living in the household',
      who: 'Member',
      person: (n) => `Person ${n}`,
      relation: 'Relation to the applicant',
      relations: {
        self: 'Applicant',
        spouse: 'Spouse',
        child: 'Child',
        parent: 'Parent',
        sibling: 'Sibling',
        grandchild: 'Grandchild',
        grandparent: 'Grandparent',
        other: 'Other',
      },
      idNumber: 'ID number',
      age: 'Age',
      ableToWork: 'Able to work',
      refusesWork: 'Refuses suitable work',
      student: 'Full-time student',
      disability: 'Disability',
      disabilityValue: (grade, type) => `${type}, grade ${grade}`,
      disabilityTypes: {
        physical: 'Physical',
        intellectual: 'Intellectual',
        mental: 'Mental',
        visual: 'Visual',
        hearing: 'Hearing',
        speech: 'Speech',
        multiple: 'Multiple',
      },
      illness: 'Serious illness',
      selfCare: 'Daily tasks not managed alone (of 6)',
    },
    money: {
      heading: 'Income, assets, support and spending',
      caption: 'Household income (last 6 months in total), assets and spending as declared',
      item: 'Item',
      amount: 'Declared',
      income: {
        wages: 'Wages (6 months)',
        businessNet: 'Business income, net (6 months)',
        propertyNet: 'Property income, net (6 months)',
        transfer: 'Transfers and pensions (6 months)',
        residentBasicPension: 'Resident basic pension (not counted)',
        notCounted: 'Other income not counted',
        employmentCosts: 'Costs of working',
      },
      financialAssets: 'Savings and other financial assets',
      homes: 'Homes owned',
      nonResidential: 'Shops, garages or offices',
      vehicle: 'Motor vehicle',
      business: 'Registered business',
      businessValues: {
        none: 'None',
        'family-workshop': 'Family workshop or small shop',
        registered: 'Yes',
      },
      supporter: 'Legal supporters',
      supporterValues: {
        none: 'None',
        able: 'Yes, able to support',
        'cannot-support': 'Yes, but unable to support',
        'not-sure': 'Not sure',
      },
      supporterCases: {
        'supporter-is-tekun': 'The supporter is a tekun recipient',
        'supporter-on-dibao-aged-60-plus': 'The supporter is on dibao and 60 or over',
        'supporter-aged-70-plus-low-income': 'The supporter is 70 or over with low income',
        'supporter-severely-disabled-low-income':
          'The supporter is severely disabled with low income',
        'supporter-incapacitated-missing-or-imprisoned':
          'The supporter lacks capacity, is missing or in prison',
      },
      receivingDibao: 'Receiving dibao now',
      rigidSpending: 'Necessary spending, last 12 months',
    },
    emergency: {
      heading: 'The emergency',
      description: 'What happened',
      occurredOn: 'When',
      township: 'Where',
    },
    bank: { heading: 'Bank account', name: 'Bank', account: 'Account number' },
    eligibility: {
      heading: 'Assessment by the policy rules',
      intro: (date, version) =>
        `Worked out again with the rules in force on the day of the application (${date}, rules ${version}). Guidance for the review only; the home visit and the income check decide.`,
      outcomes: {
        likely: 'Likely to qualify',
        possible: 'May qualify; needs checking',
        unlikely: 'Unlikely to qualify',
      },
      amount: (amount) => `Estimated: about ${amount} a month`,
      noAmount: 'The rules give no amount.',
      incomePerPerson: 'Counted income per person per month',
      standard: 'Dibao standard used',
    },
    procedure: {
      heading: 'Recorded in the procedure',
      infoRequest: (message, dueOn) => `Information asked for: ${message} (by ${dueOn})`,
      investigation: (visitedOn, findings) => `Home visit (${visitedOn}): ${findings}`,
      publicNotice: (startsOn, endsOn) => `Public notice: ${startsOn} to ${endsOn}`,
      emergencyAid: (amount, grantedOn, dueOn) =>
        `Emergency aid of ${amount} (${grantedOn}); paperwork due by ${dueOn}`,
      approval: (amount, opinion) => `Township opinion: ${amount} a month. ${opinion}`,
      confirmation: (amount, startMonth) =>
        `Confirmed by the city bureau: ${amount} a month from ${startMonth}`,
      rejection: (text) => `Refused: ${text}`,
      transferredFrom: (names) => `Transferred from ${names}`,
      deadlineExtended: 'The time limit has been extended',
    },
    documents: {
      heading: 'Supporting documents',
      caption: 'Documents uploaded by the applicant',
      none: 'No documents uploaded yet.',
      type: 'Kind of document',
      format: 'Format',
      size: 'Size',
      requested: 'Uploaded',
      open: 'Open',
      openFailed:
        'This document cannot be opened: the applicant may not have finished uploading it, or the link expired. Reload and try again.',
    },
    history: {
      heading: 'History',
      applicant: 'Applicant',
      system: 'System',
      change: (from, to) => `${from} → ${to}`,
      reason: 'Reason or note',
    },
    messages: {
      heading: 'Messages',
      caption: 'Messages to the applicant and to staff',
      none: 'No messages yet.',
      channel: 'Channel',
      template: 'Message',
      created: 'Created',
      status: 'Delivery',
      channels: { sms: 'Text message', email: 'Email', staff: 'Staff' },
      statuses: { pending: 'Waiting to be sent', sent: 'Sent', failed: 'Could not be sent' },
      attempts: (n) => `${n} attempts`,
      templates: {
        received: 'Application received',
        'info-requested': 'Information needed',
        'answer-received': 'Answer received',
        transferred: 'Transferred',
        'notice-started': 'Public notice started',
        'township-approved': 'Approved by the township',
        confirmed: 'Approved',
        rejected: 'Not approved',
        'emergency-aid': 'Emergency aid given',
        'gradual-exit-started': 'Phase-out started',
        'gradual-exit-ended': 'Assistance ended',
        withdrawn: 'Withdrawn',
        'staff-answer-received': 'Applicant answered (to staff)',
        'staff-withdrawn': 'Applicant withdrew (to staff)',
      },
    },
  },
  actions: {
    heading: 'What you can do now',
    intro: 'Open an action, fill it in and submit. What you enter is checked first.',
    none: 'There is nothing you can do on this application now.',
    submit: (action) => `Confirm: ${action}`,
    working: 'Sending…',
    done: (action, status) => `Done: “${action}”. Status now: ${status}.`,
    conflict: (message, status) =>
      `${message}. Status now: ${status}. The application has been reloaded.`,
    chooseTownship: 'Choose',
    fields: {
      message: {
        label: 'What the applicant must send',
        hint: 'Say which documents or explanations are needed; the applicant gets a text message.',
      },
      dueOn: { label: 'Answer due by', hint: 'After today.' },
      visitedOn: { label: 'Date of the home visit', hint: 'Today or earlier.' },
      findings: { label: 'Findings' },
      startsOn: { label: 'Notice starts on', hint: 'Between today and 14 days from now.' },
      note: { label: 'Note (optional)' },
      reason: { label: 'Reason' },
      amountYuan: { label: 'Emergency aid (yuan)', hint: 'A whole number from 0 to 50,000.' },
      paperworkDueOn: { label: 'Paperwork due by', hint: 'After today.' },
      monthlyAmountYuan: {
        label: 'Monthly amount (yuan)',
        hint: 'A whole number from 0 to 50,000.',
      },
      opinion: { label: 'Opinion' },
      codes: { label: 'Reasons for the refusal', hint: 'Choose all that apply.' },
      text: { label: 'Explanation', hint: 'The applicant is told this.' },
      toTownship: { label: 'Transfer to' },
      startMonth: { label: 'Payments start in', hint: 'Year and month, for example 2027-01.' },
      assigneeId: { label: 'Colleague’s staff id' },
      assigneeName: { label: 'Colleague’s name' },
    },
  },
  callback: {
    heading: 'Signing in',
    working: 'Finishing signing in…',
    failed: {
      state: 'Signing in did not finish: the request expired or did not start on this page.',
      denied: 'Signing in did not finish: it was cancelled or refused.',
      exchange: 'Signing in did not finish: no sign-in token was received.',
    },
    again: 'Sign in again',
  },
};

export const staffContent: Record<Locale, StaffContent> = { 'zh-CN': zh, en };
