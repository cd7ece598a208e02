package org.qunfang.cases.web.api;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.qunfang.cases.register.CaseChannel;
import org.qunfang.cases.register.CaseDetail;
import org.qunfang.cases.register.CaseFilter;
import org.qunfang.cases.register.CaseQueries;
import org.qunfang.cases.register.CaseRegister;
import org.qunfang.cases.register.CaseRow;
import org.qunfang.cases.register.CaseStatus;
import org.qunfang.cases.register.CaseTypes;
import org.qunfang.cases.register.DuplicateCheck;
import org.qunfang.cases.register.NewCase;
import org.qunfang.identity.Caller;
import org.qunfang.organization.registry.Page;
import org.qunfang.platform.attachment.Attachments;
import org.qunfang.platform.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The case register: list, register (with the duplicate warning), handle, photos. */
@ApiController
@Tag(name = "cases")
class CasesApi {

	/** A case to register. Money in fen; times as ISO instants. */
	record CaseRequest(@NotNull Long villageId, @NotBlank String caseType, @NotNull Instant occurredAt, Instant reportedAt,
			Long groupId, String place, Double latitude, Double longitude, String summary,
			@Min(0) Long lossFen, String reporterName, @NotNull CaseChannel channel, String sourceKind, Long sourceId,
			@Size(max = 20) List<NewCase.NewParty> parties, Boolean allowDuplicate) {

		NewCase toNewCase() {
			return new NewCase(villageId, caseType, occurredAt, reportedAt, groupId, place, latitude, longitude, summary,
					lossFen == null ? 0 : lossFen, reporterName, channel, sourceKind, sourceId, parties,
					Boolean.TRUE.equals(allowDuplicate));
		}
	}

	record Note(String note) {
	}

	record Transfer(@NotNull Long toOrgId, String reason) {
	}

	record Outcome(String outcome) {
	}

	record Referral(String referredTo, String reason) {
	}

	record Reason(String reason) {
	}

	record Photo(long id) {
	}

	private final CaseRegister cases;
	private final CaseQueries queries;
	private final CaseTypes types;
	private final Clock clock;
	private final ZoneId zone;

	CasesApi(CaseRegister cases, CaseQueries queries, CaseTypes types, Clock clock, ZoneId zone) {
		this.cases = cases;
		this.queries = queries;
		this.types = types;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping("/cases")
	@Operation(summary = "A page of the case register, newest first, filtered")
	Page<CaseRow> list(Caller caller, @RequestParam(required = false) Long village, @RequestParam(required = false) String type,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) CaseChannel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return queries.page(caller, new CaseFilter(village, type, status, channel, from, to, q), page, size);
	}

	@GetMapping("/cases/by-month")
	@Operation(summary = "Cases by month of occurrence for the last twelve months, filtered")
	Map<YearMonth, Long> byMonth(Caller caller, @RequestParam(required = false) Long village,
			@RequestParam(required = false) String type) {
		return queries.byMonth(caller, new CaseFilter(village, type, null, null, null, null, null),
				YearMonth.now(clock.withZone(zone)));
	}

	@GetMapping("/cases/duplicates")
	@Operation(summary = "Cases already registered that may be the one about to be registered")
	List<DuplicateCheck.Candidate> duplicates(Caller caller, @RequestParam long village, @RequestParam String type,
			@RequestParam Instant occurredAt, @RequestParam(required = false) Long groupId,
			@RequestParam(required = false) String place, @RequestParam(required = false) Double latitude,
			@RequestParam(required = false) Double longitude) {
		return cases.similar(caller, village, type, occurredAt, groupId, place, latitude, longitude);
	}

	@PostMapping("/cases")
	@Operation(summary = "Register a case; 409 with the possible duplicates unless allowDuplicate is set. "
			+ "Send an Idempotency-Key so a retry never registers twice")
	ResponseEntity<CaseDetail> create(Caller caller, @Valid @RequestBody CaseRequest request) {
		long id = cases.register(caller, request.toNewCase());
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/cases/" + id)).body(queries.detail(caller, id));
	}

	@GetMapping("/cases/{id}")
	@Operation(summary = "One case with its parties (phones masked), history and photo ids")
	CaseDetail get(Caller caller, @PathVariable long id) {
		return queries.detail(caller, id);
	}

	@PostMapping("/cases/{id}/steps")
	@Operation(summary = "Record a handling step")
	CaseDetail step(Caller caller, @PathVariable long id, @RequestBody Note body) {
		cases.handle(caller, id, body.note());
		return queries.detail(caller, id);
	}

	@PostMapping("/cases/{id}/transfer")
	@Operation(summary = "Transfer the case to another organization of its village, with the reason")
	CaseDetail transfer(Caller caller, @PathVariable long id, @Valid @RequestBody Transfer body) {
		cases.transfer(caller, id, body.toOrgId(), body.reason());
		return queries.detail(caller, id);
	}

	@PostMapping("/cases/{id}/resolve")
	@Operation(summary = "Resolve the case (needs a handling step first)")
	CaseDetail resolve(Caller caller, @PathVariable long id, @RequestBody Outcome body) {
		cases.resolve(caller, id, body.outcome());
		return queries.detail(caller, id);
	}

	@PostMapping("/cases/{id}/refer")
	@Operation(summary = "Refer the case to an outside authority, with the reason")
	CaseDetail refer(Caller caller, @PathVariable long id, @RequestBody Referral body) {
		cases.refer(caller, id, body.referredTo(), body.reason());
		return queries.detail(caller, id);
	}

	@PostMapping("/cases/{id}/close")
	@Operation(summary = "Close the case without a resolution, with the reason")
	CaseDetail close(Caller caller, @PathVariable long id, @RequestBody Reason body) {
		cases.closeUnresolved(caller, id, body.reason());
		return queries.detail(caller, id);
	}

	@PostMapping("/cases/{id}/photos")
	@Operation(summary = "Add a photo (JPEG or PNG, at most 10 MB)")
	ResponseEntity<Photo> photo(Caller caller, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		long photo = cases.addPhoto(caller, id, file == null ? null : file.getOriginalFilename(),
				file == null ? new byte[0] : file.getBytes());
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/cases/" + id + "/photos/" + photo)).body(new Photo(photo));
	}

	@GetMapping("/cases/{id}/photos/{photoId}")
	@Operation(summary = "A photo of the case")
	ResponseEntity<byte[]> photo(Caller caller, @PathVariable long id, @PathVariable long photoId) {
		return Attachments.serve(cases.photo(caller, id, photoId), true);
	}

	@GetMapping("/case-types")
	@Operation(summary = "The county's case types, retired ones included")
	List<CaseTypes.CaseType> types(Caller caller) {
		caller.require(org.qunfang.cases.CasesPermissions.CASE_VIEW);
		return types.all(caller.jurisdiction().countyId());
	}
}
