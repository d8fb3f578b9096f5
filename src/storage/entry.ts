import { z } from '../forms/kit/zod';
import type { EntryData } from '../forms/kit/field';

export type EntryStatus = 'draft' | 'complete';

/** The envelope every saved entry has, whatever its form. `data` is checked by the form. */
export const entryEnvelope = z.object({
  id: z.uuid(),
  formId: z.string().check(z.minLength(1)),
  formVersion: z.int().check(z.positive()),
  createdAt: z.number(),
  updatedAt: z.number(),
  status: z.enum(['draft', 'complete']),
  data: z.record(z.string(), z.unknown()),
  /** Soft delete, so that 撤销 can bring the entry back. */
  deletedAt: z.optional(z.number()),
  /**
   * Content hash of the version this device and a file last agreed on (set when an import
   * writes the entry). Lets a later import tell "edited here since" from "edited there".
   */
  base: z.optional(z.string().check(z.maxLength(64))),
});

export type Entry = Omit<z.infer<typeof entryEnvelope>, 'data'> & { data: EntryData };
