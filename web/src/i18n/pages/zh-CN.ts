import type { PagesText } from './types.ts';

/** The pages around the islands, in Chinese. */
export const pagesText: PagesText = {
  check: {
    title: '看看能申请什么',
    description: '两分钟自测：可能符合哪些社会救助、大概多少钱、要准备什么、到哪里申请。',
    heading: '看看您能申请什么救助',
    lead: '回答几个简单问题，大约两分钟。不用填姓名和身份证号，结果只在您的手机上计算。',
    noScript:
      '自测需要开启浏览器的 JavaScript。也可以拨打 12345 或 12349 咨询，或直接到镇（街道、农场）申请。',
  },
  apply: {
    title: '在线申请',
    description:
      '在线申请最低生活保障、特困人员救助供养、临时救助，在您现在居住地的镇（街道、农场）受理。',
    heading: '在线申请社会救助',
    lead: '大约需要 10 分钟。您填写的内容只保存在这部手机上，提交后才发送。申请由您现在居住地的镇（街道、农场）受理；低保、特困、边缘按规定由户籍所在地办理，会自动转交；急事交给事发地。',
    noScript:
      '在线申请需要开启浏览器的 JavaScript。也可以带上身份证和户口簿，到镇（街道、农场）社会救助窗口申请，或拨打 12345、12349 咨询。',
  },
  status: {
    title: '查询申请进度',
    description: '用申请编号和查询码查看社会救助申请的办理进度。',
    heading: '查询申请进度',
    lead: '输入申请时拿到的申请编号和查询码。连续输错 5 次，这个申请编号会被暂时锁定 15 分钟。',
    noScript: '查询需要开启浏览器的 JavaScript，也可以拨打 12345 或 12349 查询。',
  },
  report: {
    title: '报告困难群众线索',
    description: '发现身边有生活困难、需要救助的人，可以告诉当地镇（街道），由工作人员上门走访。',
    heading: '报告困难群众线索',
    lead: '发现身边有人生活难以维持（独居老人、重病、残疾、儿童无人照料等），告诉我们在哪里、遇到什么困难。线索直接交给当地镇（街道、农场），工作人员会上门走访。可以匿名。',
    noScript: '提交线索需要开启浏览器的 JavaScript。也可以拨打 12345 或 12349 反映。',
  },
  complaint: {
    title: '投诉举报',
    description: '对社会救助工作中的违规违纪、不作为、优亲厚友等问题投诉举报，由普宁市民政局办理。',
    heading: '投诉举报',
    lead: '对社会救助经办中的违规、不作为、优亲厚友、吃拿卡要等问题，可以在这里投诉举报。由普宁市民政局直接受理，不会转给被投诉的镇（街道）。实名举报的会告诉您核查结果。',
    noScript: '在线投诉举报需要开启浏览器的 JavaScript。也可以拨打 12345 或 12349。',
  },
  complaintFollow: {
    title: '查看投诉举报办理情况',
    description: '用投诉编号和查询码查看投诉举报的办理情况和答复。',
    heading: '查看投诉举报办理情况',
    lead: '输入提交时拿到的投诉编号和查询码。连续输错 5 次，这个编号会被暂时锁定 15 分钟。',
    noScript: '查询需要开启浏览器的 JavaScript，也可以拨打 12345 或 12349 查询。',
  },
  staffConsole: {
    title: '社会救助工作台',
    description: '普宁市社会救助工作人员的审核工作台。',
    heading: '社会救助工作台',
    noScript: '工作台需要开启浏览器的 JavaScript。',
    reportsLink: '困难群众线索和投诉举报',
  },
  staffApplication: {
    title: '查看申请 · 工作台',
    description: '工作人员查看和办理一份社会救助申请。',
    heading: '查看和办理申请',
    noScript: '工作台需要开启浏览器的 JavaScript。',
  },
  staffReports: {
    title: '线索和投诉 · 工作台',
    description: '工作人员办理困难群众线索和投诉举报。',
    heading: '困难群众线索和投诉举报',
    noScript: '工作台需要开启浏览器的 JavaScript。',
  },
  staffCallback: {
    title: '正在登录 · 工作台',
    description: '工作人员登录。',
    heading: '正在登录',
    noScript: '登录需要开启浏览器的 JavaScript。',
  },
};
