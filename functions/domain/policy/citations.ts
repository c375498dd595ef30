/**
 * The documents the rules cite, spelled once. A citation names the document and the
 * clause a reason rests on, so every answer the checker gives can be looked up.
 * Where the article number of a provincial text was not available to us, the clause
 * names the provision in words (e.g. `申请条件`) instead of guessing a number.
 */

export interface Citation {
  readonly document: string;
  readonly clause: string;
}

export const documents = {
  /** 普宁市民政局 等《关于巩固拓展脱贫攻坚兜底保障成果进一步做好困难群众基本生活保障工作实施方案》 */
  puning77: '普民〔2021〕77号',
  /** 民政部《最低生活保障审核确认办法》 */
  dibaoProcedure: '民发〔2021〕57号',
  /** 民政部《特困人员认定办法》 */
  tekunRules: '民发〔2021〕43号',
  /** 民政部 财政部《关于进一步加强和改进临时救助工作的意见》 */
  temporaryAid: '民发〔2018〕23号',
  /** 《广东省最低生活保障制度实施办法》 */
  gdDibao: '广东省人民政府令第262号',
  /** 《广东省最低生活保障边缘家庭和支出型困难家庭救助办法》 */
  gdEdge: '粤府办〔2022〕3号',
  /** 广东省民政厅 on single-person inclusion of severely disabled adults */
  gdSinglePerson: '粤民函〔2020〕407号',
  /** 惠州 implementing rules for 粤府办〔2022〕3号 (the clearest text on 单人保 for edge families) */
  huizhouEdge: '惠民发〔2023〕89号',
  /** 《广东省最低生活保障家庭经济状况核对和生活状况评估认定办法》 (number cited two ways) */
  gdAssessment: '粤民规字〔2019〕9号',
  /** 《居住证暂行条例》 */
  residencePermit: '国务院令第663号',
  /** 国务院《社会救助暂行办法》: the special assistance (医疗、教育、住房、就业救助), chapters 5–8 */
  assistanceMeasures: '《社会救助暂行办法》',
  /** 国务院《关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》 */
  disabilitySubsidies: '国发〔2015〕52号',
  /** 国务院《工伤保险条例》 */
  workInjury: '《工伤保险条例》',
  /** 《个人信息保护法》 */
  pipl: '中华人民共和国个人信息保护法',
} as const;

export function cite(document: string, clause: string): Citation {
  return { document, clause };
}
