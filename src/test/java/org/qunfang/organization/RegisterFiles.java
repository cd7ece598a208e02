package org.qunfang.organization;

import java.nio.charset.StandardCharsets;

/** Small household register files for tests, in the import layout (Chinese headers). */
final class RegisterFiles {

	static final String HEADER = "小组编号,村民小组,户号,住址,户类别,姓名,身份证号,与户主关系,电话,文化程度,健康状况,违法犯罪记录\n";

	private RegisterFiles() {
	}

	/** A valid ID number for a person born on the given day, numbered by {@code seq}. */
	static String id(String yyyymmdd, int seq) {
		String first17 = "430721" + yyyymmdd + String.format("%03d", seq);
		return first17 + ResidentIdNumber.checkDigitFor(first17);
	}

	static String line(String household, String name, String id, String relation) {
		return "01,一组," + household + ",东街" + household + "号,一般户," + name + "," + id + "," + relation
				+ ",,初中,良好,无\n";
	}

	static byte[] bytes(String content) {
		return content.getBytes(StandardCharsets.UTF_8);
	}
}
