package org.qunfang.organization.bodies;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.qunfang.organization.Remuneration;

/**
 * An appointment to make: who, to which post, how paid, from when; and, when the person fails a check,
 * the reason for overriding it (only a caller with the permission may give one).
 */
public record NewAppointment(@NotNull(message = "{validation.resident.required}") Long residentId,
		@NotBlank(message = "{validation.post.required}") String postCode,
		@NotNull(message = "{validation.remuneration.required}") Remuneration remuneration,
		@NotNull(message = "{validation.date.required}") LocalDate startDate,
		@Size(max = 500, message = "{validation.reason.size}") String overrideReason) {
}
