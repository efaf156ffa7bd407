/**
 * The community-resource directory, on the vault's side (runs in the vault worker). The entries
 * belong to no one person; each is sealed like every other record. An agency's CSV list comes in
 * and goes out as text: the files themselves are opened and saved by the main process.
 */
import { say } from '@shared/messages';
import { ResourceFields, resourcesFromCsv, resourcesToCsv, type CsvRowProblem, type ResourceInput } from '@shared/records/resource';
import { mergeImportedResource, sameResource } from '@shared/records/resource-directory';
import type { Vault } from '../../../vault/vault';
import type { RecordStore } from '../../../vault/record-store';
import { parseOrExplain } from '../../../vault/parse-input';

export interface Resource {
  id: string;
  rev: string;
  fields: ResourceFields;
}

/** What importing a list did: rows added, entries brought up to date, rows the directory already had, rows it could not read. */
export interface ResourceImport {
  added: number;
  updated: number;
  unchanged: number;
  problems: CsvRowProblem[];
}

/** The whole directory, by name. */
export async function listResources(records: RecordStore): Promise<Resource[]> {
  return (await records.list('resource'))
    .map(({ id, rev, fields }) => ({ id, rev, fields }))
    .sort((a, b) => a.fields.name.localeCompare(b.fields.name, undefined, { sensitivity: 'base' }));
}

export function resourceHandlers({ records }: Pick<Vault, 'records'>) {
  return {
    'resources.list': (): Promise<Resource[]> => listResources(records),

    'resources.save': ({ id, fields }: { id: string | null; fields: ResourceInput }): Promise<Resource> =>
      records.write(async (tx) => {
        const parsed = parseOrExplain(ResourceFields, fields);
        if (id) await tx.require('resource', id, 'notFound.resource');
        const note = say(id ? 'history.resource.updated' : 'history.resource.addedToDirectory');
        const record = await tx.save({ id, kind: 'resource', changes: parsed, history: { note } });
        return { id: record.id, rev: record.rev, fields: parsed };
      }),

    'resources.remove': ({ id }: { id: string }): Promise<void> =>
      records.write(async (tx) => {
        await tx.require('resource', id, 'notFound.resource');
        await tx.remove('resource', id, { note: say('history.resource.removedFromDirectory') });
      }),

    /**
     * Reads an agency's list: new places are added, a place already in the directory (same name
     * and address) is brought up to date, and each row that could not be read is reported by its
     * row number while the others still come in. The whole list is one unit of work: all of it
     * comes in, or (a full disk) none of it.
     */
    'resources.import': ({ csv }: { csv: string }): Promise<ResourceImport> =>
      records.write(async (tx) => {
        const { resources, problems } = resourcesFromCsv(csv);
        const directory = await listResources(records);
        const result: ResourceImport = { added: 0, updated: 0, unchanged: 0, problems };
        for (const imported of resources) {
          const known = directory.find((entry) => sameResource(entry.fields, imported));
          const fields = known ? mergeImportedResource(known.fields, imported) : imported;
          const note = say(known ? 'history.resource.updatedFromList' : 'history.resource.addedFromList');
          const record = await tx.save({ id: known?.id ?? null, kind: 'resource', changes: fields, history: { note } });
          if (!known) result.added += 1;
          else if (record.rev !== known.rev) result.updated += 1;
          else result.unchanged += 1;
          // A place listed twice in one file is one entry, brought up to date by its later row.
          if (known) Object.assign(known, { rev: record.rev, fields });
          else directory.push({ id: record.id, rev: record.rev, fields });
        }
        return result;
      }),

    /** The directory as a CSV list in the same columns an import reads. */
    'resources.export': async (): Promise<string> => resourcesToCsv((await listResources(records)).map(({ fields }) => fields)),
  };
}
