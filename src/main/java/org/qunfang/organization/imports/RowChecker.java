package org.qunfang.organization.imports;

import java.time.LocalDate;
import java.util.Map;

import org.qunfang.organization.ResidentIdNumber;
import org.qunfang.organization.imports.RegisterColumns.Column;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.crypto.PersonalDataCipher;
import org.qunfang.platform.tabular.TabularRow;
import org.springframework.stereotype.Component;

/** Reads one row of a register file into a {@link StagedRow}, naming every problem it finds in the row. */
@Component
class RowChecker {

	private final RegisterColumns columns;
	private final PersonalDataCipher cipher;

	RowChecker(RegisterColumns columns, PersonalDataCipher cipher) {
		this.columns = columns;
		this.cipher = cipher;
	}

	StagedRow check(TabularRow row, Map<Integer, Column> header, LocalDate today) {
		StagedRow staged = new StagedRow();
		staged.rowNo = row.number();
		Map<Column, String> cells = new java.util.EnumMap<>(Column.class);
		header.forEach((position, column) -> cells.put(column, row.cell(position).strip()));
		for (Column column : Column.values()) {
			if (column.required() && cells.getOrDefault(column, "").isEmpty()) {
				staged.errors.add("error.import.missing." + column.name());
			}
		}
		staged.groupCode = limit(cells.get(Column.GROUP_CODE), 20, staged, Column.GROUP_CODE);
		staged.groupName = limit(cells.get(Column.GROUP_NAME), 100, staged, Column.GROUP_NAME);
		if (staged.groupName != null && staged.groupCode == null) {
			staged.groupCode = staged.groupName.length() > 20 ? staged.groupName.substring(0, 20) : staged.groupName;
		}
		staged.householdNo = limit(cells.get(Column.HOUSEHOLD_NO), 40, staged, Column.HOUSEHOLD_NO);
		staged.address = limit(cells.get(Column.ADDRESS), 200, staged, Column.ADDRESS);
		staged.name = limit(cells.get(Column.NAME), 60, staged, Column.NAME);
		columns.category(cells.getOrDefault(Column.CATEGORY, "")).ifPresentOrElse(c -> staged.category = c.name(),
				() -> staged.errors.add("error.import.invalid.CATEGORY"));
		String relation = cells.getOrDefault(Column.RELATION, "");
		if (!relation.isEmpty()) {
			columns.relation(relation).ifPresentOrElse(r -> staged.relation = r.name(),
					() -> staged.errors.add("error.import.invalid.RELATION"));
		}
		columns.education(cells.getOrDefault(Column.EDUCATION, "")).ifPresentOrElse(e -> staged.education = e.name(),
				() -> staged.errors.add("error.import.invalid.EDUCATION"));
		columns.health(cells.getOrDefault(Column.HEALTH, "")).ifPresentOrElse(h -> staged.health = h.name(),
				() -> staged.errors.add("error.import.invalid.HEALTH"));
		columns.yesNo(cells.getOrDefault(Column.CRIMINAL_RECORD, "")).ifPresentOrElse(b -> staged.criminalRecord = b,
				() -> staged.errors.add("error.import.invalid.CRIMINAL_RECORD"));
		String id = cells.getOrDefault(Column.ID_NUMBER, "");
		if (!id.isEmpty()) {
			try {
				ResidentIdNumber number = ResidentIdNumber.parse(id, today);
				staged.idCipher = cipher.encrypt(number.value());
				staged.idIndex = cipher.blindIndex(number.value());
				staged.gender = number.gender().name();
				staged.birthDate = number.birthDate();
			}
			catch (DomainException wrong) {
				staged.errors.add(wrong.messageKey());
			}
		}
		String phone = cells.getOrDefault(Column.PHONE, "").replaceAll("[\\s-]", "");
		if (!phone.isEmpty()) {
			if (phone.matches("1[3-9][0-9]{9}")) {
				staged.phoneCipher = cipher.encrypt(phone);
				staged.phoneIndex = cipher.blindIndex(phone);
			}
			else {
				staged.errors.add("error.import.invalid.PHONE");
			}
		}
		return staged;
	}

	private static String limit(String value, int max, StagedRow staged, Column column) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (value.length() > max) {
			staged.errors.add("error.import.too-long." + column.name());
			return value.substring(0, max);
		}
		return value;
	}
}
