package org.qunfang.organization.bodies;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.qunfang.organization.OrganizationType;

/** A prevention organization being set up in a village (a joint patrol may add neighboring villages). */
public record NewOrganization(@NotNull(message = "{validation.village.required}") Long villageId,
		@NotNull(message = "{validation.org-type.required}") OrganizationType type,
		@NotBlank(message = "{validation.name.required}") @Size(max = 100, message = "{validation.name.size}") String name,
		@NotNull(message = "{validation.date.required}") @PastOrPresent(message = "{validation.date.past}") LocalDate establishedOn,
		List<Long> jointVillageIds) {
}
