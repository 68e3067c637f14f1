import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../lib/db/schema-versions';

// The checks are the typecheck's: each `@ts-expect-error` fails `tsc` if its schema is accepted.
describe('schemaVersion', () => {
  it.each([
    // @ts-expect-error attachedOn is no field of Resource
    () => schemaVersion({ version: 9, stores: { resources: 'id, attachedOn' } }),
    // @ts-expect-error key is a field of Project, not of Resource
    () => schemaVersion({ version: 9, stores: { resources: 'id, [projectId+key]' } }),
    // @ts-expect-error the database has no table named notes
    () => schemaVersion({ version: 9, stores: { notes: 'id' } }),
  ])(
    'refuses, in the typecheck, an index or table the entity types do not have (%#)',
    (declare) => {
      expect(declare().version).toBe(9);
    },
  );

  it('accepts indexes on fields of the entity: plain, unique, compound', () => {
    const schema = schemaVersion({
      version: 9,
      stores: { resources: 'id, projectId, &[projectId+url]', sessions: 'projectId' },
    });
    expect(Object.keys(schema.stores)).toEqual(['resources', 'sessions']);
  });
});
