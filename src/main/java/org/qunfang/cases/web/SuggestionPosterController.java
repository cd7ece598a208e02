package org.qunfang.cases.web;




import org.qunfang.cases.suggestion.SuggestionIntake;
import org.qunfang.cases.suggestion.SuggestionRegister;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnit;
import org.qunfang.platform.qr.QrCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable A4 poster of a village's suggestion book with its QR code, which leads a villager's phone
 * to the village's public page. The address is {@code qunfang.public-base-url} (the address villagers
 * reach the system at) or, without it, the one this page was opened at.
 */
@Controller
class SuggestionPosterController {

	private static final int QR_PIXELS = 600;

	private final SuggestionRegister register;
	private final SuggestionIntake intake;
	private final String publicBaseUrl;

	SuggestionPosterController(SuggestionRegister register, SuggestionIntake intake,
			@Value("${qunfang.public-base-url:}") String publicBaseUrl) {
		this.register = register;
		this.intake = intake;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	@GetMapping("/suggestions/villages/{id}/poster")
	String poster(Caller caller, @PathVariable long id, Model model) {
		AdminUnit village = register.village(caller, id);
		model.addAttribute("village", village);
		model.addAttribute("publicUrl", publicUrl(village));
		model.addAttribute("replyDays", intake.replyDays(village.countyId()));
		return "cases/suggestion-poster";
	}

	@GetMapping("/suggestions/villages/{id}/qr.png")
	ResponseEntity<byte[]> qr(Caller caller, @PathVariable long id) {
		return QrCodes.response(publicUrl(register.village(caller, id)), QR_PIXELS);
	}

	private String publicUrl(AdminUnit village) {
		return QrCodes.address(publicBaseUrl, "/public/villages/" + village.id());
	}
}
