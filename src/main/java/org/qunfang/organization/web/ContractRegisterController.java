package org.qunfang.organization.web;

import java.util.List;
import java.util.Locale;

import org.qunfang.identity.Caller;
import org.qunfang.organization.bodies.SecurityContracts;
import org.qunfang.organization.bodies.SecurityContracts.ContractView;
import org.qunfang.organization.registry.RegisterQueries;
import org.qunfang.organization.registry.ResidentView;
import org.qunfang.platform.excel.ExcelColumn;
import org.qunfang.platform.excel.ExcelExporter;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The registers that span villages: security contracts, and residents found by a search. */
@Controller
class ContractRegisterController {

	private final SecurityContracts contracts;
	private final RegisterQueries queries;
	private final ExcelExporter excel;
	private final MessageSource messages;

	ContractRegisterController(SecurityContracts contracts, RegisterQueries queries, ExcelExporter excel,
			MessageSource messages) {
		this.contracts = contracts;
		this.queries = queries;
		this.excel = excel;
		this.messages = messages;
	}

	@GetMapping("/contracts")
	String contracts(Caller caller, Model model) {
		model.addAttribute("contracts", contracts.list(caller, null));
		return "organization/contracts";
	}

	@GetMapping("/contracts.xlsx")
	ResponseEntity<StreamingResponseBody> exportContracts(Caller caller, Locale locale) {
		List<ExcelColumn<ContractView>> columns = List.of(ExcelColumn.of("contract.no", ContractView::contractNo),
				ExcelColumn.of("contract.contractors", c -> String.join(messages.getMessage("punct.list", null, locale), c.contractors())),
				ExcelColumn.of("contract.area", ContractView::area), ExcelColumn.of("contract.start", ContractView::periodStart),
				ExcelColumn.of("contract.end", ContractView::periodEnd),
				ExcelColumn.of("contract.fee", c -> c.feeFen() / 100.0),
				ExcelColumn.of("contract.patrols-per-week", ContractView::patrolsPerWeek),
				ExcelColumn.of("org.status", c -> messages.getMessage("contract.status." + c.status(), null, locale)));
		return excel.download("contracts.register", columns, contracts.list(caller, null).stream(), locale);
	}

	@GetMapping("/registry/search.xlsx")
	ResponseEntity<StreamingResponseBody> exportSearch(Caller caller, @RequestParam(required = false) String q,
			Locale locale) {
		List<ExcelColumn<ResidentView>> columns = List.of(ExcelColumn.of("resident.name", ResidentView::name),
				ExcelColumn.of("household.no", ResidentView::householdNo),
				ExcelColumn.of("resident.relation", r -> messages.getMessage(r.relation().messageKey(), null, locale)),
				ExcelColumn.of("resident.gender", r -> messages.getMessage("gender." + r.gender(), null, locale)),
				ExcelColumn.of("resident.age", ResidentView::age), ExcelColumn.of("resident.id-number", ResidentView::idMasked),
				ExcelColumn.of("resident.phone", ResidentView::phoneMasked));
		return excel.download("residents.register", columns, queries.search(caller, q, 500).stream(), locale);
	}
}
