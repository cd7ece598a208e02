package org.qunfang.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.qunfang.identity.Caller;
import org.qunfang.identity.IdentityPermissions;
import org.qunfang.identity.Role;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.identity.internal.NewUser;
import org.qunfang.identity.internal.UserAdministration;
import org.qunfang.identity.internal.UserView;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.excel.ExcelColumn;
import org.qunfang.platform.excel.ExcelExporter;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The accounts of a jurisdiction, for those who manage them: list, export, print, create, unlock. */
@Controller
class UserAdminController {

	private final UserAdministration users;
	private final ScopeDirectory scopes;
	private final ExcelExporter excel;
	private final MessageSource messages;

	UserAdminController(UserAdministration users, ScopeDirectory scopes, ExcelExporter excel, MessageSource messages) {
		this.users = users;
		this.scopes = scopes;
		this.excel = excel;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String list(Caller caller, @RequestParam(required = false) String q, Locale locale, Model model) {
		model.addAttribute("users", users.list(caller, q, locale));
		model.addAttribute("q", q);
		model.addAttribute("canManage", caller.has(IdentityPermissions.USER_MANAGE));
		model.addAttribute("canReveal", caller.has(IdentityPermissions.PERSONAL_DATA_UNMASK));
		return "identity/users";
	}

	@GetMapping("/admin/users.xlsx")
	ResponseEntity<StreamingResponseBody> export(Caller caller, @RequestParam(required = false) String q,
			Locale locale) {
		List<ExcelColumn<UserView>> columns = List.of(ExcelColumn.of("user.username", UserView::username),
				ExcelColumn.of("user.display-name", UserView::displayName),
				ExcelColumn.of("user.role", u -> messages.getMessage(u.role().messageKey(), null, locale)),
				ExcelColumn.of("user.scope", UserView::scopeName), ExcelColumn.of("user.phone", UserView::phoneMasked),
				ExcelColumn.of("user.status", u -> messages.getMessage(statusKey(u), null, locale)),
				ExcelColumn.of("user.created-at", UserView::createdAt));
		return excel.download("users.register", columns, users.list(caller, q, locale).stream(), locale);
	}

	@GetMapping("/admin/users/new")
	String newForm(Caller caller, Model model) {
		caller.require(IdentityPermissions.USER_MANAGE);
		model.addAttribute("form", new NewUser("", "", null, null, "", ""));
		return form(caller, model);
	}

	@PostMapping("/admin/users")
	String create(Caller caller, @Valid @ModelAttribute("form") NewUser form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(caller, model);
		}
		try {
			users.create(caller, form);
		}
		catch (DomainException refused) {
			model.addAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return form(caller, model);
		}
		redirect.addFlashAttribute("notice", "user.created");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
		users.unlock(caller, id);
		redirect.addFlashAttribute("notice", "user.unlocked");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
		users.disable(caller, id);
		redirect.addFlashAttribute("notice", "user.disabled");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
		users.enable(caller, id);
		redirect.addFlashAttribute("notice", "user.enabled");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/reset-password")
	String reset(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String temporaryPassword,
			Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/admin/users", locale, redirect, "user.password-reset",
				() -> users.resetPassword(caller, id, temporaryPassword));
	}

	/** Reveals a user's phone number in full (htmx swaps it into the row); the view is logged. */
	@PostMapping("/admin/users/{id}/phone")
	String revealPhone(Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("phone", users.revealPhone(caller, id));
		return "identity/users :: phone";
	}

	private String form(Caller caller, Model model) {
		model.addAttribute("units", scopes.within(caller.jurisdiction()));
		model.addAttribute("roles", Arrays.stream(Role.values())
			.filter(r -> r != Role.COUNTY_ADMIN || caller.role() == Role.COUNTY_ADMIN).toList());
		return "identity/user-new";
	}

	static String statusKey(UserView u) {
		if (!u.enabled()) {
			return "user.status.disabled";
		}
		if (u.locked()) {
			return "user.status.locked";
		}
		return u.mustChangePassword() ? "user.status.must-change" : "user.status.active";
	}
}
