package org.qunfang.cases.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.qunfang.cases.CasesPermissions;
import org.qunfang.cases.inspection.ChecklistKind;
import org.qunfang.cases.inspection.InspectionQueries;
import org.qunfang.cases.inspection.InspectionQueries.Row;
import org.qunfang.identity.Caller;
import org.qunfang.platform.excel.ExcelColumn;
import org.qunfang.platform.excel.ExcelExporter;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 安全检查台账 — the inspection register: filters, counts by month, Excel export and print. */
@Controller
class InspectionRegisterController {

	/** The register's filter as the page's form sends it. */
	record Params(Long village, ChecklistKind kind, LocalDate from, LocalDate to, Boolean hazards) {

		InspectionQueries.Filter filter() {
			return new InspectionQueries.Filter(village, kind, from, to, hazards);
		}
	}

	private final InspectionQueries inspections;
	private final RegisterScope scope;
	private final ExcelExporter excel;
	private final MessageSource messages;

	InspectionRegisterController(InspectionQueries inspections, RegisterScope scope, ExcelExporter excel,
			MessageSource messages) {
		this.inspections = inspections;
		this.scope = scope;
		this.excel = excel;
		this.messages = messages;
	}

	@GetMapping("/inspections")
	String register(Caller caller, Params params, Model model) {
		InspectionQueries.Filter filter = params.filter();
		model.addAttribute("rows", inspections.list(caller, filter));
		model.addAttribute("months", inspections.months(caller, filter));
		model.addAttribute("filter", filter);
		scope.addTo(model, caller, params.village());
		model.addAttribute("kinds", ChecklistKind.values());
		model.addAttribute("canRecord", caller.has(CasesPermissions.INSPECTION_RECORD));
		return "cases/inspections";
	}

	@GetMapping("/inspections.xlsx")
	ResponseEntity<StreamingResponseBody> export(Caller caller, Params params, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		List<ExcelColumn<Row>> columns = List.of(ExcelColumn.of("inspection.date", Row::inspectedOn),
				ExcelColumn.of("inspection.village", r -> english ? r.villageEn() : r.villageZh()),
				ExcelColumn.of("inspection.place", Row::placeName), ExcelColumn.of("inspection.group", Row::groupName),
				ExcelColumn.of("checklist.kind", r -> messages.getMessage(r.kind().messageKey(), null, locale)),
				ExcelColumn.of("inspection.template", Row::templateName),
				ExcelColumn.of("inspection.inspectors", Row::inspectors), ExcelColumn.of("inspection.hazards", Row::hazards),
				ExcelColumn.of("inspection.open-tasks", Row::openTasks), ExcelColumn.of("inspection.owner", Row::orgName),
				ExcelColumn.of("inspection.recorded-by", Row::recordedBy));
		return excel.download("inspection.register", columns,
				inspections.list(caller, params.filter()).stream(), locale);
	}
}
