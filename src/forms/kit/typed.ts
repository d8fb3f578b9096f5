// What the compiler checks in a definition: its keys, `rows` paths, `{key}` templates and value types.
// Types only, and two identities (fieldsOf, paperOf): nothing here computes. defineForm (define.ts) infers a definition's fields as
// literal types and checks everything that names a key against them, so a misspelt key in a
// section, a list, the register, a paper cell or a report is a compile error, not an empty
// cell on paper. A key computed at run time (`string`) checks nothing: such a form keeps
// working, it only loses the check where its keys are not literals.
import type { Field, FieldKind, RowItem } from './field';
import type { PaperCell, PaperLayout, PaperLine } from './paper';
import type { z } from './zod';

/** The stored value of each kind, as its draft schema (kinds.ts) reads it. */
export interface KindValues {
  text: string;
  textarea: string;
  phone: string;
  date: string;
  idcard: string;
  int: number | null;
  percent: number | null;
  flag: boolean;
  choice: string;
  multi: string[];
  rows: RowItem[];
  table: RowItem[];
}
export type ValueOf<K extends FieldKind> = KindValues[K];

export type Fields = readonly Field[];
/** The keys of the fields (`string` when one of them is computed). */
export type KeyOf<F extends Fields> = Extract<F[number]['key'], string>;
/** The keys of the `rows` fields. */
export type RowsKeyOf<F extends Fields> = Extract<Extract<F[number], { kind: 'rows' }>['key'], string>;
/** The column keys of the `rows` field `R`. */
export type ColumnOf<F extends Fields, R extends string> =
  F[number] extends infer Fd ? Fd extends { kind: 'rows'; key: infer K; columns: readonly { key: infer C }[] }
    ? R extends K ? C : never : never : never;
/** `{field.2.column}`: a cell of a `rows` or `table` field. */
export type RowPathOf<F extends Fields> =
  F[number] extends infer Fd ? Fd extends { kind: 'rows' | 'table'; key: infer K extends string; columns: readonly { key: infer C extends string }[] }
    ? `${K}.${number}.${C}` : never : never;

/**
 * An entry's stored data, key by key: what the draft schema gives. Every key is optional (a
 * draft may lack any); `derived: 'auto'` fields are never stored.
 */
export type DraftOf<F extends Fields> = {
  [Fd in F[number] as Fd extends { derived: 'auto' } ? never : Fd['key']]?: ValueOf<Fd['kind']>;
};

/** An entry's stored data as the form's draft schema reads it: `DataOf<typeof visitRecord>`. */
export type DataOf<D extends { draftSchema: z.ZodMiniType }> = z.output<D['draftSchema']>;

/** The placeholders of a template: `'{a} and {b.c}'` -> `'a' | 'b.c'`. */
export type Placeholders<T extends string> = T extends `${string}{${infer K}}${infer Rest}` ? K | Placeholders<Rest> : never;

/**
 * A template as written when every placeholder is one of `Ok`; otherwise it carries the
 * unknown one, which the literal cannot satisfy, so the compiler names it. A text built at
 * run time (`string`, or a literal with a `${string}` hole) is not checked.
 */
export type CheckedTemplate<T, Ok extends string> = T extends string
  ? string extends T ? T
  : [Exclude<Placeholders<T>, Ok>] extends [never] ? T
  : string extends Exclude<Placeholders<T>, Ok> ? T
  : T & { readonly 'unknown placeholder': Exclude<Placeholders<T>, Ok> }
  : T;

/** A key that must be one of `Ok`, with the same message as a template's. */
type CheckedKey<T, Ok extends string, Why extends string> =
  string extends T ? T : T extends Ok ? T : T & { readonly [P in Why]: T };

/** `{field.column}` in a row that repeats the `rows` field `field`. */
type RepeatTokens<F extends Fields, R> = R extends { repeat: infer K extends string } ? `${K}.${ColumnOf<F, K>}` : never;

type CheckedLine<L, Ok extends string> = { [P in keyof L]: P extends 't' | 'right' ? CheckedTemplate<L[P], Ok> : L[P] };
type CheckedCells<C, Ok extends string> = { [I in keyof C]: { [P in keyof C[I]]: P extends 't' ? CheckedTemplate<C[I][P], Ok> : C[I][P] } };
type CheckedRow<R, F extends Fields, Ok extends string> = {
  [P in keyof R]: P extends 'cells' ? CheckedCells<R[P], Ok | RepeatTokens<F, R>>
    : P extends 'repeat' ? CheckedKey<R[P], RowsKeyOf<F>, 'not a rows field'>
    : R[P];
};

/** What may fill a `{key}` of the paper: a field, a paper value, a `rows` cell, the row number. */
export type PaperTokens<F extends Fields, V extends string> = KeyOf<F> | V | RowPathOf<F> | '#';

// Each array is mapped by an alias of its own (`{ [I in keyof T]: … }` with T a type
// parameter), so that a tuple with a spread in it (`[...rows, last]`) stays a tuple and each
// of its literal rows is checked, rather than widened to a union of every row.
type CheckedLines<T, Ok extends string> = { [I in keyof T]: CheckedLine<T[I], Ok> };
type CheckedRows<T, F extends Fields, Ok extends string> = { [I in keyof T]: CheckedRow<T[I], F, Ok> };
type CheckedStep<S, Ok extends string> = { [Q in keyof S]: Q extends 'template' ? CheckedTemplate<S[Q], Ok | 'now'> : S[Q] };
type CheckedSteps<T, Ok extends string> = { [I in keyof T]: CheckedStep<T[I], Ok> };

/** The paper with every literal template and `repeat` checked against the form's keys. */
export type CheckedPaper<L extends PaperLayout, F extends Fields, Ok extends string> = {
  [P in keyof L]: P extends 'head' | 'foot' ? CheckedLines<L[P], Ok>
    : P extends 'rows' ? CheckedRows<L[P], F, Ok>
    : L[P];
};

/** Timed reports with their templates checked: fields, paper values and `{now}`. */
export type CheckedReports<R, Ok extends string> = { [P in keyof R]: P extends 'steps' ? CheckedSteps<R[P], Ok> : R[P] };

/** A `rows` field whose `keyColumn` is one of its columns. */
export type CheckedFields<F extends Fields> = {
  [I in keyof F]: F[I] extends { kind: 'rows'; keyColumn: infer K; columns: readonly { key: infer C extends string }[] }
    ? { [P in keyof F[I]]: P extends 'keyColumn' ? CheckedKey<K, C, 'not a column'> : F[I][P] }
    : F[I];
};

/**
 * A cell or line made by a form's small helper (`centred('{total}')`) keeps its literal text,
 * so the template is checked where the helper's result is placed in the paper.
 */
export type CellOf<T extends string> = PaperCell & { t: T };
export type LineOf<T extends string> = PaperLine & { t: T };
/** Everything of a cell but its text, for such helpers. */
export type CellOptions = Omit<PaperCell, 't'>;

/**
 * A paper declared apart from its defineForm call, with its texts kept as literals so that
 * defineForm checks them (`export const PAPER = paperOf({ … })`). Returns its argument.
 */
export const paperOf = <const L extends PaperLayout>(layout: L): L => layout;

/** Fields declared apart from their defineForm call, keys kept as literals. Returns its argument. */
export const fieldsOf = <const F extends Fields>(fields: F): F => fields;
