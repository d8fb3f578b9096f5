import { describe, expect, it } from 'vitest';
import { visitStats, VISIT_MODE_LABELS, type VisitLike } from '../../src/calc/visit-stats';
import { formatPercent } from '../../src/calc/percent';
import { makeRng, shuffle } from './helpers/prng';

const none = { staffTotal: null, studentTotal: null };

describe('visitStats: counting people', () => {
  it('counts the same teacher across visits once', () => {
    const records: VisitLike[] = [
      { teacher: '张三', student: '小明', className: '一(1)班' },
      { teacher: '张三', student: '小红', className: '一(1)班' },
      { teacher: '张三', student: '小刚', className: '一(2)班' },
    ];
    const s = visitStats(records, none);
    expect(s.visits).toBe(3);
    expect(s.staffVisited).toBe(1);
    expect(s.studentsVisited).toBe(3);
  });

  it('counts a teacher who is also someone else\'s companion once', () => {
    const records: VisitLike[] = [
      { teacher: '张三', companions: '李四、王五', student: '小明', className: '1班' },
      { teacher: '李四', companions: '张三', student: '小红', className: '1班' },
    ];
    expect(visitStats(records, none).staffVisited).toBe(3);
  });

  it('ignores spaces inside names when deduplicating staff', () => {
    const records: VisitLike[] = [
      { teacher: '张 三', companions: ' 李四　', student: '甲' },
      { teacher: '张三', companions: '李\u00a0四，张三', student: '乙' },
    ];
    expect(visitStats(records, none).staffVisited).toBe(2);
  });

  it('splits a teacher field that lists several people', () => {
    expect(visitStats([{ teacher: '张三、李四' }, { teacher: '李四' }], none).staffVisited).toBe(2);
  });

  it('counts the same student name in two classes as two children', () => {
    const records: VisitLike[] = [
      { teacher: '甲', student: '王芳', className: '三(1)班' },
      { teacher: '乙', student: '王芳', className: '三(2)班' },
      { teacher: '丙', student: '王 芳', className: '三(1)班 ' },
    ];
    expect(visitStats(records, none).studentsVisited).toBe(2);
  });

  it('counts one child once whether the class is typed with ASCII or Chinese brackets, full-width digits or spaces', () => {
    const classes = ['七年级(2)班', '七年级（2）班', '七年级（２）班', '七年级 (2) 班', '七年级\u3000（2）班', '七年级(２)班'];
    const s = visitStats(classes.map((className, i) => ({ teacher: `老师${i}`, student: '张三', className })), none);
    expect(s.studentsVisited).toBe(1);
    expect(s.visits).toBe(6);
  });

  it('counts full-width and half-width letters in a class as one class, other classes apart', () => {
    const records: VisitLike[] = [
      { student: '李四', className: 'Ａ班' },
      { student: '李四', className: 'a班' },
      { student: '李四', className: '七年级(3)班' },
    ];
    expect(visitStats(records, none).studentsVisited).toBe(2);
  });

  it('ignores records without a student name but still counts the visit', () => {
    const records: VisitLike[] = [{ teacher: '甲', student: '  ', className: '1班' }, { teacher: '甲' }, {}];
    const s = visitStats(records, none);
    expect(s.visits).toBe(3);
    expect(s.studentsVisited).toBe(0);
    expect(s.staffVisited).toBe(1);
  });

  it('handles no records at all', () => {
    const s = visitStats([], { staffTotal: 10, studentTotal: 100 });
    expect(s).toEqual({
      visits: 0,
      staffVisited: 0,
      studentsVisited: 0,
      byMode: { face: 0, phone: 0, sms: 0, online: 0, letter: 0, unknown: 0 },
      modeShare: { face: null, phone: null, sms: null, online: null },
      suggestions: 0,
      staffShare: 0,
      studentShare: 0,
      flags: [],
    });
  });
});

