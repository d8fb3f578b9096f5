// 三比对 (notice 三（七）) and 人籍一致 (附件2-2 Ⅴ类⑤): pure arithmetic on five counts.
// A count not yet known is null, and so is every result that needs it: a half-filled
// form never shows a difference that is only the absence of a number.

export interface EnrolmentCounts {
  /** 学籍系统人数: pupils on the roll in the national 学籍 system. */
  registry: number | null;
  /** 上学期在校人数. */
  lastTerm: number | null;
  /** 本学期入学报到人数: pupils present this term, the identity's 在校生人数. */
  enrolled: number | null;
  /** 籍在人不在人数: on the roll, not in school. */
  absentOnRoll: number | null;
  /** 人在籍不在人数: in school, not on the roll. */
  presentOffRoll: number | null;
}

const known = (...xs: (number | null)[]): boolean => xs.every((x) => typeof x === 'number' && Number.isFinite(x));

export interface IdentityCheck {
  /** 在校生人数 + 籍在人不在人数 - 人在籍不在人数: what the roll should hold. */
  expected: number | null;
  /** 学籍系统人数 - expected; 0 when 人籍一致. */
  diff: number | null;
}

/** 学籍人数 = 在校生人数 + 籍在人不在人数 - 人在籍不在人数. */
export function identityCheck(c: EnrolmentCounts): IdentityCheck {
  const { registry, enrolled, absentOnRoll, presentOffRoll } = c;
  const expected = known(enrolled, absentOnRoll, presentOffRoll) ? enrolled! + absentOnRoll! - presentOffRoll! : null;
  const diff = expected != null && known(registry) ? registry! - expected : null;
  return { expected, diff };
}

export interface ThreeWay {
  /** 学籍系统人数 - 上学期在校人数. */
  registryVsLastTerm: number | null;
  /** 学籍系统人数 - 本学期入学报到人数. */
  registryVsEnrolled: number | null;
  /** 本学期入学报到人数 - 上学期在校人数. */
  enrolledVsLastTerm: number | null;
}

/** The three pairwise differences of 三比对; all 0 when the three counts agree. */
export function threeWay(c: EnrolmentCounts): ThreeWay {
  const d = (a: number | null, b: number | null) => (known(a, b) ? a! - b! : null);
  return {
    registryVsLastTerm: d(c.registry, c.lastTerm),
    registryVsEnrolled: d(c.registry, c.enrolled),
    enrolledVsLastTerm: d(c.enrolled, c.lastTerm),
  };
}

/** +3 / -2 / 0: a difference as people write it. */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `-${-n}` : '0');
