package org.qunfang.cases.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.cases.internal.CasesSettings;
import org.qunfang.cases.register.CaseTypes;
import org.qunfang.cases.register.VillageExtents;
import org.qunfang.identity.Caller;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.web.Outcomes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registration settings of the county: case types, deadlines and windows, village extents. */
@Controller
class CaseSettingsController {

	private static final String BACK = "redirect:/cases/settings";

	private final CaseTypes types;
	private final CasesSettings settings;
	private final VillageExtents extents;
	private final org.qunfang.organization.registry.VillageScope villages;
	private final MessageSource messages;

	CaseSettingsController(CaseTypes types, CasesSettings settings, VillageExtents extents,
			org.qunfang.organization.registry.VillageScope villages, MessageSource messages) {
		this.types = types;
		this.settings = settings;
		this.extents = extents;
		this.villages = villages;
		this.messages = messages;
	}

	@GetMapping("/cases/settings")
	String page(Caller caller, Model model) {
		caller.require(CasesPermissions.CASE_VIEW);
		long county = caller.jurisdiction().countyId();
		model.addAttribute("types", types.all(county));
		model.addAttribute("values", settings.all(county));
		model.addAttribute("villages", villages.all(caller));
		model.addAttribute("extents", extents.within(caller));
		model.addAttribute("canEdit", caller.has(CasesPermissions.SETTINGS_EDIT));
		return "cases/settings";
	}

	@PostMapping("/cases/settings/types")
	String saveType(Caller caller, @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String nameZh,
			@RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "500") int sortOrder, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, BACK, locale, redirect, "case-type.saved",
				() -> types.save(caller, code.strip().toUpperCase(Locale.ROOT), nameZh, nameEn, sortOrder));
	}

	@PostMapping("/cases/settings/types/{code}/active")
	String active(Caller caller, @PathVariable String code, @RequestParam(defaultValue = "false") boolean active,
			Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, BACK, locale, redirect, active ? "case-type.activated" : "case-type.retired.notice",
				() -> types.setActive(caller, code, active));
	}

	@PostMapping("/cases/settings/values")
	String values(Caller caller, @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, BACK, locale, redirect, "cases-settings.saved", () -> {
			Map<CasesSettings.Setting, Integer> values = new EnumMap<>(CasesSettings.Setting.class);
			for (CasesSettings.Setting s : CasesSettings.Setting.values()) {
				String given = form.get(s.key());
				if (given != null) {
					try {
						values.put(s, Integer.parseInt(given.strip()));
					}
					catch (NumberFormatException notANumber) {
						throw new DomainException("error.cases-setting.range", s.min(), s.max());
					}
				}
			}
			settings.change(caller, values);
		});
	}

	@PostMapping("/cases/settings/extents")
	String extent(Caller caller, @RequestParam long villageId, @RequestParam double minLat, @RequestParam double maxLat,
			@RequestParam double minLon, @RequestParam double maxLon, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, BACK, locale, redirect, "extent.saved",
				() -> extents.set(caller, villageId, new VillageExtents.Extent(minLat, maxLat, minLon, maxLon)));
	}
}
