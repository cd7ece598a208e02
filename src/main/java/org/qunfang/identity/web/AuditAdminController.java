package org.qunfang.identity.web;

import java.util.List;
import java.util.Locale;

import org.qunfang.identity.Caller;
import org.qunfang.identity.IdentityPermissions;
import org.qunfang.identity.audit.AuditQueries;
import org.qunfang.identity.audit.AuditQueries.LoginRow;
import org.qunfang.identity.audit.AuditQueries.OperationRow;
import org.qunfang.identity.audit.ChainVerifier;
import org.qunfang.platform.excel.ExcelColumn;
import org.qunfang.platform.excel.ExcelExporter;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The operation log and login log of the jurisdiction, and the verification of both chains. */
@Controller
class AuditAdminController {

	private final AuditQueries audit;
	private final ChainVerifier verifier;
	private final ExcelExporter excel;

	AuditAdminController(AuditQueries audit, ChainVerifier verifier, ExcelExporter excel) {
		this.audit = audit;
		this.verifier = verifier;
		this.excel = excel;
	}

	@GetMapping("/admin/audit")
	String operations(Caller caller, @RequestParam(required = false) String action, Model model) {
		model.addAttribute("rows", audit.operations(caller, action, 500));
		model.addAttribute("action", action);
		model.addAttribute("canVerify", caller.has(IdentityPermissions.AUDIT_VERIFY));
		return "identity/audit";
	}

	@GetMapping("/admin/audit.xlsx")
	ResponseEntity<StreamingResponseBody> exportOperations(Caller caller,
			@RequestParam(required = false) String action, Locale locale) {
		List<ExcelColumn<OperationRow>> columns = List.of(ExcelColumn.of("audit.seq", OperationRow::seq),
				ExcelColumn.of("audit.time", OperationRow::occurredAt), ExcelColumn.of("audit.actor", OperationRow::actorName),
				ExcelColumn.of("audit.action", OperationRow::action), ExcelColumn.of("audit.target", OperationRow::targetType),
				ExcelColumn.of("audit.target-id", OperationRow::targetId), ExcelColumn.of("audit.outcome", OperationRow::outcome),
				ExcelColumn.of("audit.detail", OperationRow::detail), ExcelColumn.of("audit.address", OperationRow::clientAddress));
		return excel.download("audit.register", columns, audit.operations(caller, action, 5000).stream(), locale);
	}

	@GetMapping("/admin/audit/logins")
	String logins(Caller caller, Model model) {
		model.addAttribute("rows", audit.logins(caller, 500));
		return "identity/logins";
	}

	@GetMapping("/admin/audit/logins.xlsx")
	ResponseEntity<StreamingResponseBody> exportLogins(Caller caller, Locale locale) {
		List<ExcelColumn<LoginRow>> columns = List.of(ExcelColumn.of("audit.seq", LoginRow::seq),
				ExcelColumn.of("audit.time", LoginRow::occurredAt), ExcelColumn.of("audit.user", LoginRow::username),
				ExcelColumn.of("audit.outcome", LoginRow::outcome), ExcelColumn.of("audit.address", LoginRow::clientAddress),
				ExcelColumn.of("audit.agent", LoginRow::userAgent));
		return excel.download("logins.register", columns, audit.logins(caller, 5000).stream(), locale);
	}

	/** Verifies both chains; answers the result panel (a fragment for htmx, or the whole page). */
	@PostMapping("/admin/audit/verify")
	String verify(Caller caller, Model model,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx) {
		caller.require(IdentityPermissions.AUDIT_VERIFY);
		model.addAttribute("results", verifier.verifyAll());
		if (htmx != null) {
			return "identity/audit :: verification";
		}
		model.addAttribute("rows", audit.operations(caller, null, 500));
		model.addAttribute("canVerify", true);
		return "identity/audit";
	}
}
