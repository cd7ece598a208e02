package org.qunfang.identity.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.qunfang.identity.Role;

/** What a user manager enters to create an account; the first password is temporary. */
public record NewUser(
		@NotBlank(message = "{validation.username.required}")
		@Pattern(regexp = "[a-z][a-z0-9._-]{2,63}", message = "{validation.username.pattern}") String username,
		@NotBlank(message = "{validation.display-name.required}") @Size(max = 100, message = "{validation.display-name.size}") String displayName,
		@NotNull(message = "{validation.role.required}") Role role,
		@NotNull(message = "{validation.scope.required}") Long scopeUnitId,
		@Pattern(regexp = "(1[3-9][0-9]{9})?", message = "{validation.phone.pattern}") String phone,
		@NotBlank(message = "{validation.password.required}") @Size(max = 128, message = "{validation.password.size}") String temporaryPassword) {
}
