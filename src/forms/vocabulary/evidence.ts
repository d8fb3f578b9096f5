// The evidence items (佐证资料) of 附件2-1, each defined once, and the stamps 附件4 must carry.

export interface EvidenceItem {
  /** Stable key, for storing whether the item has been collected. */
  id: string;
  /** Wording as printed on a checklist ("A 或 B" when either document satisfies it). */
  label: string;
  /**
   * Documents any one of which satisfies the item. 附件2-1's "学籍截图或九年义务教育毕业证书"
   * is ONE requirement, so it is one item with two alternatives, not two items.
   */
  anyOf: readonly string[];
  /** The 核查认定表 must carry these stamps (附件2-1 item 3 / 附件4 备注). */
  stamps?: readonly string[];
  /** Where the requirement comes from, so a reviewer can check it against the notice. */
  source: string;
}

const item = (id: string, anyOf: string[], source: string, stamps?: string[]): EvidenceItem =>
  Object.freeze({
    id,
    label: anyOf.join(' 或 '),
    anyOf: Object.freeze([...anyOf]),
    ...(stamps ? { stamps: Object.freeze([...stamps]) } : {}),
    source,
  });

/** 附件4 is the one verification form; the label names it the way 附件2-1 does. */
const FORM4 = '核查认定表（附件4）';
export const POLICE_STAMPS = Object.freeze(['学校', '村', '镇', '公安部门']);

/** The evidence items, each defined once and shared by the statuses that need it. */
export const EVIDENCE = Object.freeze({
  kindergarten: item('kindergarten', ['幼儿园出具的就读证明'], '附件2-1 第1条'),
  outOfCountyRecord: item('outOfCountyRecord', ['非小学毕业库的学籍截图', FORM4], '附件2-1 第1条'),
  outOfCountyProof: item('outOfCountyProof', ['其它能证明实际就读的材料'], '附件2-1 第1条'),
  graduated: item('graduated', ['学籍截图', '九年义务教育毕业证书'], '附件2-1 第2条'),
  form4Police: item(
    'form4Police',
    ['加盖校、村、镇及公安部门公章的核查认定表（附件4）'],
    '附件2-1 第3条；附件4 备注',
    [...POLICE_STAMPS],
  ),
  related: item('related', ['相关佐证资料'], '附件2-1 第3条'),
  deferApplication: item('deferApplication', ['延缓入学申请表'], '附件2-1 第4条'),
  deferProof: item('deferProof', ['证明材料'], '附件2-1 第4条'),
  severeDisability: item(
    'severeDisability',
    ['残疾教育专家委员会的评估认定意见', '医学诊断证明、就诊记录'],
    '附件2-1 第5条（联系特教学校）',
  ),
  form4: item('form4', [FORM4], '附件4'),
  abroadProof: item('abroadProof', ['相关就读证明材料'], '附件2-1 第6条'),
  // Not in 附件2-1, which only covers children who are not dropouts. A (suspected) dropout
  // is what 附件4 exists for, and box Ⅶ of 附件2-2 asks for the 劝返记录 of each one.
  persuasion: item('persuasion', ['劝返记录'], '附件2-2 Ⅶ类②'),
  // Not in the seed either: a death whose 户籍 is already cancelled is not a 户籍原因 case,
  // but the roster still needs a document showing why the child is not in school.
  deathRecord: item('deathRecord', ['死亡证明', '户籍注销证明'], '本应用补充（附件2-1 未列）'),
} satisfies Record<string, EvidenceItem>);


/** 附件2-1 item 3: 户籍原因, 丢失（或送人）, 外迁无法联系. */
export const POLICE_EVIDENCE: readonly EvidenceItem[] = [EVIDENCE.form4Police, EVIDENCE.related];
/** A dropout: verified on 附件4 and persuaded to return. */
export const DROPOUT_EVIDENCE: readonly EvidenceItem[] = [EVIDENCE.form4, EVIDENCE.persuasion];
