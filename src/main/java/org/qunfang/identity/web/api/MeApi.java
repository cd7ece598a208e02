package org.qunfang.identity.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.qunfang.identity.Caller;
import org.qunfang.identity.ScopeDirectory;
import org.qunfang.platform.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;

/** Who the caller is, as the API sees them. */
@ApiController
@Tag(name = "identity")
class MeApi {

	record Me(long id, String username, String displayName, String role, String scopeLevel, long scopeUnitId,
			String scopeName, List<String> scopePaths, Set<String> permissions) {
	}

	private final ScopeDirectory scopes;

	MeApi(ScopeDirectory scopes) {
		this.scopes = scopes;
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in caller: role, jurisdiction and permission codes")
	Me me(Caller caller, Locale locale) {
		return new Me(caller.userId(), caller.username(), caller.displayName(), caller.role().name(),
				caller.jurisdiction().level().name(), caller.jurisdiction().unitId(),
				scopes.find(caller.jurisdiction().unitId()).map(u -> u.name(locale)).orElse(null),
				caller.jurisdiction().paths(), new java.util.TreeSet<>(caller.permissions()));
	}
}
