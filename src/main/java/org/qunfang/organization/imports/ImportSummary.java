package org.qunfang.organization.imports;

import java.time.Instant;

/** Where an import stands: its file, its state, and how many rows are new, unchanged, changed or wrong. */
public record ImportSummary(long id, long villageId, String fileName, String status, int totalRows, long newRows,
		long unchangedRows, long changedRows, long errorRows, Instant createdAt, Instant appliedAt) {

	public boolean applicable() {
		return status.equals("CHECKED") && errorRows == 0 && totalRows > 0;
	}
}
