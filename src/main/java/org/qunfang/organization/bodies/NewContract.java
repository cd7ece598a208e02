package org.qunfang.organization.bodies;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A security contract (治安承包合同): who contracts (residents of the village), the area (village groups
 * and/or named places), the period, duties, rights and interests, the fee in fen and when it is paid,
 * and the patrols per week the contractor owes.
 */
public record NewContract(@NotBlank(message = "{validation.contract-no.required}") @Size(max = 40) String contractNo,
		@NotEmpty(message = "{validation.contractors.required}") List<Long> contractorIds, List<Long> groupIds,
		@NotBlank(message = "{validation.area.required}") @Size(max = 300) String area,
		@NotNull(message = "{validation.date.required}") LocalDate periodStart,
		@NotNull(message = "{validation.date.required}") LocalDate periodEnd,
		@NotBlank(message = "{validation.duties.required}") @Size(max = 2000) String duties,
		@NotBlank(message = "{validation.rights.required}") @Size(max = 2000) String rights,
		@NotNull @Min(value = 0, message = "{validation.fee.min}") Long feeFen,
		@NotNull @Min(value = 0, message = "{validation.patrols.min}") Integer patrolsPerWeek,
		List<Payment> payments) {

	/** An instalment of the fee. */
	public record Payment(@NotNull LocalDate dueOn, @NotNull @Min(0) Long amountFen) {
	}
}
