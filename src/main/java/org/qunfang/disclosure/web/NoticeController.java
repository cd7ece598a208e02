package org.qunfang.disclosure.web;

import org.qunfang.disclosure.publication.DisclosureVillages;
import org.qunfang.disclosure.publication.StatementQueries;
import org.qunfang.identity.Caller;
import org.qunfang.platform.qr.QrCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The notice of a published statement for the village's notice board (公告, A4): the statement, the QR code
 * to the village's public page, and what the offline verifier needs — the entry's number, the size and root
 * hash of the checkpoint signed right after it, and the county's verifier key. The address is
 * {@code qunfang.public-base-url} (the one villagers reach the system at) or, without it, this page's own.
 */
@Controller
class NoticeController {

	private static final int QR_PIXELS = 600;

	private final StatementQueries queries;
	private final DisclosureVillages villages;
	private final String publicBaseUrl;

	NoticeController(StatementQueries queries, DisclosureVillages villages,
			@Value("${qunfang.public-base-url:}") String publicBaseUrl) {
		this.queries = queries;
		this.villages = villages;
		this.publicBaseUrl = publicBaseUrl;
	}

	@GetMapping("/disclosure/statements/{id}/notice")
	String notice(Caller caller, @PathVariable long id, Model model) {
		StatementQueries.Notice notice = queries.notice(caller, id);
		model.addAttribute("n", notice);
		model.addAttribute("publicUrl", publicUrl(notice.village().id()));
		return "disclosure/notice";
	}

	@GetMapping("/disclosure/villages/{id}/qr.png")
	ResponseEntity<byte[]> qr(Caller caller, @PathVariable long id) {
		return QrCodes.response(publicUrl(villages.village(caller, id).id()), QR_PIXELS);
	}

	private String publicUrl(long villageId) {
		return QrCodes.address(publicBaseUrl, PublicDisclosureController.villagePath(villageId));
	}
}
