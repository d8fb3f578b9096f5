import { z } from '../forms/kit/zod';
import type { EntryData } from '../forms/kit/field';

export type EntryStatus = 'draft' | 'complete';

/** The envelope every saved entry has, whatever its form. `data` is checked by the form. */
export const entryEnvelope = z.object({
  id: z.string().uuid(),
  formId: z.string().min(1),
  formVersion: z.number().int().positive(),
  createdAt: z.number(),
  updatedAt: z.number(),
  status: z.enum(['draft', 'complete']),
  data: z.record(z.string(), z.unknown()),
  /** Soft delete, so that 撤销 can bring the entry back. */
  deletedAt: z.number().optional(),
  /**
   * Content hash of the version this device and a file last agreed on (set when an import
   * writes the entry). Lets a later import tell "edited here since" from "edited there".
   */
  base: z.string().max(64).optional(),
});

export type Entry = Omit<z.infer<typeof entryEnvelope>, 'data'> & { data: EntryData };
