package org.qunfang.identity.web;

import java.util.List;

import org.qunfang.identity.Caller;
import org.qunfang.identity.IdentityPermissions;
import org.qunfang.identity.audit.AuditQueries;
import org.qunfang.platform.web.HomeCard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what this person does in Qunfang, by role. Every module contributes cards for the
 * roles it serves; identity adds the account and, for administrators, the state of the logs.
 */
@Controller
class HomeController {

	private final List<HomeCard.Provider> providers;
	private final AuditQueries audit;

	HomeController(List<HomeCard.Provider> providers, AuditQueries audit) {
		this.providers = providers;
		this.audit = audit;
	}

	@GetMapping("/")
	String home(Caller caller, Model model) {
		model.addAttribute("cards", providers.stream()
			.flatMap(p -> p.cards(caller.role().name(), caller.permissions()).stream())
			.sorted(java.util.Comparator.comparingInt(HomeCard::order))
			.toList());
		model.addAttribute("roleKey", caller.role().messageKey());
		model.addAttribute("roleDutyKey", "role.duty." + caller.role().name());
		model.addAttribute("recentLogins", audit.myLogins(caller, 5));
		model.addAttribute("canVerify", caller.has(IdentityPermissions.AUDIT_VERIFY));
		return "identity/home";
	}
}
