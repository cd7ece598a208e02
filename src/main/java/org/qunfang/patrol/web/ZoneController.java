package org.qunfang.patrol.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.registry.VillageScope;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.zones.Checkpoint;
import org.qunfang.patrol.zones.PatrolZones;
import org.qunfang.platform.qr.QrCodes;
import org.qunfang.platform.web.Outcomes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 巡逻区域 pages: a village's zones and checkpoints, and an A4 sheet of the checkpoints' QR codes to print. */
@Controller
class ZoneController {

	private static final int QR_PIXELS = 360;

	private final PatrolZones zones;
	private final VillageScope villages;
	private final String publicBaseUrl;
	private final MessageSource messages;

	ZoneController(PatrolZones zones, VillageScope villages, @Value("${qunfang.public-base-url:}") String publicBaseUrl,
			MessageSource messages) {
		this.zones = zones;
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
			AdminUnit selected = villages.village(caller, chosen);
			model.addAttribute("village", selected);
			model.addAttribute("zones", zones.zonesOf(caller, chosen));
			model.addAttribute("checkpoints", byZone(zones.checkpointsOf(caller, chosen)));
		}
		model.addAttribute("canManage", caller.has(PatrolPermissions.ZONE_MANAGE));
		return "patrol/zones";
	}

	@PostMapping("/patrol/zones")
	String create(Caller caller, @RequestParam long village, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String description, @RequestParam(required = false) Double centerLat,
			@RequestParam(required = false) Double centerLon, Locale locale, RedirectAttributes redirect) {
		return Outcomes.run(messages, back(village), locale, redirect, "patrol.zone.created",
				() -> zones.createZone(caller, village, name, description, centerLat, centerLon));
	}

	@PostMapping("/patrol/zones/{id}/checkpoints")
	String addCheckpoint(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude, Locale locale,
			RedirectAttributes redirect) {
		long village = zones.zone(caller, id).villageId();
		return Outcomes.run(messages, back(village), locale, redirect, "patrol.zone.checkpoint.added",
				() -> zones.addCheckpoint(caller, id, name, latitude, longitude));
	}

	@PostMapping("/patrol/checkpoints/{id}/revoke")
	String revoke(Caller caller, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		long village = zones.checkpoint(caller, id).villageId();
		return Outcomes.run(messages, back(village), locale, redirect, "patrol.zone.checkpoint.revoked",
				() -> zones.revokeCodes(caller, id));
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

	private static Map<Long, List<Checkpoint>> byZone(List<Checkpoint> checkpoints) {
		return checkpoints.stream().collect(Collectors.groupingBy(Checkpoint::zoneId));
	}
}
