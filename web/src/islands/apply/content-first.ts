import type { Locale } from '../../i18n/locales.ts';

/**
 * The application form's words for its frame and first screens (the programmes and the
 * consents): what the page needs before anything else. The later screens' words are in
 * ./content-later.ts, which downloads with those screens; ./content.ts has both.
 */
export interface FirstContent {
  stepOf: (n: number, total: number) => string;
  continue: string;
  back: string;
  submit: string;
  submitting: string;
  clear: string;
  clearConfirm: string;
  sharedPhone: { label: string; hint: string };
  errorSummaryTitle: string;
  /** While the later screens' code downloads (it comes in a chunk of its own). */
  later: { loading: string; failed: string; retry: string };
  steps: {
    programmes: { title: string; legend: string; hint: string; fromCheck: string };
    privacy: { version: string };
  };
}

const zh: FirstContent = {
  stepOf: (n, total) => `第 ${n} 步，共 ${total} 步`,
  continue: '继续',
  back: '上一步',
  submit: '提交申请',
  submitting: '正在提交…',
  clear: '清除我填写的内容',
  clearConfirm: '已清除。',
  sharedPhone: {
    label: '这是别人的手机或公用手机',
    hint: '选中后，关闭页面就会清除您填写的内容。',
  },
  errorSummaryTitle: '请修改以下内容',
  later: {
    loading: '正在加载…',
    failed: '网络不通，暂时不能继续。您填写的内容都还在，请检查网络后再试，或刷新页面。',
    retry: '再试一次',
  },
  steps: {
    programmes: {
      title: '您要申请哪些救助？',
      legend: '可以选多项',
      hint: '不确定的，可以先做自测。',
      fromCheck: '已根据您的自测结果预先选好，可以修改。',
    },
    privacy: { version: '告知版本' },
  },
};

const en: FirstContent = {
  stepOf: (n, total) => `Step ${n} of ${total}`,
  continue: 'Continue',
  back: 'Back',
  submit: 'Submit application',
  submitting: 'Submitting…',
  clear: 'Clear my answers',
  clearConfirm: 'Your answers have been cleared.',
  sharedPhone: {
    label: 'This is someone else’s or a shared phone',
    hint: 'Your answers will be deleted when you close the page.',
  },
  errorSummaryTitle: 'There is a problem',
  later: {
    loading: 'Loading…',
    failed:
      'The network is not available, so you cannot go on just now. Your answers are kept; check your connection and try again, or reload the page.',
    retry: 'Try again',
  },
  steps: {
    programmes: {
      title: 'What help are you applying for?',
      legend: 'Select all that apply',
      hint: 'Not sure? Do the check first.',
      fromCheck: 'Chosen from your check result; you can change it.',
    },
    privacy: { version: 'Notice version' },
  },
};

export const firstContent: Record<Locale, FirstContent> = { 'zh-CN': zh, en };