describe('visitStats: modes', () => {
  it('counts each mode code and lumps anything else as unknown', () => {
    const modes = ['face', 'face', 'face', 'phone', 'phone', 'sms', 'online', 'letter', '', 'visit', undefined];
    const s = visitStats(modes.map((mode) => ({ mode })), none);
    expect(s.byMode).toEqual({ face: 3, phone: 2, sms: 1, online: 1, letter: 1, unknown: 3 });
    const total = Object.values(s.byMode).reduce((a, b) => a + b, 0);
    expect(total).toBe(s.visits);
  });

  it('accepts the printed Chinese labels as well as codes', () => {
    const labels = Object.values(VISIT_MODE_LABELS);
    expect(labels).toEqual(['面对面（实地）', '电话', '短信', '网络', '信件']);
    const s = visitStats([...labels, ' 电话 ', '面对面'].map((mode) => ({ mode })), none);
    expect(s.byMode).toEqual({ face: 2, phone: 2, sms: 1, online: 1, letter: 1, unknown: 0 });
  });

  it('does not treat inherited object keys as modes', () => {
    const s = visitStats([{ mode: 'toString' }, { mode: '__proto__' }, { mode: 'constructor' }], none);
    expect(s.byMode.unknown).toBe(3);
  });

  it('computes mode shares over all visits, unknown included', () => {
    const modes = ['face', 'face', 'phone', 'sms', 'letter', ''];
    const s = visitStats(modes.map((mode) => ({ mode })), none);
    expect(formatPercent(s.modeShare.face)).toBe('33.3');
    expect(formatPercent(s.modeShare.phone)).toBe('16.7');
    expect(formatPercent(s.modeShare.sms)).toBe('16.7');
    expect(s.modeShare.online).toBe(0);
    expect(Object.keys(s.modeShare).sort()).toEqual(['face', 'online', 'phone', 'sms']);
  });
});

describe('visitStats: suggestions', () => {
  it('counts records with a suggestion, not blank ones', () => {
    const records: VisitLike[] = [
      { suggestions: '希望增加课后服务' },
      { suggestions: '  ' },
      { suggestions: '\u3000\n' },
      { suggestions: '' },
      {},
    ];
    expect(visitStats(records, none).suggestions).toBe(1);
  });

  it('does not count "无", "暂无意见", "/" and the like as suggestions', () => {
    const nothing = ['无', '没有', '暂无', '无意见', '没意见', '无建议', '无。', '/', '—', '——', '……', ' 无 ',
      '暂时没有', '没有意见和建议', '家长无意见', '无其他意见', '没有什么建议', '（无）', '无！', '／', 'none', 'N/A'];
    const s = visitStats(nothing.map((suggestions) => ({ suggestions })), none);
    expect(s.suggestions).toBe(0);
  });

  it('still counts a real suggestion that starts with a "nothing" word', () => {
    const real = ['无，希望多组织课外活动', '没有意见，只希望老师多关注孩子', '希望暂无作业的日子多一些', '无线网络太慢'];
    expect(visitStats(real.map((suggestions) => ({ suggestions })), none).suggestions).toBe(real.length);
  });
});

describe('visitStats: shares and flags', () => {
  const records: VisitLike[] = [
    { teacher: '甲', companions: '乙', student: '学生1', className: 'A' },
    { teacher: '丙', student: '学生2', className: 'A' },
    { teacher: '甲', student: '学生3', className: 'B' },
  ];

  it('computes shares against the totals', () => {
    const s = visitStats(records, { staffTotal: 9, studentTotal: 8 });
    expect(formatPercent(s.staffShare)).toBe('33.3');
    expect(formatPercent(s.studentShare)).toBe('37.5');
    expect(s.flags).toEqual([]);
  });

  it('gives null shares for zero, missing or invalid totals', () => {
    for (const t of [0, null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -5]) {
      const s = visitStats(records, { staffTotal: t, studentTotal: t });
      expect(s.staffShare).toBeNull();
      expect(s.studentShare).toBeNull();
    }
    const s = visitStats(records, {});
    expect([s.staffShare, s.studentShare, s.flags]).toEqual([null, null, []]);
  });

  it('flags more visited staff or students than the totals', () => {
    const s = visitStats(records, { staffTotal: 2, studentTotal: 1 });
    expect(s.flags).toEqual(['参与家访的干部教师数（3）大于干部教师总数（2）', '家访学生数（3）大于学生总数（1）']);
    expect(formatPercent(s.staffShare)).toBe('150.0');
    expect(formatPercent(s.studentShare)).toBe('300.0');
  });

  it('flags a total of zero when people were visited', () => {
    const s = visitStats(records, { staffTotal: 0, studentTotal: 3 });
    expect(s.flags).toEqual(['参与家访的干部教师数（3）大于干部教师总数（0）']);
    expect(s.studentShare).toBe(100);
  });

  it('does not flag equality', () => {
    expect(visitStats(records, { staffTotal: 3, studentTotal: 3 }).flags).toEqual([]);
  });
});

