package org.qunfang.organization.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.qunfang.identity.Caller;
import org.qunfang.organization.OrganizationRef;
import org.qunfang.organization.OrganizationStatus;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.bodies.Appointments;
import org.qunfang.organization.bodies.DutyScopes;
import org.qunfang.organization.bodies.JointDefense;
import org.qunfang.organization.bodies.MemberView;
import org.qunfang.organization.bodies.NewAppointment;
import org.qunfang.organization.bodies.NewContract;
import org.qunfang.organization.bodies.NewOrganization;
import org.qunfang.organization.bodies.PreventionOrganizations;
import org.qunfang.organization.bodies.SecurityContracts;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Prevention organizations, their members, duty scopes, joint defense groups and contracts. */
@ApiController
@Tag(name = "organizations")
class OrganizationsApi {

	record StatusChange(@NotNull OrganizationStatus status, String reason) {
	}

	record Appointment(@NotNull @Valid NewAppointment appointment, boolean overrideChecks) {
	}

	record EndAppointment(@NotNull LocalDate endDate, String reason) {
	}

	record JointHousehold(long householdId, long dutyResidentId) {
	}

	record Swap(@NotNull LocalDate day, long toHouseholdId, String reason) {
	}

	record Termination(String reason) {
	}

	record Owner(String matterKind, Optional<OrganizationRef> owner) {
	}

	private final PreventionOrganizations organizations;
	private final Appointments appointments;
	private final DutyScopes scopes;
	private final JointDefense jointDefense;
	private final SecurityContracts contracts;
	private final VillageScope villages;

	OrganizationsApi(PreventionOrganizations organizations, Appointments appointments, DutyScopes scopes,
			JointDefense jointDefense, SecurityContracts contracts, VillageScope villages) {
		this.organizations = organizations;
		this.appointments = appointments;
		this.scopes = scopes;
		this.jointDefense = jointDefense;
		this.contracts = contracts;
		this.villages = villages;
	}

	@GetMapping("/organizations")
	@Operation(summary = "Organizations of the jurisdiction, by village and type")
	List<OrganizationRef> list(Caller caller, @RequestParam(required = false) Long village,
			@RequestParam(required = false) OrganizationType type) {
		return organizations.list(caller, village, type);
	}

	@PostMapping("/organizations")
	@Operation(summary = "Set up an organization; refused if it would own a matter another already owns in the village")
	ResponseEntity<OrganizationRef> create(Caller caller, @Valid @RequestBody NewOrganization form) {
		long id = organizations.create(caller, form);
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/organizations/" + id)).body(organizations.get(caller, id));
	}

	@GetMapping("/organizations/{id}")
	@Operation(summary = "One organization")
	OrganizationRef get(Caller caller, @PathVariable long id) {
		return organizations.get(caller, id);
	}

	@PostMapping("/organizations/{id}/status")
	@Operation(summary = "Record a change of status with its reason")
	OrganizationRef status(Caller caller, @PathVariable long id, @Valid @RequestBody StatusChange change) {
		organizations.changeStatus(caller, id, change.status(), change.reason());
		return organizations.get(caller, id);
	}

	@GetMapping("/organizations/{id}/history")
	@Operation(summary = "The status history")
	List<PreventionOrganizations.StatusChange> history(Caller caller, @PathVariable long id) {
		return organizations.history(caller, id);
	}

	@GetMapping("/organizations/{id}/members")
	@Operation(summary = "Members, serving first")
	List<MemberView> members(Caller caller, @PathVariable long id) {
		return appointments.members(caller, id, true);
	}

	@PostMapping("/organizations/{id}/members")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Appoint a resident; failing checks need overrideChecks, the permission and a reason")
	Map<String, Long> appoint(Caller caller, @PathVariable long id, @Valid @RequestBody Appointment body, Locale locale) {
		long appointment = body.overrideChecks()
				? appointments.appointOverridingChecks(caller, id, body.appointment(), locale)
				: appointments.appoint(caller, id, body.appointment(), locale);
		return Map.of("appointmentId", appointment);
	}

