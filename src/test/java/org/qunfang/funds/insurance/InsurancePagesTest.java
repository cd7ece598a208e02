package org.qunfang.funds.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qunfang.funds.ledger.Ledger;
import org.qunfang.support.IntegrationTest;
import org.qunfang.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;

/** The insurance pages, the Excel register and the API, as a village director and the township use them. */
class InsurancePagesTest extends IntegrationTest {

	@Autowired
	Ledger ledger;

	@Test
	void aDirectorEntersAPolicyOnThePageAndARefusedOneKeepsWhatWasTyped() throws IOException {
		InsuredVillage v = InsuredVillage.create(fixtures, "IW");
		WebSession director = signedIn(v.director().username());
		String form = "/funds/villages/" + v.id() + "/insurance/new";
		var page = director.get(form);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("王治保").contains("李老队员").doesNotContain("赵新队员").contains("治保主任");
		assertThat(director.get(form + "?q=" + java.net.URLEncoder.encode("钱村民", java.nio.charset.StandardCharsets.UTF_8))
			.body()).contains("钱村民");

		LocalDate end = ledger.today().plusDays(12);
		Map<String, String> fields = Map.of("resident", Long.toString(v.securityDirector()), "kind", "ACCIDENT", "insurer",
				"县人寿保险公司", "policyNo", "WEB-" + v.id(), "startsOn", end.minusYears(1).plusDays(1).toString(), "endsOn",
				end.toString(), "premium", "三百元");
		var refused = director.post("/funds/villages/" + v.id() + "/insurance", fields);
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(form));
		assertThat(director.get(form).body()).contains("三百元").contains("WEB-" + v.id()).contains("checked");

		var entered = director.post("/funds/villages/" + v.id() + "/insurance",
				new java.util.HashMap<>(Map.of("resident", fields.get("resident"), "kind", "ACCIDENT", "insurer", "县人寿保险公司",
						"policyNo", "WEB-" + v.id(), "startsOn", fields.get("startsOn"), "endsOn", fields.get("endsOn"), "premium",
						"300")));
		String location = entered.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/funds/insurance/\\d+");
		String policy = location.replaceAll(".*/funds/insurance/(\\d+)", "$1");
		assertThat(director.get("/funds/insurance/" + policy).body()).contains("policy-expiring").contains("300.00")
			.contains("还有 12 天");
		assertThat(director.get("/funds/villages/" + v.id() + "/insurance").body()).contains("table-warning")
			.contains("WEB-" + v.id());

		var excel = signedIn("t1.finance").getBytes("/funds/insurance.xlsx");
		assertThat(excel.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
			Row header = book.getSheetAt(0).getRow(0);
			assertThat(header.getCell(6).getStringCellValue()).isEqualTo("保单号");
			boolean found = false;
			for (Row row : book.getSheetAt(0)) {
				if (("WEB-" + v.id()).equals(row.getCell(6).getStringCellValue())) {
					found = true;
					assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(300.0);
					assertThat(row.getCell(10).getStringCellValue()).isEqualTo("即将到期");
				}
			}
			assertThat(found).as("the policy is in the township's register").isTrue();
		}
	}

	@Test
	void theApiEntersAPolicyAndRefusesAPremiumNoFundMayPay() {
		InsuredVillage v = InsuredVillage.create(fixtures, "IJ");
		WebSession director = signedIn(v.director().username());
		LocalDate start = ledger.today();
		var created = director.json("POST", "/api/v1/funds/villages/" + v.id() + "/insurance", """
				{"residentId":%d,"kind":"ENDOWMENT","insurer":"县养老保险服务站","policyNo":"API-%d","startsOn":"%s",
				 "endsOn":"%s","yearlyPremiumFen":50000}""".formatted(v.longServing(), v.id(), start, start.plusYears(3).minusDays(1)),
				Map.of());
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"years\":3").contains("\"status\":\"ACTIVE\"").contains("李老队员");
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(director.get(location).statusCode()).isEqualTo(200);
		assertThat(director.get("/api/v1/funds/villages/" + v.id() + "/insurance/candidates").body()).contains("\"securityDirector\":true");

		var premium = director.language("en").json("POST", location + "/premium-proposals", "{}", Map.of());
		assertThat(premium.statusCode()).isEqualTo(422);
		assertThat(premium.body()).contains("No fund of the village may be spent on this purpose");
		var twice = director.json("POST", "/api/v1/funds/villages/" + v.id() + "/insurance", """
				{"residentId":%d,"kind":"ENDOWMENT","insurer":"县养老保险服务站","policyNo":"API-%d","startsOn":"%s",
				 "endsOn":"%s","yearlyPremiumFen":50000}""".formatted(v.villager(), v.id(), start, start.plusYears(2)), Map.of());
		assertThat(twice.statusCode()).isEqualTo(409);
	}
}
