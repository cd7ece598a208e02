package org.qunfang.funds.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.qunfang.funds.FundsPermissions;
import org.qunfang.funds.insurance.InsuranceKind;
import org.qunfang.funds.insurance.InsuranceQueries;
import org.qunfang.funds.insurance.InsuredPeople;
import org.qunfang.funds.ledger.FundVillage;
import org.qunfang.funds.ledger.LedgerQueries;
import org.qunfang.identity.Caller;
import org.qunfang.organization.AdminUnits;
import org.qunfang.platform.excel.ExcelColumn;
import org.qunfang.platform.excel.ExcelExporter;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The insurance register (保险台账): the policies of the caller's villages or of one village, the ones about
 * to end highlighted, printable and exported to Excel; and one policy with its premiums.
 */
@Controller
class InsuranceController {

	private final InsuranceQueries queries;
	private final InsuredPeople people;
	private final LedgerQueries books;
	private final AdminUnits units;
	private final ExcelExporter excel;
	private final MessageSource messages;

	InsuranceController(InsuranceQueries queries, InsuredPeople people, LedgerQueries books, AdminUnits units,
			ExcelExporter excel, MessageSource messages) {
		this.queries = queries;
		this.people = people;
		this.books = books;
		this.units = units;
		this.excel = excel;
		this.messages = messages;
	}

	@GetMapping("/funds/insurance")
	String all(Caller caller, Locale locale, Model model) {
		model.addAttribute("policies", queries.list(caller, null));
		model.addAttribute("villages", units.villages(caller.jurisdiction()));
		return list(caller, null, locale, model);
	}

	@GetMapping("/funds/villages/{id}/insurance")
	String village(Caller caller, @PathVariable long id, Locale locale, Model model) {
		FundVillage v = books.village(caller, id);
		model.addAttribute("policies", queries.list(caller, v.id()));
		model.addAttribute("villages", List.of());
		return list(caller, v, locale, model);
	}

	@GetMapping("/funds/insurance/{id}")
	String policy(Caller caller, @PathVariable long id, Locale locale, Model model) {
		InsuranceQueries.Detail d = queries.policy(caller, id);
		model.addAttribute("d", d);
		model.addAttribute("p", d.policy());
		model.addAttribute("postNames", people.postNames(caller.jurisdiction().countyId(), locale));
		model.addAttribute("canManage", caller.has(FundsPermissions.INSURANCE));
		model.addAttribute("canPropose", caller.has(FundsPermissions.PROPOSE));
		model.addAttribute("kinds", InsuranceKind.values());
		return "funds/insurance-policy";
	}

	@GetMapping("/funds/insurance.xlsx")
	ResponseEntity<StreamingResponseBody> exportAll(Caller caller, Locale locale) {
		return export(queries.list(caller, null), caller, locale);
	}

	@GetMapping("/funds/villages/{id}/insurance.xlsx")
	ResponseEntity<StreamingResponseBody> exportVillage(Caller caller, @PathVariable long id, Locale locale) {
		return export(queries.list(caller, books.village(caller, id).id()), caller, locale);
	}

	private String list(Caller caller, FundVillage v, Locale locale, Model model) {
		model.addAttribute("v", v);
		model.addAttribute("windowDays", queries.windowDays());
		model.addAttribute("postNames", people.postNames(caller.jurisdiction().countyId(), locale));
		model.addAttribute("canManage", caller.has(FundsPermissions.INSURANCE));
		return "funds/insurance";
	}

	private ResponseEntity<StreamingResponseBody> export(List<InsuranceQueries.PolicyView> policies, Caller caller,
			Locale locale) {
		var posts = people.postNames(caller.jurisdiction().countyId(), locale);
		List<ExcelColumn<InsuranceQueries.PolicyView>> columns = List.of(
				ExcelColumn.of("funds.village", p -> p.village(locale)),
				ExcelColumn.of("funds.insurance.insured", InsuranceQueries.PolicyView::insuredName),
				ExcelColumn.of("funds.insurance.organization", InsuranceQueries.PolicyView::orgName),
				ExcelColumn.of("funds.insurance.post",
						p -> p.postCode() == null ? null : posts.getOrDefault(p.postCode(), p.postCode())),
				ExcelColumn.of("funds.insurance.kind", p -> text(p.kind().messageKey(), locale)),
				ExcelColumn.of("funds.insurance.insurer", InsuranceQueries.PolicyView::insurer),
				ExcelColumn.of("funds.insurance.policy-no", InsuranceQueries.PolicyView::policyNo),
				ExcelColumn.of("funds.insurance.starts-on", InsuranceQueries.PolicyView::startsOn),
				ExcelColumn.of("funds.insurance.ends-on", InsuranceQueries.PolicyView::endsOn),
				ExcelColumn.of("funds.insurance.premium", p -> BigDecimal.valueOf(p.yearlyPremium().fen(), 2)),
				ExcelColumn.of("funds.insurance.status", p -> text(p.status().messageKey(), locale)),
				ExcelColumn.of("funds.insurance.premiums-booked", InsuranceQueries.PolicyView::premiumsBooked),
				ExcelColumn.of("funds.insurance.years", InsuranceQueries.PolicyView::years),
				ExcelColumn.of("funds.insurance.ended-on", InsuranceQueries.PolicyView::endedOn),
				ExcelColumn.of("funds.insurance.end-reason", InsuranceQueries.PolicyView::endReason));
		return excel.download("funds.insurance.file", columns, policies.stream(), locale);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
