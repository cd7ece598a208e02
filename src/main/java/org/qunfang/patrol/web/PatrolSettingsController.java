package org.qunfang.patrol.web;

import java.util.Locale;

import org.qunfang.identity.Caller;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.schedule.PatrolSettings;
import org.qunfang.patrol.schedule.PlanSettings;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county's patrol scheduling settings (排班规则): how strongly rosters lean toward risky shifts. */
@Controller
class PatrolSettingsController {

	private static final String BACK = "redirect:/patrol/settings";

	private final PatrolSettings settings;
	private final MessageSource messages;

	PatrolSettingsController(PatrolSettings settings, MessageSource messages) {
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/patrol/settings")
	String show(Caller caller, Model model) {
		caller.require(PatrolPermissions.VIEW);
		long county = caller.jurisdiction().countyId();
		model.addAttribute("riskWeight", settings.riskWeight(county));
		model.addAttribute("isDefault", settings.isDefault(county));
		model.addAttribute("maxRiskWeight", PatrolSettings.MAX_RISK_WEIGHT);
		model.addAttribute("suggested", PlanSettings.DEFAULT_RISK_WEIGHT);
		model.addAttribute("canEdit", caller.has(PatrolPermissions.SETTINGS_EDIT));
		return "patrol/settings";
	}

	@PostMapping("/patrol/settings/risk-weight")
	String riskWeight(Caller caller, @RequestParam(defaultValue = "") String riskWeight, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, BACK, locale, redirect, "patrol.settings.saved",
				() -> settings.setRiskWeight(caller, parse(riskWeight)));
	}

	private static int parse(String value) {
		try {
			return Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			throw new DomainException("error.patrol-settings.risk-weight", PatrolSettings.MAX_RISK_WEIGHT);
		}
	}
}
