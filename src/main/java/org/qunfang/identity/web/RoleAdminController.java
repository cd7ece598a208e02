package org.qunfang.identity.web;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qunfang.identity.Caller;
import org.qunfang.identity.IdentityPermissions;
import org.qunfang.identity.Role;
import org.qunfang.identity.internal.RoleAdministration;
import org.qunfang.identity.internal.RolePermissions;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The role → permission table of the county, as a grid the county administrator ticks. */
@Controller
class RoleAdminController {

	private final RoleAdministration roles;
	private final RolePermissions permissions;
	private final MessageSource messages;

	RoleAdminController(RoleAdministration roles, RolePermissions permissions, MessageSource messages) {
		this.roles = roles;
		this.permissions = permissions;
		this.messages = messages;
	}

	@GetMapping("/admin/roles")
	String table(Caller caller, Model model) {
		caller.require(IdentityPermissions.ROLE_EDIT);
		Map<Role, Set<String>> grants = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			grants.put(role, roles.grants(caller, role));
		}
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("catalog", permissions.catalog());
		model.addAttribute("grants", grants);
		return "identity/roles";
	}

	@PostMapping("/admin/roles/{role}")
	String update(Caller caller, @PathVariable Role role,
			@RequestParam(name = "permission", required = false) String[] codes, java.util.Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/admin/roles", locale, redirect, "role.saved",
				() -> roles.replace(caller, role, codes == null ? Set.of() : new HashSet<>(Arrays.asList(codes))));
	}
}
