import type { ResultContent } from './types.ts';

/** The check's result in Chinese. */
export const resultText: ResultContent = {
  title: '自测结果',
  intro: '根据您填写的情况，按现行政策估算如下。',
  likely: '很可能符合',
  possible: '可能符合，需要核实',
  unlikely: '不太可能符合',
  unlikelySummary: (n) => `还有 ${n} 项救助不太可能符合（点开看原因）`,
  aboutEach: '每项救助的说明',
  moreAbout: '为什么、要准备的材料、到哪里申请',
  separator: '：',
  fullStop: '。',
  alternatives: '低保和特困供养只能选一项',
  endedRules:
    '下面这些规定写明的执行期限已过，这里仍按原规定估算；现在是否继续执行，以普宁市民政局公布的为准：',
  nothingLikely:
    '按您填写的情况，暂时没有很可能符合的救助。生活确有困难的，仍可以申请或拨打 12345、12349 咨询。',
  amount: (yuan) => `估计每月约 ${yuan}`,
  noAmount: '金额由乡镇（街道、农场）核定',
  why: '为什么',
  documents: '需要准备的材料',
  applyAt: '到哪里申请',
  applyAtEmergency: '急事发生地：',
  handledWhere: {
    atHukou:
      '在现在住的地方提交即可；按规定由户籍所在的镇（街道、农场）审核办理，户籍在别的镇的会自动转交。',
    whereYouLive: '按市民政局的决定，由现在住的镇（街道、农场）办理。',
  },
  apply: '去在线申请',
  household: '您家的情况',
  incomePerPerson: '每人每月算作收入',
  standard: '所用的低保标准（每人每月）',
  figures: '用到的标准和出处',
  figureSource: '出处',
  notVerified: '未找到普宁本地公布的数字，暂按省定最低标准；以市民政局公布的标准为准。',
  rulesVersion: '规则版本',
  changeAnswers: '修改答案',
  startAgain: '重新开始',
  relatedHelp: {
    heading: '可能还需要的其他帮助',
    intro:
      '按您填写的情况，下面这些帮助由其他部门办理，您家可能符合条件。这只是提示，能否享受由办理部门决定；社会救助服务窗口可以帮您转介。',
    why: '为什么提示',
    department: '办理部门',
    contact: '怎么咨询',
  },
  privacy: '这个结果只在您的手机上计算，我们没有收到您填写的任何内容。',
};
