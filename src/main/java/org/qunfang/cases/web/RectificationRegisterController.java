package org.qunfang.cases.web;

import java.util.List;
import java.util.Locale;

import org.qunfang.cases.inspection.RectificationQueries;
import org.qunfang.cases.inspection.RectificationQueries.Row;
import org.qunfang.cases.inspection.RectificationStatus;
import org.qunfang.identity.Caller;
import org.qunfang.platform.excel.ExcelColumn;
import org.qunfang.platform.excel.ExcelExporter;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 隐患整改台账 — the rectification list: filters, counts by month, Excel export, print, the overdue count. */
@Controller
class RectificationRegisterController {

	/** The list's filter as the page's form sends it. */
	record Params(RectificationStatus status, Boolean overdue, Long village) {

		RectificationQueries.Filter filter() {
			return new RectificationQueries.Filter(status, Boolean.TRUE.equals(overdue), village);
		}
	}

	private final RectificationQueries tasks;
	private final RegisterScope scope;
	private final ExcelExporter excel;
	private final MessageSource messages;

	RectificationRegisterController(RectificationQueries tasks, RegisterScope scope, ExcelExporter excel,
			MessageSource messages) {
		this.tasks = tasks;
		this.scope = scope;
		this.excel = excel;
		this.messages = messages;
	}

	@GetMapping("/rectifications")
	String list(Caller caller, Params params, Model model) {
		model.addAttribute("rows", tasks.list(caller, params.filter()));
		model.addAttribute("months", tasks.months(caller, params.village()));
		model.addAttribute("filter", params.filter());
		scope.addTo(model, caller, params.village());
		model.addAttribute("statuses", RectificationStatus.values());
		return "cases/rectifications";
	}

	@GetMapping("/rectifications.xlsx")
	ResponseEntity<StreamingResponseBody> export(Caller caller, Params params, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		List<ExcelColumn<Row>> columns = List.of(
				ExcelColumn.of("inspection.village", r -> english ? r.villageEn() : r.villageZh()),
				ExcelColumn.of("inspection.place", Row::placeName), ExcelColumn.of("rectification.hazard", Row::hazard),
				ExcelColumn.of("rectification.responsible", Row::responsible),
				ExcelColumn.of("rectification.found-on", Row::foundOn), ExcelColumn.of("rectification.deadline", Row::deadline),
				ExcelColumn.of("rectification.status", r -> messages.getMessage(r.status().messageKey(), null, locale)),
				ExcelColumn.of("rectification.closed-on", Row::closedOn),
				ExcelColumn.of("rectification.overdue-days.header", r -> r.overdue() ? r.overdueDays() : null));
		return excel.download("rectification.register", columns, tasks.list(caller, params.filter()).stream(), locale);
	}

	/** The number of overdue tasks in the caller's jurisdiction, for the home page's card. */
	@GetMapping(value = "/rectifications/overdue-count", produces = "text/html;charset=UTF-8")
	@ResponseBody
	String overdueCount(Caller caller) {
		return org.qunfang.platform.web.HomeCard.figureFragment("overdue-count", tasks.overdueCount(caller));
	}
}
