// Student groups named in section 二 of the notice, in its own words. The first four are
// the groups the notice sends an on-site visit (实地家访) to.
export const ON_SITE_GROUPS = [
  '学习困难学生',
  '思想和学业上有重大变化的学生',
  '留守儿童（含单亲子女）',
  '进城务工随迁子女',
] as const;

export const SUPPORT_GROUPS = [
  '边缘易致贫户学生',
  '脱贫不稳定户学生',
  '城乡低保家庭学生',
  '特困救助供养家庭学生',
  '孤儿',
  '残疾学生',
  '突发严重困难户学生',
  '有辍学倾向的学生',
] as const;

export const REMOTE_GROUP = '偏远且交通不便地区的学生';

export const STUDENT_GROUPS = [...ON_SITE_GROUPS, ...SUPPORT_GROUPS, REMOTE_GROUP];
