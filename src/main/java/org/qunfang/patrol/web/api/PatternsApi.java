package org.qunfang.patrol.web.api;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.qunfang.identity.Caller;
import org.qunfang.patrol.patterns.ShiftKind;
import org.qunfang.patrol.patterns.ShiftPattern;
import org.qunfang.patrol.patterns.ShiftPatterns;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Shift patterns (班次): list an organization's, read, add, change, retire and reactivate. A change or a
 * retirement applies to rosters planned afterwards; rosters already planned keep their shifts.
 */
@ApiController
@Tag(name = "patrol")
class PatternsApi {

	/**
	 * A pattern as entered: hours as {@code "21:00"}, weekdays as {@code "MONDAY"}. {@code partnerOrgId} names
	 * the partner organization of a joint patrol (or null); a change must name the partner the pattern has.
	 */
	record PatternBody(Long partnerOrgId, String name, ShiftKind kind, LocalTime summerStart, LocalTime summerEnd,
			LocalTime winterStart, LocalTime winterEnd, Set<DayOfWeek> weekdays, Integer minStaff, Boolean leaderRequired,
			List<Long> zoneIds) {

		ShiftPatterns.NewPattern pattern(long orgId) {
			return new ShiftPatterns.NewPattern(orgId, partnerOrgId, name, kind, summerStart, summerEnd, winterStart,
					winterEnd, weekdays, minStaff == null ? 0 : minStaff, Boolean.TRUE.equals(leaderRequired), zoneIds);
		}
	}

	private final ShiftPatterns patterns;

	PatternsApi(ShiftPatterns patterns) {
		this.patterns = patterns;
	}

	@GetMapping("/patrol/organizations/{orgId}/patterns")
	@Operation(summary = "The organization's shift patterns, retired ones too (active false)")
	List<ShiftPattern> list(Caller caller, @PathVariable long orgId) {
		return patterns.ofOrganization(caller, orgId);
	}

	@PostMapping("/patrol/organizations/{orgId}/patterns")
	@Operation(summary = "Add a shift pattern to the organization; 422 with the rule when the input breaks one")
	ResponseEntity<ShiftPattern> create(Caller caller, @PathVariable long orgId, @RequestBody PatternBody body) {
		long id = patterns.create(caller, body.pattern(orgId));
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/patrol/patterns/" + id)).body(patterns.get(caller, id));
	}

	@GetMapping("/patrol/patterns/{id}")
	@Operation(summary = "A shift pattern")
	ShiftPattern get(Caller caller, @PathVariable long id) {
		return patterns.get(caller, id);
	}

	@PutMapping("/patrol/patterns/{id}")
	@Operation(summary = "Change every field of a shift pattern (the organization and partner stay); rosters planned "
			+ "afterwards follow it, those already planned keep their shifts")
	ShiftPattern update(Caller caller, @PathVariable long id, @RequestBody PatternBody body) {
		patterns.update(caller, id, body.pattern(patterns.get(caller, id).orgId()));
		return patterns.get(caller, id);
	}

	@PostMapping("/patrol/patterns/{id}/retire")
	@Operation(summary = "Retire a shift pattern: rosters planned afterwards have none of its shifts")
	ShiftPattern retire(Caller caller, @PathVariable long id) {
		patterns.retire(caller, id);
		return patterns.get(caller, id);
	}

	@PostMapping("/patrol/patterns/{id}/reactivate")
	@Operation(summary = "Take a retired shift pattern up again")
	ShiftPattern reactivate(Caller caller, @PathVariable long id) {
		patterns.reactivate(caller, id);
		return patterns.get(caller, id);
	}
}
