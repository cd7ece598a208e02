package org.qunfang.funds.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.fees.ChargeRules;
import org.qunfang.funds.fees.ChargeSettings;
import org.qunfang.funds.fees.Exemption;
import org.qunfang.funds.ledger.Purposes;
import org.qunfang.identity.Caller;
import org.qunfang.organization.HouseholdCategory;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.Money;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county's rules for levies and the defense fee: quorum, vote, yearly cap, exemptions, approval, the fee's purposes. */
@Controller
class ChargeSettingsController {

	private final ChargeSettings settings;
	private final Purposes purposes;
	private final MessageSource messages;

	ChargeSettingsController(ChargeSettings settings, Purposes purposes, MessageSource messages) {
		this.settings = settings;
		this.purposes = purposes;
		this.messages = messages;
	}

	@GetMapping("/funds/settings/charges")
	String show(Caller caller, Model model) {
		caller.require(FundsPermissions.VIEW);
		long county = caller.jurisdiction().countyId();
		model.addAttribute("rules", settings.rules(county));
		model.addAttribute("purposes", purposes.active(county));
		model.addAttribute("categories", EnumSet.complementOf(EnumSet.of(HouseholdCategory.ORDINARY)));
		model.addAttribute("reasons", List.of(Exemption.values()).stream().filter(Exemption::marked).toList());
		model.addAttribute("canEdit", caller.has(FundsPermissions.SETTINGS));
		return "funds/charge-settings";
	}

	@PostMapping("/funds/settings/charges")
	String save(Caller caller, @RequestParam(defaultValue = "0") int quorumNum, @RequestParam(defaultValue = "0") int quorumDen,
			@RequestParam(defaultValue = "0") int approvalNum, @RequestParam(defaultValue = "0") int approvalDen,
			@RequestParam(defaultValue = "") String personCap,
			@RequestParam(name = "levyExempt", required = false) List<String> levyExempt,
			@RequestParam(name = "reason", required = false) List<String> reasons,
			@RequestParam(defaultValue = "0") int exemptUnderAge, @RequestParam(defaultValue = "0") int exemptFromAge,
			@RequestParam(defaultValue = "false") boolean townshipApproval,
			@RequestParam(name = "feeExempt", required = false) List<String> feeExempt,
			@RequestParam(name = "feePurpose", required = false) List<String> feePurposes, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, "redirect:/funds/settings/charges", locale, redirect, "funds.settings.saved",
				() -> settings.update(caller, new ChargeRules(quorumNum, quorumDen, approvalNum, approvalDen,
						Money.parseYuan(personCap), parse(levyExempt, HouseholdCategory::valueOf, HouseholdCategory.class),
						parse(reasons, Exemption::valueOf, Exemption.class), exemptUnderAge, exemptFromAge, townshipApproval,
						parse(feeExempt, HouseholdCategory::valueOf, HouseholdCategory.class),
						feePurposes == null ? Set.of() : new LinkedHashSet<>(feePurposes))));
	}

	private static <E extends Enum<E>> Set<E> parse(List<String> values, Function<String, E> of, Class<E> type) {
		Set<E> out = EnumSet.noneOf(type);
		for (String v : values == null ? List.<String>of() : values) {
			try {
				out.add(of.apply(v));
			}
			catch (IllegalArgumentException unknown) {
				throw new DomainException("error.funds.rules.unknown", v);
			}
		}
		return out;
	}
}
