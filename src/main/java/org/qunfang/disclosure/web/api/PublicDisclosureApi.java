package org.qunfang.disclosure.web.api;

import java.nio.charset.StandardCharsets;

import org.qunfang.disclosure.publication.PublicDisclosure;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A published statement's bundle for anyone, to check with the offline verifier and the county's key. */
@ApiController
@Tag(name = "disclosure")
class PublicDisclosureApi {

	private final PublicDisclosure disclosure;

	PublicDisclosureApi(PublicDisclosure disclosure) {
		this.disclosure = disclosure;
	}

	@GetMapping("/public/statements/{id}/bundle")
	@Operation(summary = "A published statement's bundle: its text, its index, its inclusion proof and the county's "
			+ "latest signed checkpoint (no sign-in)")
	ResponseEntity<String> bundle(@PathVariable long id) {
		return ResponseEntity.ok().contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
			.body(disclosure.bundle(id).toJson());
	}
}