describe('visitStats: properties', () => {
  const teachers = ['张三', '李四', '王五', '赵六', '钱七', '孙八'];
  const studentsPool = ['小明', '小红', '小刚', '小丽'];
  const classes = ['1班', '2班', '3班'];
  const modes = ['face', 'phone', 'sms', 'online', 'letter', '', 'x'];
  const seps = ['、', '，', ',', ';', '；', '/', '\n'];

  function spaced(rng: ReturnType<typeof makeRng>, name: string): string {
    // Inserts invisible variation that must not change identity.
    const pad = rng.pick(['', ' ', '\u3000', '\u00a0']);
    const chars = [...name];
    const at = rng.int(0, chars.length);
    chars.splice(at, 0, rng.pick(['', ' ', '\u3000']));
    return pad + chars.join('') + rng.pick(['', ' ', '\u3000']);
  }

  function randomRecords(seed: number): { records: VisitLike[]; staff: Set<string>; students: Set<string>; faces: number } {
    const rng = makeRng(seed);
    const staff = new Set<string>();
    const students = new Set<string>();
    let faces = 0;
    const records: VisitLike[] = [];
    const n = rng.int(1, 40);
    for (let i = 0; i < n; i++) {
      const teacher = rng.pick(teachers);
      staff.add(teacher);
      const comps = Array.from({ length: rng.int(0, 3) }, () => rng.pick(teachers));
      comps.forEach((c) => staff.add(c));
      const hasStudent = rng.next() < 0.9;
      const student = rng.pick(studentsPool);
      const className = rng.pick(classes);
      if (hasStudent) students.add(`${student}@${className}`);
      const mode = rng.pick(modes);
      if (mode === 'face') faces++;
      records.push({
        teacher: spaced(rng, teacher),
        companions: comps.map((c) => spaced(rng, c)).join(rng.pick(seps)),
        student: hasStudent ? spaced(rng, student) : rng.pick(['', ' ', '\u3000']),
        className: spaced(rng, className),
        mode,
      });
    }
    return { records, staff, students, faces };
  }

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('matches an independent count and ignores order (seed %i)', (seed) => {
    const { records, staff, students, faces } = randomRecords(seed);
    const s = visitStats(records, { staffTotal: staff.size, studentTotal: 10 });
    expect(s.staffVisited).toBe(staff.size);
    expect(s.studentsVisited).toBe(students.size);
    expect(s.byMode.face).toBe(faces);
    expect(s.staffShare).toBe(100);
    expect(s.flags.some((f) => f.startsWith('参与家访的干部教师数'))).toBe(false);

    const again = visitStats(shuffle(makeRng(seed + 1000), records), { staffTotal: staff.size, studentTotal: 10 });
    expect(again).toEqual(s);
  });

  it('flags exactly when visited exceeds total (property)', () => {
    for (let seed = 50; seed < 80; seed++) {
      const { records, staff } = randomRecords(seed);
      const total = makeRng(seed).int(0, teachers.length);
      const s = visitStats(records, { staffTotal: total });
      expect(s.flags.length).toBe(staff.size > total ? 1 : 0);
    }
  });
});
