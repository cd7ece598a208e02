package org.qunfang.patrol.web.api;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.qunfang.identity.Caller;
import org.qunfang.patrol.schedule.Availability;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Members' availability for rosters: weekly times and leave. */
@ApiController
@Tag(name = "patrol")
class AvailabilityApi {

	/** A weekly time (weekday, optional hours) or, with dates, leave. */
	record NewEntry(@NotNull Long residentId, DayOfWeek weekday, LocalTime fromTime, LocalTime toTime, LocalDate fromDate,
			LocalDate toDate, String reason, Boolean preference) {
	}

	record Created(long id) {
	}

	private final Availability availability;

	AvailabilityApi(Availability availability) {
		this.availability = availability;
	}

	@GetMapping("/patrol/organizations/{orgId}/availability")
	@Operation(summary = "The organization's members with the times they cannot be on duty")
	List<Availability.MemberAvailability> list(Caller caller, @PathVariable long orgId) {
		return availability.of(caller, orgId);
	}

	@PostMapping("/patrol/organizations/{orgId}/availability")
	@Operation(summary = "Record a weekly unavailable time (weekday), a weekday the member would rather keep free "
			+ "(weekday with preference true), or leave (fromDate and toDate)")
	ResponseEntity<Created> add(Caller caller, @PathVariable long orgId, @Valid @RequestBody NewEntry body) {
		long id = body.fromDate() != null || body.toDate() != null
				? availability.addLeave(caller, orgId, body.residentId(), body.fromDate(), body.toDate(), body.reason())
				: Boolean.TRUE.equals(body.preference())
						? availability.addPreference(caller, orgId, body.residentId(), body.weekday(), body.reason())
						: availability.addWeekly(caller, orgId, body.residentId(), body.weekday(), body.fromTime(), body.toTime(),
						body.reason());
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/patrol/organizations/" + orgId + "/availability"))
			.body(new Created(id));
	}

	@PostMapping("/patrol/organizations/{orgId}/availability/{entryId}/delete")
	@Operation(summary = "Remove an entry")
	ResponseEntity<Void> remove(Caller caller, @PathVariable long orgId, @PathVariable long entryId) {
		availability.remove(caller, orgId, entryId);
		return ResponseEntity.noContent().build();
	}
}
