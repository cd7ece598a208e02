package org.qunfang.organization.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.qunfang.organization.HouseholdCategory;

/** A household entered by hand (a register import makes many at once). */
public record NewHousehold(@NotNull(message = "{validation.village.required}") Long villageId, Long groupId,
		@NotBlank(message = "{validation.household-no.required}") @Size(max = 40, message = "{validation.household-no.size}") String householdNo,
		@Size(max = 200, message = "{validation.address.size}") String address,
		@NotNull(message = "{validation.category.required}") HouseholdCategory category) {
}
