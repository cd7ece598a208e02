package org.qunfang.identity.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.qunfang.identity.Caller;
import org.qunfang.identity.internal.AccessTokens;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The caller's own personal access tokens. */
@ApiController
@Tag(name = "identity")
class TokensApi {

	record NewToken(@NotBlank(message = "{validation.token.name}") @Size(max = 100, message = "{validation.token.name}") String name,
			@Min(value = 1, message = "{validation.token.days}") @Max(value = 366, message = "{validation.token.days}") Integer validDays) {
	}

	private final AccessTokens tokens;

	TokensApi(AccessTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/tokens")
	@Operation(summary = "The caller's tokens (never the secrets)")
	List<AccessTokens.TokenView> list(Caller caller) {
		return tokens.list(caller);
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a token; the secret is in this answer only")
	AccessTokens.IssuedToken create(Caller caller, @Valid @RequestBody NewToken body) {
		return tokens.create(caller, body.name(), body.validDays());
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a token at once")
	void revoke(Caller caller, @PathVariable long id) {
		tokens.revoke(caller, id);
	}
}
