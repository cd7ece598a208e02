package org.qunfang.identity.web.api;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.qunfang.identity.Caller;
import org.qunfang.identity.IdentityPermissions;
import org.qunfang.identity.PermissionDefinition;
import org.qunfang.identity.Role;
import org.qunfang.identity.internal.RoleAdministration;
import org.qunfang.identity.internal.RolePermissions;
import org.qunfang.platform.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The role → permission table of the caller's county. */
@ApiController
@Tag(name = "identity")
class RolesApi {

	record RoleGrants(String role, Set<String> permissions) {
	}

	record Grants(@NotNull(message = "{validation.permissions.required}") Set<String> permissions) {
	}

	private final RoleAdministration roles;
	private final RolePermissions permissions;

	RolesApi(RoleAdministration roles, RolePermissions permissions) {
		this.roles = roles;
		this.permissions = permissions;
	}

	@GetMapping("/permissions")
	@Operation(summary = "Every permission code the modules declare")
	List<String> catalog() {
		return permissions.catalog().stream().map(PermissionDefinition::code).toList();
	}

	@GetMapping("/roles")
	@Operation(summary = "Each role with its permission codes in the caller's county")
	List<RoleGrants> list(Caller caller) {
		caller.require(IdentityPermissions.ROLE_EDIT);
		return Arrays.stream(Role.values()).map(r -> new RoleGrants(r.name(), roles.grants(caller, r))).toList();
	}

	@PutMapping("/roles/{role}/permissions")
	@Operation(summary = "Replace a role's permission codes (county administrator)")
	RoleGrants replace(Caller caller, @PathVariable Role role, @Valid @RequestBody Grants body) {
		roles.replace(caller, role, body.permissions());
		return new RoleGrants(role.name(), roles.grants(caller, role));
	}
}
