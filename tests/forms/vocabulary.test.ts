import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  categoryOf,
  DROPOUT_CLASSES,
  evidenceFor,
  NON_DROPOUT_CLASSES,
  POLICE_CLASSES,
  STATUS_TAXONOMY,
  SUB_STATUSES,
  subBelongsTo,
  dropoutStage,
  SUSPECTED,
  suggestedClass,
} from '../../src/forms/vocabulary';

describe('schooling status taxonomy', () => {
  it('has the 11 附件1-1 categories in seed order and wording', () => {
    expect(CATEGORIES).toEqual([
      '县域内实际就读', '县域外就读', '初中已毕业', '延缓入学', '外迁无法联系', '多重户籍',
      '查无此人', '死亡', '因病因残辍学', '厌学辍学', '其他情况',
    ]);
    expect(STATUS_TAXONOMY.map((c) => c.value)).toEqual([...CATEGORIES]);
  });

  it('has the sub-statuses 附件2-1 and 附件4 need, each under one category', () => {
    const where = Object.fromEntries(SUB_STATUSES.map((s) => [s.value, s.category]));
    expect(where).toMatchObject({
      幼儿园就读: '县域内实际就读',
      死亡未注销: '死亡',
      出国在外: '其他情况',
      '丢失（或送人）': '其他情况',
      失踪失联: '其他情况',
      超龄离校: '其他情况',
      在家上学: '其他情况',
      重度重残: '其他情况',
    });
    expect(new Set(SUB_STATUSES.map((s) => s.value)).size).toBe(SUB_STATUSES.length);
  });

  it('has the 附件4 classes in seed wording, and exactly 3 that need the police', () => {
    expect(DROPOUT_CLASSES.map((c) => `${c.no}${c.label}`)).toEqual([
      '1打工务农', '2厌学辍学', '3因病因残', '4在家上学', '5入寺入教', '6早婚失学', '7扶贫异地搬迁', '8其他原因',
    ]);
    expect(NON_DROPOUT_CLASSES.map((c) => `${c.no}${c.label}`)).toEqual([
      '1户籍原因（查无此人、多重户籍）', '2实际就读', '3延缓入学', '4超龄离校', '5重病重残', '6外迁无法联系',
      '7出国在外', '8失踪失联',
    ]);
    expect(POLICE_CLASSES.map((c) => c.label)).toEqual(['户籍原因（查无此人、多重户籍）', '外迁无法联系', '失踪失联']);
    expect(DROPOUT_CLASSES.some((c) => c.police)).toBe(false);
  });

  it('maps sub-statuses to their category', () => {
    expect(categoryOf('县域内实际就读')).toBe('县域内实际就读');
    expect(categoryOf('幼儿园就读')).toBe('县域内实际就读');
    expect(categoryOf(' 出国在外 ')).toBe('其他情况');
    expect(categoryOf('死亡未注销')).toBe('死亡');
    expect(categoryOf('辍学')).toBeNull();
    expect(categoryOf('疑似辍学')).toBe('其他情况');
    expect(categoryOf('')).toBeNull();
    expect(categoryOf(undefined)).toBeNull();
  });
});

const labels = (status: string, sub?: string) => evidenceFor(status, sub).map((e) => e.label);

describe('附件2-1 evidence', () => {
  it('needs nothing for children in school in the county, but a proof from a kindergarten', () => {
    expect(evidenceFor('县域内实际就读')).toEqual([]);
    expect(labels('县域内实际就读', '幼儿园就读')).toEqual(['幼儿园出具的就读证明']);
    expect(labels('幼儿园就读')).toEqual(['幼儿园出具的就读证明']);
  });

  it('treats "A 或 B" as one item satisfied by either document', () => {
    const out = evidenceFor('县域外就读');
    expect(out).toHaveLength(2);
    expect(out[0]!.anyOf).toEqual(['非小学毕业库的学籍截图', '核查认定表（附件4）']);
    expect(out[0]!.label).toBe('非小学毕业库的学籍截图 或 核查认定表（附件4）');
    expect(out[1]!.label).toBe('其它能证明实际就读的材料');
    const grad = evidenceFor('初中已毕业');
    expect(grad).toHaveLength(1);
    expect(grad[0]!.anyOf).toEqual(['学籍截图', '九年义务教育毕业证书']);
    expect(labels('其他情况', '重度重残')).toEqual(['残疾教育专家委员会的评估认定意见 或 医学诊断证明、就诊记录']);
  });

  it('asks for the police-stamped 核查认定表 for 户籍原因, 丢失（或送人） and 外迁无法联系', () => {
    for (const [status, sub] of [
      ['多重户籍'], ['查无此人'], ['死亡', '死亡未注销'], ['外迁无法联系'], ['其他情况', '丢失（或送人）'], ['其他情况', '失踪失联'],
    ] as const) {
      const items = evidenceFor(status, sub);
      const form = items.find((e) => e.stamps);
      expect(form, `${status} ${sub ?? ''}`).toBeDefined();
      expect(form!.stamps).toEqual(['学校', '村', '镇', '公安部门']);
      expect(items.map((e) => e.label)).toContain('相关佐证资料');
    }
    // A 核查认定表 for a child abroad or out of the county needs no police stamp.
    expect(evidenceFor('其他情况', '出国在外').some((e) => e.stamps)).toBe(false);
    expect(evidenceFor('县域外就读').some((e) => e.stamps)).toBe(false);
    expect(labels('其他情况', '出国在外')).toEqual(['核查认定表（附件4）', '相关就读证明材料']);
  });

  it('asks for the 延缓入学申请表 and proof for a deferred start', () => {
    expect(labels('延缓入学')).toEqual(['延缓入学申请表', '证明材料']);
  });

  it('falls back to the category when the sub-status belongs elsewhere, and to nothing for junk', () => {
    expect(evidenceFor('县域内实际就读', '出国在外')).toEqual([]);
    expect(evidenceFor('不知道')).toEqual([]);
  });

  it('gives every item a stable id and a source in the notice', () => {
    for (const c of STATUS_TAXONOMY)
      for (const rule of [c, ...c.subs])
        for (const e of rule.evidence) {
          expect(e.id).toMatch(/^\w+$/);
          expect(e.source).not.toBe('');
          expect(e.anyOf.length).toBeGreaterThan(0);
        }
  });
});

