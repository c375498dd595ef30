import {
  agentRelationships,
  staffRelativePositions,
} from '../../../../../functions/domain/application/application-input.ts';
import {
  agentRelationshipNames,
  staffPositionNames,
} from '../../../../../functions/domain/application/on-behalf.ts';
import type { LaterContent } from './types.ts';

/** The application's later screens in Chinese. */
export const laterText: LaterContent = {
  change: '修改',
  choose: '请选择',
  yes: '是',
  no: '否',
  steps: {
    applicant: {
      title: '申请人信息',
      name: { label: '姓名', hint: '与身份证上的一致' },
      idNumber: { label: '身份证号码', hint: '18 位，最后一位可能是 X' },
      mobile: { label: '手机号码', hint: '用于接收办理进度短信' },
      email: { label: '电子邮箱（选填）', hint: '' },
      mobileOptional: {
        label: '申请人的手机号码（选填）',
        hint: '申请人有手机的请填写，办理进度会同时发给申请人和您',
      },
    },
    onBehalf: {
      legend: '谁在填写这份申请？',
      self: '我为自己申请',
      agent: '我代他人申请（家人、监护人或受委托的人）',
      agentHint:
        '代他人申请需要申请人签字的委托书（无民事行为能力的，由监护人申请）。提交后请上传委托书的照片。以下“申请人”都是指需要救助的人。',
      name: { label: '您（代理人）的姓名', hint: '' },
      relationship: {
        label: '您与申请人的关系',
        options: agentRelationships.map((value) => ({
          value,
          label: agentRelationshipNames[value]['zh-CN'],
        })),
      },
      mobile: { label: '您（代理人）的手机号码', hint: '办理进度和查询码会发到这个号码' },
      idNumber: { label: '您（代理人）的身份证号码（选填）', hint: '18 位，最后一位可能是 X' },
    },
    staffRelative: {
      legend: '申请人是否是镇（街道）工作人员或村（居）干部的近亲属？',
      hint: '按规定，这类申请单独登记备案，由市民政局入户调查并审核确认。如实填写不影响申请。',
      position: {
        legend: '这位亲属是',
        options: staffRelativePositions.map((value) => ({
          value,
          label: staffPositionNames[value]['zh-CN'],
        })),
      },
      staffName: { label: '这位工作人员或村（居）干部的姓名', hint: '' },
      relationship: { label: '与申请人的关系', hint: '例如 配偶、兄弟、子女' },
    },
    residence: {
      title: '您现在住在哪里？',
      township: {
        label: '镇（街道、农场）',
        hint: '您在这里就近提交申请。低保、特困、边缘按规定由户籍所在地办理，需要时会自动转交。',
      },
      village: { label: '村或社区', hint: '' },
      address: { label: '详细地址', hint: '例如 某某路 12 号 3 楼' },
    },
    hukouPlace: {
      legend: '户籍（户口）在哪个镇（街道、农场）？',
      hint: '低保、特困、边缘家庭救助按规定由户籍所在地的镇（街道、农场）审核办理。',
      same: '和现在住的地方相同',
      other: '在普宁另一个镇（街道、农场）',
      township: '户籍所在的镇（街道、农场）',
      village: '户籍所在的村或社区',
      handedOver:
        '您仍然在现在住的地方提交，不用回户籍地跑一趟：申请会自动转给户籍所在地办理（代收转办），并用短信告诉您。',
    },
    permitOffice: { label: '居住证发证机关（选填）', hint: '例如 普宁市公安局' },
    permitIssuedOn: { label: '居住证办证日期（选填）', hint: '例如 2024-03-01' },
    memberExtras: {
      heading: (person, age) => `${person}（${age} 岁）`,
      relation: {
        label: '与申请人的关系',
        options: [
          { value: 'self', label: '本人' },
          { value: 'spouse', label: '配偶' },
          { value: 'child', label: '子女' },
          { value: 'parent', label: '父母' },
          { value: 'sibling', label: '兄弟姐妹' },
          { value: 'grandchild', label: '孙子女、外孙子女' },
          { value: 'grandparent', label: '祖父母、外祖父母' },
          { value: 'other', label: '其他' },
        ],
      },
      idNumber: { label: '身份证号码', hint: '没有的可以不填' },
    },
    emergency: {
      title: '发生了什么急事？',
      what: { label: '请简单说明发生了什么', hint: '例如 房屋失火，家里东西都烧了' },
      date: { label: '什么时候发生的', hint: '例如 2026-11-20' },
      township: { label: '在哪个镇（街道、农场）发生的', hint: '急难救助由事发地办理。' },
      neededNow: { label: '现在最需要什么（选填）', hint: '例如 临时住处、吃的、住院押金' },
      atWork: {
        label: '发生在工作中',
        panelTitle: '在工作中受伤，还可以申请工伤认定',
        panelBody:
          '在工作中受伤的，可以向人力资源社会保障部门申请工伤认定（一般应在受伤之日起 1 年内提出），咨询电话 12333。看病花费大的，还可以申请医疗救助。这些不影响您现在申请临时救助。',
      },
    },
    bank: {
      title: '救助金发放账户',
      bankName: { label: '开户银行', hint: '例如 中国农业银行普宁支行' },
      accountNumber: { label: '银行卡号或存折账号', hint: '须是申请人本人的账户' },
      masked: (last4) => `尾号 ${last4} 的账户`,
      edit: '修改账户',
    },
    review: {
      title: '请检查您填写的内容',
      intro: '提交前请核对，有误的点“修改”。',
      declaration:
        '提交即表示您声明所填内容真实。隐瞒或虚报会影响救助资格，并可能被追回已发的救助金。',
      incomeTotal: '以上收入合计',
    },
  },
  waitingForNetwork: {
    title: '网络不通，申请还没有提交成功',
    body: '您填写的内容都还在这部手机上。网络恢复后会自动提交，不会重复提交。也可以点“重新提交”。',
    retry: '重新提交',
    retrying: '正在提交…',
  },
  done: {
    title: '申请已提交',
    reference: '申请编号',
    accessCode: '查询码',
    accessCodeWarning: '查询码只显示这一次，也会用短信发给您。请记下来，用它和申请编号查询进度。',
    township: '办理单位',
    next: '接下来会怎样',
    follow: '查询进度',
    authorisation:
      '您是代他人申请：请现在在下面上传申请人签字的委托书（材料类型选“委托书”），也可以以后在查询页上传。',
    documents:
      '身份证、居住证、病历、费用票据等证明材料，可以在“查询进度”页面拍照上传，也可以带到镇（街道、农场）窗口。',
  },
};
