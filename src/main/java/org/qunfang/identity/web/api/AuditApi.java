package org.qunfang.identity.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.qunfang.identity.Caller;
import org.qunfang.identity.IdentityPermissions;
import org.qunfang.identity.audit.AuditQueries;
import org.qunfang.identity.audit.ChainVerification;
import org.qunfang.identity.audit.ChainVerifier;
import org.qunfang.platform.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operation and login logs of the caller's jurisdiction, and their verification. */
@ApiController
@Tag(name = "audit")
class AuditApi {

	private final AuditQueries audit;
	private final ChainVerifier verifier;

	AuditApi(AuditQueries audit, ChainVerifier verifier) {
		this.audit = audit;
		this.verifier = verifier;
	}

	@GetMapping("/audit/operations")
	@Operation(summary = "Operation log, newest first")
	List<AuditQueries.OperationRow> operations(Caller caller, @RequestParam(required = false) String action,
			@RequestParam(defaultValue = "100") int limit) {
		return audit.operations(caller, action, limit);
	}

	@GetMapping("/audit/logins")
	@Operation(summary = "Login log, newest first")
	List<AuditQueries.LoginRow> logins(Caller caller, @RequestParam(defaultValue = "100") int limit) {
		return audit.logins(caller, limit);
	}

	@GetMapping("/audit/verification")
	@Operation(summary = "Verify both hash chains (county administrator)")
	List<ChainVerification> verify(Caller caller) {
		caller.require(IdentityPermissions.AUDIT_VERIFY);
		return verifier.verifyAll();
	}
}
