package org.qunfang.disclosure.web;

import java.nio.charset.StandardCharsets;

import org.qunfang.disclosure.publication.PublicDisclosure;
import org.qunfang.platform.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The files a villager or auditor downloads from a village's public page to check it offline with the
 * verifier command: a statement's bundle, a checkpoint of the county's log, the consistency proof between
 * two checkpoints, and the county's verifier key. Open without signing in.
 */
@Controller
class PublicLogController {

	private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
	private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

	private final PublicDisclosure disclosure;

	PublicLogController(PublicDisclosure disclosure) {
		this.disclosure = disclosure;
	}

	@GetMapping("/public/statements/{id}/bundle.json")
	ResponseEntity<byte[]> bundle(@PathVariable long id) {
		return download(disclosure.bundle(id).toJson(), JSON, "statement-" + id + ".json");
	}

	@GetMapping("/public/villages/{id}/funds/checkpoint.txt")
	ResponseEntity<byte[]> checkpoint(@PathVariable long id, @RequestParam(required = false) Long size) {
		String note = disclosure.checkpoint(id, size);
		String name = "checkpoint-" + note.lines().skip(1).findFirst().orElse("") + ".txt";
		return download(note, TEXT, name);
	}

	@GetMapping("/public/villages/{id}/funds/consistency.txt")
	ResponseEntity<byte[]> consistency(@PathVariable long id, @RequestParam long from, @RequestParam long to) {
		return download(disclosure.consistencyProof(id, from, to), TEXT, "consistency-" + from + "-" + to + ".txt");
	}

	@GetMapping("/public/villages/{id}/funds/verifier-key.txt")
	ResponseEntity<byte[]> verifierKey(@PathVariable long id) {
		var log = disclosure.log(disclosure.village(id)).orElseThrow(NotFoundException::new);
		return download(log.verifierKey() + "\n", TEXT, "county-key.txt");
	}

	private static ResponseEntity<byte[]> download(String text, MediaType type, String fileName) {
		return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.header("X-Content-Type-Options", "nosniff").body(text.getBytes(StandardCharsets.UTF_8));
	}
}
