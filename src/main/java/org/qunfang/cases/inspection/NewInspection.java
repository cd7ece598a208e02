package org.qunfang.cases.inspection;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An inspection as it is recorded: the place in a village, the day, who inspected, the checklist
 * template and the answer to each of its items. {@code responsible} and {@code deadline} apply to every
 * hazard found unless an answer gives its own; without a deadline a hazard gets the county's default
 * number of days after the inspection.
 *
 * @param groupId the village group (村民小组) the place lies in, if given
 */
public record NewInspection(@NotNull Long villageId, @NotNull Long templateId, @NotBlank @Size(max = 200) String placeName,
		Long groupId, @NotNull LocalDate inspectedOn, @NotBlank @Size(max = 200) String inspectors,
		@Size(max = 100) String responsible, LocalDate deadline, @NotEmpty @Valid List<Answer> answers) {

	/**
	 * The result of one item: passed or not, a note, and for a failed item optionally its own hazard
	 * description, responsible party and deadline.
	 */
	public record Answer(@NotNull Long itemId, @NotNull Boolean passed, @Size(max = 500) String note,
			@Size(max = 1000) String hazard, @Size(max = 100) String responsible, LocalDate deadline) {

		public static Answer of(long itemId, boolean passed, String note) {
			return new Answer(itemId, passed, note, null, null, null);
		}
	}
}
