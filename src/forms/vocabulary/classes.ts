// The classes of 附件4 (8 失（辍）学, 8 非辍学), and which of them need the police's stamp.

export type ClassKind = 'dropout' | 'nonDropout';

export interface AnnexClass {
  kind: ClassKind;
  /** The number printed on 附件4 (1–8). */
  no: number;
  /** Seed wording. */
  label: string;
  /**
   * 附件4 备注: 户籍原因, 外迁无法联系 and 失踪失联 must carry the police verification and
   * stamp; the form is not complete without them.
   */
  police: boolean;
}

const cls = (kind: ClassKind, no: number, label: string, police = false): AnnexClass =>
  Object.freeze({ kind, no, label, police });

/** 失（辍）学类别及劝返情况, in seed order. */
export const DROPOUT_CLASSES: readonly AnnexClass[] = Object.freeze([
  cls('dropout', 1, '打工务农'),
  cls('dropout', 2, '厌学辍学'),
  cls('dropout', 3, '因病因残'),
  cls('dropout', 4, '在家上学'),
  cls('dropout', 5, '入寺入教'),
  cls('dropout', 6, '早婚失学'),
  cls('dropout', 7, '扶贫异地搬迁'),
  cls('dropout', 8, '其他原因'),
]);

/** 非辍学类别及详细情况, in seed order. */
export const NON_DROPOUT_CLASSES: readonly AnnexClass[] = Object.freeze([
  cls('nonDropout', 1, '户籍原因（查无此人、多重户籍）', true),
  cls('nonDropout', 2, '实际就读'),
  cls('nonDropout', 3, '延缓入学'),
  cls('nonDropout', 4, '超龄离校'),
  cls('nonDropout', 5, '重病重残'),
  cls('nonDropout', 6, '外迁无法联系', true),
  cls('nonDropout', 7, '出国在外'),
  cls('nonDropout', 8, '失踪失联', true),
]);

/** The three non-dropout classes that need 公安部门核查结果 + 公安部门盖章. */
export const POLICE_CLASSES: readonly AnnexClass[] = NON_DROPOUT_CLASSES.filter((c) => c.police);

/** 附件4's class by its printed number (1–8). */
export const dropoutClass = (no: number) => DROPOUT_CLASSES[no - 1] as AnnexClass;
export const nonDropoutClass = (no: number) => NON_DROPOUT_CLASSES[no - 1] as AnnexClass;
