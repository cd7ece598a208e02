package org.qunfang.organization.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.qunfang.organization.Education;
import org.qunfang.organization.Health;
import org.qunfang.organization.Relation;

/**
 * A resident entered by hand into a household. Gender and birth date come from the ID number; an
 * unstated criminal record means none.
 */
public record NewResident(
		@NotBlank(message = "{validation.name.required}") @Size(max = 60, message = "{validation.name.size}") String name,
		@NotBlank(message = "{validation.id-number.required}") String idNumber,
		@Pattern(regexp = "(1[3-9][0-9]{9})?", message = "{validation.phone.pattern}") String phone,
		@NotNull(message = "{validation.relation.required}") Relation relation,
		@NotNull(message = "{validation.education.required}") Education education,
		@NotNull(message = "{validation.health.required}") Health health, Boolean criminalRecord,
		@Size(max = 200, message = "{validation.note.size}") String note) {
}
