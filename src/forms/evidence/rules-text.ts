// 附件2-1 佐证资料完善要求 as the notice words it, shown above the checklist so that a
// reviewer can compare the rules of vocabulary/status.ts with the original.
export const EVIDENCE_RULES: readonly string[] = [
  '县内非幼儿园就读的不需要佐证材料，幼儿园就读的提供幼儿园出具的就读证明，县域外就读提供非小学毕业库的学籍截图或核查认定表（见附件4）和其它能证明实际就读证明材料。',
  '初中已毕业提供学籍截图或九年义务教育毕业证书。',
  '户籍原因（多重户籍、死亡未注销、查无此人等）、丢失（或送人）、外迁无法联系等情况需提供加盖校、村、镇及公安部门公章的核查认定表及相关佐证资料。',
  '延缓入学（年满6周岁未进入小学一年级）需提供延缓入学申请表及证明材料。',
  '重度重残需提供残疾教育专家委员会的评估认定意见或医学诊断证明、就诊记录等（联系特教学校）。',
  '出国在外需提供核查认定表+相关就读证明材料。',
];
