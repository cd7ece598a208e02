package org.qunfang.funds.web;

import java.util.Locale;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.ledger.FundSettings;
import org.qunfang.funds.ledger.Purposes;
import org.qunfang.identity.Caller;
import org.qunfang.platform.Money;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county's purposes and the amount above which a township leader approves too. */
@Controller
class FundSettingsController {

	private final Purposes purposes;
	private final FundSettings settings;
	private final MessageSource messages;

	FundSettingsController(Purposes purposes, FundSettings settings, MessageSource messages) {
		this.purposes = purposes;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/funds/settings")
	String show(Caller caller, Model model) {
		caller.require(FundsPermissions.VIEW);
		long county = caller.jurisdiction().countyId();
		model.addAttribute("purposes", purposes.all(county));
		model.addAttribute("threshold", settings.leaderThreshold(county));
		model.addAttribute("canEdit", caller.has(FundsPermissions.SETTINGS));
		return "funds/settings";
	}

	@PostMapping("/funds/settings/threshold")
	String threshold(Caller caller, @RequestParam(defaultValue = "") String amount, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/funds/settings", locale, redirect, "funds.settings.saved",
				() -> settings.setLeaderThreshold(caller, Money.parseYuan(amount)));
	}

	@PostMapping("/funds/settings/purposes")
	String addPurpose(Caller caller, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String nameZh, @RequestParam(defaultValue = "") String nameEn, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/funds/settings", locale, redirect, "funds.settings.saved",
				() -> purposes.add(caller, code, nameZh, nameEn));
	}

	@PostMapping("/funds/settings/purposes/{code}/active")
	String switchPurpose(Caller caller, @PathVariable String code, @RequestParam(defaultValue = "false") boolean active,
			Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/funds/settings", locale, redirect, "funds.settings.saved",
				() -> purposes.setActive(caller, code, active));
	}
}
