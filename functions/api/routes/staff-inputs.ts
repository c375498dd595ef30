import * as z from 'zod/mini';
import { applicationStates } from '../../domain/application/states.ts';
import { programmeIds } from '../../domain/policy/programmes.ts';

/**
 * What the staff routes read from a query or a body: one schema for the routes
 * (staff.ts) and their contract (staff-docs.ts), in a module of its own so the staff
 * function does not bundle the documentation.
 */
export const townshipCode = z.string().check(z.regex(/^\d{12}$/));

export const queueQuery = z.strictObject({
  township: z.optional(townshipCode),
  view: z._default(z.enum(['open', 'closed']), 'open'),
  status: z.optional(z.enum(applicationStates)),
  programme: z.optional(z.enum(programmeIds)),
  cursor: z.optional(z.string().check(z.maxLength(600))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
});
export const scopeQuery = z.strictObject({ township: z.optional(townshipCode) });
export const reviewQuery = z.strictObject({
  township: z.optional(townshipCode),
  programme: z.optional(z.enum(programmeIds)),
});
/**
 * `version` is the application's as the console read it. A decision on one line also
 * names the `programme` and may send that line's `lineVersion`: then only a change to
 * that line is a conflict, and a decision made meanwhile on another line is kept.
 */
export const actionBody = z.strictObject({
  version: z.number().check(z.int(), z.minimum(1)),
  programme: z.optional(z.enum(programmeIds)),
  lineVersion: z.optional(z.number().check(z.int(), z.minimum(1))),
  input: z._default(z.record(z.string(), z.unknown()), {}),
});
