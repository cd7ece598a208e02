package org.qunfang.organization.imports;

import java.util.List;

/** A row of an import as the preview shows it: its place in the file, what it says, and its errors. */
public record ImportRowView(int rowNo, String householdNo, String name, String outcome, List<String> errors) {
}