	@PostMapping("/appointments/{id}/end")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End an appointment")
	void end(Caller caller, @PathVariable long id, @Valid @RequestBody EndAppointment body) {
		appointments.end(caller, id, body.endDate(), body.reason());
	}

	@GetMapping("/villages/{id}/owners/{matterKind}")
	@Operation(summary = "Which organization owns a kind of matter in a village")
	Owner owner(Caller caller, @PathVariable long id, @PathVariable String matterKind) {
		caller.require(org.qunfang.organization.OrganizationPermissions.REGISTRY_VIEW);
		villages.village(caller, id);
		return new Owner(matterKind, scopes.ownerOf(id, matterKind));
	}

	@GetMapping("/duty-scopes")
	@Operation(summary = "What each organization type owns in the caller's county")
	Map<OrganizationType, Set<String>> dutyScopes(Caller caller) {
		caller.require(org.qunfang.organization.OrganizationPermissions.REGISTRY_VIEW);
		return scopes.scopes(caller.jurisdiction().countyId());
	}

	@PutMapping("/duty-scopes")
	@Operation(summary = "Replace the duty scopes (county administrator)")
	Map<OrganizationType, Set<String>> replaceDutyScopes(Caller caller, @RequestBody Map<OrganizationType, Set<String>> body) {
		scopes.replace(caller, body);
		return scopes.scopes(caller.jurisdiction().countyId());
	}

	@GetMapping("/organizations/{id}/joint-defense")
	@Operation(summary = "A ten-household group's households in rotation order")
	List<JointDefense.Member> jointMembers(Caller caller, @PathVariable long id) {
		return jointDefense.members(caller, id);
	}

	@PostMapping("/organizations/{id}/joint-defense/households")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Add a household at the end of the rotation")
	void addJointHousehold(Caller caller, @PathVariable long id, @RequestBody JointHousehold body) {
		jointDefense.addHousehold(caller, id, body.householdId(), body.dutyResidentId());
	}

	@PostMapping("/organizations/{id}/joint-defense/swaps")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Record a swap of a day's duty")
	void swap(Caller caller, @PathVariable long id, @Valid @RequestBody Swap body) {
		jointDefense.recordSwap(caller, id, body.day(), body.toHouseholdId(), body.reason());
	}

	@GetMapping("/contracts")
	@Operation(summary = "Security contracts of the jurisdiction")
	List<SecurityContracts.ContractView> contracts(Caller caller, @RequestParam(required = false) Long organization) {
		return contracts.list(caller, organization);
	}

	@PostMapping("/organizations/{id}/contracts")
	@Operation(summary = "Register a security contract")
	ResponseEntity<SecurityContracts.ContractView> createContract(Caller caller, @PathVariable long id,
			@Valid @RequestBody NewContract form) {
		long contract = contracts.create(caller, id, form);
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/contracts/" + contract)).body(contracts.get(caller, contract));
	}

	@GetMapping("/contracts/{id}")
	@Operation(summary = "One contract")
	SecurityContracts.ContractView contract(Caller caller, @PathVariable long id) {
		return contracts.get(caller, id);
	}

	@PostMapping("/contracts/{id}/renew")
	@Operation(summary = "Renew a contract: a new contract that starts after the old one ends")
	ResponseEntity<SecurityContracts.ContractView> renew(Caller caller, @PathVariable long id,
			@Valid @RequestBody NewContract form) {
		long contract = contracts.renew(caller, id, form);
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/contracts/" + contract)).body(contracts.get(caller, contract));
	}

	@PostMapping("/contracts/{id}/terminate")
	@Operation(summary = "Terminate a contract with its reason")
	SecurityContracts.ContractView terminate(Caller caller, @PathVariable long id, @RequestBody Termination body) {
		contracts.terminate(caller, id, body.reason());
		return contracts.get(caller, id);
	}
}
