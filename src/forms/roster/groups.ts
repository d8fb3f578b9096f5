// 特殊群体 on the roster. Box Ⅵ of 附件2-2 asks for a roster of 留守、随迁、学困、特殊家庭等特殊
// 儿童, and section 二 of the notice names the family situations that get 结对帮扶. A roster
// column has little room, so the options are the short forms schools write in their
// spreadsheets; the import maps the long forms (e.g. 进城务工随迁子女) onto them. Disability is
// not here: it has its own column (残疾儿童) because 附件1-1 and 1-2 count it.
export const SPECIAL_GROUPS = [
  '留守',
  '随迁',
  '学困',
  '单亲',
  '脱贫家庭',
  '边缘易致贫户',
  '低保',
  '特困供养',
  '孤儿',
  '突发严重困难户',
  '有辍学倾向',
] as const;

export type SpecialGroup = (typeof SPECIAL_GROUPS)[number];
