package org.qunfang.organization.web;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.qunfang.identity.Caller;
import org.qunfang.organization.Education;
import org.qunfang.organization.OrganizationPermissions;
import org.qunfang.organization.OrganizationType;
import org.qunfang.organization.bodies.DutyScopes;
import org.qunfang.organization.bodies.Posts;
import org.qunfang.organization.bodies.ThreeChecks;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county's duty scopes (who owns which matters) and the checks of each post. */
@Controller
class DutyScopeController {

	private final DutyScopes scopes;
	private final Posts posts;
	private final MessageSource messages;

	DutyScopeController(DutyScopes scopes, Posts posts, MessageSource messages) {
		this.scopes = scopes;
		this.posts = posts;
		this.messages = messages;
	}

	@GetMapping("/admin/duty-scopes")
	String page(Caller caller, Model model) {
		caller.require(OrganizationPermissions.REGISTRY_VIEW);
		long county = caller.jurisdiction().countyId();
		model.addAttribute("kinds", scopes.matterKinds(county));
		model.addAttribute("scopes", scopes.scopes(county));
		model.addAttribute("types", OrganizationType.values());
		model.addAttribute("posts", posts.all(county));
		model.addAttribute("educations", Education.values());
		model.addAttribute("canEdit", caller.has(OrganizationPermissions.DUTY_SCOPE_EDIT));
		return "organization/duty-scopes";
	}

	@PostMapping("/admin/duty-scopes")
	String save(Caller caller, @RequestParam(name = "scope", required = false) List<String> cells, Locale locale,
			RedirectAttributes redirect) {
		caller.require(OrganizationPermissions.DUTY_SCOPE_EDIT);
		Map<OrganizationType, Set<String>> chosen = new EnumMap<>(OrganizationType.class);
		for (OrganizationType type : OrganizationType.values()) {
			chosen.put(type, new HashSet<>());
		}
		for (String cell : cells == null ? List.<String>of() : cells) {
			String[] parts = cell.split(":", 2);
			if (parts.length == 2) {
				try {
					chosen.get(OrganizationType.valueOf(parts[0])).add(parts[1]);
				}
				catch (IllegalArgumentException unknownType) {
					redirect.addFlashAttribute("error", messages.getMessage("error.validation", null, locale));
					return "redirect:/admin/duty-scopes";
				}
			}
		}
		return Outcomes.run(messages, "redirect:/admin/duty-scopes", locale, redirect, "duty-scope.saved",
				() -> scopes.replace(caller, chosen));
	}

	@PostMapping("/admin/posts/{code}")
	String saveChecks(Caller caller, @PathVariable String code, @RequestParam(required = false) Integer minAge,
			@RequestParam(required = false) Integer maxAge, @RequestParam(required = false) Education minEducation,
			@RequestParam(defaultValue = "false") boolean goodHealth,
			@RequestParam(defaultValue = "false") boolean noCriminalRecord, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/admin/duty-scopes", locale, redirect, "post.saved",
				() -> posts.setChecks(caller, code, new ThreeChecks(minAge, maxAge, minEducation, goodHealth, noCriminalRecord)));
	}
}
