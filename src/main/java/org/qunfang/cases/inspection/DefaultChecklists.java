package org.qunfang.cases.inspection;

import java.util.List;

import org.qunfang.cases.internal.CountyDefaults;
import org.springframework.stereotype.Component;

/**
 * The checklist templates a county starts with, from the items township inspections of fire safety,
 * key places, rented housing, schools and markets usually ask about. Given once, to a county without
 * templates; after that the county edits its own.
 */
@Component
class DefaultChecklists implements CountyDefaults {

	/** A default template: its kind, name and items. */
	record Default(ChecklistKind kind, String name, List<String> items) {
	}

	static final List<Default> DEFAULTS = List.of(
			new Default(ChecklistKind.FIRE_SAFETY, "消防安全检查表", List.of(
					"灭火器配置数量足够，压力正常，在有效期内",
					"安全出口、疏散通道畅通，未被占用、堵塞或锁闭",
					"应急照明和疏散指示标志完好有效",
					"电线无私拉乱接，无老化破损，未用铜丝代替保险丝",
					"电动车未在楼道、安全出口停放或充电",
					"易燃易爆物品按规定存放，数量不超限",
					"用火用气有人看管，燃气管道、阀门无泄漏",
					"消防栓（水源）完好，周围无遮挡",
					"负责人和员工会报警、会使用灭火器、会组织疏散")),
			new Default(ChecklistKind.KEY_PLACE, "重点场所安全检查表", List.of(
					"落实安全责任人，安全管理制度上墙",
					"值班、巡查记录完整",
					"视频监控覆盖出入口和重点部位，运转正常",
					"消防器材配备齐全有效",
					"人员密集时有专人疏导，未超员",
					"危险物品登记、保管、领用制度落实",
					"制定应急预案并组织过演练")),
			new Default(ChecklistKind.RENTAL_HOUSING, "出租房屋安全检查表", List.of(
					"租客信息已登记，并报送派出所",
					"签订治安责任书（出租房屋治安责任保证书）",
					"房屋结构安全，无私搭乱建",
					"每层配备灭火器，疏散通道畅通",
					"窗户未装封闭式防盗网，或留有逃生口",
					"电动车集中停放充电，未入户充电",
					"未用于生产、储存、经营易燃易爆物品（“三合一”）",
					"未发现涉黄、涉赌、涉毒等违法犯罪线索")),
			new Default(ChecklistKind.SCHOOL, "学校（幼儿园）安全检查表", List.of(
					"门卫值守，外来人员登记",
					"配备专职保安和防护器械（防暴棍、钢叉等）",
					"校园周边视频监控正常运行",
					"上下学时段有人员护校（护学岗）",
					"食堂证照齐全，食品留样记录完整",
					"校舍、围墙、护栏等设施无安全隐患",
					"校车证照齐全，无超员",
					"定期开展安全教育和应急疏散演练")),
			new Default(ChecklistKind.MARKET, "集贸市场安全检查表", List.of(
					"市场管理方落实安全责任人",
					"消防通道畅通，未被摊位占用",
					"消防器材配备齐全有效",
					"电气线路规范敷设，无私拉乱接",
					"液化气罐存放使用规范",
					"不销售管制刀具、烟花爆竹等违禁物品",
					"计量器具经检定，无缺斤短两投诉",
					"有治安巡逻和纠纷调处人员")));

	/** Who the defaults read as written by. */
	static final String BY = "系统默认";

	private final ChecklistTemplates templates;

	DefaultChecklists(ChecklistTemplates templates) {
		this.templates = templates;
	}

	@Override
	public void apply(long countyId) {
		if (templates.any(countyId)) {
			return;
		}
		for (Default d : DEFAULTS) {
			templates.insert(countyId, d.kind(), d.name(), d.items(), BY);
		}
	}
}
