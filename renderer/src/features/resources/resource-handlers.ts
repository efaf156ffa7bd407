/**
 * The community-resource directory, on the vault's side (runs in the vault worker). The entries
 * belong to no one person; each is sealed like every other record. An agency's CSV list comes in
 * and goes out as text: the files themselves are opened and saved by the main process.
 */
import { ResourceFields, resourcesFromCsv, resourcesToCsv, type CsvRowProblem, type ResourceInput } from '@shared/records/resource';
import { mergeImportedResource, sameResource } from '@shared/records/resource-directory';
import type { Vault } from '../../vault/vault';
import { RecordNotFoundError } from '../../vault/errors';
import { parseOrExplain } from '../documents/document-handlers';

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
export async function listResources(vault: Vault): Promise<Resource[]> {
  const records = await vault.listRecords('resource');
  return records
    .map(({ id, rev, body }) => ({ id, rev, fields: ResourceFields.parse(body.fields) }))
    .sort((a, b) => a.fields.name.localeCompare(b.fields.name, undefined, { sensitivity: 'base' }));
}

/** The directory entry with this id: no other kind of record is changed or removed through it. */
export async function requireResource(vault: Vault, id: string): Promise<Resource> {
  const record = await vault.getRecord(id);
  if (!record || record.body.kind !== 'resource') throw new RecordNotFoundError('That resource');
  return { id, rev: record.rev, fields: ResourceFields.parse(record.body.fields) };
}

export function resourceHandlers(vault: Vault) {
  return {
    'resources.list': (): Promise<Resource[]> => listResources(vault),

    'resources.save': async ({ id, fields }: { id: string | null; fields: ResourceInput }): Promise<Resource> => {
      const parsed = parseOrExplain(ResourceFields, fields);
      if (id) await requireResource(vault, id);
      const record = await vault.saveRecord({
        id,
        kind: 'resource',
        changes: parsed,
        audit: { summary: id ? 'Resource updated' : 'Resource added to the directory' },
      });
      return { id: record.id, rev: record.rev, fields: parsed };
    },

    'resources.remove': async ({ id }: { id: string }): Promise<void> => {
      await requireResource(vault, id);
      await vault.deleteRecord(id, { summary: 'Resource removed from the directory' });
    },

    /**
     * Reads an agency's list: new places are added, a place already in the directory (same name
     * and address) is brought up to date, and each row that could not be read is reported by its
     * row number while the others still come in.
     */
    'resources.import': async ({ csv }: { csv: string }): Promise<ResourceImport> => {
      const { resources, problems } = resourcesFromCsv(csv);
      const directory = await listResources(vault);
      const result: ResourceImport = { added: 0, updated: 0, unchanged: 0, problems };
      for (const imported of resources) {
        const known = directory.find((entry) => sameResource(entry.fields, imported));
        const fields = known ? mergeImportedResource(known.fields, imported) : imported;
        const record = await vault.saveRecord({
          id: known?.id ?? null,
          kind: 'resource',
          changes: fields,
          audit: { summary: known ? 'Resource updated from an imported list' : 'Resource added from an imported list' },
        });
        if (!known) result.added += 1;
        else if (record.rev !== known.rev) result.updated += 1;
        else result.unchanged += 1;
        // A place listed twice in one file is one entry, brought up to date by its later row.
        if (known) Object.assign(known, { rev: record.rev, fields });
        else directory.push({ id: record.id, rev: record.rev, fields });
      }
      return result;
    },

    /** The directory as a CSV list in the same columns an import reads. */
    'resources.export': async (): Promise<string> => resourcesToCsv((await listResources(vault)).map(({ fields }) => fields)),
  };
}
