package org.qunfang.organization.web.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.qunfang.identity.Caller;
import org.qunfang.organization.imports.ImportRowView;
import org.qunfang.organization.imports.ImportSummary;
import org.qunfang.organization.imports.RegisterImports;
import org.qunfang.organization.registry.HouseholdRegister;
import org.qunfang.organization.registry.HouseholdRow;
import org.qunfang.organization.registry.NewHousehold;
import org.qunfang.organization.registry.NewResident;
import org.qunfang.organization.registry.Page;
import org.qunfang.organization.registry.RegisterQueries;
import org.qunfang.organization.registry.RegistryOverview;
import org.qunfang.organization.registry.ResidentView;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The household register: villages, households, residents, imports. */
@ApiController
@Tag(name = "registry")
class RegistryApi {

	record Revealed(String value) {
	}

	private final RegistryOverview overview;
	private final RegisterQueries queries;
	private final HouseholdRegister register;
	private final RegisterImports imports;
	private final VillageScope villages;

	RegistryApi(RegistryOverview overview, RegisterQueries queries, HouseholdRegister register, RegisterImports imports,
			VillageScope villages) {
		this.villages = villages;
		this.overview = overview;
		this.queries = queries;
		this.register = register;
		this.imports = imports;
	}

	@GetMapping("/villages")
	@Operation(summary = "Villages of the caller's jurisdiction with the size of their registers")
	List<RegistryOverview.VillageLine> villages(Caller caller) {
		return overview.villages(caller);
	}

	@GetMapping("/villages/{id}/households")
	@Operation(summary = "A page of a village's households")
	Page<HouseholdRow> households(Caller caller, @PathVariable long id, @RequestParam(required = false) Long group,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return queries.households(caller, id, group, q, page, size);
	}

	@PostMapping("/households")
	@Operation(summary = "Register a household (takes an Idempotency-Key)")
	ResponseEntity<RegisterQueries.HouseholdDetail> createHousehold(Caller caller, @Valid @RequestBody NewHousehold form) {
		long id = register.createHousehold(caller, form);
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/households/" + id)).body(queries.household(caller, id));
	}

	@GetMapping("/households/{id}")
	@Operation(summary = "A household with its residents (ID and phone numbers masked)")
	RegisterQueries.HouseholdDetail household(Caller caller, @PathVariable long id) {
		return queries.household(caller, id);
	}

	@PostMapping("/households/{id}/residents")
	@Operation(summary = "Register a resident in a household; the ID number is checked (GB 11643)")
	ResponseEntity<ResidentView> addResident(Caller caller, @PathVariable long id, @Valid @RequestBody NewResident form) {
		long resident = register.addResident(caller, id, form);
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/residents/" + resident))
			.body(queries.resident(caller, resident));
	}

	@GetMapping("/residents")
	@Operation(summary = "Find residents by name, household number, or exact ID number")
	List<ResidentView> search(Caller caller, @RequestParam String q) {
		return queries.search(caller, q, 200);
	}

	@GetMapping("/residents/{id}")
	@Operation(summary = "One resident (masked)")
	ResidentView resident(Caller caller, @PathVariable long id) {
		return queries.resident(caller, id);
	}

	@PostMapping("/residents/{id}/id-number")
	@Operation(summary = "Reveal the full ID number (needs identity:personal-data:unmask; logged)")
	Revealed idNumber(Caller caller, @PathVariable long id) {
		return new Revealed(queries.revealIdNumber(caller, id));
	}

	@PostMapping("/villages/{id}/imports")
	@Operation(summary = "Upload a register file (CSV or .xlsx) and check it; nothing is written to the register")
	ImportSummary upload(Caller caller, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		villages.village(caller, id);
		if (file == null || file.isEmpty()) {
			throw new DomainException("error.import.no-file");
		}
		return imports.check(caller, id, file.getOriginalFilename(), file.getInputStream());
	}

	@GetMapping("/imports/{id}")
	@Operation(summary = "Where an import stands")
	ImportSummary importSummary(Caller caller, @PathVariable long id) {
		return imports.summary(caller, id);
	}

	@GetMapping("/imports/{id}/rows")
	@Operation(summary = "The rows of an import with their outcome and errors (errors first)")
	List<ImportRowView> importRows(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "false") boolean errorsOnly) {
		return imports.rows(caller, id, errorsOnly, 5000);
	}

	@PostMapping("/imports/{id}/apply")
	@Operation(summary = "Apply a checked import without errors, whole or not at all")
	ImportSummary apply(Caller caller, @PathVariable long id) {
		return imports.apply(caller, id);
	}
}
