package org.qunfang.organization.internal;

import org.qunfang.organization.AdminUnits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A real deployment (no demo data) starts with one county, named by {@code qunfang.bootstrap.county-*},
 * so that its first administrator has a jurisdiction; townships and villages are then entered by them.
 */
@Component
@Order(1)
class FirstCounty implements ApplicationRunner {

	private final AdminUnits units;
	private final boolean demo;
	private final String code;
	private final String nameZh;
	private final String nameEn;

	FirstCounty(AdminUnits units, @Value("${qunfang.demo.enabled:false}") boolean demo,
			@Value("${qunfang.bootstrap.county-code:COUNTY}") String code,
			@Value("${qunfang.bootstrap.county-name-zh:本县}") String nameZh,
			@Value("${qunfang.bootstrap.county-name-en:The County}") String nameEn) {
		this.units = units;
		this.demo = demo;
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo && !args.containsOption("verify-audit") && units.counties().isEmpty()) {
			units.createCounty(code, nameZh, nameEn);
		}
	}
}
