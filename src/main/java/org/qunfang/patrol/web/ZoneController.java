package org.qunfang.patrol.web;

import java.util.List;
import java.util.Locale;

import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.zones.Checkpoint;
import org.qunfang.patrol.zones.Coordinates;
import org.qunfang.patrol.zones.PatrolZones;
import org.qunfang.patrol.zones.ZoneDraft;
import org.qunfang.patrol.zones.ZoneUpkeep;
import org.qunfang.platform.qr.QrCodes;
import org.qunfang.platform.web.Outcomes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 巡逻区域 pages: a village's zones and checkpoints (retired ones greyed), editing, retiring and
 * reactivating them, and an A4 sheet of the checkpoints' QR codes to print.
 */
@Controller
class ZoneController {

	/**
	 * A zone's form as typed; a refused one comes back filled in ({@code zoneId} tells which form: none for
	 * a new zone).
	 */
	record ZoneForm(Long zoneId, String name, String description, String centerLat, String centerLon, String outline)
			implements java.io.Serializable {

		ZoneDraft draft() {
			return ZoneDraft.typed(name, description, centerLat, centerLon, outline);
		}
	}

	private static final int QR_PIXELS = 360;

	private final PatrolZones zones;
	private final ZoneUpkeep upkeep;
	private final VillageScope villages;
	private final String publicBaseUrl;
	private final MessageSource messages;

	ZoneController(PatrolZones zones, ZoneUpkeep upkeep, VillageScope villages,
			@Value("${qunfang.public-base-url:}") String publicBaseUrl, MessageSource messages) {
		this.zones = zones;
		this.upkeep = upkeep;
		this.villages = villages;
		this.publicBaseUrl = publicBaseUrl;
		this.messages = messages;
	}

	@GetMapping("/patrol/zones")
	String list(Caller caller, @RequestParam(required = false) Long village, Model model) {
		caller.require(PatrolPermissions.VIEW);
		List<AdminUnit> all = villages.all(caller);
		model.addAttribute("villages", all);
		Long chosen = village != null ? village : all.isEmpty() ? null : all.getFirst().id();
		if (chosen != null) {
			model.addAttribute("village", villages.village(caller, chosen));
			model.addAttribute("zones", zones.details(caller, chosen, true));
		}
		model.addAttribute("canManage", caller.has(PatrolPermissions.ZONE_MANAGE));
		return "patrol/zones";
	}

	@PostMapping("/patrol/zones")
	String create(Caller caller, @RequestParam long village, @ModelAttribute ZoneForm form, Locale locale,
			RedirectAttributes redirect) {
		return keepingForm(form, back(village), locale, redirect, "patrol.zone.created",
				() -> zones.createZone(caller, village, form.draft()));
	}

	@PostMapping("/patrol/zones/{id}")
	String update(Caller caller, @PathVariable long id, @ModelAttribute ZoneForm form, Locale locale,
			RedirectAttributes redirect) {
		return keepingForm(new ZoneForm(id, form.name(), form.description(), form.centerLat(), form.centerLon(),
				form.outline()), backFromZone(caller, id), locale, redirect, "patrol.zone.updated",
				() -> upkeep.updateZone(caller, id, form.draft()));
	}

	@PostMapping("/patrol/zones/{id}/retire")
	String retire(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, backFromZone(caller, id), locale, redirect, "patrol.zone.retired",
				() -> upkeep.retireZone(caller, id));
	}

	@PostMapping("/patrol/zones/{id}/reactivate")
	String reactivate(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, backFromZone(caller, id), locale, redirect, "patrol.zone.reactivated",
				() -> upkeep.reactivateZone(caller, id));
	}

	@PostMapping("/patrol/zones/{id}/adjacent")
	String connect(Caller caller, @PathVariable long id, @RequestParam long other, Locale locale,
			RedirectAttributes redirect) {
		return Outcomes.run(messages, backFromZone(caller, id), locale, redirect, "patrol.zone.connected",
				() -> zones.connect(caller, id, other));
	}

	@PostMapping("/patrol/zones/{id}/checkpoints")
	String addCheckpoint(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) String latitude, @RequestParam(required = false) String longitude,
			Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, backFromZone(caller, id), locale, redirect, "patrol.zone.checkpoint.added",
				() -> zones.addCheckpoint(caller, id, name, Coordinates.degrees(latitude), Coordinates.degrees(longitude)));
	}

	@PostMapping("/patrol/checkpoints/{id}")
	String updateCheckpoint(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) String latitude, @RequestParam(required = false) String longitude,
			Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, backFromCheckpoint(caller, id), locale, redirect, "patrol.zone.checkpoint.updated",
				() -> upkeep.updateCheckpoint(caller, id, name, Coordinates.degrees(latitude), Coordinates.degrees(longitude)));
	}

	@PostMapping("/patrol/checkpoints/{id}/revoke")
	String revoke(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, backFromCheckpoint(caller, id), locale, redirect, "patrol.zone.checkpoint.revoked",
				() -> zones.revokeCodes(caller, id));
	}

	@PostMapping("/patrol/checkpoints/{id}/retire")
	String retireCheckpoint(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, backFromCheckpoint(caller, id), locale, redirect, "patrol.zone.checkpoint.retired",
				() -> upkeep.retireCheckpoint(caller, id));
	}

	@PostMapping("/patrol/checkpoints/{id}/reactivate")
	String reactivateCheckpoint(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, backFromCheckpoint(caller, id), locale, redirect,
				"patrol.zone.checkpoint.reactivated", () -> upkeep.reactivateCheckpoint(caller, id));
	}

	/** Like {@link Outcomes#run}, and a refused form comes back with what was typed in it. */
	private String keepingForm(ZoneForm form, String back, Locale locale, RedirectAttributes redirect, String notice,
			Runnable action) {
		String answer = Outcomes.run(messages, back, locale, redirect, notice, action);
		if (redirect.getFlashAttributes().containsKey("error")) {
			redirect.addFlashAttribute("typed", form);
		}
		return answer;
	}

	private String backFromZone(Caller caller, long zoneId) {
		return back(zones.zone(caller, zoneId).villageId());
	}

	private String backFromCheckpoint(Caller caller, long checkpointId) {
		return back(zones.checkpoint(caller, checkpointId).villageId());
	}

	private static String back(long village) {
		return "redirect:/patrol/zones?village=" + village;
	}

	@GetMapping("/patrol/zones/qr-sheet")
	String sheet(Caller caller, @RequestParam long village, Model model) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		model.addAttribute("village", villages.village(caller, village));
		model.addAttribute("checkpoints", zones.checkpointsOf(caller, village));
		return "patrol/zone-qr-sheet";
	}

	@GetMapping("/patrol/checkpoints/{id}/qr.png")
	ResponseEntity<byte[]> qr(Caller caller, @PathVariable long id) {
		caller.require(PatrolPermissions.ZONE_MANAGE);
		Checkpoint checkpoint = zones.checkpoint(caller, id);
		return QrCodes.response(QrCodes.address(publicBaseUrl, "/patrol/c/" + zones.token(checkpoint)), QR_PIXELS);
	}
}
