import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/client";
import {
  consultationMeetings,
  consultationOptions,
  consultations,
  consultationTallies,
  dossierEvents,
  dossiers,
  petitionEvents,
  receptionEntries,
  receptionRecords,
  taskEvents,
} from "../../db/schema";

/** How a column holds file ids: one id, a JSON array of ids, or a JSON array of documents with `fileIds`. */
export type FileHolding = "id" | "ids" | "documents";

export type FileReference = { table: PgTable; column: AnyPgColumn; holds: FileHolding };

/**
 * Every place a file id is stored. Files have no foreign key (ids sit in JSON arrays), so this list is
 * what "attached to a record" means for the sweep of unfiled uploads: a column missing here would get
 * its files deleted. references.test.ts fails when a schema column that looks like it holds files is
 * neither listed here nor in NOT_FILE_COLUMNS.
 */
export const FILE_REFERENCES: readonly FileReference[] = [
  { table: petitionEvents, column: petitionEvents.fileIds, holds: "ids" },
  { table: dossiers, column: dossiers.documents, holds: "documents" },
  { table: dossierEvents, column: dossierEvents.fileIds, holds: "ids" },
  { table: taskEvents, column: taskEvents.fileIds, holds: "ids" },
  { table: receptionEntries, column: receptionEntries.appointmentFileId, holds: "id" },
  { table: receptionEntries, column: receptionEntries.refusalNoticeFileId, holds: "id" },
  { table: receptionEntries, column: receptionEntries.attachments, holds: "ids" },
  { table: receptionRecords, column: receptionRecords.fileIds, holds: "ids" },
  { table: consultations, column: consultations.fileIds, holds: "ids" },
  { table: consultationOptions, column: consultationOptions.fileIds, holds: "ids" },
  { table: consultationTallies, column: consultationTallies.fileIds, holds: "ids" },
  { table: consultationMeetings, column: consultationMeetings.fileIds, holds: "ids" },
];

/** `table.column` (SQL names) whose names look like file columns but hold no file id, and why. */
export const NOT_FILE_COLUMNS: Readonly<Record<string, string>> = {
  "onestop_procedures.documents": "the catalogue's list of papers to bring, no uploads",
  "onestop_procedures.result_document": "the name of the paper the procedure ends with",
  "onestop_dossiers.filed_date": "the day a dossier was filed",
  "onestop_dossiers.filed_by": "the officer who filed it",
  "petitions.source_document_no": "the number of a forwarding agency's letter",
  "petitions.has_original_documents": "a yes/no on paper originals",
  "tasks.evidence_summary": "free text",
};

function usesIn(ref: FileReference): SQL {
  const col = ref.column;
  switch (ref.holds) {
    case "id":
      return sql`SELECT ${col} AS id FROM ${ref.table} WHERE ${col} IN (SELECT id FROM wanted)`;
    case "ids":
      return sql`SELECT x.id FROM ${ref.table} CROSS JOIN LATERAL jsonb_array_elements_text(${col}) AS x(id)
                 WHERE x.id IN (SELECT id FROM wanted)`;
    case "documents":
      return sql`SELECT x.id FROM ${ref.table} CROSS JOIN LATERAL jsonb_array_elements(${col}) AS d(doc)
                 CROSS JOIN LATERAL jsonb_array_elements_text(COALESCE(d.doc->'fileIds', '[]'::jsonb)) AS x(id)
                 WHERE x.id IN (SELECT id FROM wanted)`;
  }
}

/** Which of these file ids some record refers to; one query over every place of FILE_REFERENCES. */
export async function referencedAmong(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const rows = await queryRows<{ id: string }>(
    db,
    sql`WITH wanted AS (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) AS id)
        SELECT DISTINCT r.id FROM (${sql.join(FILE_REFERENCES.map(usesIn), sql` UNION ALL `)}) AS r`,
  );
  return new Set(rows.map((r) => r.id));
}
