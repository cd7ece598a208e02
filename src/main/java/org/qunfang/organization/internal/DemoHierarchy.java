package org.qunfang.organization.internal;

import java.util.ArrayList;
import java.util.List;

import org.qunfang.organization.AdminUnit;
import org.qunfang.organization.AdminUnits;
import org.qunfang.platform.demo.DemoData;
import org.springframework.stereotype.Component;

/**
 * The demo county: 云溪县 (Yunxi County, fictional) with two townships of six villages each and one
 * police station covering both. Codes are fixed so other demo parts can find their places.
 */
@Component
class DemoHierarchy implements DemoData {

	static final String COUNTY = "YX";

	private static final String[][] TAOYUAN = { { "YX-TY-DS", "东山村", "Dongshan Village" },
			{ "YX-TY-XH", "西河村", "Xihe Village" }, { "YX-TY-LSW", "柳树湾村", "Liushuwan Village" },
			{ "YX-TY-XHC", "杏花村", "Xinghua Village" }, { "YX-TY-LJZ", "李家庄村", "Lijiazhuang Village" },
			{ "YX-TY-MF", "马坊村", "Mafang Village" } };

	private static final String[][] SHIQIAO = { { "YX-SQ-SQ", "石桥村", "Shiqiao Village" },
			{ "YX-SQ-BS", "白沙村", "Baisha Village" }, { "YX-SQ-HTL", "黄土岭村", "Huangtuling Village" },
			{ "YX-SQ-QSG", "清水沟村", "Qingshuigou Village" }, { "YX-SQ-NG", "南岗村", "Nangang Village" },
			{ "YX-SQ-SH", "三合村", "Sanhe Village" } };

	private final AdminUnits units;

	DemoHierarchy(AdminUnits units) {
		this.units = units;
	}

	@Override
	public String name() {
		return "organization.hierarchy";
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public void load() {
		AdminUnit county = units.createCounty(COUNTY, "云溪县", "Yunxi County");
		List<Long> townships = new ArrayList<>();
		townships.add(township(county, "YX-TY", "桃源镇", "Taoyuan Town", TAOYUAN));
		townships.add(township(county, "YX-SQ", "石桥乡", "Shiqiao Township", SHIQIAO));
		units.createPoliceStation(county.id(), "YX-PS-TY", "桃源派出所", "Taoyuan Police Station", townships);
	}

	private long township(AdminUnit county, String code, String zh, String en, String[][] villages) {
		AdminUnit township = units.createTownship(county.id(), code, zh, en);
		for (String[] village : villages) {
			units.createVillage(township.id(), village[0], village[1], village[2]);
		}
		return township.id();
	}
}
