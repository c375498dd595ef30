import type { FirstContent } from './types.ts';

/** The application's first screens in Chinese. */
export const firstText: FirstContent = {
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
  keeping: {
    device:
      '您填写的内容只保存在这部手机的浏览器里，到您提交或点“清除我填写的内容”为止；其中身份证号、手机号和银行卡号只保存到关闭这个页面为止。',
    shared: '您填写的内容只保存在这部手机的浏览器里，关闭这个页面就会清除。',
  },
  resume: {
    title: '您上次还没有填完',
    leftAt: (n, total) => `上次填到第 ${n} 步（共 ${total} 步）。`,
    numbersForgotten:
      '为保护您的信息，身份证号、手机号和银行卡号在关闭页面时已经清除，继续后请重新填写。',
    continue: '继续上次填写',
    restart: '重新开始',
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
