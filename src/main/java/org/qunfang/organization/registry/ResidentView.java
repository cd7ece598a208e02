package org.qunfang.organization.registry;

import java.time.LocalDate;

import org.qunfang.organization.Education;
import org.qunfang.organization.Gender;
import org.qunfang.organization.Health;
import org.qunfang.organization.Relation;

/** A resident as registers show them: ID and phone masked. */
public record ResidentView(long id, long householdId, String householdNo, long villageId, String name, Gender gender,
		LocalDate birthDate, int age, String idMasked, String phoneMasked, Relation relation, Education education,
		Health health, boolean criminalRecord, String note) {
}
