package org.qunfang.identity.web.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.qunfang.identity.Caller;
import org.qunfang.identity.internal.NewUser;
import org.qunfang.identity.internal.UserAdministration;
import org.qunfang.identity.internal.UserView;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Accounts of the caller's jurisdiction. */
@ApiController
@Tag(name = "identity")
class UsersApi {

	record PasswordReset(@NotBlank(message = "{validation.password.required}") String temporaryPassword) {
	}

	private final UserAdministration users;

	UsersApi(UserAdministration users) {
		this.users = users;
	}

	@GetMapping("/users")
	@Operation(summary = "Accounts in the caller's jurisdiction (phone numbers masked)")
	List<UserView> list(Caller caller, @RequestParam(required = false) String q, Locale locale) {
		return users.list(caller, q, locale);
	}

	@GetMapping("/users/{id}")
	@Operation(summary = "One account; 404 if it lies outside the caller's jurisdiction")
	UserView get(Caller caller, @PathVariable long id, Locale locale) {
		return users.get(caller, id, locale);
	}

	@PostMapping("/users")
	@Operation(summary = "Create an account (takes an Idempotency-Key); the person changes the password at first sign-in")
	ResponseEntity<UserView> create(Caller caller, @Valid @RequestBody NewUser form, Locale locale) {
		long id = users.create(caller, form);
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/users/" + id)).body(users.get(caller, id, locale));
	}

	@PostMapping("/users/{id}/unlock")
	@Operation(summary = "Lift a sign-in lock")
	UserView unlock(Caller caller, @PathVariable long id, Locale locale) {
		users.unlock(caller, id);
		return users.get(caller, id, locale);
	}

	@PostMapping("/users/{id}/disable")
	@Operation(summary = "Disable an account; its sessions end at their next request")
	UserView disable(Caller caller, @PathVariable long id, Locale locale) {
		users.disable(caller, id);
		return users.get(caller, id, locale);
	}

	@PostMapping("/users/{id}/enable")
	@Operation(summary = "Enable a disabled account")
	UserView enable(Caller caller, @PathVariable long id, Locale locale) {
		users.enable(caller, id);
		return users.get(caller, id, locale);
	}

	@PostMapping("/users/{id}/reset-password")
	@Operation(summary = "Set a temporary password the person must change at next sign-in")
	UserView reset(Caller caller, @PathVariable long id, @Valid @RequestBody PasswordReset body, Locale locale) {
		users.resetPassword(caller, id, body.temporaryPassword());
		return users.get(caller, id, locale);
	}

	record Phone(String phone) {
	}

	@PostMapping("/users/{id}/phone")
	@Operation(summary = "Reveal the phone number in full (needs identity:personal-data:unmask; logged)")
	Phone phone(Caller caller, @PathVariable long id) {
		return new Phone(users.revealPhone(caller, id));
	}
}
