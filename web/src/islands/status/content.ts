import { stateNames } from '../../../../functions/domain/application/state-names.ts';
import type { Locale } from '../../i18n/locales.ts';

const localizedStatuses = (locale: Locale): Record<string, string> =>
  Object.fromEntries(Object.entries(stateNames).map(([state, name]) => [state, name[locale]]));

export interface StatusContent {
  reference: { label: string; hint: string };
  accessCode: { label: string; hint: string };
  lookUp: string;
  lookingUp: string;
  errorSummaryTitle: string;
  status: string;
  township: string;
  stage: string;
  dueBy: (date: string, days: number) => string;
  overdue: (date: string) => string;
  mustDo: string;
  nothingToDo: string;
  timeline: string;
  undelivered: { title: string; body: string };
  answer: { title: string; label: string; hint: string; send: string; sent: string };
  withdraw: { title: string; label: string; hint: string; confirm: string; done: string };
  another: string;
  statuses: Record<string, string>;
  documents: {
    title: string;
    hint: string;
    type: string;
    file: string;
    upload: string;
    uploading: string;
    done: string;
    failed: string;
  };
}

const zh: StatusContent = {
  reference: { label: '申请编号', hint: '提交申请时显示的编号，例如 PN-2611-7K4Q-MX9T' },
  accessCode: { label: '查询码', hint: '提交申请时显示并用短信发给您的查询码' },
  lookUp: '查询',
  lookingUp: '正在查询…',
  errorSummaryTitle: '请修改以下内容',
  status: '当前状态',
  township: '办理单位',
  stage: '当前环节',
  dueBy: (date, days) => `按规定应在 ${date} 前办完（还有 ${days} 个工作日）`,
  overdue: (date) => `按规定应在 ${date} 前办完，已超期。可以拨打 12345 反映。`,
  mustDo: '您现在需要做的',
  nothingToDo: '暂时不需要您做什么，请等待办理结果，我们会用短信通知您。',
  timeline: '办理记录',
  undelivered: {
    title: '我们没能给您发出短信',
    body: '有消息没能发到您的手机或邮箱。办理进度以本页为准；如有疑问请拨打 12345 或 12349。',
  },
  answer: {
    title: '补充材料或说明',
    label: '请回复经办人员的问题',
    hint: '写清楚要补充的情况；需要交的材料可以带到镇（街道、农场）窗口。',
    send: '发送回复',
    sent: '已收到您的回复。',
  },
  withdraw: {
    title: '撤回申请',
    label: '撤回原因（选填）',
    hint: '撤回后这份申请不再办理；以后有需要可以重新申请。',
    confirm: '撤回申请',
    done: '申请已撤回。',
  },
  another: '查询其他申请',
  documents: {
    title: '上传证明材料',
    hint: '可以上传身份证、居住证、病历、费用票据等的照片（JPG、PNG）或 PDF，每个文件不超过 5 MB。',
    type: '材料类型',
    file: '选择文件',
    upload: '上传',
    uploading: '正在上传…',
    done: '材料已上传。',
    failed: '上传没有成功，请稍后再试，或把材料带到镇（街道、农场）窗口。',
  },
  statuses: localizedStatuses('zh-CN'),
};

const en: StatusContent = {
  reference: { label: 'Reference', hint: 'Shown when you applied, for example PN-2611-7K4Q-MX9T' },
  accessCode: {
    label: 'Access code',
    hint: 'Shown when you applied and sent to you by text message',
  },
  lookUp: 'Look up',
  lookingUp: 'Looking up…',
  errorSummaryTitle: 'There is a problem',
  status: 'Status',
  township: 'Office handling it',
  stage: 'Current stage',
  dueBy: (date, days) => `Due by ${date} (${days} working days left)`,
  overdue: (date) => `Was due by ${date} and is overdue. You can call 12345 about it.`,
  mustDo: 'What you need to do now',
  nothingToDo: 'Nothing for now. We will text you when there is news.',
  timeline: 'History',
  undelivered: {
    title: 'We could not text you',
    body: 'A message could not reach your phone or email. This page always shows where your application is; call 12345 or 12349 with questions.',
  },
  answer: {
    title: 'Answer a request for information',
    label: 'Your answer to the case officer',
    hint: 'Explain what was asked; documents can be brought to the township office.',
    send: 'Send answer',
    sent: 'We have received your answer.',
  },
  withdraw: {
    title: 'Withdraw the application',
    label: 'Why (optional)',
    hint: 'A withdrawn application is closed; you can apply again later.',
    confirm: 'Withdraw application',
    done: 'Your application has been withdrawn.',
  },
  another: 'Look up another application',
  documents: {
    title: 'Upload supporting documents',
    hint: 'You can upload photos (JPG, PNG) or PDFs of your ID card, residence permit, medical records, receipts and similar, up to 5 MB each.',
    type: 'Kind of document',
    file: 'Choose a file',
    upload: 'Upload',
    uploading: 'Uploading…',
    done: 'Your document has been uploaded.',
    failed:
      'The upload did not work. Try again later, or bring the document to your township office.',
  },
  statuses: localizedStatuses('en'),
};

export const statusContent: Record<Locale, StatusContent> = { 'zh-CN': zh, en };