describe('suggested 附件4 class', () => {
  const s = (status: string, sub?: string) => {
    const c = suggestedClass(status, sub);
    return c ? `${c.kind}:${c.no}` : null;
  };
  it('follows the status', () => {
    expect(s('县域内实际就读')).toBe('nonDropout:2');
    expect(s('县域外就读')).toBe('nonDropout:2');
    expect(s('初中已毕业')).toBeNull();
    expect(s('延缓入学')).toBe('nonDropout:3');
    expect(s('外迁无法联系')).toBe('nonDropout:6');
    expect(s('多重户籍')).toBe('nonDropout:1');
    expect(s('查无此人')).toBe('nonDropout:1');
    expect(s('死亡', '死亡未注销')).toBe('nonDropout:1');
    expect(s('因病因残辍学')).toBe('dropout:3');
    expect(s('厌学辍学')).toBe('dropout:2');
    expect(s('其他情况', '出国在外')).toBe('nonDropout:7');
    expect(s('其他情况', '失踪失联')).toBe('nonDropout:8');
    expect(s('其他情况', '超龄离校')).toBe('nonDropout:4');
    expect(s('其他情况', '重度重残')).toBe('nonDropout:5');
    expect(s('其他情况', '在家上学')).toBe('dropout:4');
    expect(s('其他情况')).toBeNull();
  });

  it('needs the police exactly for the classes whose evidence carries the police stamp', () => {
    for (const c of STATUS_TAXONOMY)
      for (const rule of [c, ...c.subs])
        if (rule.suggested?.police) expect(rule.evidence.some((e) => e.stamps?.includes('公安部门'))).toBe(true);
  });

  it('checks that a sub-status goes with its category', () => {
    expect(subBelongsTo('幼儿园就读', '县域内实际就读')).toBe(true);
    expect(subBelongsTo('幼儿园就读', '其他情况')).toBe(false);
    expect(subBelongsTo('', '其他情况')).toBe(true);
    expect(subBelongsTo('胡写', '其他情况')).toBe(false);
  });
});

describe('疑似辍学', () => {
  it('is a sub-status of 其他情况 (附件1-1 has no column for it) that needs a 核查认定表 and suggests no class', () => {
    expect(SUSPECTED).toBe('疑似辍学');
    expect(SUB_STATUSES.find((s) => s.value === '疑似辍学')?.category).toBe('其他情况');
    expect(subBelongsTo('疑似辍学', '其他情况')).toBe(true);
    expect(subBelongsTo('疑似辍学', '厌学辍学')).toBe(false);
    expect(labels('其他情况', '疑似辍学')).toEqual(['核查认定表（附件4）']);
    expect(labels('疑似辍学')).toEqual(['核查认定表（附件4）']);
    expect(suggestedClass('其他情况', '疑似辍学')).toBeNull();
  });

  it('tells suspected dropouts from dropouts and from the rest', () => {
    expect(dropoutStage('其他情况', '疑似辍学')).toBe('suspected');
    expect(dropoutStage('疑似辍学')).toBe('suspected');
    expect(dropoutStage('厌学辍学')).toBe('dropout');
    expect(dropoutStage('因病因残辍学')).toBe('dropout');
    expect(dropoutStage('其他情况', '打工务农')).toBe('dropout');
    expect(dropoutStage('其他情况', '出国在外')).toBeNull();
    expect(dropoutStage('其他情况')).toBeNull();
    expect(dropoutStage('县域内实际就读')).toBeNull();
    expect(dropoutStage('')).toBeNull();
  });
});
