package org.qunfang.organization.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One row of an uploaded register as read and checked, before anything is written. */
final class StagedRow {

	int rowNo;
	String groupCode;
	String groupName;
	String householdNo;
	String address;
	String category;
	String name;
	String idCipher;
	String idIndex;
	String gender;
	LocalDate birthDate;
	String phoneCipher;
	String phoneIndex;
	String relation;
	String education;
	String health;
	Boolean criminalRecord;
	final List<String> errors = new ArrayList<>();

	String errorText() {
		String joined = String.join(";", errors);
		return joined.isEmpty() ? null : joined.length() > 1000 ? joined.substring(0, 1000) : joined;
	}
}
