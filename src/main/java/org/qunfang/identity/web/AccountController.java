package org.qunfang.identity.web;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;

import org.qunfang.identity.Caller;
import org.qunfang.identity.audit.AuditQueries;
import org.qunfang.identity.internal.AccessTokens;
import org.qunfang.identity.internal.AccountSettings;
import org.qunfang.identity.internal.CallerContext;
import org.qunfang.identity.internal.PasswordPolicy;
import org.qunfang.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own account: password, language, recent sign-ins and API tokens. */
@Controller
class AccountController {

	record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String confirmation) {
	}

	private final AccountSettings settings;
	private final AccessTokens tokens;
	private final AuditQueries audit;
	private final MessageSource messages;

	AccountController(AccountSettings settings, AccessTokens tokens, AuditQueries audit, MessageSource messages) {
		this.settings = settings;
		this.tokens = tokens;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/account")
	String account(Caller caller, Model model) {
		model.addAttribute("tokens", tokens.list(caller));
		model.addAttribute("logins", audit.myLogins(caller, 20));
		return "identity/account";
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("forced", CallerContext.principal().map(p -> p.mustChangePassword()).orElse(false));
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "identity/password";
	}

	@PostMapping("/account/password")
	String changePassword(Caller caller, @RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmation,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			settings.changePassword(caller.userId(), currentPassword, newPassword, confirmation);
		}
		catch (DomainException refused) {
			model.addAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			model.addAttribute("forced", CallerContext.principal().map(p -> p.mustChangePassword()).orElse(false));
			model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
			return "identity/password";
		}
		redirect.addFlashAttribute("notice", "account.password.changed");
		return "redirect:/";
	}

	@PostMapping("/account/tokens")
	String createToken(Caller caller, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) Integer validDays, Locale locale, RedirectAttributes redirect) {
		try {
			AccessTokens.IssuedToken issued = tokens.create(caller, name, validDays);
			redirect.addFlashAttribute("issuedToken", issued);
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("tokenError", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(caller, id);
		redirect.addFlashAttribute("notice", "account.token.revoked");
		return "redirect:/account";
	}
}
